/* test-ui-interviews.c: step 1's interviews, driven through actions and widgets under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-interview-dialog.h"
#include "sf-interview-window.h"
#include "sf-project-interviews.h"
#include "sf-joint-meeting-window.h"
#include "sf-key-points-window.h"
#include "sf-partner-dialog.h"
#include "sf-source-chooser.h"
#include "sf-tagged-row.h"
#include "sf-project-themes.h"
#include "sf-test-ui-interviews.h"
#include "sf-test-ui.h"

/* The example's municipality: in the register, its interview not planned yet. */
#define PARTNER 3

static SfPartner *
first_partner (void)
{
  return g_list_model_get_item (sf_project_get_partners (sf_test_project ()), PARTNER);
}

/* A label whose text has @text in it, in @widget or below. */
static GtkWidget *
find_label_containing (GtkWidget  *widget,
                       const char *text)
{
  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL)
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_label_containing (c, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
set_view_text (GtkWidget  *view,
               const char *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), text, -1);
}

static void
add_partner (const char *organisation,
             const char *role)
{
  GtkWidget *dialog;

  sf_test_activate (sf_test_find ("add-partner"), "step.add-partner", NULL);
  SF_TEST_WAIT_FOR ((dialog = sf_test_find_toplevel (SF_TYPE_PARTNER_DIALOG)) != NULL);
  sf_test_set_text ("organisation", organisation);
  sf_test_set_text ("role", role);
  sf_test_activate (dialog, "dialog.save", NULL);
  SF_TEST_WAIT_FOR (sf_test_find_toplevel (SF_TYPE_PARTNER_DIALOG) == NULL);
}

/* The line of missing roles follows the register, and goes once every role is there. */
static void
test_missing_roles (void)
{
  GtkWidget *label = sf_test_find ("missing-roles");
  g_auto(GStrv) missing = sf_project_missing_partner_roles (sf_test_project ());
  guint n = g_strv_length (missing);

  g_assert_nonnull (label);
  /* The example leaves out at least the project leader and the residents. */
  g_assert_cmpuint (n, >=, 2);
  g_assert_true (gtk_widget_get_visible (label));
  for (guint i = 0; i < n; i++)
    g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (label)), missing[i]));

  add_partner ("Bureau Startfoto (fictief)", missing[0]);
  g_assert_null (strstr (gtk_label_get_text (GTK_LABEL (label)), missing[0]));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (label)), missing[1]));
  g_assert_true (gtk_widget_get_visible (label));

  for (guint i = 1; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("Partner %u (fictief)", i);

      add_partner (name, missing[i]);
    }
  g_assert_false (gtk_widget_get_visible (label));
}

static void
test_plan_interview (void)
{
  g_autoptr(SfPartner) partner = first_partner ();
  const char *partner_id = sf_record_get_id (SF_RECORD (partner));
  GtkWidget *dialog;
  GtkWidget *message;
  SfInterview *interview;
  g_autofree char *shown = NULL;
  guint n_people = g_list_model_get_n_items (sf_project_get_people (sf_test_project ()));

  g_assert_null (sf_project_find_interview (sf_test_project (), partner_id));

  sf_test_activate (sf_test_interview_row (PARTNER), "interview.plan", NULL);
  SF_TEST_WAIT_FOR ((dialog = sf_test_find_toplevel (SF_TYPE_INTERVIEW_DIALOG)) != NULL);
  sf_test_set_text ("interviewer", "Henk Jansen (fictief)");
  sf_test_set_text ("place", "Buurtkamer De Zilverreiger");

  /* What is no date keeps Save off, and the row under it says why in words. */
  message = sf_test_get (dialog, "date-message");
  g_assert_false (gtk_widget_get_mapped (message));
  sf_test_set_text ("date", "volgende week");
  sf_test_iterate ();
  g_assert_true (gtk_widget_get_mapped (message));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (message)), "volgende week"));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (message)),
                            sf_test_dutch () ? "14 januari 2027" : "14 January 2027"));
  gtk_widget_activate_action (dialog, "dialog.save", NULL);
  sf_test_iterate ();
  g_assert_null (sf_project_find_interview (sf_test_project (), partner_id));

  /* A day still to come cannot be marked held: the same row says why. */
  sf_test_set_text ("date", "14-1-2099");
  adw_combo_row_set_selected (ADW_COMBO_ROW (sf_test_get (dialog, "status")), SF_INTERVIEW_HELD);
  sf_test_iterate ();
  g_assert_true (gtk_widget_get_mapped (message));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (message)), "2099"));
  g_assert_false (gtk_widget_is_sensitive (sf_test_get (dialog, "save")));
  adw_combo_row_set_selected (ADW_COMBO_ROW (sf_test_get (dialog, "status")),
                              SF_INTERVIEW_PLANNED);
  sf_test_iterate ();
  g_assert_false (gtk_widget_get_mapped (message));

  /* The Dutch way of writing a date is read, and kept as ISO 8601. */
  sf_test_set_text ("date", "12-3-2025");
  sf_test_activate (dialog, "dialog.save", NULL);
  SF_TEST_WAIT_FOR (sf_test_find_toplevel (SF_TYPE_INTERVIEW_DIALOG) == NULL);

  interview = sf_project_find_interview (sf_test_project (), partner_id);
  g_assert_nonnull (interview);
  g_assert_cmpstr (sf_interview_get_interviewer_name (interview), ==, "Henk Jansen (fictief)");
  g_assert_cmpstr (sf_interview_get_date (interview), ==, "2025-03-12");
  g_assert_cmpstr (sf_interview_get_place (interview), ==, "Buurtkamer De Zilverreiger");
  g_assert_cmpint (sf_interview_get_status (interview), ==, SF_INTERVIEW_PLANNED);
  g_assert_cmpuint (g_list_model_get_n_items (sf_project_get_people (sf_test_project ())), ==,
                    n_people + 1);
  /* The row says so, with the date the Dutch or English way. */
  g_assert_nonnull (sf_test_find_label (sf_test_find ("interview-list"),
                                        sf_interview_status_get_label (SF_INTERVIEW_PLANNED)));
  shown = g_strdup_printf ("Henk Jansen (fictief) · %s · Buurtkamer De Zilverreiger",
                           sf_test_dutch () ? "wo 12 mrt. 2025" : "Wed 12 Mar 2025");
  g_assert_nonnull (find_label_containing (sf_test_interview_row (PARTNER), shown));
}

/* The whole interview by actions: answers typed, one question skipped, a long paste, notes. */
static void
test_hold_interview (void)
{
  g_autoptr(SfPartner) partner = first_partner ();
  GListModel *questions = sf_project_get_questions (sf_test_project (), 1);
  guint n = g_list_model_get_n_items (questions);
  GString *long_text = g_string_new (NULL);
  g_autoptr(SfQuestion) q0 = g_list_model_get_item (questions, 0);
  g_autoptr(SfQuestion) q1 = g_list_model_get_item (questions, 1);
  g_autoptr(SfQuestion) q2 = g_list_model_get_item (questions, 2);
  g_autoptr(SfQuestion) q3 = g_list_model_get_item (questions, 3);
  GtkWidget *window;
  GtkWidget *answer;
  SfInterview *interview;
  const char *interview_id;
  SfAnswer *stored;

  sf_test_activate (sf_test_interview_row (PARTNER), "interview.hold", NULL);
  SF_TEST_WAIT_FOR ((window = sf_test_find_toplevel (SF_TYPE_INTERVIEW_WINDOW)) != NULL);
  g_assert_cmpstr (gtk_widget_get_name (window), ==, "interview-window");
  interview = sf_project_find_interview (sf_test_project (),
                                         sf_record_get_id (SF_RECORD (partner)));
  interview_id = sf_record_get_id (SF_RECORD (interview));
  answer = sf_test_get (window, "answer");
  g_assert_cmpuint (sf_interview_window_get_n_questions (SF_INTERVIEW_WINDOW (window)), ==, n);
  g_assert_cmpuint (n, ==, 10);

  set_view_text (answer, "Omdat bewoners langer thuis willen blijven wonen.");
  sf_test_activate (window, "interview.next", NULL);
  g_assert_cmpuint (sf_interview_window_get_position (SF_INTERVIEW_WINDOW (window)), ==, 1);
  set_view_text (answer, "Betaalbare huur en een veilige flat.");
  sf_test_activate (window, "interview.next", NULL);
  /* Skipped in the conversation. */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (sf_test_get (window, "not-asked")), TRUE);
  sf_test_activate (window, "interview.next", NULL);
  /* A long paste, marked confidential. */
  for (guint i = 0; long_text->len < 100 * 1024; i++)
    g_string_append_printf (long_text, "Regel %u van een heel lang verslag. ", i);
  set_view_text (answer, long_text->str);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (sf_test_get (window, "confidential")), TRUE);
  sf_test_activate (window, "interview.next", NULL);
  g_assert_cmpuint (sf_interview_window_get_position (SF_INTERVIEW_WINDOW (window)), ==, 4);

  /* Back shows what was stored. */
  sf_test_activate (window, "interview.previous", NULL);
  sf_test_activate (window, "interview.previous", NULL);
  sf_test_activate (window, "interview.previous", NULL);
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (answer));
    GtkTextIter start, end;
    g_autofree char *text = NULL;

    gtk_text_buffer_get_bounds (buffer, &start, &end);
    text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    g_assert_cmpstr (text, ==, "Betaalbare huur en een veilige flat.");
  }
  while (sf_interview_window_get_position (SF_INTERVIEW_WINDOW (window)) + 1 < n)
    sf_test_activate (window, "interview.next", NULL);
  /* No next after the last question. */
  g_assert_false (gtk_widget_get_visible (sf_test_get (window, "interview-next")));
  g_assert_true (gtk_widget_get_visible (sf_test_get (window, "interview-finish")));
  set_view_text (answer, "Tips: begin klein.");
  set_view_text (sf_test_get (window, "interview-notes"), "Gesprek in de buurtkamer, 45 minuten.");
  sf_test_activate (window, "interview.finish", NULL);
  SF_TEST_WAIT_FOR (sf_test_find_toplevel (SF_TYPE_INTERVIEW_WINDOW) == NULL);

  stored = sf_project_find_answer (sf_test_project (), interview_id,
                                   sf_record_get_id (SF_RECORD (q0)));
  g_assert_nonnull (stored);
  g_assert_cmpstr (sf_answer_get_text (stored), ==,
                   "Omdat bewoners langer thuis willen blijven wonen.");
  stored = sf_project_find_answer (sf_test_project (), interview_id,
                                   sf_record_get_id (SF_RECORD (q1)));
  g_assert_cmpstr (sf_answer_get_text (stored), ==, "Betaalbare huur en een veilige flat.");
  g_assert_false (sf_answer_get_not_asked (stored));
  stored = sf_project_find_answer (sf_test_project (), interview_id,
                                   sf_record_get_id (SF_RECORD (q2)));
  g_assert_nonnull (stored);
  g_assert_true (sf_answer_get_not_asked (stored));
  stored = sf_project_find_answer (sf_test_project (), interview_id,
                                   sf_record_get_id (SF_RECORD (q3)));
  g_assert_cmpstr (sf_answer_get_text (stored), ==, long_text->str);
  g_assert_true (sf_answer_get_confidential (stored));
  {
    g_autoptr(SfQuestion) last = g_list_model_get_item (questions, n - 1);

    stored = sf_project_find_answer (sf_test_project (), interview_id,
                                     sf_record_get_id (SF_RECORD (last)));
    g_assert_nonnull (stored);
    g_assert_cmpstr (sf_answer_get_text (stored), ==, "Tips: begin klein.");
  }
  g_assert_cmpstr (sf_interview_get_notes (interview), ==, "Gesprek in de buurtkamer, 45 minuten.");
  g_assert_cmpint (sf_interview_get_status (interview), ==, SF_INTERVIEW_HELD);
  g_string_free (long_text, TRUE);
}

/* Closing the window half-way keeps the answer being typed, and the interview not held. */
static void
test_close_keeps_answer (void)
{
  g_autoptr(SfPartner) partner = g_list_model_get_item (sf_project_get_partners (
                                                          sf_test_project ()), PARTNER + 1);
  g_autoptr(SfQuestion) q0 = g_list_model_get_item (sf_project_get_questions (
                                                      sf_test_project (), 1), 0);
  GtkWidget *row = sf_test_interview_row (PARTNER + 1);
  GtkWidget *window;
  SfInterview *interview;
  SfAnswer *stored;

  sf_test_activate (row, "interview.hold", NULL);
  SF_TEST_WAIT_FOR ((window = sf_test_find_toplevel (SF_TYPE_INTERVIEW_WINDOW)) != NULL);
  set_view_text (sf_test_get (window, "answer"), "Zorg dichtbij, zonder wachtlijst.");
  gtk_window_close (GTK_WINDOW (window));
  SF_TEST_WAIT_FOR (sf_test_find_toplevel (SF_TYPE_INTERVIEW_WINDOW) == NULL);

  interview = sf_project_find_interview (sf_test_project (),
                                         sf_record_get_id (SF_RECORD (partner)));
  g_assert_nonnull (interview);
  g_assert_cmpint (sf_interview_get_status (interview), ==, SF_INTERVIEW_TO_PLAN);
  stored = sf_project_find_answer (sf_test_project (), sf_record_get_id (SF_RECORD (interview)),
                                   sf_record_get_id (SF_RECORD (q0)));
  g_assert_nonnull (stored);
  g_assert_cmpstr (sf_answer_get_text (stored), ==, "Zorg dichtbij, zonder wachtlijst.");
}

/* The sources window's row for the answer, notes or statement @record. */
static GtkWidget *
source_row_of (GtkWidget *chooser,
               gpointer   record)
{
  return sf_test_find_source_row (chooser, sf_record_get_id (SF_RECORD (record)));
}

static void
test_key_points (void)
{
  g_autoptr(SfPartner) partner = first_partner ();
  const char *partner_id = sf_record_get_id (SF_RECORD (partner));
  GListModel *points = sf_project_get_key_points (sf_test_project (), partner_id);
  SfInterview *interview = sf_project_find_interview (sf_test_project (), partner_id);
  GListModel *answers = sf_project_get_answers (sf_test_project (),
                                                sf_record_get_id (SF_RECORD (interview)));
  g_autoptr(SfAnswer) answer = g_list_model_get_item (answers, 0);
  g_autoptr(SfQuestion) question = g_list_model_get_item (sf_project_get_questions (
                                                            sf_test_project (), 1), 0);
  g_autoptr(SfKeyPoint) point = NULL;
  g_autofree char *summary = NULL;
  GtkWidget *chooser, *source_row, *notes_row, *long_row, *text;
  g_autoptr(SfAnswer) long_answer = NULL;
  g_autofree char *theme_id = NULL;
  g_auto(GStrv) theme_ids = NULL;
  g_auto(GStrv) sources = NULL;
  GtkWidget *window;
  GtkWidget *row;
  GtkWidget *entry;

  sf_test_activate (sf_test_interview_row (PARTNER), "interview.key-points", NULL);
  SF_TEST_WAIT_FOR ((window = sf_test_find_toplevel (SF_TYPE_KEY_POINTS_WINDOW)) != NULL);
  g_assert_cmpuint (g_list_model_get_n_items (points), ==, 0);

  entry = sf_test_get (window, "add-key-point");
  gtk_editable_set_text (GTK_EDITABLE (entry), "Wil de ontmoetingsruimte opknappen");
  g_signal_emit_by_name (entry, "apply");
  sf_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (points), ==, 1);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  point = g_list_model_get_item (points, 0);
  g_assert_cmpstr (sf_key_point_get_text (point), ==, "Wil de ontmoetingsruimte opknappen");

  /* A theme typed by name. */
  row = sf_test_get (window, "key-point-row");
  entry = sf_test_get (row, "theme-entry");
  gtk_editable_set_text (GTK_EDITABLE (entry), "Ontmoeten");
  g_signal_emit_by_name (entry, "apply");
  sf_test_iterate ();
  theme_id = sf_project_find_theme (sf_test_project (), "Ontmoeten");
  g_assert_nonnull (theme_id);
  theme_ids = sf_project_get_theme_ids_of (sf_test_project (), SF_TAGGED_KEY_POINT,
                                           sf_record_get_id (SF_RECORD (point)));
  g_assert_cmpuint (g_strv_length (theme_ids), ==, 1);
  g_assert_cmpstr (theme_ids[0], ==, theme_id);
  g_assert_nonnull (sf_test_find_in (sf_test_get (row, "key-point-themes"), "untag",
                                     G_TYPE_INVALID));

  /* The answer it came from and the notes, chosen in a window of their own where each reads
   * in full, wrapped on lines as wide as the window allows. */
  g_assert_nonnull (answer);
  sf_test_activate (row, "key-point.choose-sources", NULL);
  SF_TEST_WAIT_FOR ((chooser = sf_test_find_toplevel (SF_TYPE_SOURCE_CHOOSER)) != NULL);
  SF_TEST_WAIT_FOR (gtk_widget_get_mapped (chooser));
  source_row = source_row_of (chooser, answer);
  g_assert_nonnull (source_row);
  text = sf_test_get (source_row, "source-text");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (text)), ==, sf_answer_get_text (answer));
  g_assert_nonnull (sf_test_find_label (source_row, sf_question_get_text (question)));
  g_assert_cmpint (gtk_widget_get_width (text), >=, 400);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (sf_test_get (source_row, "source-check")), TRUE);
  sf_test_iterate ();
  /* A transcript pasted whole (the fourth answer) shows its beginning, and the whole of it
   * when asked, marked confidential. */
  long_answer = g_list_model_get_item (answers, 3);
  long_row = source_row_of (chooser, long_answer);
  g_assert_nonnull (long_row);
  g_assert_true (gtk_widget_get_visible (sf_test_get (long_row, "confidential-marker")));
  g_assert_true (g_str_has_prefix (sf_answer_get_text (long_answer),
                                   gtk_label_get_text (GTK_LABEL (sf_test_get (long_row,
                                                                               "source-text")))) ==
                 FALSE);
  g_assert_true (g_str_has_suffix (gtk_label_get_text (GTK_LABEL (sf_test_get (long_row,
                                                                               "source-text"))),
                                   "…"));
  g_signal_emit_by_name (sf_test_get (long_row, "source-show-all"), "clicked");
  sf_test_iterate ();
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (
      GTK_TEXT_VIEW (sf_test_get (long_row, "source-long-text")));

    g_assert_cmpint (gtk_text_buffer_get_char_count (buffer), ==,
                     g_utf8_strlen (sf_answer_get_text (long_answer), -1));
    g_assert_false (gtk_widget_get_visible (sf_test_get (long_row, "source-show-all")));
  }

  notes_row = source_row_of (chooser, interview);
  g_assert_nonnull (notes_row);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (sf_test_get (notes_row, "source-text"))), ==,
                   sf_interview_get_notes (interview));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (sf_test_get (notes_row, "source-check")), TRUE);
  sf_test_iterate ();
  sources = sf_project_get_key_point_sources (sf_test_project (),
                                              sf_record_get_id (SF_RECORD (point)));
  g_assert_cmpuint (g_strv_length (sources), ==, 1);
  g_assert_cmpstr (sources[0], ==, sf_record_get_id (SF_RECORD (answer)));
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (sf_test_get (source_row,
                                                                             "source-check"))));
  /* Undo (Ctrl+Z there) takes the notes off again, and the check follows. */
  sf_test_activate (chooser, "win.undo", NULL);
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (sf_test_get (notes_row,
                                                                              "source-check"))));
  sf_test_activate (chooser, "win.redo", NULL);
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (sf_test_get (notes_row,
                                                                             "source-check"))));
  sf_test_activate (chooser, "window.close", NULL);
  SF_TEST_WAIT_FOR (sf_test_find_toplevel (SF_TYPE_SOURCE_CHOOSER) == NULL);
  summary = g_strdup_printf (sf_test_dutch () ? "Uit %u antwoord en de aantekeningen"
                                              : "From %u answer and the notes", 1);
  g_assert_nonnull (sf_test_find_label (row, summary));

  /* Confidential, with its mark. */
  g_assert_false (gtk_widget_get_visible (sf_test_get (row, "confidential-marker")));
  sf_test_activate (row, "key-point.confidential", NULL);
  g_assert_true (sf_key_point_get_confidential (point));
  g_assert_true (gtk_widget_get_visible (sf_test_get (row, "confidential-marker")));

  /* A second point, moved to the top; then removed, and back with Undo. */
  entry = sf_test_get (window, "add-key-point");
  gtk_editable_set_text (GTK_EDITABLE (entry), "Zoekt een vaste contactpersoon");
  g_signal_emit_by_name (entry, "apply");
  sf_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (points), ==, 2);
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (
    GTK_LIST_BOX (sf_test_get (window, "key-point-list")), 1));
  sf_test_activate (row, "key-point.move-up", NULL);
  {
    g_autoptr(SfKeyPoint) top = g_list_model_get_item (points, 0);

    g_assert_cmpstr (sf_key_point_get_text (top), ==, "Zoekt een vaste contactpersoon");
  }
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (
    GTK_LIST_BOX (sf_test_get (window, "key-point-list")), 0));
  sf_test_activate (row, "key-point.remove", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (points), ==, 1);
  sf_test_activate (window, "win.undo", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (points), ==, 2);

  gtk_window_destroy (GTK_WINDOW (window));
  sf_test_iterate ();
}

static guint
count_children (GtkWidget *widget)
{
  guint n = 0;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    n++;
  return n;
}

/* The card (in the flow of cards) whose heading is @heading, or NULL. */
static GtkWidget *
find_card (GtkWidget  *columns,
           const char *heading)
{
  for (GtkWidget *c = gtk_widget_get_first_child (columns); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *card = gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (c));

      if (sf_test_find_label (card, heading) == gtk_widget_get_first_child (card))
        return card;
    }
  return NULL;
}

/* Shown to the group: confidential key points never appear, by partner or by theme. */
static void
test_joint_meeting (void)
{
  g_autoptr(SfPartner) partner = first_partner ();
  GListModel *points = sf_project_get_key_points (sf_test_project (),
                                                  sf_record_get_id (SF_RECORD (partner)));
  g_autoptr(SfKeyPoint) secret = g_list_model_get_item (points, 1);
  GtkWidget *window;
  GtkWidget *columns;

  g_assert_cmpstr (sf_key_point_get_text (secret), ==, "Wil de ontmoetingsruimte opknappen");
  g_assert_true (sf_key_point_get_confidential (secret));
  sf_test_activate (sf_test_find ("joint-meeting"), "interviews.joint-meeting", NULL);
  SF_TEST_WAIT_FOR ((window = sf_test_find_toplevel (SF_TYPE_JOINT_MEETING_WINDOW)) != NULL);
  columns = sf_test_get (window, "meeting-columns");
  g_assert_nonnull (sf_test_get (window, "meeting-note"));
  /* By partner: a card for each partner, without the confidential point. */
  g_assert_cmpuint (count_children (columns), ==,
                    g_list_model_get_n_items (sf_project_get_partners (sf_test_project ())));
  g_assert_nonnull (sf_test_find_label (columns, "Zoekt een vaste contactpersoon"));
  g_assert_null (sf_test_find_label (columns, "Wil de ontmoetingsruimte opknappen"));
  g_assert_null (sf_test_find_in (columns, "confidential-marker", G_TYPE_INVALID));

  /* By theme: its only point confidential, "Ontmoeten" has no card at all. */
  sf_test_activate (window, "meeting.group-by", g_variant_new_string ("theme"));
  g_assert_null (find_card (columns, "Ontmoeten"));
  g_assert_null (sf_test_find_label (columns, "Wil de ontmoetingsruimte opknappen"));
  g_assert_nonnull (sf_test_find_label (columns, "Zoekt een vaste contactpersoon"));

  /* No longer confidential: shown, in its theme's card. */
  g_assert_true (sf_project_set_key_point_confidential (sf_test_project (),
                                                        sf_record_get_id (SF_RECORD (secret)),
                                                        FALSE, NULL));
  sf_test_iterate ();
  g_assert_nonnull (find_card (columns, "Ontmoeten"));
  g_assert_nonnull (sf_test_find_label (find_card (columns, "Ontmoeten"),
                                        "Wil de ontmoetingsruimte opknappen"));
  g_assert_null (sf_test_find_label (find_card (columns, "Ontmoeten"),
                                     "Zoekt een vaste contactpersoon"));
  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.undo", NULL);
  g_assert_null (sf_test_find_label (columns, "Wil de ontmoetingsruimte opknappen"));
  gtk_window_destroy (GTK_WINDOW (window));
  sf_test_iterate ();
}

/* ---- search hits open where they were found --------------------------------------------- */

/* Notes found: the window opens at them; marked confidential there, with the mark, undoable. */
static void
test_notes_confidential (void)
{
  g_autoptr(SfPartner) partner = first_partner ();
  SfInterview *interview = sf_project_find_interview (sf_test_project (),
                                                      sf_record_get_id (SF_RECORD (partner)));
  g_autofree char *notes = NULL;
  GtkWidget *window;
  GtkWidget *toggle;

  g_assert_nonnull (interview);
  g_assert_false (sf_interview_get_notes_confidential (interview));
  sf_test_reveal ("interview", sf_record_get_id (SF_RECORD (interview)));
  SF_TEST_WAIT_FOR ((window = sf_test_find_toplevel (SF_TYPE_INTERVIEW_WINDOW)) != NULL);
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (window)) ==
                 sf_test_get (window, "interview-notes"));
  toggle = sf_test_get (window, "notes-confidential");
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (toggle)));
  g_assert_false (gtk_widget_get_visible (sf_test_get (window, "notes-confidential-marker")));

  /* Typed notes are kept along with the mark. */
  set_view_text (sf_test_get (window, "interview-notes"), "Wethouder noemde de begroting.");
  gtk_switch_set_active (GTK_SWITCH (toggle), TRUE);
  sf_test_iterate ();
  g_assert_true (sf_interview_get_notes_confidential (interview));
  g_assert_cmpstr (sf_interview_get_notes (interview), ==, "Wethouder noemde de begroting.");
  g_assert_true (gtk_widget_get_visible (sf_test_get (window, "notes-confidential-marker")));

  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.undo", NULL);
  g_assert_false (sf_interview_get_notes_confidential (interview));
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (toggle)));
  g_assert_false (gtk_widget_get_visible (sf_test_get (window, "notes-confidential-marker")));
  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.redo", NULL);
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (toggle)));

  /* A confidential answer shows the same mark. */
  g_assert_false (gtk_widget_get_visible (sf_test_get (window, "confidential-marker")));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (sf_test_get (window, "confidential")), TRUE);
  g_assert_true (gtk_widget_get_visible (sf_test_get (window, "confidential-marker")));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (sf_test_get (window, "confidential")), FALSE);

  gtk_window_destroy (GTK_WINDOW (window));
  sf_test_iterate ();
  notes = g_strdup (sf_interview_get_notes (interview));
  g_assert_cmpstr (notes, ==, "Wethouder noemde de begroting.");
}

static void
test_reveal_key_point (void)
{
  g_autoptr(SfPartner) partner = first_partner ();
  GListModel *points = sf_project_get_key_points (sf_test_project (),
                                                  sf_record_get_id (SF_RECORD (partner)));
  g_autoptr(SfKeyPoint) point = g_list_model_get_item (points, 1);
  GtkWidget *window;
  GtkWidget *list;
  guint n_expanded = 0;

  g_assert_nonnull (point);
  sf_test_reveal ("key_point", sf_record_get_id (SF_RECORD (point)));
  SF_TEST_WAIT_FOR ((window = sf_test_find_toplevel (SF_TYPE_KEY_POINTS_WINDOW)) != NULL);
  list = sf_test_get (window, "key-point-list");
  for (GtkWidget *row = gtk_widget_get_first_child (list); row;
       row = gtk_widget_get_next_sibling (row))
    {
      if (!ADW_IS_EXPANDER_ROW (row) || !adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)))
        continue;
      n_expanded++;
      g_assert_true (SF_RECORD (sf_tagged_row_get_item (row)) == SF_RECORD (point));
    }
  g_assert_cmpuint (n_expanded, ==, 1);
  gtk_window_destroy (GTK_WINDOW (window));
  sf_test_iterate ();
}

static void
test_reveal_partner (void)
{
  g_autoptr(SfPartner) partner = first_partner ();
  GtkWidget *dialog;

  sf_test_reveal ("partner", sf_record_get_id (SF_RECORD (partner)));
  SF_TEST_WAIT_FOR ((dialog = sf_test_find_toplevel (SF_TYPE_PARTNER_DIALOG)) != NULL);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (sf_test_get (dialog, "organisation"))), ==,
                   sf_partner_get_organisation (partner));
  gtk_window_destroy (GTK_WINDOW (dialog));
  sf_test_iterate ();
  /* Nothing to show for a row that does not exist. */
  sf_test_reveal ("answer", "no-such-answer");
  g_assert_null (sf_test_find_toplevel (SF_TYPE_INTERVIEW_WINDOW));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  sf_test_init (&argc, &argv);
  g_test_add_func ("/ui/interviews/open-example", sf_test_open_interviews);
  g_test_add_func ("/ui/interviews/missing-roles", test_missing_roles);
  g_test_add_func ("/ui/interviews/plan", test_plan_interview);
  g_test_add_func ("/ui/interviews/hold", test_hold_interview);
  g_test_add_func ("/ui/interviews/close-keeps-answer", test_close_keeps_answer);
  g_test_add_func ("/ui/interviews/key-points", test_key_points);
  g_test_add_func ("/ui/interviews/joint-meeting", test_joint_meeting);
  g_test_add_func ("/ui/interviews/notes-confidential", test_notes_confidential);
  g_test_add_func ("/ui/interviews/reveal-key-point", test_reveal_key_point);
  g_test_add_func ("/ui/interviews/reveal-partner", test_reveal_partner);
  status = g_test_run ();

  g_application_quit (G_APPLICATION (sf_test_app));
  g_clear_object (&sf_test_app);
  return status;
}
