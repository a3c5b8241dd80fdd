/* test-interviews-undo.c: undo and redo of step 1 in the store (a partner removed with
 * everything of theirs, every action in turn), without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sf-project-interviews.h"
#include "sf-project.h"
#include "sf-test-interviews.h"
#include "sf-test-store.h"

typedef SfTestDir Fixture;

/* ---- removing a partner ----------------------------------------------------------------- */

typedef struct
{
  char *partner;
  char *interview;
  char *point;
  char *answer;
} Filled;

static void
filled_clear (Filled *filled)
{
  g_free (filled->partner);
  g_free (filled->interview);
  g_free (filled->point);
  g_free (filled->answer);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Filled, filled_clear)

/* A partner with an interview, two answers and a key point that cites one of them. */
static void
fill_partner (SfProject *project,
              Filled    *filled)
{
  g_autoptr(GError) error = NULL;

  filled->partner = sf_test_add_role_partner (project, "Zorg Zuid", "Manager zorg");
  filled->interview = sf_test_plan (project, filled->partner);
  sf_test_set_answer (project, filled->interview, 0, "Wij willen een vast team in de flat.");
  sf_test_set_answer (project, filled->interview, 1, "Starten met een pilot.");
  filled->answer = g_strdup (sf_test_answer_id (project, filled->interview, 1));
  filled->point = sf_test_add_key_point (project, filled->partner, "Start met een pilot");
  g_assert_true (sf_project_set_key_point_sources (project, filled->point,
                                                   (const char *[]) { filled->answer, NULL },
                                                   &error));
  g_assert_no_error (error);
  g_assert_true (sf_project_set_interview_notes (project, filled->interview,
                                                 "Gesprek in de buurtkamer.", FALSE, &error));
  g_assert_true (sf_project_set_key_point_source (project, filled->point,
                                                  SF_SOURCE_INTERVIEW_NOTES, filled->interview,
                                                  TRUE, &error));
  g_assert_no_error (error);
}

static void
assert_partner_gone (SfProject *project,
                     Filled    *filled)
{
  g_assert_cmpuint (sf_test_n_items (sf_project_get_interviews (project)), ==, 0);
  g_assert_cmpuint (sf_test_n_items (sf_project_get_answers (project, filled->interview)), ==, 0);
  g_assert_cmpuint (sf_test_n_items (sf_project_get_key_points (project, filled->partner)), ==, 0);
  sf_test_assert_sources (project, filled->point, (const char *[]) { NULL });
  sf_test_assert_candidates (project, filled->point, "");
  g_assert_cmpuint (sf_project_count_answers (project), ==, 0);
  g_assert_cmpuint (sf_project_count_key_points (project, 1), ==, 0);
}

static void
assert_partner_back (SfProject *project,
                     Filled    *filled)
{
  GListModel *answers = sf_project_get_answers (project, filled->interview);

  g_assert_cmpuint (sf_test_n_items (sf_project_get_interviews (project)), ==, 1);
  g_assert_cmpstr (sf_test_item_id (sf_project_get_interviews (project), 0), ==,
                   filled->interview);
  g_assert_cmpuint (sf_test_n_items (answers), ==, 2);
  g_assert_cmpstr (sf_answer_get_text (sf_test_item (answers, 1)), ==, "Starten met een pilot.");
  g_assert_cmpuint (sf_test_n_items (sf_project_get_key_points (project, filled->partner)), ==, 1);
  g_assert_cmpstr (sf_test_item_id (sf_project_get_key_points (project, filled->partner), 0), ==,
                   filled->point);
  sf_test_assert_sources (project, filled->point, (const char *[]) { filled->answer, NULL });
  g_assert_cmpuint (sf_project_count_answers (project), ==, 2);
  {
    g_autofree char *line = sf_test_candidates_line (project, filled->point);
    g_autofree char *notes = g_strdup_printf ("1:%s*", filled->interview);

    g_assert_true (g_str_has_suffix (line, notes));
  }
}

static void
test_partner_removal_undo (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autoptr(GError) error = NULL;
  g_auto(Filled) filled = { 0 };
  g_autofree char *before = NULL, *after = NULL;

  fill_partner (project, &filled);
  before = sf_test_step1_snapshot (project);
  assert_partner_back (project, &filled);

  g_assert_true (sf_project_remove_partner (project, filled.partner, &error));
  g_assert_no_error (error);
  assert_partner_gone (project, &filled);

  g_assert_true (sf_project_undo (project, &error));
  g_assert_no_error (error);
  assert_partner_back (project, &filled);
  after = sf_test_step1_snapshot (project);
  g_assert_cmpstr (after, ==, before);
}

/* Redoing the removal replays SQLite's cascades: the rows they removed must not be removed
 * twice. */
static void
test_partner_removal_redo (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autoptr(GError) error = NULL;
  g_auto(Filled) filled = { 0 };

  fill_partner (project, &filled);
  g_assert_true (sf_project_remove_partner (project, filled.partner, &error));
  g_assert_true (sf_project_undo (project, &error));
  g_assert_no_error (error);
  g_assert_true (sf_project_redo (project, &error));
  g_assert_no_error (error);
  assert_partner_gone (project, &filled);
  g_assert_true (sf_project_undo (project, &error));
  g_assert_no_error (error);
  assert_partner_back (project, &filled);
}

/* ---- undo and redo of every action ------------------------------------------------------ */

typedef struct
{
  const char *label;
  char       *state; /* after the action */
} Step;

static void
test_undo_chain (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autoptr(GError) error = NULL;
  g_autofree char *partner = sf_test_add_role_partner (project, "Zorg Zuid", "");
  g_autofree char *session = sf_test_insert_session (project);
  g_autofree char *person = NULL, *interview = NULL, *p1 = NULL, *p2 = NULL, *p3 = NULL;
  g_autofree char *start = sf_test_step1_snapshot (project);
  Step steps[32];
  guint n = 0;

#define DONE(expected_label) \
  G_STMT_START { \
    g_assert_no_error (error); \
    g_assert_cmpstr (sf_project_get_undo_label (project), ==, expected_label); \
    steps[n].label = expected_label; \
    steps[n].state = sf_test_step1_snapshot (project); \
    g_assert_cmpstr (steps[n].state, !=, n ? steps[n - 1].state : start); \
    n++; \
  } G_STMT_END

  person = sf_project_add_person (project, "Ria Jansen", "Woonstede", "", &error);
  DONE ("Add person");
  sf_project_update_person (project, person, "Ria de Jong", "Woonstede", "manager", &error);
  DONE ("Edit person");
  interview = sf_project_plan_interview (project, partner, NULL, "", "", &error);
  DONE ("Plan interview");
  sf_project_update_interview (project, interview, person, "2026-03-02", "Buurthuis",
                               SF_INTERVIEW_PLANNED, &error);
  DONE ("Edit interview");
  sf_project_set_interview_status (project, interview, SF_INTERVIEW_HELD, &error);
  DONE ("Change interview status");
  sf_project_set_interview_notes (project, interview, "Goed gesprek", TRUE, &error);
  DONE ("Edit interview notes");
  sf_project_set_answer (project, interview, sf_test_question_id (project, 0), "Omdat het moet",
                         &error);
  DONE ("Edit answer");
  sf_project_set_answer (project, interview, sf_test_question_id (project, 0), "Omdat het kan",
                         &error);
  DONE ("Edit answer");
  sf_project_set_answer_not_asked (project, interview, sf_test_question_id (project, 1), TRUE,
                                   &error);
  DONE ("Mark question as not asked");
  sf_project_set_answer_not_asked (project, interview, sf_test_question_id (project, 1), FALSE,
                                   &error);
  DONE ("Mark question as asked");
  sf_project_set_answer_confidential (project, interview, sf_test_question_id (project, 0), TRUE,
                                      &error);
  DONE ("Mark answer as confidential");
  sf_project_set_answer_confidential (project, interview, sf_test_question_id (project, 0), FALSE,
                                      &error);
  DONE ("Mark answer as not confidential");
  p1 = sf_project_add_key_point (project, partner, "Eerste punt", &error);
  DONE ("Add key point");
  p2 = sf_project_add_key_point (project, partner, "Tweede punt", &error);
  DONE ("Add key point");
  sf_project_update_key_point (project, p1, "Eerste punt, herzien", &error);
  DONE ("Edit key point");
  sf_project_set_key_point_confidential (project, p2, TRUE, &error);
  DONE ("Mark key point as confidential");
  sf_project_set_key_point_confidential (project, p2, FALSE, &error);
  DONE ("Mark key point as not confidential");
  sf_project_move_key_point (project, p2, 0, &error);
  DONE ("Move key point");
  sf_project_set_key_point_sources (project, p1, (const char *[]) {
                                      sf_test_answer_id (project, interview, 0), NULL }, &error);
  DONE ("Change key point sources");
  p3 = sf_project_add_session_key_point (project, session, "Punt uit de bijeenkomst", &error);
  DONE ("Add key point");
  sf_project_remove_key_point (project, p2, &error);
  DONE ("Remove key point");
  sf_project_remove_interview (project, interview, &error);
  DONE ("Remove interview");
  sf_project_remove_key_point (project, p1, &error);
  DONE ("Remove key point");
#undef DONE
  g_assert_cmpuint (n, <=, G_N_ELEMENTS (steps));

  /* All the way back, each step restoring exactly the state before it... */
  for (guint i = n; i-- > 0;)
    {
      g_autofree char *state = NULL;

      g_assert_cmpstr (sf_project_get_undo_label (project), ==, steps[i].label);
      g_assert_true (sf_project_undo (project, &error));
      g_assert_no_error (error);
      state = sf_test_step1_snapshot (project);
      g_assert_cmpstr (state, ==, i ? steps[i - 1].state : start);
    }
  g_assert_cmpstr (sf_project_get_undo_label (project), ==, "Add partner");
  g_assert_cmpuint (sf_test_n_items (sf_project_get_people (project)), ==, 0);

  /* ...and all the way forward again. */
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *state = NULL;

      g_assert_cmpstr (sf_project_get_redo_label (project), ==, steps[i].label);
      g_assert_true (sf_project_redo (project, &error));
      g_assert_no_error (error);
      state = sf_test_step1_snapshot (project);
      g_assert_cmpstr (state, ==, steps[i].state);
    }
  g_assert_false (sf_project_can_redo (project));

  for (guint i = 0; i < n; i++)
    g_free (steps[i].state);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  SF_TEST_DIR_ADD ("/interviews/partner-removal/undo", test_partner_removal_undo);
  SF_TEST_DIR_ADD ("/interviews/partner-removal/redo", test_partner_removal_redo);
  SF_TEST_DIR_ADD ("/interviews/undo/every-action", test_undo_chain);

  return g_test_run ();
}
