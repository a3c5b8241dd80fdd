/* sf-plan-timeline.h: step 4's plan as a timeline by quarter, and its statuses' names
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by the step's page and the PDF report, so that both show the same chart.
 */
#pragma once

#include "sf-chart-timeline.h"
#include "sf-plan-action.h"
#include "sf-project.h"

G_BEGIN_DECLS

/* "open", "under way", "done", "dropped", translated. */
const char *sf_plan_status_label  (SfActionStatus  status);
/* Every action of the plan in the quarter it is due (a date in its quarter), in the lane of
 * its partner responsible, by status; those without a date in a column of their own. */
SfTimeline *sf_plan_timeline_new  (SfProject      *project);
/* The same for a list of SfPlanAction (a filtered plan, or a test's). */
SfTimeline *sf_plan_timeline_new_for (GListModel  *actions);

G_END_DECLS
