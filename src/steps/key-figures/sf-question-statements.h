/* sf-question-statements.h: one question's text over its statements, on step 2's page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A box "statements-question": the question's text, then a list "statements" of the shared
 * rows (sf-tagged-row.h), each with the row that says who said it
 * (sf-statement-speaker-row.h). It is shown only while the question has statements.
 */
#pragma once

#include <adwaita.h>

#include "sf-project.h"
#include "sf-question.h"

G_BEGIN_DECLS

#define SF_TYPE_QUESTION_STATEMENTS (sf_question_statements_get_type ())
G_DECLARE_FINAL_TYPE (SfQuestionStatements, sf_question_statements, SF, QUESTION_STATEMENTS,
                      GtkBox)

/* @question NULL: the statements about no one question. */
GtkWidget *sf_question_statements_new      (SfProject            *project,
                                            const char           *session_id,
                                            SfQuestion           *question);
/* The row of @statement_id, or NULL. */
GtkWidget *sf_question_statements_find_row (SfQuestionStatements *self,
                                            const char           *statement_id);

G_END_DECLS
