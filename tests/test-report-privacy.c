/* test-report-privacy.c: nothing confidential or personal in the report when the user chose
 * so: confidential answers, notes, points and statements left out, names replaced by roles,
 * residents by their role unless asked for
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The PDF is read back with poppler, as a reader's viewer would.
 */
#include "config.h"

#include "sf-project-considerations.h"
#include "sf-project-interviews.h"
#include "sf-project-key-figures.h"
#include "sf-project-remarks.h"
#include "sf-project-review.h"
#include "sf-report-builder.h"
#include "sf-report-layout.h"
#include "sf-test-pdf.h"
#include "sf-test-report.h"

#define SECRET_ANSWER    "Zwijgplicht-antwoord over de begroting"
#define SECRET_NOTES     "Zwijgplicht-notitie over een bewoner"
#define SECRET_POINT     "Zwijgplicht-punt over de directie"
#define SECRET_STATEMENT "Zwijgplicht-uitspraak over de buren"
#define SECRET_SESSION   "Zwijgplicht-verslag van de bijeenkomst"
#define OPEN_ANSWER      "Openbaar antwoord over de koffieochtend"
#define SECRET_REMARK    "Zwijgplicht-opmerking over de huurachterstand"
#define SECRET_CONSIDER  "Zwijgplicht-overweging over de reorganisatie"
#define SECRET_MEETING   "Zwijgplicht-aantekening uit het overleg"
#define OPEN_REMARK      "Openbare opmerking over de lift"

/* Step 4: a meeting chaired by @chair with a note naming @named; remarks, considerations and
 * notes, each kind once marked confidential. */
static void
make_step4 (SfTestReport *f,
            const char   *chair,
            const char   *named)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SfQuestion) question = g_list_model_get_item (sf_project_get_questions (f->project,
                                                                                    4), 0);
  const char *question_id = sf_record_get_id (SF_RECORD (question));
  SfReviewMeetingFields meeting = { "2027-03-02", "Buurthuis", chair };
  SfConsiderationFields consideration = { SF_CONSIDERATION_WORKLOAD, SECRET_CONSIDER, NULL,
                                          TRUE };
  g_autofree char *secret_remark = NULL, *open_remark = NULL, *secret_note = NULL;
  g_autofree char *note = NULL, *considered = NULL, *mention = NULL;

  g_assert_true (sf_project_set_review_meeting (f->project, &meeting, &error));
  mention = g_strdup_printf ("%s zet de lift op de agenda.", named);
  note = sf_project_add_review_note (f->project, question_id, mention, &error);
  secret_note = sf_project_add_review_note (f->project, question_id, SECRET_MEETING, &error);
  g_assert_true (sf_project_set_review_note_confidential (f->project, secret_note, TRUE,
                                                          &error));
  secret_remark = sf_project_add_remark (f->project, "flat", "x", SECRET_REMARK, TRUE, &error);
  open_remark = sf_project_add_remark (f->project, "flat", "x", OPEN_REMARK, FALSE, &error);
  considered = sf_project_add_consideration (f->project, &consideration, &error);
  g_assert_no_error (error);
  g_assert_nonnull (considered);
}

static void
make_secrets (SfTestReport *f)
{
  g_autoptr(GError) error = NULL;
  GListModel *interviews = sf_project_get_interviews (f->project);
  g_autoptr(SfInterview) interview = g_list_model_get_item (interviews, 0);
  const char *interview_id = sf_record_get_id (SF_RECORD (interview));
  GListModel *questions = sf_project_get_questions (f->project, 1);
  g_autoptr(SfQuestion) q1 = g_list_model_get_item (questions, 0);
  g_autoptr(SfQuestion) q9 = g_list_model_get_item (questions, 8);
  GListModel *sessions = sf_project_get_sessions (f->project);
  g_autoptr(SfSession) session = g_list_model_get_item (sessions, 0);
  const char *session_id = sf_record_get_id (SF_RECORD (session));
  g_autofree char *point = NULL, *session_point = NULL, *statement = NULL;

  g_assert_true (sf_project_set_answer (f->project, interview_id,
                                        sf_record_get_id (SF_RECORD (q1)), SECRET_ANSWER,
                                        &error));
  g_assert_true (sf_project_set_answer_confidential (f->project, interview_id,
                                                     sf_record_get_id (SF_RECORD (q1)), TRUE,
                                                     &error));
  g_assert_true (sf_project_set_answer (f->project, interview_id,
                                        sf_record_get_id (SF_RECORD (q9)), OPEN_ANSWER,
                                        &error));
  g_assert_true (sf_project_set_interview_notes (f->project, interview_id, SECRET_NOTES, TRUE,
                                                 &error));
  point = sf_project_add_key_point (f->project, sf_interview_get_partner_id (interview),
                                    SECRET_POINT, &error);
  g_assert_nonnull (point);
  g_assert_true (sf_project_set_key_point_confidential (f->project, point, TRUE, &error));
  session_point = sf_project_add_session_key_point (f->project, session_id, SECRET_POINT,
                                                    &error);
  g_assert_true (sf_project_set_key_point_confidential (f->project, session_point, TRUE,
                                                        &error));
  statement = sf_project_add_statement (f->project, session_id, NULL, NULL, SECRET_STATEMENT,
                                        &error);
  g_assert_nonnull (statement);
  g_assert_true (sf_project_set_statement_confidential (f->project, statement, TRUE, &error));
  g_assert_true (sf_project_set_session_notes (f->project, session_id, SECRET_SESSION, TRUE,
                                               &error));
  g_assert_no_error (error);
}

/* Nothing confidential in the text, with or without answers. */
static void
test_confidential (SfTestReport  *f,
                   gconstpointer  data)
{
  const char *secrets[] = { SECRET_ANSWER, SECRET_NOTES, SECRET_POINT, SECRET_STATEMENT,
                            SECRET_SESSION, SECRET_REMARK, SECRET_CONSIDER, SECRET_MEETING,
                            "Zwijgplicht",
                            /* The example's own confidential statement. */
                            "vierde verdieping", NULL };

  make_secrets (f);
  make_step4 (f, "Sanne Visser", "Sanne Visser");
  for (int with_answers = 0; with_answers <= 1; with_answers++)
    {
      SfReportOptions options;
      SfReportLayout *layout;
      g_autofree char *text = NULL;

      sf_report_options_init_default (&options);
      options.with_answers = with_answers;
      layout = sf_test_report_export (f, &options);
      text = sf_test_pdf_text (f->pdf_path);
      for (guint i = 0; secrets[i] != NULL; i++)
        {
          g_test_message ("with answers: %d, secret “%s”", with_answers, secrets[i]);
          g_assert_null (strstr (text, secrets[i]));
        }
      /* The answers are there only when chosen; step 4's open remark always (the check can
       * fail). */
      g_assert_cmpint (strstr (text, OPEN_ANSWER) != NULL, ==, with_answers);
      g_assert_nonnull (strstr (text, OPEN_REMARK));
      sf_test_report_free_layout (layout);
    }
}

static void
add_name (GPtrArray  *names,
          const char *name)
{
  if (name != NULL && g_utf8_strlen (name, -1) >= 3)
    g_ptr_array_add (names, g_strdup (name));
}

/* Every person's name: people, partners' contacts, the session's participants. */
static GPtrArray *
person_names (SfProject *project)
{
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  GListModel *people = sf_project_get_people (project);
  GListModel *partners = sf_project_get_partners (project);
  GListModel *sessions = sf_project_get_sessions (project);

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(SfPerson) person = g_list_model_get_item (people, i);

      add_name (names, sf_person_get_name (person));
    }
  for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr(SfPartner) partner = g_list_model_get_item (partners, i);

      add_name (names, sf_partner_get_contact (partner));
    }
  for (guint i = 0; i < g_list_model_get_n_items (sessions); i++)
    {
      g_autoptr(SfSession) session = g_list_model_get_item (sessions, i);
      GListModel *participants = sf_project_get_participants (
        project, sf_record_get_id (SF_RECORD (session)));

      for (guint j = 0; j < g_list_model_get_n_items (participants); j++)
        {
          g_autoptr(SfParticipant) p = g_list_model_get_item (participants, j);

          add_name (names, sf_participant_get_name (p));
        }
    }
  return names;
}

static void
test_names_as_roles (SfTestReport  *f,
                     gconstpointer  data)
{
  g_autoptr(GPtrArray) names = person_names (f->project);
  g_autoptr(GError) error = NULL;
  GListModel *interviews = sf_project_get_interviews (f->project);
  g_autoptr(SfInterview) interview = g_list_model_get_item (interviews, 0);
  g_autoptr(SfQuestion) q9 = g_list_model_get_item (sf_project_get_questions (f->project, 1), 8);
  g_autofree char *mention = NULL;
  gboolean named = FALSE;

  g_assert_cmpuint (names->len, >=, 6);
  /* Step 4's chair, and a name in a note of its meeting. */
  make_step4 (f, g_ptr_array_index (names, 1), g_ptr_array_index (names, 2));
  /* A name inside an answer is replaced too. */
  mention = g_strdup_printf ("Overleg met %s over de sleutels.",
                             (char *) g_ptr_array_index (names, 0));
  g_assert_true (sf_project_set_answer (f->project, sf_record_get_id (SF_RECORD (interview)),
                                        sf_record_get_id (SF_RECORD (q9)), mention, &error));
  g_assert_no_error (error);
  for (int as_roles = 0; as_roles <= 1; as_roles++)
    {
      SfReportOptions options;
      SfReportLayout *layout;
      g_autofree char *text = NULL;

      sf_report_options_init_default (&options);
      options.with_answers = TRUE;
      options.names_as_roles = as_roles;
      layout = sf_test_report_export (f, &options);
      text = sf_test_pdf_text (f->pdf_path);
      for (guint i = 0; i < names->len; i++)
        {
          gboolean found = strstr (text, g_ptr_array_index (names, i)) != NULL;

          if (as_roles)
            {
              g_test_message ("name “%s”", (char *) g_ptr_array_index (names, i));
              g_assert_false (found);
            }
          named = named || found;
        }
      if (as_roles)
        {
          g_assert_nonnull (strstr (text, "Wijkverpleegkundige"));
          g_assert_nonnull (strstr (text, "Overleg met "));
        }
      else
        g_assert_true (named); /* the check can fail */
      sf_test_report_free_layout (layout);
    }
}

/* The example's resident: the activity committee's contact, and a participant in the session
 * as "betrokken bewoners". */
#define RESIDENT "Ans Koster"

static SfParticipant *
participant_named (SfProject  *project,
                   const char *name)
{
  g_autoptr(SfSession) session = g_list_model_get_item (sf_project_get_sessions (project), 0);
  GListModel *participants = sf_project_get_participants (project,
                                                          sf_record_get_id (SF_RECORD (session)));

  for (guint i = 0; i < g_list_model_get_n_items (participants); i++)
    {
      g_autoptr(SfParticipant) p = g_list_model_get_item (participants, i);

      if (strstr (sf_participant_get_name (p), name) != NULL)
        return p;
    }
  g_assert_not_reached ();
}

/* Residents appear by their role unless the user asks for their names; people who take part
 * for an organisation keep theirs. */
static void
test_residents_by_role (SfTestReport  *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  SfParticipant *resident = participant_named (f->project, RESIDENT);
  SfReportOptions options;
  SfReportLayout *layout;
  g_autofree char *text = NULL;
  g_autofree char *named = NULL;

  g_autoptr(SfSession) session = g_list_model_get_item (sf_project_get_sessions (f->project), 0);
  g_autofree char *ria = NULL;

  g_assert_true (sf_project_set_participant_stance (f->project,
                                                    sf_record_get_id (SF_RECORD (resident)),
                                                    SF_STANCE_HESITANT,
                                                    "Bang dat de huur omhoog gaat", &error));
  ria = sf_project_add_participant (f->project, sf_record_get_id (SF_RECORD (session)), "Ria",
                                    "", "mantelzorger", &error);
  g_assert_true (sf_project_set_participant_attended (f->project, ria, TRUE, &error));
  g_assert_true (sf_project_set_participant_stance (f->project, ria, SF_STANCE_POSITIVE,
                                                    "Nieuw materiaal voor de hal; Hans Koster "
                                                    "helpt, Ria ook.", &error));
  g_assert_no_error (error);

  sf_report_options_init_default (&options);
  options.with_answers = TRUE;
  layout = sf_test_report_export (f, &options);
  text = sf_test_pdf_text (f->pdf_path);
  sf_test_report_free_layout (layout);
  g_assert_null (strstr (text, RESIDENT));
  g_assert_nonnull (strstr (text, "Betrokken bewoners (Hesitant): Bang dat de huur omhoog gaat"));
  g_assert_nonnull (strstr (text, "Sanne Visser"));   /* the district nurse */
  g_assert_nonnull (strstr (text, "Fatma Yılmaz"));   /* the housing corporation's manager */
  /* A name is replaced where it stands as a name, never inside another word or name; a key
   * figure there for no organisation counts as a private person. */
  g_assert_nonnull (strstr (text, "Mantelzorger (Positive): Nieuw materiaal voor de hal; "
                                  "Hans Koster helpt, Mantelzorger ook."));

  options.resident_names = TRUE;
  layout = sf_test_report_export (f, &options);
  named = sf_test_pdf_text (f->pdf_path);
  sf_test_report_free_layout (layout);
  g_assert_nonnull (strstr (named, "Mevr. Ans Koster (Hesitant): Bang dat de huur omhoog gaat"));
  g_assert_nonnull (strstr (named, "Sanne Visser"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/report/confidential", SfTestReport, NULL, sf_test_report_set_up_example,
              test_confidential, sf_test_report_tear_down);
  g_test_add ("/report/names-as-roles", SfTestReport, NULL, sf_test_report_set_up_example,
              test_names_as_roles, sf_test_report_tear_down);
  g_test_add ("/report/residents-by-role", SfTestReport, NULL, sf_test_report_set_up_example,
              test_residents_by_role, sf_test_report_tear_down);
  return g_test_run ();
}
