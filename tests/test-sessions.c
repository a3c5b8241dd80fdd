/* test-sessions.c: step 2 in the store: sessions and participants, without a display
 * (statements: test-sessions-statements.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sf-method.h"
#include "sf-project-interviews.h"
#include "sf-project-key-figures.h"
#include "sf-project.h"
#include "sf-store-error.h"
#include "sf-test-sessions.h"
#include "sf-test-store.h"
typedef SfTestSessions Fixture;

/* ---- sessions and participants ---------------------------------------------------------- */

static void
test_session_details (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = sf_test_add_session (f->project);
  g_autofree char *anna = sf_test_add_participant (f->project, id, "Anna de Vries", "wijkwerker");
  GListModel *sessions = sf_project_get_sessions (f->project);
  GListModel *participants = sf_project_get_participants (f->project, id);
  SfParticipant *p = sf_test_item (participants, 0);
  SfSession *session;

  g_assert_true (sessions == sf_project_get_sessions (f->project));
  g_assert_cmpuint (sf_test_n_items (sessions), ==, 1);
  session = sf_test_item (sessions, 0);
  g_assert_cmpstr (sf_record_get_id (SF_RECORD (session)), ==, id);
  g_assert_cmpstr (sf_session_get_date (session), ==, "2026-03-12");
  g_assert_cmpstr (sf_session_get_place (session), ==, "Buurthuis De Ster");
  g_assert_null (sf_session_get_facilitator_id (session));
  g_assert_cmpstr (sf_session_get_facilitator_name (session), ==, "");
  g_assert_false (sf_session_get_held (session));

  /* The facilitator is a person, here the one behind a participant. */
  g_assert_true (sf_project_update_session (f->project, id, "2026-03-19", "De Ster",
                                            sf_participant_get_person_id (p), &error));
  g_assert_no_error (error);
  g_assert_true (sf_test_item (sessions, 0) == session); /* updated in place */
  g_assert_cmpstr (sf_session_get_date (session), ==, "2026-03-19");
  g_assert_cmpstr (sf_session_get_facilitator_name (session), ==, "Anna de Vries");
  g_assert_cmpstr (sf_project_get_undo_label (f->project), ==, "Edit session");

  g_assert_false (sf_project_update_session (f->project, id, "", "", "no-such-person", &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpstr (sf_session_get_date (session), ==, "2026-03-19");

  g_assert_true (sf_project_set_session_held (f->project, id, TRUE, &error));
  g_assert_true (sf_project_set_session_notes (f->project, id, "Goede opkomst", TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (sf_session_get_held (session));
  g_assert_cmpstr (sf_session_get_notes (session), ==, "Goede opkomst");
  g_assert_true (sf_session_get_notes_confidential (session));
  g_assert_cmpuint (sf_project_count_sessions (f->project), ==, 1);

  sf_test_undo (f->project);
  g_assert_cmpstr (sf_session_get_notes (session), ==, "");
  g_assert_false (sf_session_get_notes_confidential (session));
  sf_test_undo (f->project);
  g_assert_false (sf_session_get_held (session));
  sf_test_undo (f->project);
  g_assert_null (sf_session_get_facilitator_id (session));
  g_assert_cmpstr (sf_session_get_place (session), ==, "Buurthuis De Ster");
}

/* The session's date as people type it, kept as ISO 8601; what is no date is refused with
 * the reason; a session still to come cannot have been held. */
static void
test_session_dates (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *tomorrow_iso = NULL, *today_iso = NULL;
  g_autofree char *tomorrow = sf_test_day_from_today (1, &tomorrow_iso);
  g_autofree char *today = sf_test_day_from_today (0, &today_iso);
  g_autofree char *id = sf_project_add_session (f->project, "14 oktober 2026", "", NULL, &error);
  g_autofree char *refused = NULL;
  SfSession *session;

  g_assert_no_error (error);
  session = sf_test_item (sf_project_get_sessions (f->project), 0);
  g_assert_cmpstr (sf_session_get_date (session), ==, "2026-10-14");

  refused = sf_project_add_session (f->project, "donderdagmiddag", "", NULL, &error);
  g_assert_null (refused);
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "donderdagmiddag"));
  g_clear_error (&error);
  g_assert_false (sf_project_update_session (f->project, id, "31-4-2027", "", NULL, &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "April 2027"));
  g_clear_error (&error);
  g_assert_cmpuint (sf_test_n_items (sf_project_get_sessions (f->project)), ==, 1);
  g_assert_cmpstr (sf_session_get_date (session), ==, "2026-10-14");

  /* Tomorrow: not held yet, and the refusal says why. */
  g_assert_true (sf_project_update_session (f->project, id, tomorrow, "", NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (sf_session_get_date (session), ==, tomorrow_iso);
  g_assert_false (sf_project_set_session_held (f->project, id, TRUE, &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "still to come"));
  g_clear_error (&error);
  g_assert_false (sf_session_get_held (session));

  /* Today it can be; then its date cannot move to a day still to come. */
  g_assert_true (sf_project_update_session (f->project, id, today, "", NULL, &error));
  g_assert_true (sf_project_set_session_held (f->project, id, TRUE, &error));
  g_assert_no_error (error);
  g_assert_false (sf_project_update_session (f->project, id, tomorrow, "", NULL, &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpstr (sf_session_get_date (session), ==, today_iso);

  /* Free text from before dates were checked stays as long as it is left alone. */
  g_clear_object (&f->project);
  sf_test_exec_on_file (f->path, "UPDATE session SET date = 'na de zomer', held = 0");
  f->project = sf_project_open (f->path, SF_DB_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  session = sf_test_item (sf_project_get_sessions (f->project), 0);
  g_assert_true (sf_project_update_session (f->project, id, "na de zomer", "Buurthuis", NULL,
                                            &error));
  g_assert_no_error (error);
  g_assert_true (sf_project_set_session_held (f->project, id, TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (sf_session_get_date (session), ==, "na de zomer");
  g_assert_cmpstr (sf_session_get_place (session), ==, "Buurthuis");
  g_assert_false (sf_project_update_session (f->project, id, "na de herfst", "", NULL, &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID);
  g_clear_error (&error);
}

static void
test_participants_roles (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *session_id = sf_test_add_session (f->project);
  const SfMethodStep *step = sf_method_get_step (2);
  guint n_roles = sf_method_step_get_n_roles (step);
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  GListModel *participants = sf_project_get_participants (f->project, session_id);
  g_autofree char *other_session = NULL;
  g_autofree char *refused = NULL;
  SfParticipant *first;

  g_assert_cmpuint (n_roles, >=, 9);
  g_assert_true (participants == sf_project_get_participants (f->project, session_id));
  for (guint i = 0; i < n_roles; i++)
    {
      /* Named so that the list's order (by name) is the role order. */
      g_autofree char *name = g_strdup_printf ("Deelnemer %c", 'A' + i);

      g_ptr_array_add (ids, sf_test_add_participant (f->project, session_id, name,
                                                     sf_method_step_get_role (step, i)));
    }
  g_assert_cmpuint (sf_test_n_items (participants), ==, n_roles);
  g_assert_cmpuint (sf_project_count_participants (f->project), ==, n_roles);
  for (guint i = 0; i < n_roles; i++)
    {
      SfParticipant *p = sf_test_item (participants, i);

      g_assert_cmpstr (sf_record_get_id (SF_RECORD (p)), ==, g_ptr_array_index (ids, i));
      g_assert_cmpstr (sf_participant_get_role (p), ==, sf_method_step_get_role (step, i));
      g_assert_cmpstr (sf_participant_get_organisation (p), ==, "Welzijn Leiden");
      g_assert_cmpstr (sf_participant_get_session_id (p), ==, session_id);
      g_assert_false (sf_participant_get_attended (p));
      g_assert_cmpint (sf_participant_get_stance (p), ==, SF_STANCE_UNKNOWN);
    }

  /* A participant needs a name; nothing is stored without one. */
  refused = sf_project_add_participant (f->project, session_id, "  \t ", "Org", "wijkagent",
                                        &error);
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID);
  g_assert_null (refused);
  g_clear_error (&error);
  g_assert_cmpuint (sf_test_n_items (participants), ==, n_roles);
  g_assert_cmpuint (sf_test_count_rows (f->project, "SELECT count (*) FROM person"), ==, n_roles);

  /* The same person in another session, once. */
  first = sf_test_item (participants, 0);
  other_session = sf_test_add_session (f->project);
  g_free (refused);
  refused = sf_project_add_participant_person (f->project, other_session,
                                               sf_participant_get_person_id (first),
                                               "betrokken bewoner", &error);
  g_assert_no_error (error);
  g_assert_nonnull (refused);
  g_assert_cmpuint (sf_test_n_items (sf_project_get_participants (f->project, other_session)), ==, 1);
  g_assert_cmpstr (sf_participant_get_name (
                     sf_test_item (sf_project_get_participants (f->project, other_session), 0)),
                   ==, "Deelnemer A");
  g_clear_pointer (&refused, g_free);
  refused = sf_project_add_participant_person (f->project, other_session,
                                               sf_participant_get_person_id (first), "",
                                               &error);
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID);
  g_assert_null (refused);
  g_clear_error (&error);
  g_assert_cmpuint (sf_test_n_items (sf_project_get_participants (f->project, other_session)), ==, 1);
  g_assert_cmpuint (sf_test_n_items (participants), ==, n_roles); /* the first session's list */
}

static void
test_attendance_and_stances (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *session_id = sf_test_add_session (f->project);
  g_autofree char *anna = sf_test_add_participant (f->project, session_id, "Anna", "wijkwerker");
  g_autofree char *bram = sf_test_add_participant (f->project, session_id, "Bram", "wijkagent");
  g_autofree char *cees = sf_test_add_participant (f->project, session_id, "Cees",
                                                   "woonconsulent");
  GListModel *participants = sf_project_get_participants (f->project, session_id);
  SfParticipant *a = sf_test_item (participants, 0);
  SfParticipant *b = sf_test_item (participants, 1);

  g_assert_cmpstr (sf_participant_get_name (a), ==, "Anna");
  g_assert_true (sf_project_set_participant_attended (f->project, anna, TRUE, &error));
  g_assert_true (sf_project_set_participant_attended (f->project, bram, TRUE, &error));
  g_assert_true (sf_project_set_participant_stance (f->project, anna, SF_STANCE_POSITIVE,
                                                    " Wil graag trekker zijn ", &error));
  g_assert_true (sf_project_set_participant_stance (f->project, bram, SF_STANCE_HESITANT,
                                                    "Eerst zien", &error));
  g_assert_true (sf_project_set_participant_stance (f->project, cees, SF_STANCE_NEGATIVE,
                                                    NULL, &error));
  g_assert_no_error (error);
  g_assert_true (sf_participant_get_attended (a));
  g_assert_true (sf_participant_get_attended (b));
  g_assert_cmpint (sf_participant_get_stance (a), ==, SF_STANCE_POSITIVE);
  g_assert_cmpstr (sf_participant_get_stance_note (a), ==, "Wil graag trekker zijn");
  g_assert_cmpint (sf_participant_get_stance (b), ==, SF_STANCE_HESITANT);
  g_assert_cmpstr (sf_participant_get_stance_note (b), ==, "Eerst zien");
  g_assert_cmpuint (sf_project_count_stances (f->project, SF_STANCE_POSITIVE), ==, 1);
  g_assert_cmpuint (sf_project_count_stances (f->project, SF_STANCE_HESITANT), ==, 1);
  g_assert_cmpuint (sf_project_count_stances (f->project, SF_STANCE_NEGATIVE), ==, 1);
  g_assert_cmpuint (sf_project_count_stances (f->project, SF_STANCE_UNKNOWN), ==, 0);
  g_assert_cmpstr (sf_stance_get_label (SF_STANCE_HESITANT), ==, "Hesitant");

  g_assert_true (sf_project_set_participant_role (f->project, cees, "sociaal wijkteam", &error));
  g_assert_cmpstr (sf_participant_get_role (sf_test_item (participants, 2)), ==, "sociaal wijkteam");
  sf_test_undo (f->project);
  g_assert_cmpstr (sf_participant_get_role (sf_test_item (participants, 2)), ==, "woonconsulent");

  /* Setting what is already there is no change, so no undo step. */
  g_assert_true (sf_project_set_participant_attended (f->project, anna, TRUE, &error));
  g_assert_cmpstr (sf_project_get_undo_label (f->project), ==, "Change stance");

  sf_test_undo (f->project);
  g_assert_cmpuint (sf_project_count_stances (f->project, SF_STANCE_NEGATIVE), ==, 0);
  sf_test_undo (f->project);
  g_assert_cmpint (sf_participant_get_stance (b), ==, SF_STANCE_UNKNOWN);
  g_assert_cmpstr (sf_participant_get_stance_note (b), ==, "");
  sf_test_undo (f->project);
  sf_test_undo (f->project);
  g_assert_false (sf_participant_get_attended (b));
  sf_test_undo (f->project);
  g_assert_false (sf_participant_get_attended (a));
  sf_test_redo (f->project);
  g_assert_true (sf_participant_get_attended (a));

  g_assert_false (sf_project_set_participant_attended (f->project, "no-such-id", TRUE, &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_NOT_FOUND);
}

/* Pasted text is kept as valid UTF-8 without white space around it, as in every step; a name
 * that is only white space is no name. */
static void
test_text_cleaned (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *session_id = sf_project_add_session (f->project, "", " Buurthuis \xff De Ster ",
                                                        NULL, &error);
  g_autofree char *participant_id = NULL;
  SfSession *session;
  SfParticipant *participant;

  g_assert_no_error (error);
  session = sf_test_item (sf_project_get_sessions (f->project), 0);
  g_assert_cmpstr (sf_session_get_place (session), ==, "Buurthuis \xef\xbf\xbd De Ster");

  participant_id = sf_project_add_participant (f->project, session_id, "\tAnna\xc3 ", " Vitis ",
                                               "wijkagent", &error);
  g_assert_no_error (error);
  participant = sf_test_item (sf_project_get_participants (f->project, session_id), 0);
  g_assert_cmpstr (sf_participant_get_name (participant), ==, "Anna\xef\xbf\xbd");
  g_assert_cmpstr (sf_participant_get_organisation (participant), ==, "Vitis");
  g_assert_null (sf_project_add_participant (f->project, session_id, "\xe2\x80\x83", "", "",
                                             &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  SF_TEST_SESSIONS_ADD ("/sessions/details", test_session_details);
  SF_TEST_SESSIONS_ADD ("/sessions/dates", test_session_dates);
  SF_TEST_SESSIONS_ADD ("/sessions/participants/roles", test_participants_roles);
  SF_TEST_SESSIONS_ADD ("/sessions/participants/attendance-stances", test_attendance_and_stances);
  SF_TEST_SESSIONS_ADD ("/sessions/text-cleaned", test_text_cleaned);

  return g_test_run ();
}
