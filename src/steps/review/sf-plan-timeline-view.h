/* sf-plan-timeline-view.h: the plan for the coming year by quarter, as the report draws it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The report's timeline (sf-plan-timeline.h), so that the window shows what the PDF will;
 * built again (once, when the main loop is idle) whenever an action or a partner changes.
 * Its drawing area is named "plan-timeline".
 */
#pragma once

#include <adwaita.h>

#include "sf-plan-timeline.h"

G_BEGIN_DECLS

#define SF_TYPE_PLAN_TIMELINE_VIEW (sf_plan_timeline_view_get_type ())
G_DECLARE_FINAL_TYPE (SfPlanTimelineView, sf_plan_timeline_view, SF, PLAN_TIMELINE_VIEW,
                      AdwBin)

/* @scale: screen pixels per point (larger on the beamer). */
GtkWidget  *sf_plan_timeline_view_new          (SfProject          *project,
                                                double              scale);
/* The timeline as it is drawn now. */
SfTimeline *sf_plan_timeline_view_get_timeline (SfPlanTimelineView *self);

G_END_DECLS
