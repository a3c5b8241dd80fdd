/* test-key-points.c: step 1's and step 2's key points in the store, and what they came
 * from, without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sf-project-interviews.h"
#include "sf-project-key-figures.h"
#include "sf-project.h"
#include "sf-search.h"
#include "sf-store-error.h"
#include "sf-test-interviews.h"
#include "sf-test-store.h"

typedef SfTestDir Fixture;

/* ---- key points ------------------------------------------------------------------------- */

static void
test_key_points (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autoptr(GError) error = NULL;
  g_autofree char *partner = sf_test_add_role_partner (project, "Zorg Zuid", "");
  g_autofree char *other = sf_test_add_role_partner (project, "Woonstede", "");
  g_autofree char *interview = sf_test_plan (project, partner);
  GListModel *points = sf_project_get_key_points (project, partner);
  g_autofree char *pilot = NULL, *team = NULL, *ruimte = NULL;
  g_autofree char *a1 = NULL, *a2 = NULL, *a3 = NULL;
  SfKeyPoint *point;

  sf_test_set_answer (project, interview, 0, "Wij willen een vast team in de flat.");
  sf_test_set_answer (project, interview, 1, "Starten met een pilot.");
  sf_test_set_answer (project, interview, 2, "Er is geen ontmoetingsruimte.");
  /* Copies: the answers' objects go when the interview is removed below. */
  a1 = g_strdup (sf_test_answer_id (project, interview, 0));
  a2 = g_strdup (sf_test_answer_id (project, interview, 1));
  a3 = g_strdup (sf_test_answer_id (project, interview, 2));

  g_assert_true (points == sf_project_get_key_points (project, partner));
  g_assert_false (points == sf_project_get_key_points (project, other));

  pilot = sf_test_add_key_point (project, partner, "  Start met een pilot ");
  team = sf_test_add_key_point (project, partner, "Een vast team");
  ruimte = sf_test_add_key_point (project, partner, "Ontmoetingsruimte nodig");
  g_assert_cmpstr (sf_project_get_undo_label (project), ==, "Add key point");
  g_assert_cmpuint (sf_test_n_items (points), ==, 3);
  g_assert_cmpuint (sf_test_n_items (sf_project_get_key_points (project, other)), ==, 0);
  point = sf_test_item (points, 0);
  g_assert_cmpstr (sf_record_get_id (SF_RECORD (point)), ==, pilot);
  g_assert_cmpstr (sf_key_point_get_text (point), ==, "Start met een pilot");
  g_assert_cmpstr (sf_key_point_get_partner_id (point), ==, partner);
  g_assert_null (sf_key_point_get_session_id (point));
  g_assert_cmpuint (sf_key_point_get_step (point), ==, 1);
  g_assert_cmpstr (sf_test_item_id (points, 2), ==, ruimte);
  g_assert_cmpuint (sf_project_count_key_points (project, 1), ==, 3);
  g_assert_cmpuint (sf_project_count_key_points (project, 2), ==, 0);

  /* Edit. */
  g_assert_true (sf_project_update_key_point (project, team, "Eén vast team voor zorg en welzijn",
                                              &error));
  g_assert_no_error (error);
  g_assert_cmpstr (sf_project_get_undo_label (project), ==, "Edit key point");
  g_assert_cmpstr (sf_key_point_get_text (sf_test_item (points, 1)), ==,
                   "Eén vast team voor zorg en welzijn");

  /* Move: last to first, then first to a place past the end (the end). */
  g_assert_true (sf_project_move_key_point (project, ruimte, 0, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (sf_project_get_undo_label (project), ==, "Move key point");
  g_assert_cmpstr (sf_test_item_id (points, 0), ==, ruimte);
  g_assert_cmpstr (sf_test_item_id (points, 1), ==, pilot);
  g_assert_cmpstr (sf_test_item_id (points, 2), ==, team);
  g_assert_true (sf_project_move_key_point (project, ruimte, 99, &error));
  g_assert_cmpstr (sf_test_item_id (points, 2), ==, ruimte);
  g_assert_true (sf_project_undo (project, NULL));
  g_assert_cmpstr (sf_test_item_id (points, 0), ==, ruimte);

  /* Confidential. */
  g_assert_true (sf_project_set_key_point_confidential (project, pilot, TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (sf_project_get_undo_label (project), ==, "Mark key point as confidential");
  g_assert_true (sf_key_point_get_confidential (sf_test_item (points, 1)));
  g_assert_false (sf_key_point_get_confidential (sf_test_item (points, 0)));

  /* Sources point back to the answers, in the questions' order, without doubles. */
  sf_test_assert_sources (project, pilot, (const char *[]) { NULL });
  g_assert_true (sf_project_set_key_point_sources (project, pilot,
                                                   (const char *[]) { a2, a1, a2, NULL },
                                                   &error));
  g_assert_no_error (error);
  g_assert_cmpstr (sf_project_get_undo_label (project), ==, "Change key point sources");
  sf_test_assert_sources (project, pilot, (const char *[]) { a1, a2, NULL });
  g_assert_true (sf_project_set_key_point_sources (project, ruimte,
                                                   (const char *[]) { a3, NULL }, &error));
  g_assert_true (sf_project_set_key_point_sources (project, pilot,
                                                   (const char *[]) { a2, NULL }, &error));
  sf_test_assert_sources (project, pilot, (const char *[]) { a2, NULL });
  sf_test_assert_sources (project, ruimte, (const char *[]) { a3, NULL });
  g_assert_true (sf_project_undo (project, NULL));
  sf_test_assert_sources (project, pilot, (const char *[]) { a1, a2, NULL });
  g_assert_true (sf_project_redo (project, NULL));
  sf_test_assert_sources (project, pilot, (const char *[]) { a2, NULL });

  /* A source that is not an answer is refused and the sources stay. */
  g_assert_false (sf_project_set_key_point_sources (project, pilot,
                                                    (const char *[]) { a1, "nothing", NULL },
                                                    &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  sf_test_assert_sources (project, pilot, (const char *[]) { a2, NULL });

  /* Remove, and undo brings it back in its place with its sources. */
  g_assert_true (sf_project_remove_key_point (project, ruimte, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (sf_project_get_undo_label (project), ==, "Remove key point");
  g_assert_cmpuint (sf_test_n_items (points), ==, 2);
  sf_test_assert_sources (project, ruimte, (const char *[]) { NULL });
  g_assert_true (sf_project_undo (project, NULL));
  g_assert_cmpuint (sf_test_n_items (points), ==, 3);
  g_assert_cmpstr (sf_test_item_id (points, 0), ==, ruimte);
  sf_test_assert_sources (project, ruimte, (const char *[]) { a3, NULL });
  g_assert_true (sf_project_redo (project, NULL));
  g_assert_cmpuint (sf_test_n_items (points), ==, 2);
  g_assert_false (sf_project_remove_key_point (project, "no-such-point", &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Removing the interview removes the links to its answers, not the key points. */
  g_assert_true (sf_project_remove_interview (project, interview, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sf_test_n_items (points), ==, 2);
  sf_test_assert_sources (project, pilot, (const char *[]) { NULL });
  g_assert_true (sf_project_undo (project, NULL));
  sf_test_assert_sources (project, pilot, (const char *[]) { a2, NULL });

  project = sf_test_reopen (g_steal_pointer (&project), f->path);
  points = sf_project_get_key_points (project, partner);
  g_assert_cmpuint (sf_test_n_items (points), ==, 2);
  g_assert_cmpstr (sf_test_item_id (points, 0), ==, pilot);
  g_assert_true (sf_key_point_get_confidential (sf_test_item (points, 0)));
  sf_test_assert_sources (project, pilot,
                          (const char *[]) { sf_test_answer_id (project, interview, 1), NULL });
}

/* Bad input: a key point without text is not stored, on adding or editing. */
static void
test_key_point_blank (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autoptr(GError) error = NULL;
  g_autofree char *partner = sf_test_add_role_partner (project, "Zorg Zuid", "");
  g_autofree char *session = sf_test_insert_session (project);
  GListModel *points = sf_project_get_key_points (project, partner);
  g_autofree char *point = NULL;
  const char * const blanks[] = { "", "   ", " \n\t ", "\u3000", NULL };

  for (guint i = 0; blanks[i] != NULL; i++)
    {
      char *id = sf_project_add_key_point (project, partner, blanks[i], &error);

      g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID);
      g_assert_null (id);
      g_clear_error (&error);
      id = sf_project_add_session_key_point (project, session, blanks[i], &error);
      g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID);
      g_assert_null (id);
      g_clear_error (&error);
    }
  g_assert_null (sf_project_add_key_point (project, partner, NULL, &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (sf_test_n_items (points), ==, 0);
  g_assert_cmpuint (sf_project_count_key_points (project, 1), ==, 0);
  g_assert_cmpuint (sf_project_count_key_points (project, 2), ==, 0);
  g_assert_cmpstr (sf_project_get_undo_label (project), ==, "Add partner");

  point = sf_test_add_key_point (project, partner, "Pilot");
  g_assert_false (sf_project_update_key_point (project, point, " ", &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpstr (sf_key_point_get_text (sf_test_item (points, 0)), ==, "Pilot");

  /* A key point for a partner that is gone is refused too. */
  g_assert_null (sf_project_add_key_point (project, "no-such-partner", "Iets", &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
}

/* Step 2's key points belong to a session, in a list of their own. */
static void
test_session_key_points (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autoptr(GError) error = NULL;
  g_autofree char *session = sf_test_insert_session (project);
  GListModel *points = sf_project_get_session_key_points (project, session);
  g_autofree char *first = NULL, *second = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  SfKeyPoint *point;

  g_assert_true (points == sf_project_get_session_key_points (project, session));
  first = sf_project_add_session_key_point (project, session, "Bewoners voelen zich eenzaam",
                                            &error);
  g_assert_no_error (error);
  second = sf_project_add_session_key_point (project, session, "Meer ontmoeting", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sf_test_n_items (points), ==, 2);
  point = sf_test_item (points, 0);
  g_assert_cmpstr (sf_key_point_get_session_id (point), ==, session);
  g_assert_null (sf_key_point_get_partner_id (point));
  g_assert_cmpuint (sf_key_point_get_step (point), ==, 2);
  g_assert_cmpuint (sf_project_count_key_points (project, 2), ==, 2);
  g_assert_cmpuint (sf_project_count_key_points (project, 1), ==, 0);

  g_assert_true (sf_project_move_key_point (project, second, 0, &error));
  g_assert_cmpstr (sf_test_item_id (points, 0), ==, second);

  hits = sf_search_find (project, "eenzaam", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hits->len, ==, 1);
  g_assert_cmpstr (((SfSearchHit *) g_ptr_array_index (hits, 0))->kind, ==, "key_point");
  g_assert_cmpuint (((SfSearchHit *) g_ptr_array_index (hits, 0))->step, ==, 2);

  g_assert_null (sf_project_add_session_key_point (project, "no-such-session", "Iets", &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
}

/* A key point can come from the interview's notes as well as from its answers; a session's
 * key point from the session's statements. */
static void
test_key_point_notes_source (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autoptr(GError) error = NULL;
  g_autofree char *partner = sf_test_add_role_partner (project, "Zorg Zuid", "");
  g_autofree char *interview = sf_test_plan (project, partner);
  g_autofree char *point = NULL, *a0 = NULL, *a2 = NULL, *expected = NULL;
  g_autofree char *session = sf_test_insert_session (project);
  g_autofree char *statement = NULL, *session_point = NULL, *participant = NULL;
  g_autoptr(GPtrArray) candidates = NULL;
  SfSourceCandidate *notes;

  sf_test_set_answer (project, interview, 2, "Er is geen ontmoetingsruimte.");
  sf_test_set_answer (project, interview, 0, "Wij willen een vast team in de flat.");
  a0 = g_strdup (sf_test_answer_id (project, interview, 0));
  a2 = g_strdup (sf_test_answer_id (project, interview, 2));
  point = sf_test_add_key_point (project, partner, "Een vaste plek om elkaar te ontmoeten");

  /* Without notes there are only the answers with text, in the questions' order. */
  expected = g_strdup_printf ("0:%s 0:%s", a0, a2);
  sf_test_assert_candidates (project, point, expected);
  g_assert_true (sf_project_set_interview_notes (project, interview,
                                                 "Bewoners zitten nu in de hal.", TRUE, &error));
  g_free (expected);
  expected = g_strdup_printf ("0:%s 0:%s 1:%s", a0, a2, interview);
  sf_test_assert_candidates (project, point, expected);

  /* The answer's question and text, the notes' text and mark come along. */
  candidates = sf_project_get_key_point_candidates (project, point);
  g_assert_cmpstr (((SfSourceCandidate *) g_ptr_array_index (candidates, 0))->heading, ==,
                   sf_question_get_text (sf_test_item (sf_project_get_questions (project, 1),
                                                       0)));
  notes = g_ptr_array_index (candidates, 2);
  g_assert_null (notes->heading);
  g_assert_cmpstr (notes->text, ==, "Bewoners zitten nu in de hal.");
  g_assert_true (notes->confidential);

  /* Chosen, one undo step each; the answers' own API leaves the notes alone. */
  g_assert_true (sf_project_set_key_point_source (project, point, SF_SOURCE_INTERVIEW_NOTES,
                                                  interview, TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (sf_project_get_undo_label (project), ==, "Change key point sources");
  g_assert_true (sf_project_set_key_point_source (project, point, SF_SOURCE_ANSWER, a2, TRUE,
                                                  &error));
  g_free (expected);
  expected = g_strdup_printf ("0:%s 0:%s* 1:%s*", a0, a2, interview);
  sf_test_assert_candidates (project, point, expected);
  sf_test_assert_sources (project, point, (const char *[]) { a2, NULL });
  g_assert_true (sf_project_set_key_point_sources (project, point,
                                                   (const char *[]) { a0, NULL }, &error));
  g_free (expected);
  expected = g_strdup_printf ("0:%s* 0:%s 1:%s*", a0, a2, interview);
  sf_test_assert_candidates (project, point, expected);
  g_assert_true (sf_project_undo (project, NULL));
  g_assert_true (sf_project_undo (project, NULL));
  g_free (expected);
  expected = g_strdup_printf ("0:%s 0:%s 1:%s*", a0, a2, interview);
  sf_test_assert_candidates (project, point, expected);
  g_assert_true (sf_project_set_key_point_source (project, point, SF_SOURCE_INTERVIEW_NOTES,
                                                  interview, FALSE, &error));
  g_free (expected);
  expected = g_strdup_printf ("0:%s 0:%s 1:%s", a0, a2, interview);
  sf_test_assert_candidates (project, point, expected);
  g_assert_true (sf_project_undo (project, NULL));

  /* Chosen notes stay listed when their text goes, so that they can be unchosen. */
  g_assert_true (sf_project_set_interview_notes (project, interview, " ", FALSE, &error));
  g_free (expected);
  expected = g_strdup_printf ("0:%s 0:%s 1:%s*", a0, a2, interview);
  sf_test_assert_candidates (project, point, expected);

  /* What does not exist is refused, and nothing changes. */
  g_assert_false (sf_project_set_key_point_source (project, point, SF_SOURCE_INTERVIEW_NOTES,
                                                   "no-such-interview", TRUE, &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (sf_project_set_key_point_source (project, "no-such-point", SF_SOURCE_ANSWER,
                                                   a0, TRUE, &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  sf_test_assert_candidates (project, point, expected);

  /* Removing the interview removes the links to its notes too; undo brings them back. */
  g_assert_true (sf_project_remove_interview (project, interview, &error));
  g_assert_no_error (error);
  sf_test_assert_candidates (project, point, "");
  g_assert_true (sf_project_undo (project, &error));
  g_assert_no_error (error);
  sf_test_assert_candidates (project, point, expected);
  g_assert_true (sf_project_redo (project, &error));
  g_assert_no_error (error);
  sf_test_assert_candidates (project, point, "");

  /* A session's key point comes from the session's statements, each with who made it. */
  participant = sf_project_add_participant (project, session, "Kees Jansen", "Welzijn",
                                            "wijkwerker", &error);
  g_assert_no_error (error);
  statement = sf_project_add_statement (project, session, NULL, participant,
                                        "De lift is vaak kapot.", &error);
  g_assert_no_error (error);
  session_point = sf_project_add_session_key_point (project, session, "Onderhoud lift", &error);
  g_assert_no_error (error);
  g_free (expected);
  expected = g_strdup_printf ("2:%s", statement);
  sf_test_assert_candidates (project, session_point, expected);
  g_assert_true (sf_project_set_key_point_source (project, session_point, SF_SOURCE_STATEMENT,
                                                  statement, TRUE, &error));
  g_assert_no_error (error);
  g_free (expected);
  expected = g_strdup_printf ("2:%s*", statement);
  sf_test_assert_candidates (project, session_point, expected);
  g_clear_pointer (&candidates, g_ptr_array_unref);
  candidates = sf_project_get_key_point_candidates (project, session_point);
  g_assert_cmpstr (((SfSourceCandidate *) g_ptr_array_index (candidates, 0))->speaker, ==,
                   "Kees Jansen");
  g_assert_cmpstr (((SfSourceCandidate *) g_ptr_array_index (candidates, 0))->text, ==,
                   "De lift is vaak kapot.");
  /* What is not the session's own is refused. */
  g_assert_false (sf_project_set_key_point_source (project, session_point,
                                                   SF_SOURCE_INTERVIEW_NOTES, interview, TRUE,
                                                   &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  sf_test_assert_candidates (project, "no-such-point", "");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  SF_TEST_DIR_ADD ("/interviews/key-points/edit-move-sources", test_key_points);
  SF_TEST_DIR_ADD ("/interviews/key-points/blank-refused", test_key_point_blank);
  SF_TEST_DIR_ADD ("/interviews/key-points/session", test_session_key_points);
  SF_TEST_DIR_ADD ("/interviews/key-points/notes-and-statements", test_key_point_notes_source);

  return g_test_run ();
}
