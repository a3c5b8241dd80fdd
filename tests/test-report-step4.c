/* test-report-step4.c: the report's chapter on step 4 and what the glance shows of it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A project with a worked step 4 (meeting, remarks, preconditions, considerations, plan,
 * decisions, communication), its report read back from the PDF with poppler. Confidential
 * items are also checked in test-report-privacy.c.
 */
#include "config.h"

#include "sf-method.h"
#include "sf-project-communication.h"
#include "sf-project-considerations.h"
#include "sf-project-decisions.h"
#include "sf-project-preconditions.h"
#include "sf-project-remarks.h"
#include "sf-project-review.h"
#include "sf-report-blocks.h"
#include "sf-test-layout.h"
#include "sf-test-pdf.h"
#include "sf-test-report.h"
#include "sf-test-store.h"

#define CHAIR "Ria de Vries"

typedef struct
{
  char *housing, *welfare;
  char *flat_a, *flat_b;
  char *own;        /* the project's own precondition */
  char *whole;      /* a precondition judged for the whole project */
  guint n_preconditions;
} Step4;

static void
step4_clear (Step4 *s)
{
  g_free (s->housing), g_free (s->welfare), g_free (s->flat_a), g_free (s->flat_b);
  g_free (s->own), g_free (s->whole);
}

static char *
add_action (SfProject      *project,
            const char     *what,
            const char     *responsible,
            const char     *due,
            SfActionStatus  status)
{
  g_autoptr(GError) error = NULL;
  SfActionFields fields = { what, NULL, NULL, NULL, responsible, due, status };
  char *id = sf_project_add_action (project, &fields, &error);

  g_assert_no_error (error);
  return id;
}

/* A step 4 worked through; @name and @vision long when @long_texts. */
static void
make_step4 (SfProject *project,
            Step4     *s,
            gboolean   long_texts)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) vision = g_string_new ("We vullen dit in met een eigen team. ");
  g_autoptr(GString) name = g_string_new ("Woonstichting De Linie");
  GListModel *preconditions = sf_project_get_preconditions (project);
  g_autoptr(SfQuestion) q1 = g_list_model_get_item (sf_project_get_questions (project, 4), 0);
  g_autoptr(SfQuestion) q7 = g_list_model_get_item (sf_project_get_questions (project, 4), 6);
  SfReviewMeetingFields meeting = { "2027-03-02", "Buurthuis De Kroon", CHAIR };
  SfReviewArrangements arrangements = { "De stuurgroep besluit bij meerderheid.",
                                        "Bewoners praten mee in de klankbordgroep.",
                                        SF_ARRANGEMENT_COVENANT, "Voor twee jaar." };
  SfConsiderationFields consideration = { SF_CONSIDERATION_TENDERS,
                                          "De aanbesteding van de Wmo loopt tot juni.", NULL,
                                          FALSE };
  SfDecisionFields decision = { "2027-03-02", "We starten met twee flats.",
                                "Zo houden we het overzichtelijk.", "unaniem",
                                SF_DECISION_PROPOSED };
  SfCommunicationFields message = { SF_AUDIENCE_RESIDENTS, "Bewonersbrief over het plan",
                                    "Brief en bewonersavond", NULL, "2027-Q2" };
  SfActionFields action = { "Ruimte inmeten", NULL, NULL, NULL, NULL, "2027-05-01",
                            SF_ACTION_OPEN };
  g_autofree char *corrected = NULL, *to_action = NULL, *dismissed = NULL, *open = NULL;
  g_autofree char *action_id = NULL, *decision_id = NULL, *note = NULL;
  const char *agreed[3];

  if (long_texts)
    {
      while (name->len < 200)
        g_string_append (name, " Woningcorporatie");
      while (vision->len < 20000)
        g_string_append (vision, "Wij kiezen voor een eigen invulling met de buurt. ");
    }
  s->housing = sf_test_add_partner (project, name->str, "housing", "Jan Jansen");
  s->welfare = sf_test_add_partner (project, "Welzijn Leiden", "welfare", "");
  s->flat_a = sf_test_add_flat (project, long_texts ? name->str : "De Zilverreiger");
  s->flat_b = sf_test_add_flat (project, "De Kievit");
  /* Step 3 suggests the dwellings requirement: met for one, from an estimate not met for
   * the other. */
  sf_test_set_number (project, "s3q1a", s->flat_a, 96, SF_ACCURACY_EXACT);
  sf_test_set_number (project, "s3q1a", s->flat_b, 70, SF_ACCURACY_ESTIMATE);

  g_assert_true (sf_project_set_review_meeting (project, &meeting, &error));
  g_assert_true (sf_project_set_review_held (project, TRUE, &error));
  g_assert_true (sf_project_set_review_arrangements (project, &arrangements, &error));
  g_assert_true (sf_project_set_review_attendance (project, s->welfare, SF_ATTENDANCE_PRESENT,
                                                   &error));
  g_assert_true (sf_project_set_review_attendance (project, s->housing, SF_ATTENDANCE_ABSENT,
                                                   &error));
  note = sf_project_add_review_note (project, sf_record_get_id (SF_RECORD (q1)),
                                     "De cijfers kloppen op één na.", &error);
  g_free (sf_project_add_review_note (project, sf_record_get_id (SF_RECORD (q7)),
                                      CHAIR " maakt de planning.", &error));
  g_assert_no_error (error);

  /* Remarks, resolved every way, and one still open. */
  corrected = sf_project_add_remark (project, "flat", s->flat_a, "Het adres klopt niet.", FALSE,
                                     &error);
  g_assert_true (sf_project_resolve_remark (project, corrected, SF_REMARK_CORRECTED, NULL,
                                            &error));
  to_action = sf_project_add_remark (project, "key_point", "x", "De huismeester ontbreekt.",
                                     FALSE, &error);
  action.responsible_id = s->welfare;
  action.what = "Huismeester uitnodigen";
  action.due = "2027-Q1";
  g_free (sf_project_remark_to_action (project, to_action, &action, &error));
  dismissed = sf_project_add_remark (project, "indicator_value", "x", "Te weinig bewoners.",
                                     FALSE, &error);
  g_assert_true (sf_project_resolve_remark (project, dismissed, SF_REMARK_DISMISSED,
                                            "Het cijfer komt van de corporatie.", &error));
  open = sf_project_add_remark (project, "role", "s1r1", "De apotheek mist.", FALSE,
                                &error);
  g_assert_no_error (error);

  /* Preconditions: one of the project's own, one judged by hand for the whole project, one
   * chosen otherwise with a vision. */
  s->own = sf_project_add_precondition (project, "offer", "Een vaste huismeester", FALSE,
                                        &error);
  g_assert_no_error (error);
  s->n_preconditions = g_list_model_get_n_items (preconditions);
  for (guint i = 0; i < s->n_preconditions && s->whole == NULL; i++)
    {
      g_autoptr(SfPrecondition) p = g_list_model_get_item (preconditions, i);

      if (!sf_precondition_is_per_flat (p))
        s->whole = g_strdup (sf_record_get_id (SF_RECORD (p)));
    }
  g_assert_true (sf_project_judge_precondition (project, s->whole, NULL, SF_PRECONDITION_MET,
                                                "Afspraak met de zorgaanbieder", &error));
  g_assert_true (sf_project_choose_for_precondition (project, s->whole, SF_CHOICE_DIFFER,
                                                     vision->str, &error));
  g_assert_true (sf_project_choose_for_precondition (project, s->own, SF_CHOICE_ADOPT, NULL,
                                                     &error));

  consideration.partner_id = s->housing;
  g_free (sf_project_add_consideration (project, &consideration, &error));
  consideration.kind = SF_CONSIDERATION_WORKLOAD;
  consideration.note = "Het team is krap bezet.";
  consideration.partner_id = NULL;
  g_free (sf_project_add_consideration (project, &consideration, &error));

  /* The plan: dates and quarters, done and dropped ones that are not "next". */
  action_id = add_action (project, "Ruimte inmeten", s->housing, "2027-05-01",
                          SF_ACTION_UNDER_WAY);
  agreed[0] = s->welfare, agreed[1] = NULL;
  g_assert_true (sf_project_set_action_partners (project, action_id, agreed, &error));
  g_free (add_action (project, "Convenant tekenen", s->housing, "2027-Q3", SF_ACTION_OPEN));
  g_free (add_action (project, "Folder maken", s->welfare, "2027-01-20", SF_ACTION_DONE));
  g_free (add_action (project, "Oude werkgroep opheffen", s->welfare, "2027-01-10",
                      SF_ACTION_DROPPED));
  g_free (add_action (project, "Buurtapp starten", s->welfare, "2027-02-14", SF_ACTION_OPEN));
  g_free (add_action (project, "Subsidie aanvragen", s->housing, "2027-11-30", SF_ACTION_OPEN));
  g_free (add_action (project, "Evaluatie plannen", s->welfare, "2028-Q1", SF_ACTION_OPEN));
  g_free (add_action (project, "Ooit een feest", s->welfare, "", SF_ACTION_OPEN));

  decision_id = sf_project_add_decision (project, &decision, &error);
  agreed[0] = s->housing, agreed[1] = s->welfare, agreed[2] = NULL;
  g_assert_true (sf_project_set_decision_partners (project, decision_id, agreed, &error));
  decision.text = "De stuurgroep komt elk kwartaal bijeen.";
  decision.status = SF_DECISION_TAKEN;
  g_free (sf_project_add_decision (project, &decision, &error));
  message.partner_id = s->welfare;
  g_free (sf_project_add_communication (project, &message, &error));
  g_assert_no_error (error);
}

/* The chapter: the meeting and how the partners work together first, then the remarks and
 * what was done with each, the preconditions with step 3's suggestions, the considerations
 * by kind, the plan, the decisions and the communication plan. */
static void
test_chapter (SfTestReport  *f,
              gconstpointer  data)
{
  Step4 s = { 0 };
  g_autofree char *text = NULL;

  make_step4 (f->project, &s, FALSE);
  text = sf_test_report_text (f, SF_REPORT_CHAPTER_STEP_4, FALSE);
  sf_test_assert_in_order (text, (const char *[]) {
    "Discussing the Outcomes", "The review meeting",
    "Held · 2 March 2027 · Buurthuis De Kroon · chaired by " CHAIR,
    "Woonstichting De Linie", "sent apologies", "Welzijn Leiden", "present",
    "Notes per question", "De cijfers kloppen op één na.", CHAIR " maakt de planning.",
    "Working together", "How decisions are made", "De stuurgroep besluit bij meerderheid.",
    "Bewoners praten mee in de klankbordgroep.", "Form: a covenant.", "Voor twee jaar.",
    "Remarks on the Startfoto", NULL });
  sf_test_assert_in_order (text, (const char *[]) {
    "Remarks on the Startfoto", "Het adres klopt niet.", "a flat: De Zilverreiger", "Corrected",
    "De huismeester ontbreekt.", "a key point", "Turned into an action: Huismeester uitnodigen",
    "Te weinig bewoners.", "a figure", "Dismissed: Het cijfer komt van de corporatie.",
    "De apotheek mist.", "Missing partner", "Open", "The preconditions", NULL });
  /* Step 3's suggestion with its figure, "≈" from an estimate; the status set by hand with
   * what it rests on; the choice with its vision; the project's own in a table of its own. */
  sf_test_assert_in_order (text, (const char *[]) {
    "The preconditions", "De Zilverreiger: met (suggested by step 3: 96 dwellings)",
    "De Kievit: ≈ not yet (suggested by step 3: ≈ 70 dwellings)", NULL });
  g_assert_nonnull (strstr (text, "met — Afspraak met de zorgaanbieder"));
  g_assert_nonnull (strstr (text, "fill in differently — We vullen dit in met een eigen team."));
  /* (Poppler reads a table's rows and the heading above it in no fixed order.) */
  g_assert_nonnull (strstr (text, "every flat: unknown"));
  g_assert_nonnull (strstr (text, "Our own preconditions"));
  g_assert_nonnull (strstr (text, "Een vaste huismeester"));
  g_assert_nonnull (strstr (text, "unknownadopt"));
  sf_test_assert_in_order (text, (const char *[]) {
    "What to take into account", "Tenders",
    "De aanbesteding van de Wmo loopt tot juni. (Woonstichting De Linie)",
    "Workload", "Het team is krap bezet.", "The plan for the coming year", NULL });
  /* The plan's table by when it is due, then its timeline by quarter. */
  sf_test_assert_in_order (text, (const char *[]) {
    "The plan for the coming year", "Oude werkgroep opheffen", "Folder maken",
    "Buurtapp starten", "Huismeester uitnodigen", "Ruimte inmeten", "Convenant tekenen",
    "Subsidie aanvragen", "Evaluatie plannen", "Ooit een feest", "The plan by quarter", NULL });
  for (guint i = 0; i < 4; i++)
    g_assert_nonnull (strstr (text, (const char *[]) { "1 May 2027", "under way", "Q1 2028",
                                                       "dropped" }[i]));
  sf_test_assert_in_order (text, (const char *[]) {
    "Decisions", "1. We starten met twee flats.", "proposal · 2 March 2027 · agreed by "
    "Woonstichting De Linie, Welzijn Leiden · how: unaniem", "Zo houden we het overzichtelijk.",
    "2. De stuurgroep komt elk kwartaal bijeen.", "taken",
    "Communication plan", "Residents", "Bewonersbrief over het plan", "Brief en bewonersavond",
    "Welzijn Leiden", "Q2 2027", NULL });
  step4_clear (&s);
}

/* The timeline is in the chapter as a chart, inside the margins. */
static void
test_timeline_block (SfTestReport  *f,
                     gconstpointer  data)
{
  Step4 s = { 0 };
  SfReportOptions options;
  SfReportLayout *layout;
  const SfReportBox *boxes;
  guint n, timelines = 0;

  make_step4 (f->project, &s, FALSE);
  sf_report_options_init_default (&options);
  options.chapters = SF_REPORT_CHAPTER_STEP_4;
  layout = sf_test_report_export (f, &options);
  boxes = sf_report_layout_get_boxes (layout, &n);
  for (guint i = 0; i < n; i++)
    if (boxes[i].kind == SF_REPORT_BOX_CHART && boxes[i].timeline != NULL)
      {
        timelines++;
        g_assert_cmpuint (sf_timeline_get_n_columns (boxes[i].timeline), ==, 6);
        g_assert_cmpstr (sf_timeline_get_column_label (boxes[i].timeline, 0), ==, "Q1 2027");
        g_assert_cmpstr (sf_timeline_get_column_label (boxes[i].timeline, 5), ==,
                         "without a date");
        g_assert_cmpuint (sf_timeline_get_count (boxes[i].timeline, G_MAXUINT, 0,
                                                 SF_ACTION_OPEN), ==, 2);
      }
  g_assert_cmpuint (timelines, ==, 1);
  sf_test_check_margins (layout);
  sf_test_report_free_layout (layout);
  step4_clear (&s);
}

/* The glance: preconditions met per flat, and the five actions open or under way that are
 * due first (a date before the end of its quarter), not those done or dropped. */
static void
test_glance (SfTestReport  *f,
             gconstpointer  data)
{
  Step4 s = { 0 };
  g_autofree char *text = NULL, *a = NULL, *b = NULL, *step = NULL;
  const char *next;

  make_step4 (f->project, &s, FALSE);
  text = sf_test_report_text (f, SF_REPORT_CHAPTER_AT_A_GLANCE, FALSE);
  /* Met for the whole project: the one set by hand; per flat the suggestion for the first. */
  a = g_strdup_printf ("2 of %u met", s.n_preconditions);
  b = g_strdup_printf ("1 of %u met", s.n_preconditions);
  sf_test_assert_in_order (text, (const char *[]) { "Preconditions met", "De Zilverreiger", a,
                                            "De Kievit", b, "The next actions", NULL });
  next = strstr (text, "The next actions");
  sf_test_assert_in_order (next, (const char *[]) {
    "Buurtapp starten", "14 February 2027", "open",
    "Huismeester uitnodigen", "Q1 2027",
    "Ruimte inmeten", "1 May 2027", "under way",
    "Convenant tekenen", "Q3 2027",
    "Subsidie aanvragen", "30 November 2027", "How far the steps are", NULL });
  g_assert_null (g_strstr_len (next, strstr (next, "How far the steps are") - next,
                               "Evaluatie plannen"));
  g_assert_null (strstr (text, "Folder maken"));
  g_assert_null (strstr (text, "Oude werkgroep opheffen"));
  /* How far step 4 is, in the progress table. */
  step = g_strdup_printf ("4. %s", sf_method_step_get_short_title (sf_method_get_step (4)));
  g_assert_nonnull (strstr (strstr (text, "How far the steps are"), step));
  step4_clear (&s);
}

/* Without any of step 4, the glance has neither, and the chapter says it was not done. */
static void
test_not_done (SfTestReport  *f,
               gconstpointer  data)
{
  g_autofree char *text = sf_test_report_text (f, SF_REPORT_CHAPTER_AT_A_GLANCE |
                                          SF_REPORT_CHAPTER_STEP_4, FALSE);

  g_assert_nonnull (strstr (text, "Step 4 has not been done yet"));
  g_assert_null (strstr (text, "Preconditions met"));
  g_assert_null (strstr (text, "The next actions"));
}

/* Names as roles: the chair, and a name in a note, by their role. */
static void
test_names_as_roles (SfTestReport  *f,
                     gconstpointer  data)
{
  Step4 s = { 0 };
  g_autofree char *named = NULL, *roles = NULL;

  make_step4 (f->project, &s, FALSE);
  named = sf_test_report_text (f, SF_REPORT_CHAPTER_STEP_4, FALSE);
  roles = sf_test_report_text (f, SF_REPORT_CHAPTER_STEP_4, TRUE);
  g_assert_nonnull (strstr (named, CHAIR));
  g_assert_null (strstr (roles, CHAIR));
  g_assert_nonnull (strstr (roles, "maakt de planning."));
  g_assert_nonnull (strstr (roles, "chaired by "));
  step4_clear (&s);
}

/* 200-character names and a 20 kB vision stay inside the margins, the vision whole under the
 * tables; in Dutch. */
static void
test_long_dutch (SfTestReport  *f,
                 gconstpointer  data)
{
  Step4 s = { 0 };
  g_autofree char *text = NULL, *met = NULL;

  sf_test_set_language ("nl");
  make_step4 (f->project, &s, TRUE);
  text = sf_test_report_text (f, SF_REPORT_CHAPTER_ALL, FALSE);
  sf_test_assert_in_order (text, (const char *[]) { "Randvoorwaarden waaraan is voldaan",
                                            "De volgende acties", "Bespreken van de uitkomsten",
                                            "De randvoorwaarden", "anders invullen — onze visie "
                                            "staat onder de tabellen",
                                            "Onze visie op de randvoorwaarden",
                                            "Wij kiezen voor een eigen invulling", "Het plan per "
                                            "kwartaal", "K1 2027", "K2 2027", "zonder datum",
                                            NULL });
  met = g_strdup_printf ("1 van %u voldaan", s.n_preconditions);
  g_assert_nonnull (strstr (text, met));
  g_assert_nonnull (strstr (text, "voorstel uit stap 3: ≈ 70 woningen"));
  sf_test_set_language ("en");
  step4_clear (&s);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  sf_test_set_language ("en");
  g_test_add ("/report-step4/chapter", SfTestReport, NULL, sf_test_report_set_up_empty,
              test_chapter, sf_test_report_tear_down);
  g_test_add ("/report-step4/timeline", SfTestReport, NULL, sf_test_report_set_up_empty,
              test_timeline_block, sf_test_report_tear_down);
  g_test_add ("/report-step4/glance", SfTestReport, NULL, sf_test_report_set_up_empty,
              test_glance, sf_test_report_tear_down);
  g_test_add ("/report-step4/not-done", SfTestReport, NULL, sf_test_report_set_up_empty,
              test_not_done, sf_test_report_tear_down);
  g_test_add ("/report-step4/names-as-roles", SfTestReport, NULL, sf_test_report_set_up_empty,
              test_names_as_roles, sf_test_report_tear_down);
  g_test_add ("/report-step4/long-dutch", SfTestReport, NULL, sf_test_report_set_up_empty,
              test_long_dutch, sf_test_report_tear_down);
  return g_test_run ();
}
