/* sf-precondition-row.h: one precondition in step 4's checklist
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shows its text, the concept(s) it comes from, the status per flat and the partners' choice;
 * opened, it edits them (built the first time it opens: forty rows of twenty flats would be
 * thousands of widgets nobody looks at).
 */
#pragma once

#include <adwaita.h>

#include "sf-precondition-states.h"

G_BEGIN_DECLS

#define SF_TYPE_PRECONDITION_ROW (sf_precondition_row_get_type ())
G_DECLARE_FINAL_TYPE (SfPreconditionRow, sf_precondition_row, SF, PRECONDITION_ROW,
                      AdwExpanderRow)

/* @states: the section's, which outlives the row. */
GtkWidget      *sf_precondition_row_new              (SfPrecondition       *precondition,
                                                      SfPreconditionStates *states);
SfPrecondition *sf_precondition_row_get_precondition (SfPreconditionRow    *self);
/* Reads how it stands again (after a judgement, or step 3's figures changed). */
void            sf_precondition_row_update           (SfPreconditionRow    *self);
/* Opens it, scrolls to it and marks it for a moment (a search hit). */
void            sf_precondition_row_reveal           (SfPreconditionRow    *self);

G_END_DECLS
