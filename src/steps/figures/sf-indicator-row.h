/* sf-indicator-row.h: one figure's row on the page of step 3: its value for the flat shown,
 * with accuracy, status, source, period and note, who is asked for it, and its name
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sf-project-figures.h"

G_BEGIN_DECLS

#define SF_TYPE_INDICATOR_ROW (sf_indicator_row_get_type ())
G_DECLARE_FINAL_TYPE (SfIndicatorRow, sf_indicator_row, SF, INDICATOR_ROW, AdwExpanderRow)

/* The row writes every edit to @project as one undoable action. It emits "reload" when a write
 * failed: what it shows may then no longer be what is stored. */
GtkWidget    *sf_indicator_row_new               (SfProject      *project,
                                                  SfIndicator    *indicator);
SfIndicator  *sf_indicator_row_get_indicator     (SfIndicatorRow *self);
/* Shows the figure's value for @flat_id (NULL: the whole neighbourhood) as stored, and who is
 * asked for it (@asked_partners: partner ids, or NULL); a field the user is typing in keeps its
 * text. Edits from then on are the value of @flat_id. */
void          sf_indicator_row_update            (SfIndicatorRow *self,
                                                  const char     *flat_id,
                                                  GPtrArray      *asked_partners);
/* Chooses @accuracy in the row's accuracy list, as the user would. */
void          sf_indicator_row_set_accuracy      (SfIndicatorRow *self,
                                                  SfAccuracy      accuracy);
/* Opens the row and gives it the focus once it has its place on the page. */
void          sf_indicator_row_reveal            (SfIndicatorRow *self);
/* For when the page goes: writes what is typed and not committed yet (no Enter, the field not
 * left) to the store only, and nothing after that. */
void          sf_indicator_row_keep_typed        (SfIndicatorRow *self);
/* The actions of the partner menu's check items, "partner-N" for the project's Nth partner. */
GActionGroup *sf_indicator_row_get_asked_actions (SfIndicatorRow *self);

G_END_DECLS
