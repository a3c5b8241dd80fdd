/* test-report-step5.c: the report's chapter on step 5 and what the glance shows of it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A project with a board meeting, two partners' boards and their answers to the decisions
 * put to them; its report read back from the PDF with poppler.
 */
#include "config.h"

#include <string.h>

#include "sf-project-board.h"
#include "sf-project-decisions.h"
#include "sf-report-pdf.h"
#include "sf-test-pdf.h"
#include "sf-test-report.h"
#include "sf-test-store.h"

#define ALDERMAN "Rob Mulder"
#define DIRECTOR "Marleen Dekker"

static char *
add_decision (SfProject        *project,
              const char       *text,
              SfDecisionStatus  status)
{
  g_autoptr(GError) error = NULL;
  SfDecisionFields fields = { "", text, NULL, NULL, status };
  char *id = sf_project_add_decision (project, &fields, &error);

  g_assert_no_error (error);
  return id;
}

static void
answer (SfProject     *project,
        const char    *partner_id,
        const char    *decision_id,
        SfBoardStance  stance,
        const char    *conditions,
        const char    *mandate)
{
  g_autoptr(GError) error = NULL;
  SfBoardSupportFields fields = { stance, conditions, NULL, mandate, "2027-01-26" };

  g_assert_true (sf_project_set_board_support (project, partner_id, decision_id, &fields,
                                               &error));
  g_assert_no_error (error);
}

/* The municipality supports both proposals, one on conditions; the housing association
 * supports one and has not decided on the other. A third decision, taken in step 4 without
 * the boards, is not put to them. */
static void
make_step5 (SfProject *project)
{
  g_autoptr(GError) error = NULL;
  SfBoardMeetingFields meeting = { "2027-01-20", "Stadskantoor, kamer 3.12",
                                   "Steunt u het convenant?" };
  g_autofree char *housing = sf_test_add_partner (project, "Woonstichting Voorbeeld", "housing",
                                                  "");
  g_autofree char *town = sf_test_add_partner (project, "Gemeente Voorbeeldstad", "municipality",
                                               "");
  g_autofree char *covenant = add_decision (project, "Een convenant voor vier jaar",
                                            SF_DECISION_PROPOSED);
  g_autofree char *money = add_decision (project, "De gemeente betaalt een procesbegeleider",
                                         SF_DECISION_PROPOSED);
  g_autofree char *other = add_decision (project, "De werkgroep komt maandelijks bijeen",
                                         SF_DECISION_TAKEN);
  g_autofree char *alderman = NULL, *director = NULL;

  g_assert_true (sf_project_set_board_meeting (project, &meeting, &error));
  g_assert_true (sf_project_set_board_held (project, TRUE, &error));
  director = sf_project_add_board_member (project, housing, DIRECTOR, "directeur-bestuurder",
                                          &error);
  alderman = sf_project_add_board_member (project, town, ALDERMAN, "wethouder", &error);
  g_assert_true (sf_project_set_board_attendance (project, alderman, SF_ATTENDANCE_PRESENT,
                                                  &error));
  g_assert_true (sf_project_set_board_attendance (project, director, SF_ATTENDANCE_ABSENT,
                                                  &error));
  g_assert_true (sf_project_set_board_form (project, town, SF_BOARD_FORM_INTENT, &error));
  g_assert_no_error (error);
  answer (project, town, covenant, SF_BOARD_STANCE_SUPPORTS, NULL, "collegebesluit");
  answer (project, town, money, SF_BOARD_STANCE_CONDITIONAL, "Alleen met cofinanciering", NULL);
  answer (project, housing, covenant, SF_BOARD_STANCE_SUPPORTS, NULL, NULL);
}

/* The chapter: the meeting with its question and who attended, the decisions put to the
 * boards, then the matrix with each stance in words and what was attached below it. */
static void
test_chapter (SfTestReport  *f,
              gconstpointer  data)
{
  g_autofree char *text = NULL;

  make_step5 (f->project);
  text = sf_test_report_text (f, SF_REPORT_CHAPTER_STEP_5, FALSE);
  sf_test_assert_in_order (text, (const char *[]) {
    "Presenting to the Boards", "The board meeting",
    "Held · 20 January 2027 · Stadskantoor, kamer 3.12",
    "The question put to the boards", "Steunt u het convenant?",
    "Woonstichting Voorbeeld", DIRECTOR " (directeur-bestuurder)", "sent apologies",
    "Gemeente Voorbeeldstad", ALDERMAN " (wethouder)", "present",
    "The intended decisions", "1. Een convenant voor vier jaar",
    "2. De gemeente betaalt een procesbegeleider", "Support of the boards",
    "Woonstichting Voorbeeld", "Supports", "No decision yet", "Not yet",
    "Gemeente Voorbeeldstad", "Supports", "Supports on conditions", "Letter of intent",
    "Gemeente Voorbeeldstad", "Decision 1 — Mandate: collegebesluit; Date: 26 January 2027",
    "Decision 2 — Conditions: Alleen met cofinanciering", NULL });
  /* The decision taken without the boards is not among those put to them. */
  g_assert_null (strstr (text, "De werkgroep komt maandelijks bijeen"));
  g_assert_null (strstr (text, "Decision 3"));
}

/* Without anything of step 5, the chapter says so and has none of its parts, and the glance
 * has no support. */
static void
test_not_done (SfTestReport  *f,
               gconstpointer  data)
{
  g_autofree char *text = NULL;

  g_free (add_decision (f->project, "Een convenant voor vier jaar", SF_DECISION_PROPOSED));
  text = sf_test_report_text (f, SF_REPORT_CHAPTER_AT_A_GLANCE | SF_REPORT_CHAPTER_STEP_5,
                              FALSE);
  g_assert_nonnull (strstr (text, "Step 5 has not been done yet"));
  g_assert_null (strstr (text, "The board meeting"));
  g_assert_null (strstr (text, "The intended decisions"));
  g_assert_null (strstr (text, "Support of the boards"));
}

/* Names as roles: the board members by their function, in the chapter and in what a board
 * attached to its answer. */
static void
test_names_as_roles (SfTestReport  *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  SfBoardMeetingFields meeting = { "2027-01-20", "Stadskantoor",
                                   "Steunt " ALDERMAN " het convenant?" };
  g_autofree char *named = NULL, *roles = NULL;

  make_step5 (f->project);
  g_assert_true (sf_project_set_board_meeting (f->project, &meeting, &error));
  named = sf_test_report_text (f, SF_REPORT_CHAPTER_STEP_5, FALSE);
  roles = sf_test_report_text (f, SF_REPORT_CHAPTER_STEP_5, TRUE);
  g_assert_nonnull (strstr (named, ALDERMAN));
  g_assert_nonnull (strstr (named, DIRECTOR));
  g_assert_null (strstr (roles, ALDERMAN));
  g_assert_null (strstr (roles, DIRECTOR));
  sf_test_assert_in_order (roles, (const char *[]) { "Steunt Wethouder het convenant?",
                                                     "Directeur-bestuurder", "Wethouder",
                                                     NULL });
}

/* The glance: per partner with a board, how many of the decisions put to the boards it
 * supports (on conditions too); in Dutch. */
static void
test_glance (SfTestReport  *f,
             gconstpointer  data)
{
  g_autofree char *text = NULL, *dutch = NULL;

  make_step5 (f->project);
  text = sf_test_report_text (f, SF_REPORT_CHAPTER_AT_A_GLANCE, FALSE);
  sf_test_assert_in_order (text, (const char *[]) {
    "Support of the boards", "Woonstichting Voorbeeld", "supports 1 of 2 decisions",
    "Gemeente Voorbeeldstad", "supports 2 of 2 decisions", NULL });
  /* Step 5 has its row in the progress table, with its progress. */
  sf_test_assert_in_order (text, (const char *[]) {
    "How far the steps are", "4. ", "5. ", "1 of 2 boards support", NULL });
  sf_test_set_language ("nl");
  dutch = sf_test_report_text (f, SF_REPORT_CHAPTER_AT_A_GLANCE | SF_REPORT_CHAPTER_STEP_5,
                               FALSE);
  sf_test_set_language ("en");
  sf_test_assert_in_order (dutch, (const char *[]) {
    "Steun van de besturen", "steunt 1 van 2 besluiten", "steunt 2 van 2 besluiten",
    "Presenteren aan de bestuurders", "Het bestuurdersoverleg", "De voorgenomen besluiten",
    "Steunt onder voorwaarden", "Intentieverklaring", "Besluit 2 — Voorwaarden:", NULL });
}

/* The minutes: the meeting, who attended, the titles of the shown slides, each decision with
 * each board's answer, and as follow-up the decisions taken and the conditions set. */
static void
test_minutes (SfTestReport  *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SfReportDocument) doc = NULL;
  g_autoptr(SfDecision) covenant = NULL;
  SfReportPageSetup setup;
  SfReportLayout *layout;
  SfReportOptions options;
  g_autofree char *text = NULL;

  make_step5 (f->project);
  covenant = g_list_model_get_item (sf_project_get_decisions (f->project), 0);
  g_assert_cmpstr (sf_decision_get_text (covenant), ==, "Een convenant voor vier jaar");
  g_assert_true (sf_project_mark_decision_taken (f->project,
                                                 sf_record_get_id (SF_RECORD (covenant)),
                                                 &error));
  g_assert_no_error (error);
  sf_report_options_init_default (&options);
  options.names_as_roles = TRUE;
  doc = sf_report_build_minutes (f->project, &options, &error);
  g_assert_no_error (error);
  sf_report_page_setup_a4 (&setup);
  layout = sf_report_layout_new (doc, &setup);
  g_assert_true (sf_report_pdf_write (layout, f->pdf_path, &error));
  g_assert_no_error (error);
  sf_report_layout_free (layout);
  text = sf_test_pdf_text (f->pdf_path);
  sf_test_assert_in_order (text, (const char *[]) {
    "Minutes of the board meeting", "Held · 20 January 2027", "Steunt u het convenant?",
    "Who attended", "Directeur-bestuurder", "sent apologies", "Wethouder", "present",
    "What was presented", "1. ", "The decisions and the boards’ answers",
    "1. Een convenant voor vier jaar", "Woonstichting Voorbeeld: Supports",
    "Gemeente Voorbeeldstad: Supports — Mandate: collegebesluit",
    "2. De gemeente betaalt een procesbegeleider", "Woonstichting Voorbeeld: No decision yet",
    "Gemeente Voorbeeldstad: Supports on conditions — Conditions: Alleen met cofinanciering",
    "Agreed follow-up", "Decision 1 is taken: Een convenant voor vier jaar",
    "Gemeente Voorbeeldstad, on decision 2: Alleen met cofinanciering", NULL });
  g_assert_null (strstr (text, ALDERMAN));
  g_assert_null (strstr (text, "De werkgroep komt maandelijks bijeen"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  sf_test_set_language ("en");
  g_test_add ("/report-step5/chapter", SfTestReport, NULL, sf_test_report_set_up_empty,
              test_chapter, sf_test_report_tear_down);
  g_test_add ("/report-step5/not-done", SfTestReport, NULL, sf_test_report_set_up_empty,
              test_not_done, sf_test_report_tear_down);
  g_test_add ("/report-step5/names-as-roles", SfTestReport, NULL, sf_test_report_set_up_empty,
              test_names_as_roles, sf_test_report_tear_down);
  g_test_add ("/report-step5/glance", SfTestReport, NULL, sf_test_report_set_up_empty,
              test_glance, sf_test_report_tear_down);
  g_test_add ("/report-step5/minutes", SfTestReport, NULL, sf_test_report_set_up_empty,
              test_minutes, sf_test_report_tear_down);
  return g_test_run ();
}
