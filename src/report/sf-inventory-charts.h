/* sf-inventory-charts.h: the charts of step 3 (the inventory), built from a project's figures
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by the step's page and the PDF report. Every chart covers all flats (or the whole
 * neighbourhood when the project has no flats); a value taken from an estimate or an average
 * is flagged an estimate, a missing one unknown. A chart without any figure has no bars and
 * says so in its empty text.
 */
#pragma once

#include "sf-chart.h"
#include "sf-project.h"

G_BEGIN_DECLS

typedef enum {
  SF_INVENTORY_CHART_AGES,                /* stacked: residents per age band, a bar per flat */
  SF_INVENTORY_CHART_CARE,                /* grouped: care use per law, share of residents */
  SF_INVENTORY_CHART_CORPORATION_REPORTS, /* stacked: reports per kind, a bar per flat */
  SF_INVENTORY_CHART_POLICE_REPORTS,      /* the same, to the police */
  SF_INVENTORY_CHART_ACTIVITIES,          /* stacked: attendance per activity, by organiser */
  SF_INVENTORY_CHART_KEY_FIGURES,         /* grouped: the flats side by side per figure */
  SF_INVENTORY_CHART_N
} SfInventoryChart;

/* The flats a chart compares side by side at most (one series each). */
#define SF_INVENTORY_CHART_MAX_FLATS SF_CHART_MAX_SERIES

SfChart *sf_inventory_chart_new (SfProject        *project,
                                 SfInventoryChart  which);

G_END_DECLS
