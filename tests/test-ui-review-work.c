/* test-ui-review-work.c: step 4's "what to take into account" and "working together",
 * driven through actions and widgets under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-communication-dialog.h"
#include "sf-communication-section.h"
#include "sf-consideration-dialog.h"
#include "sf-considerations-section.h"
#include "sf-decision-dialog.h"
#include "sf-decisions-section.h"
#include "sf-project-communication.h"
#include "sf-project-considerations.h"
#include "sf-project-decisions.h"
#include "sf-project-review.h"
#include "sf-review-list.h"
#include "sf-test-ui-interviews.h"
#include "sf-test-ui.h"

#define REVIEW_PAGE 4

static SfProject *
project (void)
{
  return sf_test_project ();
}

static void
undo (void)
{
  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.undo", NULL);
}

static guint
n_items (GListModel *model)
{
  return g_list_model_get_n_items (model);
}

/* The row called @name whose title is @title, in the main window. */
static GtkWidget *
find_row (GtkWidget  *widget,
          const char *name,
          const char *title)
{
  if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0 &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_row (c, name, title);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
main_row (const char *name,
          const char *title)
{
  return find_row (GTK_WIDGET (sf_test_main_window ()), name, title);
}

static const char *
partner_id (guint index)
{
  g_autoptr(SfPartner) partner = g_list_model_get_item (sf_project_get_partners (project ()),
                                                        index);

  return sf_record_get_id (SF_RECORD (partner));
}

/* Opens the dialog of the list whose header button is @add_name. */
static GtkWidget *
open_dialog (const char *add_name,
             GType       type)
{
  GtkWidget *dialog;

  sf_test_activate (sf_test_find (add_name), "list.add", NULL);
  SF_TEST_WAIT_FOR ((dialog = sf_test_find_toplevel (type)) != NULL);
  return dialog;
}

static void
save (GtkWidget *dialog)
{
  sf_test_activate (dialog, "dialog.save", NULL);
}

/* ---- tests ------------------------------------------------------------------------------ */

static void
test_open (void)
{
  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.open-example", NULL);
  SF_TEST_WAIT_FOR (sf_test_project () != NULL);
  sf_test_activate (sf_test_find ("project-view"), "view.show-page",
                    g_variant_new_uint32 (REVIEW_PAGE));
  SF_TEST_WAIT_FOR (sf_test_find ("add-consideration") != NULL);
  g_assert_nonnull (sf_test_find ("add-decision"));
  g_assert_nonnull (sf_test_find ("add-communication"));
  g_assert_cmpuint (n_items (sf_project_get_partners (project ())), >=, 2);
}

static void
test_consideration (void)
{
  GListModel *list = sf_project_get_considerations (project ());
  guint before = n_items (list);
  const char *note = "Aanbesteding thuiszorg loopt tot 2028";
  GtkWidget *dialog = open_dialog ("add-consideration", SF_TYPE_CONSIDERATION_DIALOG);
  GtkWidget *message = sf_test_get (dialog, "consideration-message");
  GtkWidget *row, *lock;
  g_autoptr(SfConsideration) item = NULL;

  /* A blank note is refused, and the dialog says why. */
  g_assert_false (gtk_widget_get_visible (message));
  save (dialog);
  g_assert_true (gtk_widget_get_visible (message));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (message)), !=, "");
  g_assert_cmpuint (n_items (list), ==, before);
  g_assert_nonnull (sf_test_find_toplevel (SF_TYPE_CONSIDERATION_DIALOG));

  adw_combo_row_set_selected (ADW_COMBO_ROW (sf_test_get (dialog, "consideration-kind")),
                              SF_CONSIDERATION_TENDERS);
  sf_test_set_text ("consideration-note", note);
  g_assert_false (gtk_widget_get_visible (message));
  adw_combo_row_set_selected (ADW_COMBO_ROW (sf_test_get (dialog, "consideration-partner")), 2);
  gtk_switch_set_active (GTK_SWITCH (sf_test_get (dialog, "consideration-confidential")), TRUE);
  save (dialog);
  SF_TEST_WAIT_FOR (sf_test_find_toplevel (SF_TYPE_CONSIDERATION_DIALOG) == NULL);

  g_assert_cmpuint (n_items (list), ==, before + 1);
  for (guint i = 0; i < n_items (list) && item == NULL; i++)
    {
      g_autoptr(SfConsideration) c = g_list_model_get_item (list, i);

      if (g_strcmp0 (sf_consideration_get_note (c), note) == 0)
        item = g_steal_pointer (&c);
    }
  g_assert_nonnull (item);
  g_assert_cmpint (sf_consideration_get_kind (item), ==, SF_CONSIDERATION_TENDERS);
  g_assert_cmpstr (sf_consideration_get_partner_id (item), ==, partner_id (1));
  g_assert_true (sf_consideration_get_confidential (item));

  /* The row says the kind in the app's language, and shows the confidential mark. */
  row = main_row ("consideration-row", note);
  g_assert_nonnull (row);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)),
                            sf_test_dutch () ? "Aanbestedingen" : "Tenders"));
  g_assert_true (gtk_widget_get_visible (sf_test_get (row, "confidential-marker")));
  lock = sf_test_get (row, "consideration-confidential");
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (lock)));

  /* The lock takes the mark off in one step; undo puts it back, then takes the row away. */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (lock), FALSE);
  sf_test_iterate ();
  g_assert_false (sf_consideration_get_confidential (item));
  g_assert_false (gtk_widget_get_visible (sf_test_get (row, "confidential-marker")));
  undo ();
  g_assert_true (sf_consideration_get_confidential (item));
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (lock)));
  g_assert_true (gtk_widget_get_visible (sf_test_get (row, "confidential-marker")));

  /* A search hit opens the consideration's dialog with its note. */
  g_assert_true (sf_considerations_section_reveal (
    gtk_widget_get_ancestor (row, SF_TYPE_REVIEW_LIST), sf_record_get_id (SF_RECORD (item))));
  SF_TEST_WAIT_FOR ((dialog = sf_test_find_toplevel (SF_TYPE_CONSIDERATION_DIALOG)) != NULL);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (sf_test_get (dialog,
                                                                     "consideration-note"))),
                   ==, note);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_false (sf_considerations_section_reveal (
    gtk_widget_get_ancestor (row, SF_TYPE_REVIEW_LIST), "no-such-id"));

  undo ();
  g_assert_cmpuint (n_items (list), ==, before);
  SF_TEST_WAIT_FOR (main_row ("consideration-row", note) == NULL);
}

static SfDecision *
find_decision (const char *text)
{
  GListModel *list = sf_project_get_decisions (project ());

  for (guint i = 0; i < n_items (list); i++)
    {
      g_autoptr(SfDecision) d = g_list_model_get_item (list, i);

      if (g_strcmp0 (sf_decision_get_text (d), text) == 0)
        return g_steal_pointer (&d);
    }
  return NULL;
}

static void
test_decision (void)
{
  const char *text = "We nemen de koffieochtend over van de Thuisplusflat";
  guint before = n_items (sf_project_get_decisions (project ()));
  guint proposed_before = 0;
  GtkWidget *dialog = open_dialog ("add-decision", SF_TYPE_DECISION_DIALOG);
  GtkWidget *message = sf_test_get (dialog, "decision-message");
  GtkWidget *proposed = sf_test_find ("decisions-proposed");
  g_autoptr(SfDecision) decision = NULL;
  g_auto(GStrv) agreed = NULL;
  g_autofree char *id = NULL;
  guint proposed_now = 0;
  GtkWidget *row, *status;

  sf_project_count_decisions (project (), &proposed_before);

  /* Blank (only spaces) is refused with the store's reason, and nothing is added. */
  sf_test_set_text ("decision-text", "   ");
  save (dialog);
  g_assert_true (gtk_widget_get_visible (message));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (message)), ==,
                   g_dgettext (GETTEXT_PACKAGE, "A decision needs to say what was decided."));
  g_assert_true (gtk_widget_has_css_class (sf_test_get (dialog, "decision-text"), "error"));
  g_assert_cmpuint (n_items (sf_project_get_decisions (project ())), ==, before);

  sf_test_set_text ("decision-text", text);
  sf_test_set_text ("decision-date", sf_test_dutch () ? "14-1-2027" : "14 January 2027");
  sf_test_set_text ("decision-how", "Unaniem in de stuurgroep");
  sf_test_set_text ("decision-reasoning", "Bewoners vroegen erom");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (sf_test_get (dialog,
                                                                "decision-status"))),
                    ==, SF_DECISION_PROPOSED);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (sf_test_get (dialog, "agreed-0")), TRUE);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (sf_test_get (dialog, "agreed-1")), TRUE);
  save (dialog);
  SF_TEST_WAIT_FOR (sf_test_find_toplevel (SF_TYPE_DECISION_DIALOG) == NULL);

  decision = find_decision (text);
  g_assert_nonnull (decision);
  g_assert_cmpstr (sf_decision_get_date (decision), ==, "2027-01-14");
  g_assert_cmpstr (sf_decision_get_how (decision), ==, "Unaniem in de stuurgroep");
  g_assert_cmpstr (sf_decision_get_reasoning (decision), ==, "Bewoners vroegen erom");
  agreed = sf_project_get_decision_partners (project (), sf_record_get_id (SF_RECORD (decision)));
  g_assert_cmpuint (g_strv_length (agreed), ==, 2);
  g_assert_true (g_strv_contains ((const char * const *) agreed, partner_id (0)));
  g_assert_true (g_strv_contains ((const char * const *) agreed, partner_id (1)));

  /* A proposal is counted as going to the boards; the row names who agreed. */
  sf_project_count_decisions (project (), &proposed_now);
  g_assert_cmpuint (proposed_now, ==, proposed_before + 1);
  g_assert_true (gtk_widget_get_visible (proposed));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (proposed)),
                            sf_test_dutch () ? "besturen" : "boards"));
  row = main_row ("decision-row", text);
  g_assert_nonnull (row);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)),
                            sf_test_dutch () ? "14 januari 2027" : "14 January 2027"));

  /* Marked as taken in its row: one step, undone by one undo. */
  status = sf_test_get (row, "decision-row-status");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (status), SF_DECISION_TAKEN);
  sf_test_iterate ();
  g_assert_cmpint (sf_decision_get_status (decision), ==, SF_DECISION_TAKEN);
  sf_project_count_decisions (project (), &proposed_now);
  g_assert_cmpuint (proposed_now, ==, proposed_before);
  g_assert_cmpint (gtk_widget_get_visible (proposed), ==, proposed_before > 0);
  undo ();
  g_assert_cmpint (sf_decision_get_status (decision), ==, SF_DECISION_PROPOSED);
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (status)), ==,
                    SF_DECISION_PROPOSED);

  /* A search hit opens it, with who agreed checked. */
  g_assert_true (sf_decisions_section_reveal (gtk_widget_get_ancestor (row, SF_TYPE_REVIEW_LIST),
                                              sf_record_get_id (SF_RECORD (decision))));
  SF_TEST_WAIT_FOR ((dialog = sf_test_find_toplevel (SF_TYPE_DECISION_DIALOG)) != NULL);
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (sf_test_get (dialog,
                                                                             "agreed-1"))));
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* One undo takes back the decision with who agreed: they were saved as one step. */
  id = g_strdup (sf_record_get_id (SF_RECORD (decision)));
  undo ();
  g_assert_cmpuint (n_items (sf_project_get_decisions (project ())), ==, before);
  g_strfreev (agreed);
  agreed = sf_project_get_decision_partners (project (), id);
  g_assert_cmpuint (g_strv_length (agreed), ==, 0);
  SF_TEST_WAIT_FOR (main_row ("decision-row", text) == NULL);
}

static void
test_communication (void)
{
  const char *text = "Bewonersavond over de plannen";
  GListModel *list = sf_project_get_communication (project ());
  guint before = n_items (list);
  GtkWidget *dialog = open_dialog ("add-communication", SF_TYPE_COMMUNICATION_DIALOG);
  GtkWidget *refusal = sf_test_get (dialog, "communication-refusal");
  g_autoptr(SfCommunication) item = NULL;
  GtkWidget *row;

  adw_combo_row_set_selected (ADW_COMBO_ROW (sf_test_get (dialog, "communication-audience")),
                              SF_AUDIENCE_RESIDENTS);
  sf_test_set_text ("communication-message", text);
  sf_test_set_text ("communication-means", "Bijeenkomst in de ontmoetingsruimte");
  adw_combo_row_set_selected (ADW_COMBO_ROW (sf_test_get (dialog, "communication-partner")), 1);

  /* What is neither a date nor a quarter is refused, and said. */
  sf_test_set_text ("communication-due", "volgend voorjaar");
  save (dialog);
  g_assert_true (gtk_widget_get_visible (refusal));
  g_assert_true (gtk_widget_has_css_class (sf_test_get (dialog, "communication-due"), "error"));
  g_assert_cmpuint (n_items (list), ==, before);

  sf_test_set_text ("communication-due", sf_test_dutch () ? "K2 2027" : "Q2 2027");
  g_assert_false (gtk_widget_get_visible (refusal));
  save (dialog);
  SF_TEST_WAIT_FOR (sf_test_find_toplevel (SF_TYPE_COMMUNICATION_DIALOG) == NULL);
  g_assert_cmpuint (n_items (list), ==, before + 1);
  for (guint i = 0; i < n_items (list) && item == NULL; i++)
    {
      g_autoptr(SfCommunication) c = g_list_model_get_item (list, i);

      if (g_strcmp0 (sf_communication_get_message (c), text) == 0)
        item = g_steal_pointer (&c);
    }
  g_assert_nonnull (item);
  g_assert_cmpint (sf_communication_get_audience (item), ==, SF_AUDIENCE_RESIDENTS);
  g_assert_cmpstr (sf_communication_get_due (item), ==, "2027-Q2");
  g_assert_cmpstr (sf_communication_get_partner_id (item), ==, partner_id (0));

  row = main_row ("communication-row", text);
  g_assert_nonnull (row);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)),
                            sf_test_dutch () ? "Bewoners" : "Residents"));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "2027"));

  /* The row's remove button, then undo brings the line back. */
  sf_test_activate (sf_test_get (row, "remove-communication"), "communication.remove", NULL);
  g_assert_cmpuint (n_items (list), ==, before);
  undo ();
  g_assert_cmpuint (n_items (list), ==, before + 1);
  undo ();
  g_assert_cmpuint (n_items (list), ==, before);
}

static void
set_view (const char *name,
          const char *text)
{
  GtkWidget *view = sf_test_find (name);

  g_assert_true (GTK_IS_TEXT_VIEW (view));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), text, -1);
}

static char *
view_text (const char *name)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (sf_test_find (name)));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
test_working_together (void)
{
  const char *how = "De stuurgroep hakt de knopen door; besluiten staan in de besluitenlijst";
  const char *input = "Bewoners en sleutelfiguren praten mee in de klankbordgroep";
  AdwComboRow *arrangement = ADW_COMBO_ROW (sf_test_find ("arrangement"));
  GtkWidget *note = sf_test_find ("arrangement-note");
  SfReviewMeeting *meeting = sf_project_get_review_meeting (project ());
  /* The example's, which every undo must bring back. */
  SfArrangement form = meeting != NULL ? sf_review_meeting_get_arrangement (meeting)
                                       : SF_ARRANGEMENT_NONE_YET;
  SfArrangement other = form == SF_ARRANGEMENT_AGREEMENT ? SF_ARRANGEMENT_COVENANT
                                                         : SF_ARRANGEMENT_AGREEMENT;
  g_autofree char *old_note = g_strdup (meeting != NULL
                                        ? sf_review_meeting_get_arrangement_note (meeting) : "");
  g_autofree char *shown = NULL;

  /* Both texts and the form are kept together when the form is chosen. */
  set_view ("decision-making", how);
  set_view ("input", input);
  adw_combo_row_set_selected (arrangement, other);
  sf_test_iterate ();
  meeting = sf_project_get_review_meeting (project ());
  g_assert_nonnull (meeting);
  g_assert_cmpstr (sf_review_meeting_get_decision_making (meeting), ==, how);
  g_assert_cmpstr (sf_review_meeting_get_input (meeting), ==, input);
  g_assert_cmpint (sf_review_meeting_get_arrangement (meeting), ==, other);

  /* The note is kept when applied; leaving it unchanged adds nothing to undo. */
  gtk_editable_set_text (GTK_EDITABLE (note), "Te tekenen in het voorjaar");
  g_signal_emit_by_name (note, "apply");
  sf_test_iterate ();
  meeting = sf_project_get_review_meeting (project ());
  g_assert_cmpstr (sf_review_meeting_get_arrangement_note (meeting), ==,
                   "Te tekenen in het voorjaar");
  g_signal_emit_by_name (note, "apply");
  sf_test_iterate ();

  /* One undo takes the note back, the next the texts and the form; the page follows. */
  undo ();
  meeting = sf_project_get_review_meeting (project ());
  g_assert_cmpstr (sf_review_meeting_get_arrangement_note (meeting), ==, old_note);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (note)), ==, old_note);
  undo ();
  meeting = sf_project_get_review_meeting (project ());
  g_assert_true (meeting == NULL ||
                 g_strcmp0 (sf_review_meeting_get_decision_making (meeting), how) != 0);
  shown = view_text ("decision-making");
  g_assert_cmpstr (shown, !=, how);
  g_assert_cmpuint (adw_combo_row_get_selected (arrangement), ==, form);
}

int
main (int   argc,
      char *argv[])
{
  sf_test_init (&argc, &argv);

  g_test_add_func ("/ui/review-work/open", test_open);
  g_test_add_func ("/ui/review-work/consideration", test_consideration);
  g_test_add_func ("/ui/review-work/decision", test_decision);
  g_test_add_func ("/ui/review-work/communication", test_communication);
  g_test_add_func ("/ui/review-work/working-together", test_working_together);
  return g_test_run ();
}
