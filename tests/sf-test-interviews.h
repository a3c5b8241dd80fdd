/* sf-test-interviews.h: what step 1's store tests share: partners with a role, interviews,
 * answers and key points made in one call, and ways to read them back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-project-interviews.h"

G_BEGIN_DECLS

/* Each asserts that the store took it; ids are newly allocated. */
const char *sf_test_item_id           (GListModel         *list,
                                       guint               position);
char       *sf_test_add_role_partner  (SfProject          *project,
                                       const char         *organisation,
                                       const char         *role);
/* The id of step 1's question @index. */
const char *sf_test_question_id       (SfProject          *project,
                                       guint               index);
/* An interview for @partner_id on 2026-03-02 in "Buurthuis". */
char       *sf_test_plan              (SfProject          *project,
                                       const char         *partner_id);
void        sf_test_set_answer        (SfProject          *project,
                                       const char         *interview_id,
                                       guint               question,
                                       const char         *text);
const char *sf_test_answer_id         (SfProject          *project,
                                       const char         *interview_id,
                                       guint               question);
char       *sf_test_add_key_point     (SfProject          *project,
                                       const char         *partner_id,
                                       const char         *text);
char       *sf_test_step1_snapshot    (SfProject          *project);
char       *sf_test_insert_session    (SfProject          *project);
void        sf_test_assert_sources    (SfProject          *project,
                                       const char         *key_point,
                                       const char * const *expected);
char       *sf_test_candidates_line   (SfProject          *project,
                                       const char         *key_point);
void        sf_test_assert_candidates (SfProject          *project,
                                       const char         *key_point,
                                       const char         *expected);

G_END_DECLS
