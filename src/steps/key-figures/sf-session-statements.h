/* sf-session-statements.h: what was said at the session, per question, to work on afterwards
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A section of step 2's page (widget name "session-statements"): for each question with
 * statements, its text and a list ("statements") of the shared rows (sf-tagged-row.h), each
 * with a row "statement-speaker" that says who said it. Questions without statements are
 * left out; statements about no one question come last.
 */
#pragma once

#include <adwaita.h>

#include "sf-project.h"

G_BEGIN_DECLS

#define SF_TYPE_SESSION_STATEMENTS (sf_session_statements_get_type ())
G_DECLARE_FINAL_TYPE (SfSessionStatements, sf_session_statements, SF, SESSION_STATEMENTS,
                      AdwPreferencesGroup)

GtkWidget *sf_session_statements_new            (SfProject           *project);
/* Shows the statements of @session_id, or none (NULL). */
void       sf_session_statements_set_session    (SfSessionStatements *self,
                                                 const char          *session_id);
/* Opens the row of @statement_id and focuses its text; FALSE if it is not shown here. */
gboolean   sf_session_statements_show_statement (SfSessionStatements *self,
                                                 const char          *statement_id);

G_END_DECLS
