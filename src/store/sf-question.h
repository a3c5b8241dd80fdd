/* sf-question.h: one question of a step's own question list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-record.h"

G_BEGIN_DECLS

#define SF_TYPE_QUESTION (sf_question_get_type ())
G_DECLARE_FINAL_TYPE (SfQuestion, sf_question, SF, QUESTION, SfRecord)

int         sf_question_get_step        (SfQuestion *self);
int         sf_question_get_position    (SfQuestion *self);
const char *sf_question_get_method_key  (SfQuestion *self);
const char *sf_question_get_text        (SfQuestion *self);
gboolean    sf_question_get_hidden      (SfQuestion *self);
gboolean    sf_question_is_standard     (SfQuestion *self);
gboolean    sf_question_is_reworded     (SfQuestion *self);

G_END_DECLS
