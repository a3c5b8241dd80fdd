/* sf-plan-row.h: one action of the plan for the coming year, as a row of the plan's list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Title: what is to be done; subtitle: who is responsible and when. Its status is changed
 * from the row's menu button ("plan-status", the action "plan-row.status" (i)); the row
 * opens the action's dialog; "remove-action" removes it, with Undo in a toast.
 */
#pragma once

#include <adwaita.h>

#include "sf-project-plan.h"

G_BEGIN_DECLS

#define SF_TYPE_PLAN_ROW (sf_plan_row_get_type ())
G_DECLARE_FINAL_TYPE (SfPlanRow, sf_plan_row, SF, PLAN_ROW, AdwActionRow)

GtkWidget    *sf_plan_row_new        (SfProject    *project,
                                      SfPlanAction *action);
SfPlanAction *sf_plan_row_get_action (SfPlanRow    *self);
/* Opens the action's dialog. */
void          sf_plan_row_edit       (SfPlanRow    *self);

G_END_DECLS
