/* sf-chart-private.h: what the bar charts share with the donut (data, text, fills)
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

typedef struct
{
  char              *label;
  double             values[SF_CHART_MAX_SERIES];
  SfChartValueFlags  flags[SF_CHART_MAX_SERIES];
} SfChartBar;

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

  /* Where the last layout put things, for drawing, for tests and for pointing at a bar. */
  double         last_width;
  GArray        *rows; /* of the bar chart's rows */
  double         legend_y;
  double         body_y;
  double         height;
  double         bars_x;
  double         bars_length;
  double         axis_y;  /* top of the numbers of the scale shared by all bars */
  GArray        *slices; /* of the donut's slices, see sf-chart-donut.c */
};

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
/* "≈ " before an estimate. */
char        *sf_chart_value_text    (SfChart           *chart,
                                     double             value,
                                     SfChartValueFlags  flags);
char        *sf_chart_format_number (SfChartFormat      format,
                                     guint              decimals,
                                     double             value);
/* Fills (and clears) the current path: solid, or for an estimate a light tint, hatched and
 * outlined in the colour. */
void         sf_chart_fill_path     (cairo_t           *cr,
                                     double             red,
                                     double             green,
                                     double             blue,
                                     gboolean           estimate);
/* The title (wrapped, at most three lines) at the top; its height with the gap under it. */
double       sf_chart_title_height  (SfChart           *chart,
                                     double             width);
void         sf_chart_draw_title    (SfChart           *chart,
                                     cairo_t           *cr,
                                     double             width);

/* The donut, in sf-chart-donut.c. */
void         sf_chart_donut_layout  (SfChart           *chart,
                                     double             width);
void         sf_chart_donut_draw    (SfChart           *chart,
                                     cairo_t           *cr);

G_END_DECLS
