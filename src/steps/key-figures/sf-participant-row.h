/* sf-participant-row.h: a participant of the session, on step 2's page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An expander row "participant-row": the name, the role and organisation, a check
 * "participant-attended" and a button "remove-participant" (the row's action
 * "participant.remove"); opened, the stance "participant-stance" and a note on it
 * "participant-stance-note". It follows the participant (an edit, undo or redo), and each
 * change is one undoable action.
 */
#pragma once

#include <adwaita.h>

#include "sf-participant.h"
#include "sf-project.h"

G_BEGIN_DECLS

#define SF_TYPE_PARTICIPANT_ROW (sf_participant_row_get_type ())
G_DECLARE_FINAL_TYPE (SfParticipantRow, sf_participant_row, SF, PARTICIPANT_ROW, AdwExpanderRow)

GtkWidget *sf_participant_row_new (SfProject     *project,
                                   SfParticipant *participant);

G_END_DECLS
