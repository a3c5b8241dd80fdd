/* sf-chart-private.h: what the chart's parts share (data, text, scale, legend, fills)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pangocairo.h>

#include "sf-chart.h"

G_BEGIN_DECLS

#define SF_CHART_FONT_FAMILY "Cantarell, Noto Sans, DejaVu Sans, sans-serif"
#define SF_CHART_TITLE_SIZE  13.0
#define SF_CHART_TEXT_SIZE   10.0
#define SF_CHART_VALUE_SIZE  9.0
#define SF_CHART_PADDING     4.0
#define SF_CHART_AXIS_GAP    3.0 /* between the bars and the numbers of their scale */

typedef struct
{
  char              *label;
  double             values[SF_CHART_MAX_SERIES];
  SfChartValueFlags  flags[SF_CHART_MAX_SERIES];
} SfChartBar;

/* A bar chart's row, as laid out. */
typedef struct
{
  double y;       /* top of the row */
  double height;  /* the larger of the label and the bars (with their own scale's numbers) */
  double bars_y;  /* top of the bars */
  double end;     /* the value at the end of the scale the row is drawn on */
  double step;    /* between the scale's ticks */
} SfChartRow;

struct _SfChart
{
  char          *title;
  char          *empty_text;
  guint          n_series;
  char          *series[SF_CHART_MAX_SERIES];
  GPtrArray     *bars; /* of SfChartBar */
  SfChartMode    mode;
  SfChartFormat  format;
  gboolean       per_bar;

  /* Where the last layout put things, for drawing, for tests and for pointing at a bar;
   * it holds for last_width until the chart changes (laid_out). */
  gboolean       laid_out;
  double         last_width;
  GArray        *rows; /* of SfChartRow */
  double         legend_y;
  double         body_y;
  double         height;
  double         bars_x;
  double         bars_length;
  double         axis_y;  /* top of the numbers of the scale shared by all bars */
  GArray        *slices; /* of the donut's slices, see sf-chart-donut.c */
};

/* ---- sf-chart.c ---- */

void         sf_chart_set_grey      (cairo_t           *cr,
                                     double             level);
/* Fills (and clears) the current path: solid, or for an estimate a light tint, hatched and
 * outlined in the colour. */
void         sf_chart_fill_path     (cairo_t           *cr,
                                     double             red,
                                     double             green,
                                     double             blue,
                                     gboolean           estimate);

/* ---- sf-chart-text.c ---- */

/* @lines: 0 for one line ellipsized at @width, n to wrap at @width onto at most n lines. */
PangoLayout *sf_chart_make_layout   (const char        *text,
                                     double             size,
                                     gboolean           bold,
                                     gboolean           italic,
                                     double             width,
                                     int                lines);
double       sf_chart_layout_width  (PangoLayout       *layout);
double       sf_chart_layout_height (PangoLayout       *layout);
void         sf_chart_show_layout   (cairo_t           *cr,
                                     PangoLayout       *layout,
                                     double             x,
                                     double             y);
/* The width of one line of @text. */
double       sf_chart_text_width    (const char        *text,
                                     double             size,
                                     gboolean           italic);
/* The width of the widest of @texts (of char *), each on one line. */
double       sf_chart_widest_text   (GPtrArray         *texts,
                                     double             size,
                                     gboolean           italic);
/* "≈ " before an estimate. */
char        *sf_chart_value_text    (SfChart           *chart,
                                     double             value,
                                     SfChartValueFlags  flags);
char        *sf_chart_format_number (SfChartFormat      format,
                                     guint              decimals,
                                     double             value);
/* The title (wrapped, at most three lines) at the top; its height with the gap under it. */
double       sf_chart_text_title_height (const char *title,
                                         double      width);
void         sf_chart_show_title    (cairo_t           *cr,
                                     const char        *title,
                                     double             width);
double       sf_chart_title_height  (SfChart           *chart,
                                     double             width);
void         sf_chart_draw_title    (SfChart           *chart,
                                     cairo_t           *cr,
                                     double             width);
/* What a chart without bars or slices says instead, under its title. */
void         sf_chart_draw_empty    (SfChart           *chart,
                                     cairo_t           *cr);

/* ---- sf-chart-scale.c ---- */

/* A stacked bar's total: the known values; an estimate when one of them is. */
double       sf_chart_bar_total     (SfChart           *chart,
                                     SfChartBar        *bar,
                                     SfChartValueFlags *flags);
/* The scale bar @bar is drawn on: where it ends and the step between its ticks. */
void         sf_chart_scale_of      (SfChart           *chart,
                                     guint              bar,
                                     double            *end,
                                     double            *step);
/* The height of a tick's number. */
double       sf_chart_tick_height   (void);
/* @row's scale: a line up from each tick between @top and @bottom, the numbers under it. */
void         sf_chart_draw_scale    (SfChart           *chart,
                                     cairo_t           *cr,
                                     SfChartRow        *row,
                                     double             top,
                                     double             bottom);

/* ---- sf-chart-legend.c ---- */

typedef struct
{
  const char *name;
  gboolean    estimate;  /* the hatched swatch */
  double      colour[3];
} SfChartLegendItem;

/* Lays @items out in lines within @width from @y0; draws them when @cr is given. Returns
 * their height (0 for none). */
double       sf_chart_legend_lay_out (const SfChartLegendItem *items,
                                      guint                    n_items,
                                      cairo_t                 *cr,
                                      double                   y0,
                                      double                   width);

/* Lays the legend out in lines within @width from @y0; draws it when @cr is given. Returns
 * its height. */
double       sf_chart_legend_flow   (SfChart           *chart,
                                     cairo_t           *cr,
                                     double             y0,
                                     double             width);

/* ---- sf-chart-bars.c ---- */

void         sf_chart_bars_layout   (SfChart           *chart,
                                     double             width);
void         sf_chart_bars_draw     (SfChart           *chart,
                                     cairo_t           *cr);

/* ---- sf-chart-donut.c ---- */

void         sf_chart_donut_layout  (SfChart           *chart,
                                     double             width);
void         sf_chart_donut_draw    (SfChart           *chart,
                                     cairo_t           *cr);

G_END_DECLS
