/* test-sessions-statements.c: step 2 in the store: statements, search, undo, removing and
 * reopening, key points with their statements, without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sf-project-interviews.h"
#include "sf-project-key-figures.h"
#include "sf-project.h"
#include "sf-search.h"
#include "sf-store-error.h"
#include "sf-test-sessions.h"
#include "sf-test-store.h"
typedef SfTestSessions Fixture;

/* ---- statements ------------------------------------------------------------------------- */

static void
test_ten_statements (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *session_id = sf_test_add_session (f->project);
  g_autofree char *anna = sf_test_add_participant (f->project, session_id, "Anna", "wijkwerker");
  g_autofree char *bram = sf_test_add_participant (f->project, session_id, "Bram", "wijkagent");
  const char *q1 = sf_test_session_question (f->project, 0);
  const char *q2 = sf_test_session_question (f->project, 1);
  GListModel *list = sf_project_get_statements (f->project, session_id, q1);
  GListModel *other = sf_project_get_statements (f->project, session_id, q2);
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *elsewhere = NULL;

  g_assert_true (list == sf_project_get_statements (f->project, session_id, q1));
  g_assert_true (list != other);
  for (guint i = 0; i < 10; i++)
    {
      g_autofree char *text = g_strdup_printf ("Uitspraak %u", i + 1);
      /* Every third anonymous, the others by Anna or Bram in turn. */
      const char *by = i % 3 == 2 ? NULL : i % 2 ? bram : anna;

      g_ptr_array_add (ids, sf_test_add_statement (f->project, session_id, q1, by, text));
      g_assert_cmpuint (sf_test_n_items (list), ==, i + 1); /* seen at once */
    }
  elsewhere = sf_test_add_statement (f->project, session_id, q2, NULL, "Over iets anders");
  g_assert_cmpuint (sf_test_n_items (list), ==, 10);
  g_assert_cmpuint (sf_test_n_items (other), ==, 1);
  g_assert_cmpuint (sf_project_count_statements (f->project), ==, 11);

  for (guint i = 0; i < 10; i++)
    {
      SfStatement *s = sf_test_item (list, i);
      g_autofree char *text = g_strdup_printf ("Uitspraak %u", i + 1);
      const char *name = i % 3 == 2 ? "" : i % 2 ? "Bram" : "Anna";

      g_assert_cmpstr (sf_record_get_id (SF_RECORD (s)), ==, g_ptr_array_index (ids, i));
      g_assert_cmpstr (sf_statement_get_text (s), ==, text);
      g_assert_cmpint (sf_statement_get_position (s), ==, (int) i);
      g_assert_cmpstr (sf_statement_get_participant_name (s), ==, name);
      g_assert_cmpstr (sf_statement_get_session_id (s), ==, session_id);
      g_assert_cmpstr (sf_statement_get_question_id (s), ==, q1);
      g_assert_cmpstr (sf_statement_get_themes (s), ==, "");
      g_assert_false (sf_statement_get_confidential (s));
      g_assert_nonnull (sf_statement_get_created (s));
    }
  g_assert_cmpint (sf_statement_get_position (sf_test_item (other, 0)), ==, 0);

  /* Attributed afterwards, and back to anonymous; only a participant of this session. */
  g_assert_true (sf_project_attribute_statement (f->project, g_ptr_array_index (ids, 2), bram,
                                                 &error));
  g_assert_no_error (error);
  g_assert_cmpstr (sf_statement_get_participant_name (sf_test_item (list, 2)), ==, "Bram");
  g_assert_cmpstr (sf_project_get_undo_label (f->project), ==, "Change speaker");
  g_assert_true (sf_project_attribute_statement (f->project, g_ptr_array_index (ids, 2), NULL,
                                                 &error));
  g_assert_cmpstr (sf_statement_get_participant_name (sf_test_item (list, 2)), ==, "");
  g_assert_null (sf_statement_get_participant_id (sf_test_item (list, 2)));
  g_assert_false (sf_project_attribute_statement (f->project, g_ptr_array_index (ids, 2),
                                                  "not-a-participant", &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (sf_project_set_statement_confidential (f->project, g_ptr_array_index (ids, 0),
                                                        TRUE, &error));
  g_assert_true (sf_statement_get_confidential (sf_test_item (list, 0)));

  /* A removed statement leaves the others in order; undo puts it back in its place. */
  g_assert_true (sf_project_remove_statement (f->project, g_ptr_array_index (ids, 4), &error));
  g_assert_cmpuint (sf_test_n_items (list), ==, 9);
  g_assert_cmpstr (sf_statement_get_text (sf_test_item (list, 4)), ==, "Uitspraak 6");
  sf_test_undo (f->project);
  g_assert_cmpuint (sf_test_n_items (list), ==, 10);
  g_assert_cmpstr (sf_statement_get_text (sf_test_item (list, 4)), ==, "Uitspraak 5");

  /* A participant who is removed leaves their statements, anonymous; undo names them again. */
  g_assert_true (sf_project_remove_participant (f->project, anna, &error));
  g_assert_cmpstr (sf_statement_get_participant_name (sf_test_item (list, 0)), ==, "");
  sf_test_undo (f->project);
  g_assert_cmpstr (sf_statement_get_participant_name (sf_test_item (list, 0)), ==, "Anna");
  sf_test_redo (f->project);
  g_assert_cmpstr (sf_statement_get_participant_name (sf_test_item (list, 0)), ==, "");
  sf_test_undo (f->project);
  g_assert_cmpstr (sf_statement_get_participant_name (sf_test_item (list, 0)), ==, "Anna");
  g_assert_no_error (error);

  /* A statement in a session that is gone is refused. */
  g_free (elsewhere);
  elsewhere = sf_project_add_statement (f->project, "no-such-session", q1, NULL, "Tekst", &error);
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_NOT_FOUND);
  g_assert_null (elsewhere);
}

static void
test_blank_statement (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *session_id = sf_test_add_session (f->project);
  const char *q1 = sf_test_session_question (f->project, 0);
  GListModel *list = sf_project_get_statements (f->project, session_id, q1);
  const char *blanks[] = { "", "   ", " \t\n ", NULL };
  g_autofree char *kept = NULL;

  for (guint i = 0; blanks[i] != NULL; i++)
    {
      g_autofree char *id = sf_project_add_statement (f->project, session_id, q1, NULL,
                                                      blanks[i], &error);

      g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID);
      g_assert_null (id);
      g_clear_error (&error);
    }
  g_assert_cmpuint (sf_test_n_items (list), ==, 0);
  g_assert_cmpuint (sf_test_count_rows (f->project, "SELECT count (*) FROM statement"), ==, 0);
  g_assert_cmpstr (sf_project_get_undo_label (f->project), ==, "Add session");

  /* Stripped when stored; a blank edit is refused and the text kept. */
  kept = sf_test_add_statement (f->project, session_id, q1, NULL,
                                "  Meer bankjes bij de ingang\n");
  g_assert_cmpstr (sf_statement_get_text (sf_test_item (list, 0)), ==, "Meer bankjes bij de ingang");
  g_assert_false (sf_project_update_statement (f->project, kept, " ", &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID);
  g_assert_cmpstr (sf_statement_get_text (sf_test_item (list, 0)), ==, "Meer bankjes bij de ingang");
  g_assert_cmpstr (sf_project_get_undo_label (f->project), ==, "Add statement");
}

static guint
find (SfProject   *project,
      const char  *text,
      const char  *expected_ref)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) hits = sf_search_find (project, text, 50, &error);

  g_assert_no_error (error);
  g_assert_nonnull (hits);
  for (guint i = 0; i < hits->len && expected_ref != NULL; i++)
    {
      SfSearchHit *hit = g_ptr_array_index (hits, i);

      g_assert_cmpstr (hit->ref, ==, expected_ref);
      g_assert_cmpstr (hit->kind, ==, "statement");
      g_assert_cmpuint (hit->step, ==, 2);
    }
  return hits->len;
}

static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *session_id = sf_test_add_session (f->project);
  g_autofree char *id = sf_test_add_statement (f->project, session_id,
                                               sf_test_session_question (f->project, 2), NULL,
                                               "Bewoners voelen zich eenzaam in de flat");

  g_assert_cmpuint (find (f->project, "eenzaam", id), ==, 1);
  g_assert_cmpuint (find (f->project, "EENZAAM flat", id), ==, 1);

  g_assert_true (sf_project_update_statement (f->project, id, "Bewoners zijn tevreden", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (find (f->project, "eenzaam", NULL), ==, 0);
  g_assert_cmpuint (find (f->project, "tevreden", id), ==, 1);

  sf_test_undo (f->project);
  g_assert_cmpuint (find (f->project, "eenzaam", id), ==, 1);
  g_assert_cmpuint (find (f->project, "tevreden", NULL), ==, 0);
  sf_test_redo (f->project);
  g_assert_cmpuint (find (f->project, "eenzaam", NULL), ==, 0);
  g_assert_cmpuint (find (f->project, "tevreden", id), ==, 1);
  sf_test_undo (f->project);

  g_assert_true (sf_project_remove_statement (f->project, id, &error));
  g_assert_cmpuint (find (f->project, "eenzaam", NULL), ==, 0);
  sf_test_undo (f->project);
  g_assert_cmpuint (find (f->project, "eenzaam", id), ==, 1);

  /* Removing the whole session takes its statements out of the index, and undo back in. */
  g_assert_true (sf_project_remove_session (f->project, session_id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (find (f->project, "eenzaam", NULL), ==, 0);
  sf_test_undo (f->project);
  g_assert_cmpuint (find (f->project, "eenzaam", id), ==, 1);

  /* Undoing the capture itself. */
  sf_test_undo (f->project);
  g_assert_cmpuint (find (f->project, "eenzaam", NULL), ==, 0);
  sf_test_redo (f->project);
  g_assert_cmpuint (find (f->project, "eenzaam", id), ==, 1);
}

/* Everything done in a session comes undone step by step, down to the empty project, and is
 * redone to the same state. */
static void
test_undo_everything (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *session_id = sf_test_add_session (f->project);
  g_autofree char *anna = sf_test_add_participant (f->project, session_id, "Anna", "wijkwerker");
  const char *q1 = sf_test_session_question (f->project, 0);
  g_autofree char *s1 = NULL;
  g_autofree char *s2 = NULL;
  GListModel *sessions = sf_project_get_sessions (f->project);
  GListModel *participants = sf_project_get_participants (f->project, session_id);
  GListModel *statements = sf_project_get_statements (f->project, session_id, q1);
  guint n_actions = 2, n_undone = 0;

  g_assert_true (sf_project_set_participant_attended (f->project, anna, TRUE, &error));
  g_assert_true (sf_project_set_participant_stance (f->project, anna, SF_STANCE_POSITIVE, "ja",
                                                    &error));
  s1 = sf_test_add_statement (f->project, session_id, q1, anna, "Eerste");
  s2 = sf_test_add_statement (f->project, session_id, q1, NULL, "Tweede");
  g_assert_true (sf_project_update_statement (f->project, s1, "Eerste, beter", &error));
  g_assert_true (sf_project_set_statement_confidential (f->project, s2, TRUE, &error));
  g_assert_true (sf_project_set_session_notes (f->project, session_id, "notities", FALSE,
                                               &error));
  g_assert_true (sf_project_set_session_held (f->project, session_id, TRUE, &error));
  g_assert_true (sf_project_remove_statement (f->project, s2, &error));
  g_assert_true (sf_project_remove_participant (f->project, anna, &error));
  g_assert_no_error (error);
  n_actions += 10;

  while (sf_project_can_undo (f->project))
    {
      g_assert_nonnull (sf_project_get_undo_label (f->project));
      sf_test_undo (f->project);
      n_undone++;
    }
  g_assert_cmpuint (n_undone, ==, n_actions);
  g_assert_cmpuint (sf_test_n_items (sessions), ==, 0);
  g_assert_cmpuint (sf_test_n_items (participants), ==, 0);
  g_assert_cmpuint (sf_test_n_items (statements), ==, 0);
  g_assert_cmpuint (sf_test_count_rows (f->project, "SELECT count (*) FROM person"), ==, 0);

  while (sf_project_can_redo (f->project))
    sf_test_redo (f->project);
  g_assert_cmpuint (sf_test_n_items (sessions), ==, 1);
  g_assert_true (sf_session_get_held (sf_test_item (sessions, 0)));
  g_assert_cmpstr (sf_session_get_notes (sf_test_item (sessions, 0)), ==, "notities");
  g_assert_cmpuint (sf_test_n_items (participants), ==, 0);
  g_assert_cmpuint (sf_test_n_items (statements), ==, 1);
  g_assert_cmpstr (sf_statement_get_text (sf_test_item (statements, 0)), ==, "Eerste, beter");
  g_assert_cmpstr (sf_statement_get_participant_name (sf_test_item (statements, 0)), ==, "");

  /* Undo the removal of the participant: attendance and stance are back as they were. */
  sf_test_undo (f->project);
  g_assert_cmpuint (sf_test_n_items (participants), ==, 1);
  g_assert_true (sf_participant_get_attended (sf_test_item (participants, 0)));
  g_assert_cmpint (sf_participant_get_stance (sf_test_item (participants, 0)), ==, SF_STANCE_POSITIVE);
  g_assert_cmpstr (sf_statement_get_participant_name (sf_test_item (statements, 0)), ==, "Anna");
}

static void
test_remove_session (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *session_id = sf_test_add_session (f->project);
  g_autofree char *anna = sf_test_add_participant (f->project, session_id, "Anna", "wijkwerker");
  const char *q1 = sf_test_session_question (f->project, 0);
  g_autofree char *s1 = sf_test_add_statement (f->project, session_id, q1, anna, "Eerste");
  GListModel *participants = sf_project_get_participants (f->project, session_id);
  GListModel *statements = sf_project_get_statements (f->project, session_id, q1);

  g_assert_true (sf_project_remove_session (f->project, session_id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sf_test_n_items (sf_project_get_sessions (f->project)), ==, 0);
  g_assert_cmpuint (sf_test_n_items (participants), ==, 0);
  g_assert_cmpuint (sf_test_n_items (statements), ==, 0);
  g_assert_cmpuint (sf_project_count_statements (f->project), ==, 0);
  /* The person stays: people are shared with step 1. */
  g_assert_cmpuint (sf_test_count_rows (f->project, "SELECT count (*) FROM person"), ==, 1);

  sf_test_undo (f->project);
  g_assert_cmpuint (sf_test_n_items (sf_project_get_sessions (f->project)), ==, 1);
  g_assert_cmpuint (sf_test_n_items (participants), ==, 1);
  g_assert_cmpuint (sf_test_n_items (statements), ==, 1);
  g_assert_cmpstr (sf_statement_get_participant_name (sf_test_item (statements, 0)), ==, "Anna");

  /* Redo replays the removal with everything that went with it, and undo again. */
  sf_test_redo (f->project);
  g_assert_cmpuint (sf_test_n_items (participants), ==, 0);
  g_assert_cmpuint (sf_project_count_statements (f->project), ==, 0);
  sf_test_undo (f->project);
  g_assert_cmpuint (sf_test_n_items (statements), ==, 1);

  g_assert_false (sf_project_remove_session (f->project, "no-such-session", &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_NOT_FOUND);
}

/* A session's key point is linked to the statements it came from, as step 1's are to the
 * answers: only statements of its own session, in the order they were said, undoable. */
static void
test_key_point_statements (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *session_id = sf_test_add_session (f->project);
  g_autofree char *other_session = sf_test_add_session (f->project);
  g_autofree char *s1 = sf_test_add_statement (f->project, session_id,
                                               sf_test_session_question (f->project, 0), NULL,
                                               "Eenzaam na het overlijden van een partner");
  g_autofree char *s2 = sf_test_add_statement (f->project, session_id,
                                               sf_test_session_question (f->project, 2), NULL,
                                               "Niemand kent de buren");
  g_autofree char *elsewhere = sf_test_add_statement (f->project, other_session,
                                                      sf_test_session_question (f->project, 0),
                                                      NULL, "Elders gezegd");
  g_autofree char *point = sf_project_add_session_key_point (f->project, session_id,
                                                             "Eenzaamheid", &error);
  g_auto(GStrv) sources = NULL;
  g_auto(GStrv) answers = NULL;

  g_assert_no_error (error);
  sources = sf_project_get_key_point_statements (f->project, point);
  g_assert_cmpuint (g_strv_length (sources), ==, 0);

  /* Doubles count once; the order is the session's, not the one given. */
  g_assert_true (sf_project_set_key_point_statements (f->project, point,
                                                      (const char *[]) { s2, s1, s2, NULL },
                                                      &error));
  g_assert_no_error (error);
  g_assert_cmpstr (sf_project_get_undo_label (f->project), ==, "Change key point sources");
  g_clear_pointer (&sources, g_strfreev);
  sources = sf_project_get_key_point_statements (f->project, point);
  g_assert_cmpuint (g_strv_length (sources), ==, 2);
  g_assert_cmpstr (sources[0], ==, s1);
  g_assert_cmpstr (sources[1], ==, s2);
  answers = sf_project_get_key_point_sources (f->project, point);
  g_assert_cmpuint (g_strv_length (answers), ==, 0);

  /* A statement of another session, or none at all, is refused and nothing changes. */
  g_assert_false (sf_project_set_key_point_statements (f->project, point,
                                                       (const char *[]) { s1, elsewhere, NULL },
                                                       &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (sf_project_set_key_point_statements (f->project, point,
                                                       (const char *[]) { "no-such-id", NULL },
                                                       &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpuint (sf_test_count_rows (f->project, "SELECT count (*) FROM key_point_source"),
                    ==, 2);

  /* One taken off: only its link goes. */
  g_assert_true (sf_project_set_key_point_statements (f->project, point,
                                                      (const char *[]) { s2, NULL }, &error));
  g_clear_pointer (&sources, g_strfreev);
  sources = sf_project_get_key_point_statements (f->project, point);
  g_assert_cmpuint (g_strv_length (sources), ==, 1);
  g_assert_cmpstr (sources[0], ==, s2);
  sf_test_undo (f->project);
  g_clear_pointer (&sources, g_strfreev);
  sources = sf_project_get_key_point_statements (f->project, point);
  g_assert_cmpuint (g_strv_length (sources), ==, 2);
  sf_test_redo (f->project);

  /* A removed statement takes its link along; undo brings both back. */
  g_assert_true (sf_project_remove_statement (f->project, s2, &error));
  g_clear_pointer (&sources, g_strfreev);
  sources = sf_project_get_key_point_statements (f->project, point);
  g_assert_cmpuint (g_strv_length (sources), ==, 0);
  sf_test_undo (f->project);
  g_clear_pointer (&sources, g_strfreev);
  sources = sf_project_get_key_point_statements (f->project, point);
  g_assert_cmpuint (g_strv_length (sources), ==, 1);
  g_assert_no_error (error);
}

/* The lists stay right when the project is opened again (the list keys are per connection). */
static void
test_reopen (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *session_id = sf_test_add_session (f->project);
  g_autofree char *anna = sf_test_add_participant (f->project, session_id, "Anna", "wijkwerker");
  g_autofree char *q1 = g_strdup (sf_test_session_question (f->project, 0));
  g_autofree char *s1 = sf_test_add_statement (f->project, session_id, q1, anna, "Eerste");
  g_autofree char *s2 = sf_test_add_statement (f->project, session_id, NULL, NULL, "Zonder vraag");

  g_clear_object (&f->project);
  f->project = sf_project_open (f->path, SF_DB_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sf_test_n_items (sf_project_get_participants (f->project, session_id)), ==, 1);
  g_assert_cmpuint (sf_test_n_items (sf_project_get_statements (f->project, session_id, q1)), ==, 1);
  g_assert_cmpstr (sf_statement_get_participant_name (
                     sf_test_item (sf_project_get_statements (f->project, session_id, q1), 0)),
                   ==, "Anna");
  g_assert_cmpuint (sf_test_n_items (sf_project_get_statements (f->project, session_id, NULL)), ==, 1);
  g_assert_cmpstr (sf_statement_get_text (
                     sf_test_item (sf_project_get_statements (f->project, session_id, NULL), 0)),
                   ==, "Zonder vraag");

  /* Looking only: a read-only project still gives its lists. */
  g_clear_object (&f->project);
  f->project = sf_project_open (f->path, SF_DB_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sf_test_n_items (sf_project_get_statements (f->project, session_id, q1)), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  SF_TEST_SESSIONS_ADD ("/sessions/statements/ten-in-order", test_ten_statements);
  SF_TEST_SESSIONS_ADD ("/sessions/statements/blank-refused", test_blank_statement);
  SF_TEST_SESSIONS_ADD ("/sessions/statements/search", test_search);
  SF_TEST_SESSIONS_ADD ("/sessions/undo-everything", test_undo_everything);
  SF_TEST_SESSIONS_ADD ("/sessions/remove-session", test_remove_session);
  SF_TEST_SESSIONS_ADD ("/sessions/reopen", test_reopen);
  SF_TEST_SESSIONS_ADD ("/sessions/key-points/statements", test_key_point_statements);

  return g_test_run ();
}
