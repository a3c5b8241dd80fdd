/* sf-review-meeting-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The chair's or note-taker's window during step 4's meeting, as step 2's live session is for
 * its session: both are an SfMeetingWindow (common/), with its keys, clock and presenter.
 * Enter stores the typed note for the current question, ready for the next.
 *
 * Under the question the presenter shows what the room needs at that point: the
 * preconditions at questions 3-5, the plan at 7-8, and otherwise the notes taken so far
 * (never a confidential one).
 */
#include "config.h"

#include <glib/gi18n.h>

#include "review-resources.h"
#include "sf-feedback.h"
#include "sf-meeting-note-row.h"
#include "sf-placeholder.h"
#include "sf-plan-summary.h"
#include "sf-preconditions-summary.h"
#include "sf-presenter-list.h"
#include "sf-project-review.h"
#include "sf-review-meeting-window.h"
#include "sf-store-text.h"
#include "sf-text.h"
#include "sf-toplevel.h"

struct _SfReviewMeetingWindow
{
  SfMeetingWindow parent_instance;

  SfProject          *project;
  GtkCustomFilter    *question_filter;
  GtkFilterListModel *question_notes; /* the current question's */

  AdwWindowTitle *window_title;
  GtkWidget *question_label;
  GtkWidget *timer_label;
  GtkWidget *entry;
  GtkWidget *list_box;
  GtkWidget *count_label;
};

G_DEFINE_FINAL_TYPE (SfReviewMeetingWindow, sf_review_meeting_window, SF_TYPE_MEETING_WINDOW)

static gboolean
is_current_question (gpointer item,
                     gpointer user_data)
{
  SfQuestion *question = sf_meeting_window_get_question (SF_MEETING_WINDOW (user_data));

  return question != NULL &&
         g_strcmp0 (sf_review_note_get_question_id (SF_REVIEW_NOTE (item)),
                    sf_record_get_id (SF_RECORD (question))) == 0;
}

static GtkWidget *
create_note_row (gpointer item,
                 gpointer user_data)
{
  return sf_meeting_note_row_new (SF_PROJECT (user_data), SF_REVIEW_NOTE (item));
}

static void
update_count (SfReviewMeetingWindow *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->question_notes));
  g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u note",
                                                        "%u notes", n), n);

  gtk_label_set_text (GTK_LABEL (self->count_label), text);
}

static void
sf_review_meeting_window_show_question (SfMeetingWindow *window)
{
  SfReviewMeetingWindow *self = SF_REVIEW_MEETING_WINDOW (window);
  SfQuestion *question = sf_meeting_window_get_question (window);

  gtk_label_set_text (GTK_LABEL (self->question_label),
                      question != NULL ? sf_question_get_text (question)
                                       : _("Step 4 has no questions to discuss"));
  gtk_filter_changed (GTK_FILTER (self->question_filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_widget_set_sensitive (self->entry, question != NULL);
  update_count (self);
}

/* What the room sees under the question: the preconditions while they are weighed, the plan
 * while it is made, otherwise the notes taken so far. */
static GtkWidget *
sf_review_meeting_window_create_details (SfMeetingWindow *window)
{
  static const char * const preconditions[] = { "s4q3", "s4q4", "s4q5", NULL };
  static const char * const plan[] = { "s4q7", "s4q8", NULL };
  SfReviewMeetingWindow *self = SF_REVIEW_MEETING_WINDOW (window);
  SfQuestion *question = sf_meeting_window_get_question (window);
  const char *key = question != NULL ? sf_question_get_method_key (question) : NULL;
  GtkWidget *summary = NULL;
  GtkWidget *notes;

  if (key != NULL && g_strv_contains (preconditions, key))
    summary = sf_preconditions_summary_new (self->project);
  else if (key != NULL && g_strv_contains (plan, key))
    summary = sf_plan_summary_new (self->project);
  if (summary != NULL)
    {
      GtkWidget *scroller = gtk_scrolled_window_new ();

      gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                      GTK_POLICY_AUTOMATIC);
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), summary);
      return scroller;
    }
  notes = sf_presenter_list_new (_("No notes on this question yet."));
  gtk_widget_set_name (notes, "presenter-notes");
  sf_presenter_list_set_model (SF_PRESENTER_LIST (notes), G_LIST_MODEL (self->question_notes));
  return notes;
}

/* ---- capturing --------------------------------------------------------------------------- */

static void
entry_activate_cb (SfReviewMeetingWindow *self)
{
  SfQuestion *question = sf_meeting_window_get_question (SF_MEETING_WINDOW (self));
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->entry));
  g_autofree char *id = NULL;
  g_autoptr(GError) error = NULL;

  if (question == NULL || sf_store_text_is_blank (text))
    return; /* nothing to store: an empty Enter */
  id = sf_project_add_review_note (self->project, sf_record_get_id (SF_RECORD (question)), text,
                                   &error);
  if (id == NULL)
    {
      sf_feedback_error (GTK_WIDGET (self), _("The note could not be stored"), error);
      return;
    }
  sf_text_set_loaded (GTK_EDITABLE (self->entry), "");
}

static void
remove_note_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SfReviewMeetingWindow *self = SF_REVIEW_MEETING_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!sf_project_remove_review_note (self->project, g_variant_get_string (parameter, NULL),
                                      &error))
    sf_feedback_error (widget, _("The note could not be removed"), error);
  gtk_widget_grab_focus (self->entry);
}

/* ---- the window -------------------------------------------------------------------------- */

static void
sf_review_meeting_window_dispose (GObject *object)
{
  SfReviewMeetingWindow *self = SF_REVIEW_MEETING_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_REVIEW_MEETING_WINDOW);
  g_clear_object (&self->question_notes);
  g_clear_object (&self->question_filter);
  g_clear_object (&self->project);
  G_OBJECT_CLASS (sf_review_meeting_window_parent_class)->dispose (object);
}

static void
sf_review_meeting_window_class_init (SfReviewMeetingWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  SfMeetingWindowClass *meeting_class = SF_MEETING_WINDOW_CLASS (klass);

  object_class->dispose = sf_review_meeting_window_dispose;
  meeting_class->show_question = sf_review_meeting_window_show_question;
  meeting_class->create_details = sf_review_meeting_window_create_details;
  gtk_widget_class_install_action (widget_class, "live.remove-note", "s", remove_note_action);

  (void) sf_review_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-review-meeting-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SfReviewMeetingWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, SfReviewMeetingWindow, question_label);
  gtk_widget_class_bind_template_child (widget_class, SfReviewMeetingWindow, timer_label);
  gtk_widget_class_bind_template_child (widget_class, SfReviewMeetingWindow, entry);
  gtk_widget_class_bind_template_child (widget_class, SfReviewMeetingWindow, list_box);
  gtk_widget_class_bind_template_child (widget_class, SfReviewMeetingWindow, count_label);
  gtk_widget_class_bind_template_callback (widget_class, entry_activate_cb);
}

static void
sf_review_meeting_window_init (SfReviewMeetingWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  sf_meeting_window_set_parts (SF_MEETING_WINDOW (self), self->window_title, self->timer_label,
                               self->entry);
  /* The room sees the summaries and notes from the start: they are what it discusses. */
  g_object_set (self, "show-details", TRUE, NULL);
  gtk_list_box_set_placeholder (GTK_LIST_BOX (self->list_box),
    sf_placeholder_new (_("Type what is said and press Enter: each note is kept at once.")));
}

GtkWidget *
sf_review_meeting_window_new (GtkWidget *parent,
                              SfProject *project)
{
  SfReviewMeetingWindow *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);

  self = g_object_new (SF_TYPE_REVIEW_MEETING_WINDOW, NULL);
  self->project = g_object_ref (project);
  gtk_window_set_transient_for (GTK_WINDOW (self), sf_toplevel_of (parent));

  self->question_filter = gtk_custom_filter_new (is_current_question, self, NULL);
  self->question_notes = gtk_filter_list_model_new (
    g_object_ref (sf_project_get_review_notes (project)),
    GTK_FILTER (g_object_ref (self->question_filter)));
  g_signal_connect_object (self->question_notes, "items-changed", G_CALLBACK (update_count),
                           self, G_CONNECT_SWAPPED);
  gtk_list_box_bind_model (GTK_LIST_BOX (self->list_box), G_LIST_MODEL (self->question_notes),
                           create_note_row, self->project, NULL);
  sf_meeting_window_start (SF_MEETING_WINDOW (self), project, 4);
  return GTK_WIDGET (self);
}

gboolean
sf_review_meeting_window_show_note (SfReviewMeetingWindow *self,
                                    SfReviewNote          *note)
{
  GListModel *shown = G_LIST_MODEL (self->question_notes);

  g_return_val_if_fail (SF_IS_REVIEW_MEETING_WINDOW (self), FALSE);

  if (!sf_meeting_window_go_to_question (SF_MEETING_WINDOW (self),
                                         sf_review_note_get_question_id (note)))
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(SfReviewNote) each = g_list_model_get_item (shown, i);

      if (each == note)
        gtk_widget_grab_focus (GTK_WIDGET (gtk_list_box_get_row_at_index (
                                             GTK_LIST_BOX (self->list_box), (int) i)));
    }
  return TRUE;
}
