/* test-interviews.c: step 1 in the store (people, interviews, answers, search), without a
 * display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "sf-project-interviews.h"
#include "sf-project.h"
#include "sf-search.h"
#include "sf-store-error.h"
#include "sf-test-interviews.h"
#include "sf-test-store.h"

typedef SfTestDir Fixture;

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
  g_assert_cmpstr (sf_test_item_id (people, 0), ==, anna);
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
  g_autofree char *zorg = sf_test_add_role_partner (project, "Zorg Zuid", "Manager zorg");
  g_autofree char *woon = sf_test_add_role_partner (project, "Woonstede",
                                                    "Manager woningcorporatie");
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
  g_assert_cmpstr (sf_test_item_id (interviews, 0), ==, id);
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
  g_autofree char *partner = sf_test_add_role_partner (project, "Zorg Zuid", "");
  g_autofree char *first = sf_test_plan (project, partner);
  g_autofree char *welzijn = sf_test_add_role_partner (project, "Welzijn", "");
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
  g_autofree char *partner = sf_test_add_role_partner (project, "Zorg Zuid", "");
  g_autofree char *other = sf_test_add_role_partner (project, "Welzijn", "");
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
  g_autofree char *partner = sf_test_add_role_partner (project, "Zorg Zuid", "");
  g_autofree char *interview = sf_test_plan (project, partner);
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

      sf_test_set_answer (project, interview, i, text);
    }
  g_assert_cmpstr (sf_project_get_undo_label (project), ==, "Edit answer");
  g_assert_cmpuint (sf_test_n_items (answers), ==, n_questions);
  for (guint i = 0; i < n_questions; i++)
    {
      g_autofree char *text = g_strdup_printf ("Antwoord op vraag %u", i + 1);

      answer = sf_test_item (answers, i);
      g_assert_cmpstr (sf_answer_get_question_id (answer), ==, sf_test_question_id (project, i));
      g_assert_cmpstr (sf_answer_get_interview_id (answer), ==, interview);
      g_assert_cmpstr (sf_answer_get_text (answer), ==, text);
      g_assert_false (sf_answer_get_not_asked (answer));
      g_assert_false (sf_answer_get_confidential (answer));
    }
  g_assert_cmpuint (sf_project_count_answers (project), ==, n_questions);

  /* Editing keeps the answer's id (key points refer to it). */
  answer = sf_test_item (answers, 0);
  first_id = g_strdup (sf_record_get_id (SF_RECORD (answer)));
  sf_test_set_answer (project, interview, 0, "Omdat bewoners langer thuis willen wonen.");
  g_assert_true (sf_test_item (answers, 0) == answer);
  g_assert_cmpstr (sf_record_get_id (SF_RECORD (answer)), ==, first_id);
  g_assert_cmpstr (sf_answer_get_text (answer), ==, "Omdat bewoners langer thuis willen wonen.");

  /* Skipped: not asked. Giving it an answer after all makes it asked. */
  g_assert_true (sf_project_set_answer_not_asked (project, interview,
                                                  sf_test_question_id (project, 3), TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (sf_project_get_undo_label (project), ==, "Mark question as not asked");
  g_assert_true (sf_answer_get_not_asked (sf_test_item (answers, 3)));
  g_assert_cmpstr (sf_answer_get_text (sf_test_item (answers, 3)), ==, "Antwoord op vraag 4");
  sf_test_set_answer (project, interview, 3, "Toch gevraagd.");
  g_assert_false (sf_answer_get_not_asked (sf_test_item (answers, 3)));

  /* Confidential. */
  g_assert_true (sf_project_set_answer_confidential (project, interview,
                                                     sf_test_question_id (project, 5), TRUE,
                                                     &error));
  g_assert_no_error (error);
  g_assert_cmpstr (sf_project_get_undo_label (project), ==, "Mark answer as confidential");
  g_assert_true (sf_answer_get_confidential (sf_test_item (answers, 5)));
  g_assert_false (sf_answer_get_confidential (sf_test_item (answers, 4)));

  /* Emptied, an answer no longer counts. */
  sf_test_set_answer (project, interview, 8, "");
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
    g_autofree char *gemeente = sf_test_add_role_partner (project, "Gemeente", "");
    g_autofree char *other = sf_test_plan (project, gemeente);

    g_assert_true (sf_project_set_answer_confidential (project, other,
                                                       sf_test_question_id (project, 0), FALSE,
                                                       &error));
    g_assert_no_error (error);
    g_assert_cmpstr (sf_project_get_undo_label (project), ==, "Plan interview");
    g_assert_true (sf_project_set_answer (project, other, sf_test_question_id (project, 0), "",
                                          &error));
    g_assert_cmpstr (sf_project_get_undo_label (project), ==, "Plan interview");
    g_assert_cmpuint (sf_test_n_items (sf_project_get_answers (project, other)), ==, 0);
    g_assert_true (sf_project_set_answer_not_asked (project, other,
                                                    sf_test_question_id (project, 1), TRUE,
                                                    &error));
    g_assert_cmpuint (sf_test_n_items (sf_project_get_answers (project, other)), ==, 1);
  }

  /* Unknown interview or question: refused. */
  g_assert_false (sf_project_set_answer (project, "no-such-interview",
                                         sf_test_question_id (project, 0), "x", &error));
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
  g_autofree char *partner = sf_test_add_role_partner (project, "Zorg Zuid", "");
  g_autofree char *interview = sf_test_plan (project, partner);
  g_autoptr(GString) pasted = g_string_new (NULL);
  g_autoptr(GPtrArray) hits = NULL;
  SfAnswer *answer;

  for (guint line = 1; pasted->len < 100 * 1024; line++)
    g_string_append_printf (pasted, "Regel %u: de cliënt en de wijkverpleegkundige — "
                            "‘thuis’ blijven wonen, tab\tnaast tab.\r\n", line);
  g_string_append (pasted, "Slotwoord: zeldzaamheidsterm");

  g_assert_true (sf_project_set_answer (project, interview, sf_test_question_id (project, 2),
                                        pasted->str, &error));
  g_assert_no_error (error);
  answer = sf_project_find_answer (project, interview, sf_test_question_id (project, 2));
  g_assert_nonnull (answer);
  g_assert_cmpuint (strlen (sf_answer_get_text (answer)), ==, pasted->len);
  g_assert_cmpstr (sf_answer_get_text (answer), ==, pasted->str);

  project = sf_test_reopen (g_steal_pointer (&project), f->path);
  answer = sf_project_find_answer (project, interview, sf_test_question_id (project, 2));
  g_assert_nonnull (answer);
  g_assert_cmpuint (strlen (sf_answer_get_text (answer)), ==, pasted->len);
  g_assert_cmpstr (sf_answer_get_text (answer), ==, pasted->str);

  hits = sf_search_find (project, "zeldzaamheidsterm", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hits->len, ==, 1);
  g_assert_cmpstr (((SfSearchHit *) g_ptr_array_index (hits, 0))->ref, ==,
                   sf_record_get_id (SF_RECORD (answer)));
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
  g_autofree char *partner = sf_test_add_role_partner (project, "Zorg Zuid", "");
  g_autofree char *interview = sf_test_plan (project, partner);
  g_autofree char *point = NULL, *answer = NULL;

  sf_test_set_answer (project, interview, 0, "De cliënt wil graag blijven wonen");
  sf_test_set_answer (project, interview, 1, "Samenwerken met de huisarts");
  answer = g_strdup (sf_test_answer_id (project, interview, 0));
  g_assert_true (finds_answer (project, "client", answer));
  g_assert_true (finds_answer (project, "CLIËNT wonen", answer));
  g_assert_false (finds_answer (project, "huisarts", answer));

  /* Other text edited: still found, once. */
  sf_test_set_answer (project, interview, 1, "Samenwerken met de wijkverpleging");
  point = sf_test_add_key_point (project, partner, "Cliënten willen thuis blijven");
  g_assert_true (sf_project_set_interview_notes (project, interview, "Over de client", FALSE,
                                                 NULL));
  g_assert_true (finds_answer (project, "client", answer));

  /* Its own text edited: found by the new words only. */
  sf_test_set_answer (project, interview, 0, "De cliënt wil graag in de flat blijven");
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
  sf_test_set_answer (project, interview, 0, "");
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

  SF_TEST_DIR_ADD ("/interviews/people/add-rename", test_people);
  SF_TEST_DIR_ADD ("/interviews/interview/status", test_interview_status);
  SF_TEST_DIR_ADD ("/interviews/interview/one-per-partner", test_interview_once);
  SF_TEST_DIR_ADD ("/interviews/interview/dates", test_interview_dates);
  SF_TEST_DIR_ADD ("/interviews/answers/every-question", test_answers);
  SF_TEST_DIR_ADD ("/interviews/answers/paste-100k", test_answer_paste_100k);
  SF_TEST_DIR_ADD ("/interviews/search/answer", test_search);

  return g_test_run ();
}
