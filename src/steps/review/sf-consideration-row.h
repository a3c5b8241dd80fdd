/* sf-consideration-row.h: one thing to take into account, as a row of step 4's list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Title the note, subtitle its kind and the partner it concerns. Activating it opens its
 * dialog. Widget names: the row "consideration-row", its lock "consideration-confidential"
 * (as step 2's statements: flipping it is one undoable change), the mark
 * "confidential-marker", the button "remove-consideration" (action consideration.remove).
 */
#pragma once

#include <adwaita.h>

#include "sf-consideration.h"
#include "sf-project.h"

G_BEGIN_DECLS

#define SF_TYPE_CONSIDERATION_ROW (sf_consideration_row_get_type ())
G_DECLARE_FINAL_TYPE (SfConsiderationRow, sf_consideration_row, SF, CONSIDERATION_ROW,
                      AdwActionRow)

GtkWidget       *sf_consideration_row_new  (SfProject          *project,
                                            SfConsideration    *consideration);
SfConsideration *sf_consideration_row_get  (SfConsiderationRow *self);
/* Opens the dialog of the row's consideration. */
void             sf_consideration_row_edit (SfConsiderationRow *self);

G_END_DECLS
