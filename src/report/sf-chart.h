/* sf-chart.h: bar charts drawn with cairo and pango, the same on screen, in print and in PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

#define SF_CHART_MAX_SERIES 4

typedef struct _SfChart SfChart;

typedef struct
{
  double x, y, width, height;
} SfChartRect;

SfChart *sf_chart_new             (const char   *title);
void     sf_chart_free            (SfChart      *chart);
void     sf_chart_set_series      (SfChart      *chart,
                                   guint         n_series,
                                   const char  **names);
void     sf_chart_add_bar         (SfChart      *chart,
                                   const char   *label,
                                   const double *values);
void     sf_chart_set_empty_text  (SfChart      *chart,
                                   const char   *text);
guint    sf_chart_get_n_bars      (SfChart      *chart);
double   sf_chart_get_height      (SfChart      *chart,
                                   double        width);
void     sf_chart_draw            (SfChart      *chart,
                                   cairo_t      *cr,
                                   double        width);
gboolean sf_chart_get_bar_rect    (SfChart      *chart,
                                   guint         bar,
                                   guint         series,
                                   SfChartRect  *rect);
void     sf_chart_series_colour   (guint         series,
                                   double       *red,
                                   double       *green,
                                   double       *blue);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SfChart, sf_chart_free)

G_END_DECLS
