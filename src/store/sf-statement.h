/* sf-statement.h: one statement captured during a key-figure session
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-record.h"

G_BEGIN_DECLS

#define SF_TYPE_STATEMENT (sf_statement_get_type ())
G_DECLARE_FINAL_TYPE (SfStatement, sf_statement, SF, STATEMENT, SfRecord)

const char *sf_statement_get_session_id       (SfStatement *self);
const char *sf_statement_get_question_id      (SfStatement *self);
const char *sf_statement_get_participant_id   (SfStatement *self);
const char *sf_statement_get_participant_name (SfStatement *self);
int         sf_statement_get_position         (SfStatement *self);
const char *sf_statement_get_text             (SfStatement *self);
gboolean    sf_statement_get_confidential     (SfStatement *self);
const char *sf_statement_get_created          (SfStatement *self);
const char *sf_statement_get_themes           (SfStatement *self);

G_END_DECLS
