/* sf-decision-dialog.h: a window to add or edit one decision of step 4's decisions list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Widget names: "decision-date", "decision-text", the refusal "decision-message",
 * "decision-reasoning", "decision-how", "decision-status", a check "agreed-<n>" for the n-th
 * partner of the register, "save"; actions dialog.save and dialog.remove.
 */
#pragma once

#include <adwaita.h>

#include "sf-decision.h"
#include "sf-project.h"

G_BEGIN_DECLS

#define SF_TYPE_DECISION_DIALOG (sf_decision_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SfDecisionDialog, sf_decision_dialog, SF, DECISION_DIALOG, AdwWindow)

/* @parent: where a removal's toast goes, and whose window the dialog stands over;
 * @decision: NULL to add one. Present it yourself. */
GtkWidget *sf_decision_dialog_new (GtkWidget  *parent,
                                   SfProject  *project,
                                   SfDecision *decision);

G_END_DECLS
