/* sf-precondition-judgement.h: one precondition judged for one flat (or the whole project)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The status and what it rests on, with step 3's suggestion and a button to take it. Edits go
 * through the section's actions (preconditions.judge, preconditions.take-suggestion).
 */
#pragma once

#include <adwaita.h>

#include "sf-precondition-states.h"

G_BEGIN_DECLS

#define SF_TYPE_PRECONDITION_JUDGEMENT (sf_precondition_judgement_get_type ())
G_DECLARE_FINAL_TYPE (SfPreconditionJudgement, sf_precondition_judgement, SF,
                      PRECONDITION_JUDGEMENT, GtkListBoxRow)

/* @flat: NULL for the project as a whole. */
GtkWidget *sf_precondition_judgement_new  (SfPrecondition            *precondition,
                                           SfFlat                    *flat);
void       sf_precondition_judgement_show (SfPreconditionJudgement   *self,
                                           const SfPreconditionState *state,
                                           const char                *suggestion);
SfFlat    *sf_precondition_judgement_get_flat (SfPreconditionJudgement *self);

G_END_DECLS
