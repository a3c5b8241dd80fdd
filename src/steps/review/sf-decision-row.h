/* sf-decision-row.h: one decision, as a row of step 4's decisions list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Title the decision, subtitle its date, who agreed and how it was decided; activating it
 * opens its dialog. Widget names: the row "decision-row", its status "decision-row-status"
 * (a drop-down: choosing is one undoable change), the button "remove-decision" (action
 * decision.remove).
 */
#pragma once

#include <adwaita.h>

#include "sf-decision.h"
#include "sf-project.h"

G_BEGIN_DECLS

#define SF_TYPE_DECISION_ROW (sf_decision_row_get_type ())
G_DECLARE_FINAL_TYPE (SfDecisionRow, sf_decision_row, SF, DECISION_ROW, AdwActionRow)

GtkWidget  *sf_decision_row_new  (SfProject     *project,
                                  SfDecision    *decision);
SfDecision *sf_decision_row_get  (SfDecisionRow *self);
/* Opens the dialog of the row's decision. */
void        sf_decision_row_edit (SfDecisionRow *self);

G_END_DECLS
