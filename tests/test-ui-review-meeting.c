/* test-ui-review-meeting.c: step 4 in the real application: preparing and holding the review
 * meeting through its windows, and checking the Startfoto together with remarks resolved
 * three ways
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-plan-summary.h"
#include "sf-preconditions-summary.h"
#include "sf-presenter-list.h"
#include "sf-presenter-window.h"
#include "sf-project-plan.h"
#include "sf-project-remarks.h"
#include "sf-project-review.h"
#include "sf-remark-row.h"
#include "sf-remarks-section.h"
#include "sf-review-meeting-section.h"
#include "sf-review-meeting-window.h"
#include "sf-meeting-note-row.h"
#include "sf-startfoto-check-window.h"
#include "sf-test-ui.h"

/* The question the meeting window shows, and its key in the method. */
static SfQuestion *
question_of (SfReviewMeetingWindow *window)
{
  return sf_meeting_window_get_question (SF_MEETING_WINDOW (window));
}

static const char *
key_of (SfReviewMeetingWindow *window)
{
  return sf_question_get_method_key (question_of (window));
}

static GtkWidget *
view (void)
{
  return sf_test_find ("project-view");
}

static void
undo (void)
{
  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.undo", NULL);
}

/* The message dialog called @name that is open now, answered with @response after @text is
 * typed into its entry @entry (NULL: none). */
static void
answer_dialog (const char *name,
               const char *entry,
               const char *text,
               const char *response)
{
  GtkWidget *dialog;

  SF_TEST_WAIT_FOR ((dialog = sf_test_find (name)) != NULL);
  if (entry != NULL)
    gtk_editable_set_text (GTK_EDITABLE (sf_test_find_in (dialog, entry, G_TYPE_INVALID)), text);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  sf_test_iterate ();
}

static void
test_prepare (void)
{
  SfProject *project;

  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.open-example", NULL);
  SF_TEST_WAIT_FOR ((project = sf_test_project ()) != NULL);
  sf_test_activate (view (), "view.show-page", g_variant_new_uint32 (4));
  g_assert_nonnull (sf_test_find_mapped (view (), SF_TYPE_REVIEW_MEETING_SECTION));
}

/* Place and chair are kept when applied, the chair as a person; a partner of the register
 * is uninvited and invited again by choosing in its row; each is one undoable step. */
static void
test_details (void)
{
  SfProject *project = sf_test_project ();
  GtkWidget *section = sf_test_find_mapped (view (), SF_TYPE_REVIEW_MEETING_SECTION);
  GtkWidget *place = sf_test_find_in (section, "meeting-place", ADW_TYPE_ENTRY_ROW);
  GtkWidget *chair = sf_test_find_in (section, "meeting-chair", ADW_TYPE_ENTRY_ROW);
  GtkWidget *attendance = sf_test_find_in (section, "meeting-attendance", ADW_TYPE_COMBO_ROW);
  GListModel *attendees = sf_project_get_review_attendees (project);
  guint invited = g_list_model_get_n_items (attendees);
  SfReviewMeeting *meeting;

  gtk_editable_set_text (GTK_EDITABLE (place), "Buurthuis De Reiger");
  g_signal_emit_by_name (place, "apply");
  gtk_editable_set_text (GTK_EDITABLE (chair), "Ans de Vries");
  g_signal_emit_by_name (chair, "apply");
  sf_test_iterate ();
  meeting = sf_project_get_review_meeting (project);
  g_assert_nonnull (meeting);
  g_assert_cmpstr (sf_review_meeting_get_place (meeting), ==, "Buurthuis De Reiger");
  g_assert_cmpstr (sf_review_meeting_get_chair_name (meeting), ==, "Ans de Vries");

  /* The example invited every partner: the first one's row says how it went. */
  g_assert_nonnull (attendance);
  g_assert_cmpuint (invited, >, 0);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (attendance)), >, 0);
  adw_combo_row_set_selected (ADW_COMBO_ROW (attendance), 0); /* not invited */
  sf_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (attendees), ==, invited - 1);
  g_assert_cmpstr (sf_project_get_undo_label (project), ==, _("Edit attendance"));
  undo ();
  g_assert_cmpuint (g_list_model_get_n_items (attendees), ==, invited);
  adw_combo_row_set_selected (ADW_COMBO_ROW (attendance), 1 + SF_ATTENDANCE_ABSENT);
  sf_test_iterate ();
  g_assert_cmpint (sf_review_attendee_get_attendance (g_list_model_get_item (attendees, 0)), ==,
                   SF_ATTENDANCE_ABSENT);
}

/* The meeting window keeps a note per Enter on the question shown; the presenter shows the
 * question and the notes, never a confidential one; one key moves both windows. */
static void
test_hold_meeting (void)
{
  SfProject *project = sf_test_project ();
  GtkWidget *section = sf_test_find_mapped (view (), SF_TYPE_REVIEW_MEETING_SECTION);
  GListModel *notes = sf_project_get_review_notes (project);
  guint n_notes = g_list_model_get_n_items (notes);
  SfReviewMeetingWindow *window;
  GtkWidget *entry, *presenter, *row, *lock;
  const char *said = "De cijfers over het wijkteam kloppen niet";
  g_autoptr(SfReviewNote) note = NULL;

  sf_test_activate (section, "review.hold-meeting", NULL);
  SF_TEST_WAIT_FOR ((window = (SfReviewMeetingWindow *) sf_test_find_toplevel (
                       SF_TYPE_REVIEW_MEETING_WINDOW)) != NULL);
  g_assert_cmpuint (sf_meeting_window_get_position (SF_MEETING_WINDOW (window)), ==, 0);
  entry = sf_test_find_in (GTK_WIDGET (window), "meeting-note-entry", GTK_TYPE_ENTRY);
  gtk_editable_set_text (GTK_EDITABLE (entry), said);
  g_signal_emit_by_name (entry, "activate");
  sf_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (notes), ==, n_notes + 1);
  for (guint i = 0; note == NULL && i < g_list_model_get_n_items (notes); i++)
    {
      g_autoptr(SfReviewNote) each = g_list_model_get_item (notes, i);

      if (g_str_equal (sf_review_note_get_text (each), said))
        note = g_steal_pointer (&each);
    }
  g_assert_nonnull (note);
  g_assert_cmpstr (sf_review_note_get_question_id (note), ==,
                   sf_record_get_id (SF_RECORD (question_of (window))));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  gtk_editable_set_text (GTK_EDITABLE (entry), "   ");
  g_signal_emit_by_name (entry, "activate");
  sf_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (notes), ==, n_notes + 1);

  sf_test_activate (GTK_WIDGET (window), "live.present", NULL);
  SF_TEST_WAIT_FOR ((presenter = sf_test_find ("presenter-window")) != NULL);
  g_assert_cmpstr (sf_presenter_window_get_question_text (SF_PRESENTER_WINDOW (presenter)), ==,
                   sf_question_get_text (question_of (window)));
  g_assert_nonnull (sf_test_find_in (presenter, "presenter-notes", SF_TYPE_PRESENTER_LIST));
  g_assert_nonnull (sf_test_find_label (presenter, said));

  row = gtk_widget_get_ancestor (sf_test_find_label (GTK_WIDGET (window), said),
                                 SF_TYPE_MEETING_NOTE_ROW);
  lock = sf_test_find_in (row, "meeting-note-confidential", GTK_TYPE_TOGGLE_BUTTON);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (lock), TRUE);
  sf_test_iterate ();
  g_assert_true (sf_review_note_get_confidential (note));
  g_assert_null (sf_test_find_label (presenter, said));
  g_assert_nonnull (sf_test_find_label (GTK_WIDGET (window), said));

  sf_test_activate (GTK_WIDGET (window), "live.next", NULL);
  g_assert_cmpuint (sf_meeting_window_get_position (SF_MEETING_WINDOW (window)), ==, 1);
  g_assert_cmpstr (sf_presenter_window_get_question_text (SF_PRESENTER_WINDOW (presenter)), ==,
                   sf_question_get_text (question_of (window)));
  g_assert_null (sf_test_find_label (GTK_WIDGET (window), said));
  sf_test_activate (GTK_WIDGET (window), "live.previous", NULL);
  g_assert_nonnull (sf_test_find_label (GTK_WIDGET (window), said));

  /* Questions 3 to 5 show the room the preconditions, judged per flat. */
  g_assert_null (sf_test_find_mapped (presenter, SF_TYPE_PRECONDITIONS_SUMMARY));
  sf_test_activate (GTK_WIDGET (window), "live.next", NULL);
  sf_test_activate (GTK_WIDGET (window), "live.next", NULL);
  g_assert_cmpstr (key_of (window), ==, "s4q3");
  SF_TEST_WAIT_FOR (sf_test_find_mapped (presenter, SF_TYPE_PRECONDITIONS_SUMMARY) != NULL);
  sf_test_activate (GTK_WIDGET (window), "live.next", NULL);
  sf_test_activate (GTK_WIDGET (window), "live.next", NULL);
  sf_test_activate (GTK_WIDGET (window), "live.next", NULL);
  g_assert_cmpstr (key_of (window), ==, "s4q6");
  g_assert_null (sf_test_find_mapped (presenter, SF_TYPE_PRECONDITIONS_SUMMARY));
  /* Questions 7 and 8 show the plan. */
  g_assert_null (sf_test_find_mapped (presenter, SF_TYPE_PLAN_SUMMARY));
  sf_test_activate (GTK_WIDGET (window), "live.next", NULL);
  SF_TEST_WAIT_FOR (sf_test_find_mapped (presenter, SF_TYPE_PLAN_SUMMARY) != NULL);

  /* Closing the meeting closes the presenter. */
  gtk_window_close (GTK_WINDOW (window));
  sf_test_iterate ();
  g_assert_null (sf_test_find_toplevel (SF_TYPE_REVIEW_MEETING_WINDOW));
  g_assert_null (sf_test_find_toplevel (SF_TYPE_PRESENTER_WINDOW));
}

/* A note found by search opens the meeting window at its question. */
static void
test_reveal_note (void)
{
  GListModel *notes = sf_project_get_review_notes (sf_test_project ());
  g_autoptr(SfReviewNote) note = g_list_model_get_item (notes,
                                                        g_list_model_get_n_items (notes) - 1);
  SfReviewMeetingWindow *window;

  sf_test_activate (view (), "view.reveal",
                    g_variant_new ("(uss)", 4, "review_note",
                                   sf_record_get_id (SF_RECORD (note))));
  SF_TEST_WAIT_FOR ((window = (SfReviewMeetingWindow *) sf_test_find_toplevel (
                       SF_TYPE_REVIEW_MEETING_WINDOW)) != NULL);
  g_assert_cmpstr (sf_record_get_id (SF_RECORD (question_of (window))),
                   ==, sf_review_note_get_question_id (note));
  g_assert_nonnull (sf_test_find_label (GTK_WIDGET (window), sf_review_note_get_text (note)));
  gtk_window_close (GTK_WINDOW (window));
  sf_test_iterate ();
}

/* The last remark, the one made most recently. */
static SfRemark *
newest_remark (void)
{
  GListModel *remarks = sf_project_get_remarks (sf_test_project ());

  return g_list_model_get_item (remarks, g_list_model_get_n_items (remarks) - 1);
}

/* The walk through the Startfoto: a remark on an item of its first screen, counted on the
 * item at once; a missing partner added to the register from the last screen. */
static void
test_check (void)
{
  SfProject *project = sf_test_project ();
  GtkWidget *section = sf_test_find_mapped (view (), SF_TYPE_REMARKS_SECTION);
  GListModel *remarks = sf_project_get_remarks (project);
  guint n_remarks = g_list_model_get_n_items (remarks);
  SfStartfotoCheckWindow *window;
  guint n_partners = g_list_model_get_n_items (sf_project_get_partners (project));
  g_autoptr(SfRemark) remark = NULL;
  g_autofree char *counted = NULL;
  guint on_item = 0;

  sf_test_activate (section, "remarks.check", NULL);
  SF_TEST_WAIT_FOR ((window = (SfStartfotoCheckWindow *) sf_test_find_toplevel (
                       SF_TYPE_STARTFOTO_CHECK_WINDOW)) != NULL);
  /* The example: a partner's key points, themes, one session, two flats, missing roles. */
  g_assert_cmpuint (sf_startfoto_check_window_get_n_screens (window), >=, 5);
  sf_test_activate (GTK_WIDGET (window), "check.add-remark", g_variant_new_uint32 (0));
  answer_dialog ("remark-dialog", "remark-text", "Klopt niet: dit zei de huisarts", "keep");
  g_assert_cmpuint (g_list_model_get_n_items (remarks), ==, n_remarks + 1);
  remark = newest_remark ();
  g_assert_cmpstr (sf_remark_get_text (remark), ==, "Klopt niet: dit zei de huisarts");
  for (guint i = 0; i < g_list_model_get_n_items (remarks); i++)
    {
      g_autoptr(SfRemark) each = g_list_model_get_item (remarks, i);

      on_item += g_str_equal (sf_remark_get_item_ref (each), sf_remark_get_item_ref (remark));
    }
  counted = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u remark", "%u remarks", on_item),
                             on_item);
  g_assert_nonnull (sf_test_find_label (GTK_WIDGET (window), counted));

  while (sf_startfoto_check_window_get_position (window) + 1 <
         sf_startfoto_check_window_get_n_screens (window))
    sf_test_activate (GTK_WIDGET (window), "check.next", NULL);
  /* The example's register lacks the project leader's role. */
  g_assert_null (sf_test_find_label (GTK_WIDGET (window),
                                     _("Every role of the method has a partner.")));
  sf_test_activate (GTK_WIDGET (window), "check.add-partner", g_variant_new_uint32 (0));
  g_assert_cmpuint (g_list_model_get_n_items (sf_project_get_partners (project)), ==,
                    n_partners + 1);
  undo ();
  g_assert_cmpuint (g_list_model_get_n_items (sf_project_get_partners (project)), ==,
                    n_partners);
  gtk_window_close (GTK_WINDOW (window));
  sf_test_iterate ();
}

/* A remark resolved each of three ways, each one undoable step; opening it shows its item. */
static void
test_resolve (void)
{
  SfProject *project = sf_test_project ();
  GtkWidget *section = sf_test_find_mapped (view (), SF_TYPE_REMARKS_SECTION);
  SfRemark *remark = newest_remark ();
  const char *id = sf_record_get_id (SF_RECORD (remark));
  guint actions = g_list_model_get_n_items (sf_project_get_plan (project));

  g_assert_nonnull (sf_test_find_in (section, "remark-row", G_TYPE_INVALID));
  sf_test_activate (section, "remarks.corrected", g_variant_new_string (id));
  g_assert_cmpint (sf_remark_get_resolution (remark), ==, SF_REMARK_CORRECTED);
  undo ();
  g_assert_cmpint (sf_remark_get_resolution (remark), ==, SF_REMARK_OPEN);

  sf_test_activate (section, "remarks.dismiss", g_variant_new_string (id));
  answer_dialog ("remark-dialog", "remark-text", "De huisarts bevestigt het cijfer", "keep");
  g_assert_cmpint (sf_remark_get_resolution (remark), ==, SF_REMARK_DISMISSED);
  g_assert_cmpstr (sf_remark_get_reason (remark), ==, "De huisarts bevestigt het cijfer");
  undo ();

  sf_test_activate (section, "remarks.to-action", g_variant_new_string (id));
  answer_dialog ("remark-action-dialog", "remark-action-what", "Cijfer navragen bij huisarts",
                 "add");
  g_assert_cmpint (sf_remark_get_resolution (remark), ==, SF_REMARK_ACTION);
  g_assert_cmpuint (g_list_model_get_n_items (sf_project_get_plan (project)), ==, actions + 1);
  undo ();
  g_assert_cmpint (sf_remark_get_resolution (remark), ==, SF_REMARK_OPEN);
  g_assert_cmpuint (g_list_model_get_n_items (sf_project_get_plan (project)), ==, actions);

  /* The item of the first screen is a partner's key point: step 1's page shows it. */
  sf_test_activate (section, "remarks.open", g_variant_new_string (id));
  SF_TEST_WAIT_FOR (sf_test_find_mapped (view (), SF_TYPE_REMARKS_SECTION) == NULL);
  g_object_unref (remark);
}

static guint
count_rows (GtkWidget *list_box,
            GType      type)
{
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (list_box); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    n += G_TYPE_CHECK_INSTANCE_TYPE (row, type);
  return n;
}

/* A long list of remarks shows its first fifty and a button for the rest; a search hit
 * further down shows them all. */
static void
test_long_list (void)
{
  SfProject *project = sf_test_project ();
  GtkWidget *section, *list, *more;
  GListModel *remarks = sf_project_get_remarks (project);
  g_autofree char *last = NULL;
  g_autofree char *label = NULL;
  guint n;

  sf_test_activate (view (), "view.show-page", g_variant_new_uint32 (4));
  section = sf_test_find_mapped (view (), SF_TYPE_REMARKS_SECTION);
  list = sf_test_find_in (section, "remark-list", GTK_TYPE_LIST_BOX);
  more = sf_test_find_in (section, "show-all", GTK_TYPE_BUTTON);
  g_assert_false (gtk_widget_get_visible (more));
  while (g_list_model_get_n_items (remarks) < 60)
    {
      g_free (last);
      last = sf_project_add_remark (project, "theme", "geen", "Nog een opmerking", FALSE, NULL);
      g_assert_nonnull (last);
    }
  sf_test_iterate ();
  n = g_list_model_get_n_items (remarks);
  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Show All %u", "Show All %u", n), n);
  g_assert_cmpuint (count_rows (list, SF_TYPE_REMARK_ROW), ==, 50);
  g_assert_true (gtk_widget_get_visible (more));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (more)), ==, label);

  sf_test_activate (view (), "view.reveal", g_variant_new ("(uss)", 4, "remark", last));
  g_assert_cmpuint (count_rows (list, SF_TYPE_REMARK_ROW), ==, n);
  g_assert_false (gtk_widget_get_visible (more));
}

int
main (int   argc,
      char *argv[])
{
  sf_test_init (&argc, &argv);
  g_test_add_func ("/ui/review/prepare", test_prepare);
  g_test_add_func ("/ui/review/details", test_details);
  g_test_add_func ("/ui/review/hold-meeting", test_hold_meeting);
  g_test_add_func ("/ui/review/reveal-note", test_reveal_note);
  g_test_add_func ("/ui/review/check", test_check);
  g_test_add_func ("/ui/review/resolve", test_resolve);
  g_test_add_func ("/ui/review/long-list", test_long_list);
  return g_test_run ();
}
