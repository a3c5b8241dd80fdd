/* sf-plan-timeline.h: the plan for the coming year by quarter, as the report's chart
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Drawn by the report's chart module, so that the window shows what the PDF will; built
 * again (once, when the main loop is idle) whenever an action or a partner changes. The
 * chart area is named "plan-timeline".
 */
#pragma once

#include <adwaita.h>

#include "sf-chart.h"
#include "sf-project.h"

G_BEGIN_DECLS

#define SF_TYPE_PLAN_TIMELINE (sf_plan_timeline_get_type ())
G_DECLARE_FINAL_TYPE (SfPlanTimeline, sf_plan_timeline, SF, PLAN_TIMELINE, AdwBin)

/* @scale: screen pixels per chart point (larger on the beamer). */
GtkWidget *sf_plan_timeline_new       (SfProject      *project,
                                       double          scale);
/* The chart as it is drawn now; NULL before it is first built. */
SfChart   *sf_plan_timeline_get_chart (SfPlanTimeline *self);

G_END_DECLS
