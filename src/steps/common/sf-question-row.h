/* sf-question-row.h: one question of a step's own list, to reword, move, hide or remove
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The row follows its question's properties; where it stands in the list (its number, which
 * counts the visible questions, and whether it can move) is the list's to tell.
 */
#pragma once

#include <adwaita.h>

#include "sf-project.h"

G_BEGIN_DECLS

#define SF_TYPE_QUESTION_ROW (sf_question_row_get_type ())
G_DECLARE_FINAL_TYPE (SfQuestionRow, sf_question_row, SF, QUESTION_ROW, AdwActionRow)

GtkWidget  *sf_question_row_new          (SfProject     *project,
                                          SfQuestion    *question);
SfQuestion *sf_question_row_get_question (SfQuestionRow *self);
/* @number among the visible questions (0 for a hidden one); @first and @last: whether it can
 * move up or down. */
void        sf_question_row_set_place    (SfQuestionRow *self,
                                          guint          number,
                                          gboolean       first,
                                          gboolean       last);

G_END_DECLS
