/* sf-statement-speaker-row.h: who said a statement, to correct after the session
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A combo row "statement-speaker": "Anonymous", then the session's participants in their
 * order. It follows the store (participants added, renamed or removed; the statement
 * attributed elsewhere, undo), and choosing another is one undoable action.
 */
#pragma once

#include <adwaita.h>

#include "sf-project.h"
#include "sf-statement.h"

G_BEGIN_DECLS

#define SF_TYPE_STATEMENT_SPEAKER_ROW (sf_statement_speaker_row_get_type ())
G_DECLARE_FINAL_TYPE (SfStatementSpeakerRow, sf_statement_speaker_row, SF, STATEMENT_SPEAKER_ROW,
                      AdwComboRow)

GtkWidget *sf_statement_speaker_row_new (SfProject   *project,
                                         const char  *session_id,
                                         SfStatement *statement);

G_END_DECLS
