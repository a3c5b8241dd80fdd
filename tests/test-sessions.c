/* test-sessions.c: step 2 in the store: sessions, participants, statements, without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "sf-project-interviews.h"
#include "sf-method.h"
#include "sf-project.h"
#include "sf-search.h"
#include "sf-project-key-figures.h"
#include "sf-store-error.h"
#include "sf-test-store.h"

typedef struct
{
  char      *dir;
  char      *path;
  SfProject *project;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  SfProjectFields fields = { "Welthuisflat Noord", "Leiden", "Noord", NULL };

  f->dir = g_dir_make_tmp ("startfoto-sessions-XXXXXX", NULL);
  g_assert_nonnull (f->dir);
  f->path = g_build_filename (f->dir, "project.startfoto", NULL);
  f->project = sf_project_create (f->path, &fields, &error);
  g_assert_no_error (error);
  g_assert_nonnull (f->project);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->project);
  g_unlink (f->path);
  g_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static char *
add_session (SfProject *project)
{
  g_autoptr(GError) error = NULL;
  char *id = sf_project_add_session (project, "2026-03-12", " Buurthuis De Ster ", NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (id);
  return id;
}

static char *
add_participant (SfProject  *project,
                 const char *session_id,
                 const char *name,
                 const char *role)
{
  g_autoptr(GError) error = NULL;
  char *id = sf_project_add_participant (project, session_id, name, "Welzijn Leiden", role,
                                         &error);

  g_assert_no_error (error);
  g_assert_nonnull (id);
  return id;
}

static char *
add_statement (SfProject  *project,
               const char *session_id,
               const char *question_id,
               const char *participant_id,
               const char *text)
{
  g_autoptr(GError) error = NULL;
  char *id = sf_project_add_statement (project, session_id, question_id, participant_id, text,
                                       &error);

  g_assert_no_error (error);
  g_assert_nonnull (id);
  return id;
}

/* The id of the project's question @index of step 2. */
static const char *
question (SfProject *project,
          guint      index)
{
  return sf_record_get_id (sf_test_item (sf_project_get_questions (project, 2), index));
}

static void
undo (SfProject *project)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  g_assert_true (sf_project_can_undo (project));
  ok = sf_project_undo (project, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
}

static void
redo (SfProject *project)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  g_assert_true (sf_project_can_redo (project));
  ok = sf_project_redo (project, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
}

/* ---- sessions and participants ---------------------------------------------------------- */

static void
test_session_details (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = add_session (f->project);
  g_autofree char *anna = add_participant (f->project, id, "Anna de Vries", "wijkwerker");
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

  undo (f->project);
  g_assert_cmpstr (sf_session_get_notes (session), ==, "");
  g_assert_false (sf_session_get_notes_confidential (session));
  undo (f->project);
  g_assert_false (sf_session_get_held (session));
  undo (f->project);
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
  g_autofree char *session_id = add_session (f->project);
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

      g_ptr_array_add (ids, add_participant (f->project, session_id, name,
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
  other_session = add_session (f->project);
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
  g_autofree char *session_id = add_session (f->project);
  g_autofree char *anna = add_participant (f->project, session_id, "Anna", "wijkwerker");
  g_autofree char *bram = add_participant (f->project, session_id, "Bram", "wijkagent");
  g_autofree char *cees = add_participant (f->project, session_id, "Cees", "woonconsulent");
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
  undo (f->project);
  g_assert_cmpstr (sf_participant_get_role (sf_test_item (participants, 2)), ==, "woonconsulent");

  /* Setting what is already there is no change, so no undo step. */
  g_assert_true (sf_project_set_participant_attended (f->project, anna, TRUE, &error));
  g_assert_cmpstr (sf_project_get_undo_label (f->project), ==, "Change stance");

  undo (f->project);
  g_assert_cmpuint (sf_project_count_stances (f->project, SF_STANCE_NEGATIVE), ==, 0);
  undo (f->project);
  g_assert_cmpint (sf_participant_get_stance (b), ==, SF_STANCE_UNKNOWN);
  g_assert_cmpstr (sf_participant_get_stance_note (b), ==, "");
  undo (f->project);
  undo (f->project);
  g_assert_false (sf_participant_get_attended (b));
  undo (f->project);
  g_assert_false (sf_participant_get_attended (a));
  redo (f->project);
  g_assert_true (sf_participant_get_attended (a));

  g_assert_false (sf_project_set_participant_attended (f->project, "no-such-id", TRUE, &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_NOT_FOUND);
}

/* ---- statements ------------------------------------------------------------------------- */

static void
test_ten_statements (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *session_id = add_session (f->project);
  g_autofree char *anna = add_participant (f->project, session_id, "Anna", "wijkwerker");
  g_autofree char *bram = add_participant (f->project, session_id, "Bram", "wijkagent");
  const char *q1 = question (f->project, 0);
  const char *q2 = question (f->project, 1);
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

      g_ptr_array_add (ids, add_statement (f->project, session_id, q1, by, text));
      g_assert_cmpuint (sf_test_n_items (list), ==, i + 1); /* seen at once */
    }
  elsewhere = add_statement (f->project, session_id, q2, NULL, "Over iets anders");
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
  undo (f->project);
  g_assert_cmpuint (sf_test_n_items (list), ==, 10);
  g_assert_cmpstr (sf_statement_get_text (sf_test_item (list, 4)), ==, "Uitspraak 5");

  /* A participant who is removed leaves their statements, anonymous; undo names them again. */
  g_assert_true (sf_project_remove_participant (f->project, anna, &error));
  g_assert_cmpstr (sf_statement_get_participant_name (sf_test_item (list, 0)), ==, "");
  undo (f->project);
  g_assert_cmpstr (sf_statement_get_participant_name (sf_test_item (list, 0)), ==, "Anna");
  redo (f->project);
  g_assert_cmpstr (sf_statement_get_participant_name (sf_test_item (list, 0)), ==, "");
  undo (f->project);
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
  g_autofree char *session_id = add_session (f->project);
  const char *q1 = question (f->project, 0);
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
  kept = add_statement (f->project, session_id, q1, NULL, "  Meer bankjes bij de ingang\n");
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
  g_autofree char *session_id = add_session (f->project);
  g_autofree char *id = add_statement (f->project, session_id, question (f->project, 2), NULL,
                                       "Bewoners voelen zich eenzaam in de flat");

  g_assert_cmpuint (find (f->project, "eenzaam", id), ==, 1);
  g_assert_cmpuint (find (f->project, "EENZAAM flat", id), ==, 1);

  g_assert_true (sf_project_update_statement (f->project, id, "Bewoners zijn tevreden", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (find (f->project, "eenzaam", NULL), ==, 0);
  g_assert_cmpuint (find (f->project, "tevreden", id), ==, 1);

  undo (f->project);
  g_assert_cmpuint (find (f->project, "eenzaam", id), ==, 1);
  g_assert_cmpuint (find (f->project, "tevreden", NULL), ==, 0);
  redo (f->project);
  g_assert_cmpuint (find (f->project, "eenzaam", NULL), ==, 0);
  g_assert_cmpuint (find (f->project, "tevreden", id), ==, 1);
  undo (f->project);

  g_assert_true (sf_project_remove_statement (f->project, id, &error));
  g_assert_cmpuint (find (f->project, "eenzaam", NULL), ==, 0);
  undo (f->project);
  g_assert_cmpuint (find (f->project, "eenzaam", id), ==, 1);

  /* Removing the whole session takes its statements out of the index, and undo back in. */
  g_assert_true (sf_project_remove_session (f->project, session_id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (find (f->project, "eenzaam", NULL), ==, 0);
  undo (f->project);
  g_assert_cmpuint (find (f->project, "eenzaam", id), ==, 1);

  /* Undoing the capture itself. */
  undo (f->project);
  g_assert_cmpuint (find (f->project, "eenzaam", NULL), ==, 0);
  redo (f->project);
  g_assert_cmpuint (find (f->project, "eenzaam", id), ==, 1);
}

/* Everything done in a session comes undone step by step, down to the empty project, and is
 * redone to the same state. */
static void
test_undo_everything (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *session_id = add_session (f->project);
  g_autofree char *anna = add_participant (f->project, session_id, "Anna", "wijkwerker");
  const char *q1 = question (f->project, 0);
  g_autofree char *s1 = NULL;
  g_autofree char *s2 = NULL;
  GListModel *sessions = sf_project_get_sessions (f->project);
  GListModel *participants = sf_project_get_participants (f->project, session_id);
  GListModel *statements = sf_project_get_statements (f->project, session_id, q1);
  guint n_actions = 2, n_undone = 0;

  g_assert_true (sf_project_set_participant_attended (f->project, anna, TRUE, &error));
  g_assert_true (sf_project_set_participant_stance (f->project, anna, SF_STANCE_POSITIVE, "ja",
                                                    &error));
  s1 = add_statement (f->project, session_id, q1, anna, "Eerste");
  s2 = add_statement (f->project, session_id, q1, NULL, "Tweede");
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
      undo (f->project);
      n_undone++;
    }
  g_assert_cmpuint (n_undone, ==, n_actions);
  g_assert_cmpuint (sf_test_n_items (sessions), ==, 0);
  g_assert_cmpuint (sf_test_n_items (participants), ==, 0);
  g_assert_cmpuint (sf_test_n_items (statements), ==, 0);
  g_assert_cmpuint (sf_test_count_rows (f->project, "SELECT count (*) FROM person"), ==, 0);

  while (sf_project_can_redo (f->project))
    redo (f->project);
  g_assert_cmpuint (sf_test_n_items (sessions), ==, 1);
  g_assert_true (sf_session_get_held (sf_test_item (sessions, 0)));
  g_assert_cmpstr (sf_session_get_notes (sf_test_item (sessions, 0)), ==, "notities");
  g_assert_cmpuint (sf_test_n_items (participants), ==, 0);
  g_assert_cmpuint (sf_test_n_items (statements), ==, 1);
  g_assert_cmpstr (sf_statement_get_text (sf_test_item (statements, 0)), ==, "Eerste, beter");
  g_assert_cmpstr (sf_statement_get_participant_name (sf_test_item (statements, 0)), ==, "");

  /* Undo the removal of the participant: attendance and stance are back as they were. */
  undo (f->project);
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
  g_autofree char *session_id = add_session (f->project);
  g_autofree char *anna = add_participant (f->project, session_id, "Anna", "wijkwerker");
  const char *q1 = question (f->project, 0);
  g_autofree char *s1 = add_statement (f->project, session_id, q1, anna, "Eerste");
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

  undo (f->project);
  g_assert_cmpuint (sf_test_n_items (sf_project_get_sessions (f->project)), ==, 1);
  g_assert_cmpuint (sf_test_n_items (participants), ==, 1);
  g_assert_cmpuint (sf_test_n_items (statements), ==, 1);
  g_assert_cmpstr (sf_statement_get_participant_name (sf_test_item (statements, 0)), ==, "Anna");

  /* Redo replays the removal with everything that went with it, and undo again. */
  redo (f->project);
  g_assert_cmpuint (sf_test_n_items (participants), ==, 0);
  g_assert_cmpuint (sf_project_count_statements (f->project), ==, 0);
  undo (f->project);
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
  g_autofree char *session_id = add_session (f->project);
  g_autofree char *other_session = add_session (f->project);
  g_autofree char *s1 = add_statement (f->project, session_id, question (f->project, 0), NULL,
                                       "Eenzaam na het overlijden van een partner");
  g_autofree char *s2 = add_statement (f->project, session_id, question (f->project, 2), NULL,
                                       "Niemand kent de buren");
  g_autofree char *elsewhere = add_statement (f->project, other_session,
                                              question (f->project, 0), NULL, "Elders gezegd");
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
  undo (f->project);
  g_clear_pointer (&sources, g_strfreev);
  sources = sf_project_get_key_point_statements (f->project, point);
  g_assert_cmpuint (g_strv_length (sources), ==, 2);
  redo (f->project);

  /* A removed statement takes its link along; undo brings both back. */
  g_assert_true (sf_project_remove_statement (f->project, s2, &error));
  g_clear_pointer (&sources, g_strfreev);
  sources = sf_project_get_key_point_statements (f->project, point);
  g_assert_cmpuint (g_strv_length (sources), ==, 0);
  undo (f->project);
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
  g_autofree char *session_id = add_session (f->project);
  g_autofree char *anna = add_participant (f->project, session_id, "Anna", "wijkwerker");
  g_autofree char *q1 = g_strdup (question (f->project, 0));
  g_autofree char *s1 = add_statement (f->project, session_id, q1, anna, "Eerste");
  g_autofree char *s2 = add_statement (f->project, session_id, NULL, NULL, "Zonder vraag");

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

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/sessions/details", test_session_details);
  ADD ("/sessions/dates", test_session_dates);
  ADD ("/sessions/participants/roles", test_participants_roles);
  ADD ("/sessions/participants/attendance-stances", test_attendance_and_stances);
  ADD ("/sessions/statements/ten-in-order", test_ten_statements);
  ADD ("/sessions/statements/blank-refused", test_blank_statement);
  ADD ("/sessions/statements/search", test_search);
  ADD ("/sessions/undo-everything", test_undo_everything);
  ADD ("/sessions/remove-session", test_remove_session);
  ADD ("/sessions/reopen", test_reopen);
  ADD ("/sessions/key-points/statements", test_key_point_statements);

  return g_test_run ();
}
