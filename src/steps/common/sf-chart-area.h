/* sf-chart-area.h: a chart of the report (sf-chart.h) drawn in the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * So that a page shows exactly what the PDF will. A screen reader reads the chart's title
 * and, in words, what each bar shows.
 */
#pragma once

#include <gtk/gtk.h>

#include "sf-chart.h"

G_BEGIN_DECLS

#define SF_TYPE_CHART_AREA (sf_chart_area_get_type ())
G_DECLARE_FINAL_TYPE (SfChartArea, sf_chart_area, SF, CHART_AREA, GtkWidget)

/* @scale: screen pixels per chart point. */
GtkWidget *sf_chart_area_new       (double       scale);
/* Takes @chart; the area is as tall as the chart at its width. */
void       sf_chart_area_set_chart (SfChartArea *self,
                                    SfChart     *chart);
/* NULL before a chart is set. */
SfChart   *sf_chart_area_get_chart (SfChartArea *self);

G_END_DECLS
