/* sf-live-statement-row.h: a statement in the live session's list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A row "statement-row": the text, who said it and its themes; the confidential marker, a
 * lock toggle "statement-confidential" that marks the statement confidential, and a button
 * that removes it (the window's "live.remove-statement" with the statement's id).
 */
#pragma once

#include "sf-lock-row.h"
#include "sf-project.h"
#include "sf-statement.h"

G_BEGIN_DECLS

#define SF_TYPE_LIVE_STATEMENT_ROW (sf_live_statement_row_get_type ())
G_DECLARE_FINAL_TYPE (SfLiveStatementRow, sf_live_statement_row, SF, LIVE_STATEMENT_ROW,
                      SfLockRow)

GtkWidget   *sf_live_statement_row_new           (SfProject          *project,
                                                  SfStatement        *statement);
SfStatement *sf_live_statement_row_get_statement (SfLiveStatementRow *self);

G_END_DECLS
