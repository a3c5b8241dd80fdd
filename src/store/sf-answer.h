/* sf-answer.h: the answer one partner gave to one question of step 1
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-record.h"

G_BEGIN_DECLS

#define SF_TYPE_ANSWER (sf_answer_get_type ())
G_DECLARE_FINAL_TYPE (SfAnswer, sf_answer, SF, ANSWER, SfRecord)

const char *sf_answer_get_interview_id (SfAnswer *self);
const char *sf_answer_get_question_id  (SfAnswer *self);
const char *sf_answer_get_text         (SfAnswer *self);
gboolean    sf_answer_get_not_asked    (SfAnswer *self);
gboolean    sf_answer_get_confidential (SfAnswer *self);

G_END_DECLS
