/* sf-plan-dialog.h: adding or editing one action of the plan for the coming year
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What (required: a blank action is refused with the store's message under it, in
 * "plan-message"), why ("plan-why") and what it is for ("plan-link": a precondition or a
 * theme), the one partner responsible ("plan-responsible"), others involved ("plan-involved",
 * a check button per partner named "plan-involved-check"), when ("plan-date" or
 * "plan-quarter") and the status ("plan-status-choice"). "dialog.save" stores it all as one
 * undoable action; "dialog.remove" removes an action being edited.
 */
#pragma once

#include <adwaita.h>

#include "sf-project-plan.h"

G_BEGIN_DECLS

#define SF_TYPE_PLAN_DIALOG (sf_plan_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SfPlanDialog, sf_plan_dialog, SF, PLAN_DIALOG, AdwWindow)

/* @action NULL: a new action. @parent: where a removal's toast goes. */
GtkWidget *sf_plan_dialog_new (GtkWidget    *parent,
                               SfProject    *project,
                               SfPlanAction *action);

G_END_DECLS
