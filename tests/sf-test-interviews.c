/* sf-test-interviews.c: what step 1's store tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sf-project-private.h"
#include "sf-test-interviews.h"
#include "sf-test-store.h"

const char *
sf_test_item_id (GListModel *list,
                 guint       position)
{
  return sf_record_get_id (sf_test_item (list, position));
}

char *
sf_test_add_role_partner (SfProject  *project,
                          const char *organisation,
                          const char *role)
{
  g_autoptr(GError) error = NULL;
  SfPartnerFields fields = { organisation, "care", role, NULL, NULL };
  char *id = sf_project_add_partner (project, &fields, &error);

  g_assert_no_error (error);
  g_assert_nonnull (id);
  return id;
}

const char *
sf_test_question_id (SfProject *project,
                     guint      index)
{
  return sf_test_item_id (sf_project_get_questions (project, 1), index);
}

char *
sf_test_plan (SfProject  *project,
              const char *partner_id)
{
  g_autoptr(GError) error = NULL;
  char *id = sf_project_plan_interview (project, partner_id, NULL, "2026-03-02", "Buurthuis",
                                        &error);

  g_assert_no_error (error);
  g_assert_nonnull (id);
  return id;
}

void
sf_test_set_answer (SfProject  *project,
                    const char *interview_id,
                    guint       question,
                    const char *text)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sf_project_set_answer (project, interview_id,
                                        sf_test_question_id (project, question), text, &error));
  g_assert_no_error (error);
}

const char *
sf_test_answer_id (SfProject  *project,
                   const char *interview_id,
                   guint       question)
{
  SfAnswer *answer = sf_project_find_answer (project, interview_id,
                                             sf_test_question_id (project, question));

  g_assert_nonnull (answer);
  return sf_record_get_id (SF_RECORD (answer));
}

char *
sf_test_add_key_point (SfProject  *project,
                       const char *partner_id,
                       const char *text)
{
  g_autoptr(GError) error = NULL;
  char *id = sf_project_add_key_point (project, partner_id, text, &error);

  g_assert_no_error (error);
  g_assert_nonnull (id);
  return id;
}

/* Every row of step 1's tables, in one string: what undo and redo must bring back exactly. */
char *
sf_test_step1_snapshot (SfProject *project)
{
  static const char * const tables[] = {
    "person", "interview", "answer", "key_point", "key_point_source", NULL
  };

  return sf_test_dump_tables (project, tables);
}

/* A session row as the sessions module would make it: that module is not under test here. */
char *
sf_test_insert_session (SfProject *project)
{
  g_autoptr(GError) error = NULL;
  char *id = g_uuid_string_random ();
  g_autofree char *now = sf_db_now ();

  g_assert_true (sf_db_run (sf_project_get_db (project), &error,
                            "INSERT INTO session (id, created) VALUES (?1, ?2)", "ss", id, now));
  g_assert_no_error (error);
  return id;
}

void
sf_test_assert_sources (SfProject          *project,
                        const char         *key_point,
                        const char * const *expected)
{
  g_auto(GStrv) sources = sf_project_get_key_point_sources (project, key_point);

  g_assert_nonnull (sources);
  g_assert_cmpstrv (sources, expected);
}

/* "kind:id*" for each candidate (the star when chosen), in order, e.g. "0:a1* 1:iv". */
char *
sf_test_candidates_line (SfProject  *project,
                         const char *key_point)
{
  g_autoptr(GPtrArray) candidates = sf_project_get_key_point_candidates (project, key_point);
  g_autoptr(GString) line = g_string_new (NULL);

  for (guint i = 0; i < candidates->len; i++)
    {
      SfSourceCandidate *c = g_ptr_array_index (candidates, i);

      g_string_append_printf (line, "%s%d:%s%s", i > 0 ? " " : "", c->kind, c->id,
                              c->chosen ? "*" : "");
    }
  return g_string_free (g_steal_pointer (&line), FALSE);
}

void
sf_test_assert_candidates (SfProject  *project,
                           const char *key_point,
                           const char *expected)
{
  g_autofree char *line = sf_test_candidates_line (project, key_point);

  g_assert_cmpstr (line, ==, expected);
}
