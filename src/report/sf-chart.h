/* sf-chart.h: bar charts drawn with cairo and pango, the same on screen, in print and in PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A chart has categories (its "bars": one row each, labelled on the left) and up to
 * SF_CHART_MAX_SERIES series, stacked in one bar or grouped side by side per category.
 * A value may be flagged an estimate (drawn hatched, named in the legend) or unknown
 * (an empty slot labelled "unknown", never a bar of zero). Bars start at zero on a scale
 * with numbered ticks: shares on 0-100 %, other numbers up to a round number past the
 * largest. Units are points. A donut (SF_CHART_DONUT) draws one series as a ring instead, a
 * slice per category.
 */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

#define SF_CHART_MAX_SERIES 8

typedef struct _SfChart SfChart;

typedef struct
{
  double x, y, width, height;
} SfChartRect;

typedef enum {
  SF_CHART_STACKED, /* the series end to end in one bar per category, total at its end */
  SF_CHART_GROUPED, /* one thin bar per series per category, each with its value */
  SF_CHART_DONUT,   /* a ring of slices, one per category (bar) with its first series' value;
                     * shares of the known total, which is written in the middle */
} SfChartMode;

typedef enum {
  SF_CHART_FORMAT_NUMBER,  /* plain numbers, with the chart's decimals */
  SF_CHART_FORMAT_PERCENT, /* values are fractions (0.25), written as percentages */
  SF_CHART_FORMAT_EURO,    /* whole euros, as sf_mbc_format_euro writes them */
} SfChartFormat;

typedef enum {
  SF_CHART_VALUE_EXACT    = 0,
  SF_CHART_VALUE_ESTIMATE = 1 << 0, /* from an estimate or an average */
  SF_CHART_VALUE_UNKNOWN  = 1 << 1, /* missing: the value is ignored */
} SfChartValueFlags;

SfChart    *sf_chart_new             (const char              *title);
void        sf_chart_free            (SfChart                 *chart);
void        sf_chart_set_series      (SfChart                 *chart,
                                      guint                    n_series,
                                      const char             **names);
void        sf_chart_set_mode        (SfChart                 *chart,
                                      SfChartMode              mode);
/* How values are written and which scale they get; as sf_chart_format_figure writes them. */
void        sf_chart_set_format      (SfChart                 *chart,
                                      SfChartFormat            format);
/* Each category on a scale of its own, numbered under it (for figures of different sizes
 * side by side); by default all bars share one scale. */
void        sf_chart_set_scale_per_bar (SfChart               *chart,
                                      gboolean                 per_bar);
/* @values has one value per series; negative values count as 0. */
void        sf_chart_add_bar         (SfChart                 *chart,
                                      const char              *label,
                                      const double            *values);
/* @flags (one per series) may be NULL: all exact. */
void        sf_chart_add_bar_full    (SfChart                 *chart,
                                      const char              *label,
                                      const double            *values,
                                      const SfChartValueFlags *flags);
void        sf_chart_set_empty_text  (SfChart                 *chart,
                                      const char              *text);

const char *sf_chart_get_title       (SfChart                 *chart);
const char *sf_chart_get_empty_text  (SfChart                 *chart);
SfChartMode sf_chart_get_mode        (SfChart                 *chart);
guint       sf_chart_get_n_series    (SfChart                 *chart);
const char *sf_chart_get_series_name (SfChart                 *chart,
                                      guint                    series);
guint       sf_chart_get_n_bars      (SfChart                 *chart);
const char *sf_chart_get_bar_label   (SfChart                 *chart,
                                      guint                    bar);
/* FALSE when there is no such bar or series. */
gboolean    sf_chart_get_value       (SfChart                 *chart,
                                      guint                    bar,
                                      guint                    series,
                                      double                  *value,
                                      SfChartValueFlags       *flags);
/* A figure as the app, the report and its charts write it, in the current locale: a share
 * (a fraction) in whole percents ("26 %"), another number with at most one decimal ("1,2",
 * "118"). The one place that decides the precision, so that a figure reads the same in a
 * table, a tile and a chart. */
char       *sf_chart_format_figure   (SfChartFormat            format,
                                      double                   value);
/* @value as the chart writes it (sf_chart_format_figure with the chart's format). */
char       *sf_chart_format_value    (SfChart                 *chart,
                                      double                   value);

double      sf_chart_get_height      (SfChart                 *chart,
                                      double                   width);
void        sf_chart_draw            (SfChart                 *chart,
                                      cairo_t                 *cr,
                                      double                   width);
/* Where the last draw put a value's bar; an unknown value's rectangle is its empty slot,
 * of width 0 (as is a zero). FALSE for a donut. */
gboolean    sf_chart_get_bar_rect    (SfChart                 *chart,
                                      guint                    bar,
                                      guint                    series,
                                      SfChartRect             *rect);
typedef struct
{
  double x, length; /* where 0 is, and how long the scale is to its end */
  double end;       /* the value at the end: 1 (100 %) for shares, else a round number */
  double step;      /* between the numbered ticks */
} SfChartScale;

/* The scale the last layout drew @bar on (all bars share one unless scaled per bar). FALSE
 * for a donut or before a layout. */
gboolean    sf_chart_get_scale       (SfChart                 *chart,
                                      guint                    bar,
                                      SfChartScale            *scale);
void        sf_chart_series_colour   (guint                    series,
                                      double                  *red,
                                      double                  *green,
                                      double                  *blue);

/* A donut's slice, after sf_chart_get_height or sf_chart_draw. Angles in radians as cairo
 * measures them (clockwise from 3 o'clock; the ring starts at 12); a zero or unknown value
 * has start == end and is only in the legend. More than 7 known values become the 6
 * largest and one "Other" slice (@bar is then -1). */
typedef struct
{
  const char        *label;
  int                bar;
  double             value;
  SfChartValueFlags  flags;
  double             start_angle, end_angle;
  double             centre_x, centre_y;
  double             inner_radius, outer_radius;
} SfChartSlice;

guint       sf_chart_get_n_slices    (SfChart                 *chart);
gboolean    sf_chart_get_slice       (SfChart                 *chart,
                                      guint                    slice,
                                      SfChartSlice            *out);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SfChart, sf_chart_free)

G_END_DECLS
