/* sf-chart-area.h: a chart of the report (sf-chart.h, or another of its drawings) in the
 * window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * So that a page shows exactly what the PDF will. A screen reader reads the chart's title
 * and, in words, what it shows.
 */
#pragma once

#include <gtk/gtk.h>

#include "sf-chart.h"

G_BEGIN_DECLS

#define SF_TYPE_CHART_AREA (sf_chart_area_get_type ())
G_DECLARE_FINAL_TYPE (SfChartArea, sf_chart_area, SF, CHART_AREA, GtkWidget)

/* How to draw a drawing of the report other than an SfChart, in points. */
typedef struct {
  double (*get_height) (gpointer  drawing,
                        double    width);
  void   (*draw)       (gpointer  drawing,
                        cairo_t  *cr,
                        double    width);
  void   (*free)       (gpointer  drawing);
} SfChartAreaKind;

/* @scale: screen pixels per chart point. */
GtkWidget *sf_chart_area_new       (double       scale);
/* Takes @chart; the area is as tall as the chart at its width. */
void       sf_chart_area_set_chart (SfChartArea *self,
                                    SfChart     *chart);
/* Takes @drawing, drawn as @kind (static) says; @title and @description are for a screen
 * reader. */
void       sf_chart_area_set_drawing (SfChartArea           *self,
                                      gpointer               drawing,
                                      const SfChartAreaKind *kind,
                                      const char            *title,
                                      const char            *description);
/* NULL before a chart is set, or when the area draws something else. */
SfChart   *sf_chart_area_get_chart   (SfChartArea           *self);
gpointer   sf_chart_area_get_drawing (SfChartArea           *self);

G_END_DECLS
