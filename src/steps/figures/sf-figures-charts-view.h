/* sf-figures-charts-view.h: the charts of step 3 on screen, for all flats
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One card per chart of sf-inventory-charts.h, in the order of SfInventoryChart, each with a
 * widget named "inventory-chart" that draws the chart at SF_INVENTORY_CHARTS_SCALE pixels per
 * point and is as tall as its width needs.
 */
#pragma once

#include <adwaita.h>

#include "sf-inventory-charts.h"
#include "sf-project.h"

G_BEGIN_DECLS

/* Screen pixels per chart point, as on the themes page. */
#define SF_INVENTORY_CHARTS_SCALE (4.0 / 3.0)

#define SF_TYPE_FIGURES_CHARTS_VIEW (sf_figures_charts_view_get_type ())
G_DECLARE_FINAL_TYPE (SfFiguresChartsView, sf_figures_charts_view, SF, FIGURES_CHARTS_VIEW,
                      AdwBin)

GtkWidget *sf_figures_charts_view_new       (SfProject             *project);
/* Builds the charts again from the project. */
void       sf_figures_charts_view_refresh   (SfFiguresChartsView *self);
/* The chart as last built; owned by the view. */
SfChart   *sf_figures_charts_view_get_chart (SfFiguresChartsView *self,
                                               SfInventoryChart       which);

G_END_DECLS
