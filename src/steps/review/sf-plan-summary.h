/* sf-plan-summary.h: the plan at a glance in large type, for the meeting's presenter window
 * on the beamer (questions 7-8)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Read-only: the timeline by quarter and the next actions still to do (open or under way),
 * each with who is responsible and when ("plan-summary-next", a label each). It follows the
 * plan as it changes.
 */
#pragma once

#include <adwaita.h>

#include "sf-project.h"

G_BEGIN_DECLS

#define SF_TYPE_PLAN_SUMMARY (sf_plan_summary_get_type ())
G_DECLARE_FINAL_TYPE (SfPlanSummary, sf_plan_summary, SF, PLAN_SUMMARY, AdwBin)

GtkWidget *sf_plan_summary_new (SfProject *project);

G_END_DECLS
