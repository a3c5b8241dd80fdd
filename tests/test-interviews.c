/* test-interviews.c: step 1 in the store (people, interviews, answers, key points), without a
 * display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "sf-project-interviews.h"
#include "sf-method.h"
#include "sf-project-private.h"
#include "sf-project.h"
#include "sf-search.h"
#include "sf-project-key-figures.h"
#include "sf-store-error.h"
#include "sf-test-store.h"

typedef SfTestDir Fixture;

static const char *
item_id (GListModel *list,
         guint       position)
{
  return sf_record_get_id (sf_test_item (list, position));
}

static char *
add_partner (SfProject  *project,
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

static const char *
question_id (SfProject *project,
             guint      index)
{
  return item_id (sf_project_get_questions (project, 1), index);
}

static char *
plan (SfProject  *project,
      const char *partner_id)
{
  g_autoptr(GError) error = NULL;
  char *id = sf_project_plan_interview (project, partner_id, NULL, "2026-03-02", "Buurthuis",
                                        &error);

  g_assert_no_error (error);
  g_assert_nonnull (id);
  return id;
}

static void
set_answer (SfProject  *project,
            const char *interview_id,
            guint       question,
            const char *text)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sf_project_set_answer (project, interview_id, question_id (project, question),
                                        text, &error));
  g_assert_no_error (error);
}

static const char *
answer_id (SfProject  *project,
           const char *interview_id,
           guint       question)
{
  SfAnswer *answer = sf_project_find_answer (project, interview_id,
                                             question_id (project, question));

  g_assert_nonnull (answer);
  return sf_record_get_id (SF_RECORD (answer));
}

static char *
add_key_point (SfProject  *project,
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
static char *
snapshot (SfProject *project)
{
  static const char * const tables[] = {
    "person", "interview", "answer", "key_point", "key_point_source", NULL
  };

  return sf_test_dump_tables (project, tables);
}

/* A session row as the sessions module would make it: that module is not under test here. */
static char *
insert_session (SfProject *project)
{
  g_autoptr(GError) error = NULL;
  char *id = g_uuid_string_random ();
  g_autofree char *now = sf_db_now ();

  g_assert_true (sf_db_run (sf_project_get_db (project), &error,
                            "INSERT INTO session (id, created) VALUES (?1, ?2)", "ss", id, now));
  g_assert_no_error (error);
  return id;
}

/* ---- people ----------------------------------------------------------------------------- */

static void
test_people (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autoptr(GError) error = NULL;
  GListModel *people = sf_project_get_people (project);
  g_autofree char *anna = NULL, *bram = NULL;
  SfPerson *person;
  char *none;

  g_assert_true (people == sf_project_get_people (project));
  g_assert_cmpuint (sf_test_n_items (people), ==, 0);

  bram = sf_project_add_person (project, "  bram de Vries ", "Wijkteam", "wijkwerker", &error);
  g_assert_no_error (error);
  anna = sf_project_add_person (project, "Anna Öztürk", NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sf_project_get_undo_label (project), ==, "Add person");

  /* By name, without regard to case: "Anna" before "bram". */
  g_assert_cmpuint (sf_test_n_items (people), ==, 2);
  g_assert_cmpstr (item_id (people, 0), ==, anna);
  person = sf_test_item (people, 1);
  g_assert_cmpstr (sf_person_get_name (person), ==, "bram de Vries");
  g_assert_cmpstr (sf_person_get_organisation (person), ==, "Wijkteam");
  g_assert_cmpstr (sf_person_get_role (person), ==, "wijkwerker");
  g_assert_cmpstr (sf_person_get_organisation (sf_test_item (people, 0)), ==, "");

  /* Renamed, the same object moves to its new place. */
  g_assert_true (sf_project_update_person (project, bram, "Aart de Vries", "Wijkteam Zuid",
                                           "wijkwerker", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (sf_project_get_undo_label (project), ==, "Edit person");
  g_assert_true (sf_test_item (people, 0) == person);
  g_assert_cmpstr (sf_person_get_name (person), ==, "Aart de Vries");
  g_assert_cmpstr (sf_person_get_organisation (person), ==, "Wijkteam Zuid");

  /* A blank name is refused, on adding and on renaming. */
  none = sf_project_add_person (project, " \t", "Gemeente", NULL, &error);
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID);
  g_assert_null (none);
  g_clear_error (&error);
  g_assert_false (sf_project_update_person (project, anna, "", NULL, NULL, &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (sf_test_n_items (people), ==, 2);
  g_assert_cmpstr (sf_project_get_undo_label (project), ==, "Edit person");

  g_assert_false (sf_project_update_person (project, "no-such-id", "X", NULL, NULL, &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (sf_project_undo (project, NULL));
  g_assert_cmpstr (sf_person_get_name (person), ==, "bram de Vries");
  g_assert_true (sf_test_item (people, 1) == person);

  project = sf_test_reopen (g_steal_pointer (&project), f->path);
  people = sf_project_get_people (project);
  g_assert_cmpuint (sf_test_n_items (people), ==, 2);
  g_assert_cmpstr (sf_person_get_name (sf_test_item (people, 0)), ==, "Anna Öztürk");
}

/* ---- interviews ------------------------------------------------------------------------- */

static void
test_interview_status (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autoptr(GError) error = NULL;
  g_autofree char *zorg = add_partner (project, "Zorg Zuid", "Manager zorg");
  g_autofree char *woon = add_partner (project, "Woonstede", "Manager woningcorporatie");
  g_autofree char *ria = sf_project_add_person (project, "Ria Jansen", "Woonstede", NULL, NULL);
  GListModel *interviews = sf_project_get_interviews (project);
  g_autofree char *later = NULL, *id = NULL;
  SfInterview *interview;
  guint counts[SF_INTERVIEW_N_STATUSES];

  g_assert_true (interviews == sf_project_get_interviews (project));

  /* Without a date it is still to be planned. */
  later = sf_project_plan_interview (project, woon, NULL, "", "", &error);
  g_assert_no_error (error);
  id = sf_project_plan_interview (project, zorg, ria, "2026-03-02", " Buurthuis ", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sf_project_get_undo_label (project), ==, "Plan interview");

  /* In the order of the partner register, not of planning. */
  g_assert_cmpuint (sf_test_n_items (interviews), ==, 2);
  g_assert_cmpstr (item_id (interviews, 0), ==, id);
  interview = sf_test_item (interviews, 0);
  g_assert_true (sf_project_find_interview (project, zorg) == interview);
  g_assert_cmpstr (sf_interview_get_partner_id (interview), ==, zorg);
  g_assert_cmpstr (sf_interview_get_partner_name (interview), ==, "Zorg Zuid");
  g_assert_cmpstr (sf_interview_get_interviewer_id (interview), ==, ria);
  g_assert_cmpstr (sf_interview_get_interviewer_name (interview), ==, "Ria Jansen");
  g_assert_cmpstr (sf_interview_get_date (interview), ==, "2026-03-02");
  g_assert_cmpstr (sf_interview_get_place (interview), ==, "Buurthuis");
  g_assert_cmpint (sf_interview_get_status (interview), ==, SF_INTERVIEW_PLANNED);
  g_assert_cmpint (sf_interview_get_status (sf_test_item (interviews, 1)), ==, SF_INTERVIEW_TO_PLAN);
  g_assert_null (sf_interview_get_interviewer_id (sf_test_item (interviews, 1)));
  g_assert_cmpstr (sf_interview_get_interviewer_name (sf_test_item (interviews, 1)), ==, "");

  /* The interviewer is a person: renaming them shows in the interview. */
  g_assert_true (sf_project_update_person (project, ria, "Ria de Jong", "Woonstede", NULL,
                                           NULL));
  g_assert_cmpstr (sf_interview_get_interviewer_name (interview), ==, "Ria de Jong");
  /* So is the partner's name. */
  g_assert_true (sf_project_update_partner (project, zorg, &(SfPartnerFields) {
                                              "Zorg Zuid-West", "care", "Manager zorg",
                                              NULL, NULL }, NULL));
  g_assert_cmpstr (sf_interview_get_partner_name (interview), ==, "Zorg Zuid-West");

  /* Through all four states, each one undoable. */
  for (int status = SF_INTERVIEW_TO_PLAN; status <= SF_INTERVIEW_WORKED_OUT; status++)
    {
      g_assert_true (sf_project_set_interview_status (project, id, status, &error));
      g_assert_no_error (error);
      g_assert_cmpint (sf_interview_get_status (interview), ==, status);
      g_assert_nonnull (sf_interview_status_get_label (status));
    }
  g_assert_cmpstr (sf_interview_status_get_label (SF_INTERVIEW_WORKED_OUT), ==, "Worked out");
  g_assert_cmpstr (sf_project_get_undo_label (project), ==, "Change interview status");
  sf_project_count_interviews (project, counts);
  g_assert_cmpuint (counts[SF_INTERVIEW_TO_PLAN], ==, 1);
  g_assert_cmpuint (counts[SF_INTERVIEW_PLANNED], ==, 0);
  g_assert_cmpuint (counts[SF_INTERVIEW_WORKED_OUT], ==, 1);
  g_assert_true (sf_project_undo (project, NULL));
  g_assert_cmpint (sf_interview_get_status (interview), ==, SF_INTERVIEW_HELD);

  g_assert_true (sf_project_update_interview (project, later, ria, "2026-04-01", "Kantoor",
                                              SF_INTERVIEW_PLANNED, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (sf_interview_get_interviewer_name (sf_test_item (interviews, 1)), ==, "Ria de Jong");
  g_assert_cmpstr (sf_interview_get_place (sf_test_item (interviews, 1)), ==, "Kantoor");
  g_assert_true (sf_project_update_interview (project, later, NULL, "2026-04-01", "Kantoor",
                                              SF_INTERVIEW_PLANNED, &error));
  g_assert_null (sf_interview_get_interviewer_id (sf_test_item (interviews, 1)));

  g_assert_true (sf_project_set_interview_notes (project, id, "Sfeer was goed.", TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (sf_interview_get_notes (interview), ==, "Sfeer was goed.");
  g_assert_true (sf_interview_get_notes_confidential (interview));

  /* An interviewer who is nobody in the project is refused, and nothing changes. */
  g_assert_false (sf_project_update_interview (project, id, "no-such-person", "", "",
                                               SF_INTERVIEW_HELD, &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpstr (sf_interview_get_interviewer_id (interview), ==, ria);

  project = sf_test_reopen (g_steal_pointer (&project), f->path);
  interview = sf_project_find_interview (project, zorg);
  g_assert_nonnull (interview);
  g_assert_cmpint (sf_interview_get_status (interview), ==, SF_INTERVIEW_HELD);
  g_assert_cmpstr (sf_interview_get_interviewer_name (interview), ==, "Ria de Jong");
  g_assert_true (sf_interview_get_notes_confidential (interview));
}

/* One interview per partner: a second is refused, as is a partner that does not exist. */
static void
test_interview_once (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autoptr(GError) error = NULL;
  g_autofree char *partner = add_partner (project, "Zorg Zuid", "");
  g_autofree char *first = plan (project, partner);
  g_autofree char *welzijn = add_partner (project, "Welzijn", "");
  char *second;

  second = sf_project_plan_interview (project, partner, NULL, "2026-05-01", "", &error);
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID);
  g_assert_null (second);
  g_clear_error (&error);
  g_assert_cmpuint (sf_test_n_items (sf_project_get_interviews (project)), ==, 1);
  g_assert_cmpstr (sf_interview_get_date (sf_test_item (sf_project_get_interviews (project), 0)), ==,
                   "2026-03-02");

  second = sf_project_plan_interview (project, "no-such-partner", NULL, "", "", &error);
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_NOT_FOUND);
  g_assert_null (second);
  g_clear_error (&error);

  second = sf_project_plan_interview (project, welzijn, "no-such-person", "", "", &error);
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_NOT_FOUND);
  g_assert_null (second);
  g_clear_error (&error);
  g_assert_cmpuint (sf_test_n_items (sf_project_get_interviews (project)), ==, 1);
  g_assert_cmpstr (sf_project_get_undo_label (project), ==, "Add partner");
}

/* Dates are read as people type them and kept as ISO 8601; what is no date is refused with
 * the reason; an interview still to come cannot be held. */
static void
test_interview_dates (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autoptr(GError) error = NULL;
  g_autofree char *partner = add_partner (project, "Zorg Zuid", "");
  g_autofree char *other = add_partner (project, "Welzijn", "");
  g_autofree char *tomorrow_iso = NULL, *today_iso = NULL;
  g_autofree char *tomorrow = sf_test_day_from_today (1, &tomorrow_iso);
  g_autofree char *today = sf_test_day_from_today (0, &today_iso);
  g_autofree char *id = NULL, *refused = NULL;
  SfInterview *interview;

  id = sf_project_plan_interview (project, partner, NULL, "8 september 2026", "", &error);
  g_assert_no_error (error);
  interview = sf_project_find_interview (project, partner);
  g_assert_cmpstr (sf_interview_get_date (interview), ==, "2026-09-08");
  g_assert_cmpint (sf_interview_get_status (interview), ==, SF_INTERVIEW_PLANNED);

  /* No date: refused with the reason, nothing planned. */
  refused = sf_project_plan_interview (project, other, NULL, "volgende week", "", &error);
  g_assert_null (refused);
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "volgende week"));
  g_assert_nonnull (strstr (error->message, "14-01-2027"));
  g_clear_error (&error);
  g_assert_null (sf_project_find_interview (project, other));
  g_assert_false (sf_project_update_interview (project, id, NULL, "31-02-2027", "",
                                               SF_INTERVIEW_PLANNED, &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpstr (sf_interview_get_date (interview), ==, "2026-09-08");

  /* Tomorrow: planned, not held; the refusal says why. */
  g_assert_true (sf_project_update_interview (project, id, NULL, tomorrow, "",
                                              SF_INTERVIEW_PLANNED, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (sf_interview_get_date (interview), ==, tomorrow_iso);
  g_assert_false (sf_project_set_interview_status (project, id, SF_INTERVIEW_HELD, &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "still to come"));
  g_clear_error (&error);
  g_assert_false (sf_project_update_interview (project, id, NULL, tomorrow, "",
                                               SF_INTERVIEW_WORKED_OUT, &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (sf_interview_get_status (interview), ==, SF_INTERVIEW_PLANNED);

  /* Today it can be held; then it cannot move to a day still to come. */
  g_assert_true (sf_project_update_interview (project, id, NULL, today, "", SF_INTERVIEW_HELD,
                                              &error));
  g_assert_no_error (error);
  g_assert_cmpstr (sf_interview_get_date (interview), ==, today_iso);
  g_assert_false (sf_project_update_interview (project, id, NULL, tomorrow, "",
                                               SF_INTERVIEW_HELD, &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpstr (sf_interview_get_date (interview), ==, today_iso);

  /* Free text from before dates were checked stays as long as it is left alone. */
  g_clear_object (&project);
  sf_test_exec_on_file (f->path, "UPDATE interview SET date = 'na de zomer'");
  project = sf_project_open (f->path, SF_DB_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  interview = sf_project_find_interview (project, partner);
  g_assert_true (sf_project_update_interview (project, id, NULL, "na de zomer", "Buurthuis",
                                              SF_INTERVIEW_HELD, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (sf_interview_get_date (interview), ==, "na de zomer");
  g_assert_cmpstr (sf_interview_get_place (interview), ==, "Buurthuis");
  g_assert_false (sf_project_update_interview (project, id, NULL, "na de herfst", "",
                                               SF_INTERVIEW_HELD, &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID);
  g_clear_error (&error);
}

/* ---- answers ---------------------------------------------------------------------------- */

static void
test_answers (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autoptr(GError) error = NULL;
  g_autofree char *partner = add_partner (project, "Zorg Zuid", "");
  g_autofree char *interview = plan (project, partner);
  GListModel *questions = sf_project_get_questions (project, 1);
  GListModel *answers = sf_project_get_answers (project, interview);
  guint n_questions = sf_test_n_items (questions);
  g_autofree char *first_id = NULL;
  SfAnswer *answer;

  g_assert_cmpuint (n_questions, ==, 9);
  g_assert_true (answers == sf_project_get_answers (project, interview));
  g_assert_cmpuint (sf_test_n_items (answers), ==, 0);

  /* Every question answered, from the last to the first: the list keeps the questions' order. */
  for (guint i = n_questions; i-- > 0;)
    {
      g_autofree char *text = g_strdup_printf ("Antwoord op vraag %u", i + 1);

      set_answer (project, interview, i, text);
    }
  g_assert_cmpstr (sf_project_get_undo_label (project), ==, "Edit answer");
  g_assert_cmpuint (sf_test_n_items (answers), ==, n_questions);
  for (guint i = 0; i < n_questions; i++)
    {
      g_autofree char *text = g_strdup_printf ("Antwoord op vraag %u", i + 1);

      answer = sf_test_item (answers, i);
      g_assert_cmpstr (sf_answer_get_question_id (answer), ==, question_id (project, i));
      g_assert_cmpstr (sf_answer_get_interview_id (answer), ==, interview);
      g_assert_cmpstr (sf_answer_get_text (answer), ==, text);
      g_assert_false (sf_answer_get_not_asked (answer));
      g_assert_false (sf_answer_get_confidential (answer));
    }
  g_assert_cmpuint (sf_project_count_answers (project), ==, n_questions);

  /* Editing keeps the answer's id (key points refer to it). */
  answer = sf_test_item (answers, 0);
  first_id = g_strdup (sf_record_get_id (SF_RECORD (answer)));
  set_answer (project, interview, 0, "Omdat bewoners langer thuis willen wonen.");
  g_assert_true (sf_test_item (answers, 0) == answer);
  g_assert_cmpstr (sf_record_get_id (SF_RECORD (answer)), ==, first_id);
  g_assert_cmpstr (sf_answer_get_text (answer), ==, "Omdat bewoners langer thuis willen wonen.");

  /* Skipped: not asked. Giving it an answer after all makes it asked. */
  g_assert_true (sf_project_set_answer_not_asked (project, interview, question_id (project, 3),
                                                  TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (sf_project_get_undo_label (project), ==, "Mark question as not asked");
  g_assert_true (sf_answer_get_not_asked (sf_test_item (answers, 3)));
  g_assert_cmpstr (sf_answer_get_text (sf_test_item (answers, 3)), ==, "Antwoord op vraag 4");
  set_answer (project, interview, 3, "Toch gevraagd.");
  g_assert_false (sf_answer_get_not_asked (sf_test_item (answers, 3)));

  /* Confidential. */
  g_assert_true (sf_project_set_answer_confidential (project, interview,
                                                     question_id (project, 5), TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (sf_project_get_undo_label (project), ==, "Mark answer as confidential");
  g_assert_true (sf_answer_get_confidential (sf_test_item (answers, 5)));
  g_assert_false (sf_answer_get_confidential (sf_test_item (answers, 4)));

  /* Emptied, an answer no longer counts. */
  set_answer (project, interview, 8, "");
  g_assert_cmpuint (sf_test_n_items (answers), ==, n_questions);
  g_assert_cmpuint (sf_project_count_answers (project), ==, n_questions - 1);

  /* An own question of the project gets answers like the method's. */
  {
    g_autofree char *own = sf_project_add_question (project, 1, "Hoe zit het met parkeren?",
                                                    &error);

    g_assert_no_error (error);
    g_assert_true (sf_project_set_answer (project, interview, own, "Te weinig plekken.",
                                          &error));
    g_assert_no_error (error);
    g_assert_cmpuint (sf_test_n_items (answers), ==, n_questions + 1);
    g_assert_cmpstr (sf_answer_get_question_id (sf_test_item (answers, n_questions)), ==, own);
  }

  /* A question not asked in a new interview makes its answer row; clearing a flag that was
   * never set makes nothing, not even an undo step. */
  {
    g_autofree char *gemeente = add_partner (project, "Gemeente", "");
    g_autofree char *other = plan (project, gemeente);

    g_assert_true (sf_project_set_answer_confidential (project, other, question_id (project, 0),
                                                       FALSE, &error));
    g_assert_no_error (error);
    g_assert_cmpstr (sf_project_get_undo_label (project), ==, "Plan interview");
    g_assert_true (sf_project_set_answer (project, other, question_id (project, 0), "", &error));
    g_assert_cmpstr (sf_project_get_undo_label (project), ==, "Plan interview");
    g_assert_cmpuint (sf_test_n_items (sf_project_get_answers (project, other)), ==, 0);
    g_assert_true (sf_project_set_answer_not_asked (project, other, question_id (project, 1),
                                                    TRUE, &error));
    g_assert_cmpuint (sf_test_n_items (sf_project_get_answers (project, other)), ==, 1);
  }

  /* Unknown interview or question: refused. */
  g_assert_false (sf_project_set_answer (project, "no-such-interview", question_id (project, 0),
                                         "x", &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (sf_project_set_answer (project, interview, "no-such-question", "x", &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  project = sf_test_reopen (g_steal_pointer (&project), f->path);
  answers = sf_project_get_answers (project, interview);
  g_assert_cmpuint (sf_test_n_items (answers), ==, n_questions + 1);
  g_assert_cmpstr (sf_record_get_id (sf_test_item (answers, 0)), ==, first_id);
  g_assert_cmpstr (sf_answer_get_text (sf_test_item (answers, 0)), ==,
                   "Omdat bewoners langer thuis willen wonen.");
  g_assert_true (sf_answer_get_confidential (sf_test_item (answers, 5)));
  g_assert_cmpstr (sf_answer_get_text (sf_test_item (answers, 3)), ==, "Toch gevraagd.");
  g_assert_cmpstr (sf_answer_get_text (sf_test_item (answers, 8)), ==, "");

  /* A project opened only to look at it lists an interview's answers too. */
  g_clear_object (&project);
  project = sf_project_open (f->path, SF_DB_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sf_test_n_items (sf_project_get_answers (project, interview)), ==, n_questions + 1);
}

/* 100 KB pasted into one answer is kept whole, also after reopening, and is searchable. */
static void
test_answer_paste_100k (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autoptr(GError) error = NULL;
  g_autofree char *partner = add_partner (project, "Zorg Zuid", "");
  g_autofree char *interview = plan (project, partner);
  g_autoptr(GString) pasted = g_string_new (NULL);
  g_autoptr(GPtrArray) hits = NULL;
  SfAnswer *answer;

  for (guint line = 1; pasted->len < 100 * 1024; line++)
    g_string_append_printf (pasted, "Regel %u: de cliënt en de wijkverpleegkundige — "
                            "‘thuis’ blijven wonen, tab\tnaast tab.\r\n", line);
  g_string_append (pasted, "Slotwoord: zeldzaamheidsterm");

  g_assert_true (sf_project_set_answer (project, interview, question_id (project, 2),
                                        pasted->str, &error));
  g_assert_no_error (error);
  answer = sf_project_find_answer (project, interview, question_id (project, 2));
  g_assert_nonnull (answer);
  g_assert_cmpuint (strlen (sf_answer_get_text (answer)), ==, pasted->len);
  g_assert_cmpstr (sf_answer_get_text (answer), ==, pasted->str);

  project = sf_test_reopen (g_steal_pointer (&project), f->path);
  answer = sf_project_find_answer (project, interview, question_id (project, 2));
  g_assert_nonnull (answer);
  g_assert_cmpuint (strlen (sf_answer_get_text (answer)), ==, pasted->len);
  g_assert_cmpstr (sf_answer_get_text (answer), ==, pasted->str);

  hits = sf_search_find (project, "zeldzaamheidsterm", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hits->len, ==, 1);
  g_assert_cmpstr (((SfSearchHit *) g_ptr_array_index (hits, 0))->ref, ==,
                   sf_record_get_id (SF_RECORD (answer)));
}

/* ---- key points ------------------------------------------------------------------------- */

static void
assert_sources (SfProject          *project,
                const char         *key_point,
                const char * const *expected)
{
  g_auto(GStrv) sources = sf_project_get_key_point_sources (project, key_point);

  g_assert_nonnull (sources);
  g_assert_cmpstrv (sources, expected);
}

static void
test_key_points (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autoptr(GError) error = NULL;
  g_autofree char *partner = add_partner (project, "Zorg Zuid", "");
  g_autofree char *other = add_partner (project, "Woonstede", "");
  g_autofree char *interview = plan (project, partner);
  GListModel *points = sf_project_get_key_points (project, partner);
  g_autofree char *pilot = NULL, *team = NULL, *ruimte = NULL;
  g_autofree char *a1 = NULL, *a2 = NULL, *a3 = NULL;
  SfKeyPoint *point;

  set_answer (project, interview, 0, "Wij willen een vast team in de flat.");
  set_answer (project, interview, 1, "Starten met een pilot.");
  set_answer (project, interview, 2, "Er is geen ontmoetingsruimte.");
  /* Copies: the answers' objects go when the interview is removed below. */
  a1 = g_strdup (answer_id (project, interview, 0));
  a2 = g_strdup (answer_id (project, interview, 1));
  a3 = g_strdup (answer_id (project, interview, 2));

  g_assert_true (points == sf_project_get_key_points (project, partner));
  g_assert_false (points == sf_project_get_key_points (project, other));

  pilot = add_key_point (project, partner, "  Start met een pilot ");
  team = add_key_point (project, partner, "Een vast team");
  ruimte = add_key_point (project, partner, "Ontmoetingsruimte nodig");
  g_assert_cmpstr (sf_project_get_undo_label (project), ==, "Add key point");
  g_assert_cmpuint (sf_test_n_items (points), ==, 3);
  g_assert_cmpuint (sf_test_n_items (sf_project_get_key_points (project, other)), ==, 0);
  point = sf_test_item (points, 0);
  g_assert_cmpstr (sf_record_get_id (SF_RECORD (point)), ==, pilot);
  g_assert_cmpstr (sf_key_point_get_text (point), ==, "Start met een pilot");
  g_assert_cmpstr (sf_key_point_get_partner_id (point), ==, partner);
  g_assert_null (sf_key_point_get_session_id (point));
  g_assert_cmpuint (sf_key_point_get_step (point), ==, 1);
  g_assert_cmpstr (item_id (points, 2), ==, ruimte);
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
  g_assert_cmpstr (item_id (points, 0), ==, ruimte);
  g_assert_cmpstr (item_id (points, 1), ==, pilot);
  g_assert_cmpstr (item_id (points, 2), ==, team);
  g_assert_true (sf_project_move_key_point (project, ruimte, 99, &error));
  g_assert_cmpstr (item_id (points, 2), ==, ruimte);
  g_assert_true (sf_project_undo (project, NULL));
  g_assert_cmpstr (item_id (points, 0), ==, ruimte);

  /* Confidential. */
  g_assert_true (sf_project_set_key_point_confidential (project, pilot, TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (sf_project_get_undo_label (project), ==, "Mark key point as confidential");
  g_assert_true (sf_key_point_get_confidential (sf_test_item (points, 1)));
  g_assert_false (sf_key_point_get_confidential (sf_test_item (points, 0)));

  /* Sources point back to the answers, in the questions' order, without doubles. */
  assert_sources (project, pilot, (const char *[]) { NULL });
  g_assert_true (sf_project_set_key_point_sources (project, pilot,
                                                   (const char *[]) { a2, a1, a2, NULL },
                                                   &error));
  g_assert_no_error (error);
  g_assert_cmpstr (sf_project_get_undo_label (project), ==, "Change key point sources");
  assert_sources (project, pilot, (const char *[]) { a1, a2, NULL });
  g_assert_true (sf_project_set_key_point_sources (project, ruimte,
                                                   (const char *[]) { a3, NULL }, &error));
  g_assert_true (sf_project_set_key_point_sources (project, pilot,
                                                   (const char *[]) { a2, NULL }, &error));
  assert_sources (project, pilot, (const char *[]) { a2, NULL });
  assert_sources (project, ruimte, (const char *[]) { a3, NULL });
  g_assert_true (sf_project_undo (project, NULL));
  assert_sources (project, pilot, (const char *[]) { a1, a2, NULL });
  g_assert_true (sf_project_redo (project, NULL));
  assert_sources (project, pilot, (const char *[]) { a2, NULL });

  /* A source that is not an answer is refused and the sources stay. */
  g_assert_false (sf_project_set_key_point_sources (project, pilot,
                                                    (const char *[]) { a1, "nothing", NULL },
                                                    &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  assert_sources (project, pilot, (const char *[]) { a2, NULL });

  /* Remove, and undo brings it back in its place with its sources. */
  g_assert_true (sf_project_remove_key_point (project, ruimte, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (sf_project_get_undo_label (project), ==, "Remove key point");
  g_assert_cmpuint (sf_test_n_items (points), ==, 2);
  assert_sources (project, ruimte, (const char *[]) { NULL });
  g_assert_true (sf_project_undo (project, NULL));
  g_assert_cmpuint (sf_test_n_items (points), ==, 3);
  g_assert_cmpstr (item_id (points, 0), ==, ruimte);
  assert_sources (project, ruimte, (const char *[]) { a3, NULL });
  g_assert_true (sf_project_redo (project, NULL));
  g_assert_cmpuint (sf_test_n_items (points), ==, 2);
  g_assert_false (sf_project_remove_key_point (project, "no-such-point", &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Removing the interview removes the links to its answers, not the key points. */
  g_assert_true (sf_project_remove_interview (project, interview, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sf_test_n_items (points), ==, 2);
  assert_sources (project, pilot, (const char *[]) { NULL });
  g_assert_true (sf_project_undo (project, NULL));
  assert_sources (project, pilot, (const char *[]) { a2, NULL });

  project = sf_test_reopen (g_steal_pointer (&project), f->path);
  points = sf_project_get_key_points (project, partner);
  g_assert_cmpuint (sf_test_n_items (points), ==, 2);
  g_assert_cmpstr (item_id (points, 0), ==, pilot);
  g_assert_true (sf_key_point_get_confidential (sf_test_item (points, 0)));
  assert_sources (project, pilot, (const char *[]) { answer_id (project, interview, 1), NULL });
}

/* Bad input: a key point without text is not stored, on adding or editing. */
static void
test_key_point_blank (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autoptr(GError) error = NULL;
  g_autofree char *partner = add_partner (project, "Zorg Zuid", "");
  g_autofree char *session = insert_session (project);
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

  point = add_key_point (project, partner, "Pilot");
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
  g_autofree char *session = insert_session (project);
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
  g_assert_cmpstr (item_id (points, 0), ==, second);

  hits = sf_search_find (project, "eenzaam", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hits->len, ==, 1);
  g_assert_cmpstr (((SfSearchHit *) g_ptr_array_index (hits, 0))->kind, ==, "key_point");
  g_assert_cmpuint (((SfSearchHit *) g_ptr_array_index (hits, 0))->step, ==, 2);

  g_assert_null (sf_project_add_session_key_point (project, "no-such-session", "Iets", &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
}

/* "kind:id*" for each candidate (the star when chosen), in order, e.g. "0:a1* 1:iv". */
static char *
candidates_line (SfProject  *project,
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

static void
assert_candidates (SfProject  *project,
                   const char *key_point,
                   const char *expected)
{
  g_autofree char *line = candidates_line (project, key_point);

  g_assert_cmpstr (line, ==, expected);
}

/* A key point can come from the interview's notes as well as from its answers; a session's
 * key point from the session's statements. */
static void
test_key_point_notes_source (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autoptr(GError) error = NULL;
  g_autofree char *partner = add_partner (project, "Zorg Zuid", "");
  g_autofree char *interview = plan (project, partner);
  g_autofree char *point = NULL, *a0 = NULL, *a2 = NULL, *expected = NULL;
  g_autofree char *session = insert_session (project);
  g_autofree char *statement = NULL, *session_point = NULL, *participant = NULL;
  g_autoptr(GPtrArray) candidates = NULL;
  SfSourceCandidate *notes;

  set_answer (project, interview, 2, "Er is geen ontmoetingsruimte.");
  set_answer (project, interview, 0, "Wij willen een vast team in de flat.");
  a0 = g_strdup (answer_id (project, interview, 0));
  a2 = g_strdup (answer_id (project, interview, 2));
  point = add_key_point (project, partner, "Een vaste plek om elkaar te ontmoeten");

  /* Without notes there are only the answers with text, in the questions' order. */
  expected = g_strdup_printf ("0:%s 0:%s", a0, a2);
  assert_candidates (project, point, expected);
  g_assert_true (sf_project_set_interview_notes (project, interview,
                                                 "Bewoners zitten nu in de hal.", TRUE, &error));
  g_free (expected);
  expected = g_strdup_printf ("0:%s 0:%s 1:%s", a0, a2, interview);
  assert_candidates (project, point, expected);

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
  assert_candidates (project, point, expected);
  assert_sources (project, point, (const char *[]) { a2, NULL });
  g_assert_true (sf_project_set_key_point_sources (project, point,
                                                   (const char *[]) { a0, NULL }, &error));
  g_free (expected);
  expected = g_strdup_printf ("0:%s* 0:%s 1:%s*", a0, a2, interview);
  assert_candidates (project, point, expected);
  g_assert_true (sf_project_undo (project, NULL));
  g_assert_true (sf_project_undo (project, NULL));
  g_free (expected);
  expected = g_strdup_printf ("0:%s 0:%s 1:%s*", a0, a2, interview);
  assert_candidates (project, point, expected);
  g_assert_true (sf_project_set_key_point_source (project, point, SF_SOURCE_INTERVIEW_NOTES,
                                                  interview, FALSE, &error));
  g_free (expected);
  expected = g_strdup_printf ("0:%s 0:%s 1:%s", a0, a2, interview);
  assert_candidates (project, point, expected);
  g_assert_true (sf_project_undo (project, NULL));

  /* Chosen notes stay listed when their text goes, so that they can be unchosen. */
  g_assert_true (sf_project_set_interview_notes (project, interview, " ", FALSE, &error));
  g_free (expected);
  expected = g_strdup_printf ("0:%s 0:%s 1:%s*", a0, a2, interview);
  assert_candidates (project, point, expected);

  /* What does not exist is refused, and nothing changes. */
  g_assert_false (sf_project_set_key_point_source (project, point, SF_SOURCE_INTERVIEW_NOTES,
                                                   "no-such-interview", TRUE, &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (sf_project_set_key_point_source (project, "no-such-point", SF_SOURCE_ANSWER,
                                                   a0, TRUE, &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  assert_candidates (project, point, expected);

  /* Removing the interview removes the links to its notes too; undo brings them back. */
  g_assert_true (sf_project_remove_interview (project, interview, &error));
  g_assert_no_error (error);
  assert_candidates (project, point, "");
  g_assert_true (sf_project_undo (project, &error));
  g_assert_no_error (error);
  assert_candidates (project, point, expected);
  g_assert_true (sf_project_redo (project, &error));
  g_assert_no_error (error);
  assert_candidates (project, point, "");

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
  assert_candidates (project, session_point, expected);
  g_assert_true (sf_project_set_key_point_source (project, session_point, SF_SOURCE_STATEMENT,
                                                  statement, TRUE, &error));
  g_assert_no_error (error);
  g_free (expected);
  expected = g_strdup_printf ("2:%s*", statement);
  assert_candidates (project, session_point, expected);
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
  assert_candidates (project, "no-such-point", "");
}

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

  filled->partner = add_partner (project, "Zorg Zuid", "Manager zorg");
  filled->interview = plan (project, filled->partner);
  set_answer (project, filled->interview, 0, "Wij willen een vast team in de flat.");
  set_answer (project, filled->interview, 1, "Starten met een pilot.");
  filled->answer = g_strdup (answer_id (project, filled->interview, 1));
  filled->point = add_key_point (project, filled->partner, "Start met een pilot");
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
  assert_sources (project, filled->point, (const char *[]) { NULL });
  assert_candidates (project, filled->point, "");
  g_assert_cmpuint (sf_project_count_answers (project), ==, 0);
  g_assert_cmpuint (sf_project_count_key_points (project, 1), ==, 0);
}

static void
assert_partner_back (SfProject *project,
                     Filled    *filled)
{
  GListModel *answers = sf_project_get_answers (project, filled->interview);

  g_assert_cmpuint (sf_test_n_items (sf_project_get_interviews (project)), ==, 1);
  g_assert_cmpstr (item_id (sf_project_get_interviews (project), 0), ==, filled->interview);
  g_assert_cmpuint (sf_test_n_items (answers), ==, 2);
  g_assert_cmpstr (sf_answer_get_text (sf_test_item (answers, 1)), ==, "Starten met een pilot.");
  g_assert_cmpuint (sf_test_n_items (sf_project_get_key_points (project, filled->partner)), ==, 1);
  g_assert_cmpstr (item_id (sf_project_get_key_points (project, filled->partner), 0), ==,
                   filled->point);
  assert_sources (project, filled->point, (const char *[]) { filled->answer, NULL });
  g_assert_cmpuint (sf_project_count_answers (project), ==, 2);
  {
    g_autofree char *line = candidates_line (project, filled->point);
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
  before = snapshot (project);
  assert_partner_back (project, &filled);

  g_assert_true (sf_project_remove_partner (project, filled.partner, &error));
  g_assert_no_error (error);
  assert_partner_gone (project, &filled);

  g_assert_true (sf_project_undo (project, &error));
  g_assert_no_error (error);
  assert_partner_back (project, &filled);
  after = snapshot (project);
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
  g_autofree char *partner = add_partner (project, "Zorg Zuid", "");
  g_autofree char *session = insert_session (project);
  g_autofree char *person = NULL, *interview = NULL, *p1 = NULL, *p2 = NULL, *p3 = NULL;
  g_autofree char *start = snapshot (project);
  Step steps[32];
  guint n = 0;

#define DONE(expected_label) \
  G_STMT_START { \
    g_assert_no_error (error); \
    g_assert_cmpstr (sf_project_get_undo_label (project), ==, expected_label); \
    steps[n].label = expected_label; \
    steps[n].state = snapshot (project); \
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
  sf_project_set_answer (project, interview, question_id (project, 0), "Omdat het moet", &error);
  DONE ("Edit answer");
  sf_project_set_answer (project, interview, question_id (project, 0), "Omdat het kan", &error);
  DONE ("Edit answer");
  sf_project_set_answer_not_asked (project, interview, question_id (project, 1), TRUE, &error);
  DONE ("Mark question as not asked");
  sf_project_set_answer_not_asked (project, interview, question_id (project, 1), FALSE, &error);
  DONE ("Mark question as asked");
  sf_project_set_answer_confidential (project, interview, question_id (project, 0), TRUE,
                                      &error);
  DONE ("Mark answer as confidential");
  sf_project_set_answer_confidential (project, interview, question_id (project, 0), FALSE,
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
                                      answer_id (project, interview, 0), NULL }, &error);
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
      state = snapshot (project);
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
      state = snapshot (project);
      g_assert_cmpstr (state, ==, steps[i].state);
    }
  g_assert_false (sf_project_can_redo (project));

  for (guint i = 0; i < n; i++)
    g_free (steps[i].state);
}

/* ---- the roles still missing ------------------------------------------------------------ */

static void
test_missing_roles (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  const SfMethodStep *step = sf_method_get_step (1);
  guint n_roles = sf_method_step_get_n_roles (step);
  g_auto(GStrv) all = sf_project_missing_partner_roles (project);
  g_auto(GStrv) fewer = NULL, none = NULL;
  g_autofree char *housing = NULL, *shouting = NULL;

  g_assert_cmpuint (n_roles, ==, 7);
  g_assert_cmpuint (g_strv_length (all), ==, n_roles);
  g_assert_cmpstr (all[3], ==, sf_method_step_get_role (step, 3));

  /* A partner whose role is not the method's changes nothing. */
  g_free (add_partner (project, "Apotheek", "apotheker"));
  fewer = sf_project_missing_partner_roles (project);
  g_assert_cmpuint (g_strv_length (fewer), ==, n_roles);
  g_clear_pointer (&fewer, g_strfreev);

  /* The housing corporation, as the dialog's menu gives it (sentence case) with stray space. */
  housing = g_strdup_printf ("  %s ", sf_method_step_get_role (step, 3));
  housing[2] = g_ascii_toupper (housing[2]);
  g_free (add_partner (project, "Woonstede", housing));
  fewer = sf_project_missing_partner_roles (project);
  g_assert_cmpuint (g_strv_length (fewer), ==, n_roles - 1);
  g_assert_false (g_strv_contains ((const char * const *) fewer,
                                   sf_method_step_get_role (step, 3)));
  g_assert_true (g_strv_contains ((const char * const *) fewer,
                                  sf_method_step_get_role (step, 4)));

  /* Every other role, one in capitals: nothing is missing. */
  shouting = g_utf8_strup (sf_method_step_get_role (step, 0), -1);
  g_free (add_partner (project, "Gemeente", shouting));
  for (guint i = 1; i < n_roles; i++)
    if (i != 3)
      g_free (add_partner (project, "Partner", sf_method_step_get_role (step, i)));
  none = sf_project_missing_partner_roles (project);
  g_assert_nonnull (none);
  g_assert_cmpuint (g_strv_length (none), ==, 0);
}

/* A file made in one language and opened in the other lists the same roles as missing, in
 * the words of the language it is opened in: roles are compared by the method's keys. */
static void
made_in_opened_in (const char *path,
                   const char *made,
                   const char *opened)
{
  const SfMethodStep *step = sf_method_get_step (1);
  g_autoptr(SfProject) project = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) missing = NULL;
  g_autofree char *made_role = NULL, *woonstede = NULL;

  sf_test_set_language (made);
  project = sf_test_create_project (path);
  made_role = g_strdup (sf_method_step_get_role (step, 3));
  woonstede = add_partner (project, "Woonstede", made_role);
  g_free (add_partner (project, "Gemeente", sf_method_step_get_role (step, 4)));
  g_clear_object (&project);

  sf_test_set_language (opened);
  g_assert_cmpstr (made_role, !=, sf_method_step_get_role (step, 3));
  project = sf_project_open (path, SF_DB_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  missing = sf_project_missing_partner_roles (project);
  g_assert_cmpuint (g_strv_length (missing), ==, 5);
  g_assert_cmpstr (missing[0], ==, sf_method_step_get_role (step, 0));
  g_assert_false (g_strv_contains ((const char * const *) missing,
                                   sf_method_step_get_role (step, 3)));
  g_assert_false (g_strv_contains ((const char * const *) missing,
                                   sf_method_step_get_role (step, 4)));

  /* A role of one's own in its place: that role is missing again. */
  g_assert_true (sf_project_update_partner (project, woonstede, &(SfPartnerFields) {
                                              "Woonstede", "care", "verhuurder", NULL, NULL },
                                            &error));
  g_assert_no_error (error);
  g_clear_pointer (&missing, g_strfreev);
  missing = sf_project_missing_partner_roles (project);
  g_assert_true (g_strv_contains ((const char * const *) missing,
                                  sf_method_step_get_role (step, 3)));
}

static void
test_missing_roles_languages (Fixture       *f,
                              gconstpointer  data)
{
  g_autofree char *dutch = g_build_filename (f->dir, "gemaakt-in-het-nederlands.startfoto", NULL);
  g_autofree char *english = g_build_filename (f->dir, "made-in-english.startfoto", NULL);

  made_in_opened_in (dutch, "nl", "en");
  made_in_opened_in (english, "en", "nl");
  sf_test_set_language ("en");
}

/* ---- files from before (an older schema version) ---------------------------------------- */

static char *
copy_fixture (Fixture    *f,
              const char *name)
{
  g_autofree char *fixture = g_test_build_filename (G_TEST_DIST, "fixtures", name, NULL);
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (fixture, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (f->path, contents, length, NULL));
  return g_strdup (f->path);
}

static SfPartner *
partner_named (SfProject  *project,
               const char *organisation)
{
  GListModel *partners = sf_project_get_partners (project);

  for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
    if (g_str_equal (sf_partner_get_organisation (sf_test_item (partners, i)), organisation))
      return sf_test_item (partners, i);
  g_assert_not_reached ();
}

/* A file made before dates were read, before roles had keys and before notes could be a
 * source (made through the store of that version) opens with nothing lost: its roles count,
 * its dates are dates where they can be read, its sources are all there. */
static void
test_migrate_older_file (Fixture       *f,
                         gconstpointer  data)
{
  const SfMethodStep *step = sf_method_get_step (1);
  g_autofree char *path = copy_fixture (f, "v3-step1.startfoto");
  g_autoptr(GError) error = NULL;
  g_autoptr(SfProject) project = sf_project_open (path, SF_DB_OPEN_CHECK, &error);
  g_auto(GStrv) missing = NULL;
  g_autofree char *dates = NULL, *line = NULL;
  g_auto(GStrv) answers = NULL;
  SfPartner *housing;
  SfInterview *interview;
  GListModel *points;
  const char *point;

  g_assert_no_error (error);
  /* Dutch (picked, with stray space) and English roles of the method count; one's own not. */
  missing = sf_project_missing_partner_roles (project);
  g_assert_cmpuint (g_strv_length (missing), ==, 4);
  for (guint i = 0; i < 7; i++)
    g_assert_true (g_strv_contains ((const char * const *) missing,
                                    sf_method_step_get_role (step, i)) ==
                   (i != 2 && i != 3 && i != 4));

  /* Dates typed freely are dates now; what is no date is kept as it was typed. */
  dates = sf_test_dump_rows (project, "SELECT date FROM session ORDER BY created, rowid", FALSE);
  g_assert_cmpstr (dates, ==, "2027-01-14|\nna de zomervakantie|\n2026-03-03|\n");
  housing = partner_named (project, "Woonstichting Oud");
  interview = sf_project_find_interview (project, sf_record_get_id (SF_RECORD (housing)));
  g_assert_cmpstr (sf_interview_get_date (interview), ==, "2026-09-08");

  /* The key point keeps its two answers, and can now come from the notes as well. */
  points = sf_project_get_key_points (project, sf_record_get_id (SF_RECORD (housing)));
  g_assert_cmpuint (sf_test_n_items (points), ==, 1);
  point = sf_record_get_id (sf_test_item (points, 0));
  answers = sf_project_get_key_point_sources (project, point);
  g_assert_cmpuint (g_strv_length (answers), ==, 2);
  g_assert_true (sf_project_set_key_point_source (project, point, SF_SOURCE_INTERVIEW_NOTES,
                                                  sf_record_get_id (SF_RECORD (interview)),
                                                  TRUE, &error));
  g_assert_no_error (error);
  line = candidates_line (project, point);
  g_assert_true (g_str_has_suffix (line, "*"));
  g_assert_cmpuint (sf_test_count_rows (project, "SELECT count (*) FROM key_point_source"), ==,
                    4);
  /* The session's key point keeps its statement. */
  g_assert_cmpuint (sf_test_count_rows (project, "SELECT count (*) FROM key_point_source "
                                                 "WHERE statement_id IS NOT NULL"), ==, 1);

  /* In Dutch the same roles are missing. */
  sf_test_set_language ("nl");
  g_clear_pointer (&missing, g_strfreev);
  missing = sf_project_missing_partner_roles (project);
  g_assert_cmpuint (g_strv_length (missing), ==, 4);
  g_assert_cmpstr (missing[0], ==, "projectleider/procesondersteuner");
  sf_test_set_language ("en");
}

/* The roles the migration recognises are every role of the method as people picked or typed
 * them in English or Dutch (its literal rows match method.json and po/nl.po). */
static void
test_migrate_role_words (Fixture       *f,
                         gconstpointer  data)
{
  const SfMethodStep *step = sf_method_get_step (1);
  const char * const languages[] = { "en", "nl" };
  g_autofree char *path = copy_fixture (f, "v3-step1.startfoto");
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(GString) expected = g_string_new (NULL);
  g_autoptr(SfProject) project = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *found = NULL;

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      sf_test_set_language (languages[l]);
      for (guint i = 0; i < sf_method_step_get_n_roles (step); i++)
        {
          g_autofree char *role = g_strdup (sf_method_step_get_role (step, i));

          /* As the dialog's menu gives it: in sentence case. */
          role[0] = g_ascii_toupper (role[0]);
          g_string_append_printf (sql, "INSERT INTO partner (id, organisation, role, created) "
                                  "VALUES ('%s-%u', '%s-%u', '%s', '2026');",
                                  languages[l], i, languages[l], i, role);
          g_string_append_printf (expected, "%s-%u|%s|\n", languages[l], i,
                                  sf_method_step_get_role_key (step, i));
        }
    }
  sf_test_set_language ("en");
  sf_test_exec_on_file (path, sql->str);
  project = sf_project_open (path, SF_DB_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  found = sf_test_dump_rows (project, "SELECT organisation, role_key FROM partner "
                                      "WHERE organisation GLOB '[en][ln]-*' "
                                      "ORDER BY organisation", FALSE);
  g_assert_cmpstr (found, ==, expected->str);
}

/* ---- search ----------------------------------------------------------------------------- */

static gboolean
finds_answer (SfProject  *project,
              const char *query,
              const char *answer)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) hits = sf_search_find (project, query, 50, &error);
  gboolean found = FALSE;

  g_assert_no_error (error);
  for (guint i = 0; i < hits->len; i++)
    {
      SfSearchHit *hit = g_ptr_array_index (hits, i);

      if (g_strcmp0 (hit->ref, answer) != 0)
        continue;
      g_assert_cmpstr (hit->kind, ==, "answer");
      g_assert_cmpuint (hit->step, ==, 1);
      g_assert_nonnull (strstr (hit->snippet, "\002cliënt\003"));
      found = TRUE;
    }
  return found;
}

static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autoptr(GError) error = NULL;
  g_autofree char *partner = add_partner (project, "Zorg Zuid", "");
  g_autofree char *interview = plan (project, partner);
  g_autofree char *point = NULL, *answer = NULL;

  set_answer (project, interview, 0, "De cliënt wil graag blijven wonen");
  set_answer (project, interview, 1, "Samenwerken met de huisarts");
  answer = g_strdup (answer_id (project, interview, 0));
  g_assert_true (finds_answer (project, "client", answer));
  g_assert_true (finds_answer (project, "CLIËNT wonen", answer));
  g_assert_false (finds_answer (project, "huisarts", answer));

  /* Other text edited: still found, once. */
  set_answer (project, interview, 1, "Samenwerken met de wijkverpleging");
  point = add_key_point (project, partner, "Cliënten willen thuis blijven");
  g_assert_true (sf_project_set_interview_notes (project, interview, "Over de client", FALSE,
                                                 NULL));
  g_assert_true (finds_answer (project, "client", answer));

  /* Its own text edited: found by the new words only. */
  set_answer (project, interview, 0, "De cliënt wil graag in de flat blijven");
  g_assert_true (finds_answer (project, "client flat", answer));
  g_assert_false (finds_answer (project, "client wonen", answer));
  g_assert_true (sf_project_undo (project, NULL));
  g_assert_true (finds_answer (project, "client wonen", answer));
  g_assert_true (sf_project_redo (project, NULL));
  g_assert_false (finds_answer (project, "client wonen", answer));
  g_assert_true (sf_project_undo (project, NULL));

  /* Deleted (with its interview): not found; undo finds it again, redo loses it again. */
  g_assert_true (sf_project_remove_interview (project, interview, &error));
  g_assert_no_error (error);
  g_assert_false (finds_answer (project, "client", answer));
  g_assert_true (sf_project_undo (project, &error));
  g_assert_no_error (error);
  g_assert_true (finds_answer (project, "client", answer));
  g_assert_true (sf_project_redo (project, &error));
  g_assert_no_error (error);
  g_assert_false (finds_answer (project, "client", answer));
  g_assert_true (sf_project_undo (project, &error));

  /* Emptied: not found. */
  set_answer (project, interview, 0, "");
  g_assert_false (finds_answer (project, "client", answer));
  g_assert_true (sf_project_undo (project, NULL));
  g_assert_true (finds_answer (project, "client", answer));

  /* And the index is kept in the file. */
  project = sf_test_reopen (g_steal_pointer (&project), f->path);
  g_assert_true (finds_answer (project, "client", answer));
}

/* Residents, carers and volunteers are private persons, by whole words of their role; people
 * who work for an organisation are not, whatever their job title contains. */
static void
test_private_roles (void)
{
  const char *private_roles[] = {
    "betrokken bewoners", "Bewoner", "bewoonster van de 4e", "vertegenwoordiger(s) van de "
    "activiteitencommissie", "Bewonerscommissie De Reiger", "mantelzorger", "Vrijwilliger",
    "any initiators/involved residents", "representative(s) of the activity committee",
    "huurder", NULL
  };
  const char *professional_roles[] = {
    "wijkverpleegkundige", "bewonersconsulent", "Verhuurder", "President van de club",
    "manager woningcorporatie", "", NULL
  };

  for (guint i = 0; private_roles[i] != NULL; i++)
    if (!sf_person_role_is_private (private_roles[i]))
      g_error ("“%s” should be a private person's role", private_roles[i]);
  for (guint i = 0; professional_roles[i] != NULL; i++)
    if (sf_person_role_is_private (professional_roles[i]))
      g_error ("“%s” should not be a private person's role", professional_roles[i]);
  g_assert_false (sf_person_role_is_private (NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/interviews/private-roles", test_private_roles);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, sf_test_dir_set_up, func, sf_test_dir_tear_down)

  ADD ("/interviews/people/add-rename", test_people);
  ADD ("/interviews/interview/status", test_interview_status);
  ADD ("/interviews/interview/one-per-partner", test_interview_once);
  ADD ("/interviews/interview/dates", test_interview_dates);
  ADD ("/interviews/answers/every-question", test_answers);
  ADD ("/interviews/answers/paste-100k", test_answer_paste_100k);
  ADD ("/interviews/key-points/edit-move-sources", test_key_points);
  ADD ("/interviews/key-points/blank-refused", test_key_point_blank);
  ADD ("/interviews/key-points/session", test_session_key_points);
  ADD ("/interviews/key-points/notes-and-statements", test_key_point_notes_source);
  ADD ("/interviews/partner-removal/undo", test_partner_removal_undo);
  ADD ("/interviews/partner-removal/redo", test_partner_removal_redo);
  ADD ("/interviews/undo/every-action", test_undo_chain);
  ADD ("/interviews/missing-roles", test_missing_roles);
  ADD ("/interviews/missing-roles/other-language", test_missing_roles_languages);
  ADD ("/interviews/migrate/older-file", test_migrate_older_file);
  ADD ("/interviews/migrate/role-words", test_migrate_role_words);
  ADD ("/interviews/search/answer", test_search);

  return g_test_run ();
}
