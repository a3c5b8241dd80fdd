/* sf-question-list.h: a step's own question list, to reword, reorder, hide and extend
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sf-project.h"

G_BEGIN_DECLS

#define SF_TYPE_QUESTION_LIST (sf_question_list_get_type ())
G_DECLARE_FINAL_TYPE (SfQuestionList, sf_question_list, SF, QUESTION_LIST, AdwBin)

GtkWidget *sf_question_list_new (SfProject *project,
                                 guint      step);

G_END_DECLS
