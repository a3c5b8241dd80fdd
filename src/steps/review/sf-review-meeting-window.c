/* sf-review-meeting-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The chair's or note-taker's window during step 4's meeting, as step 2's live session is for
 * its session, and with the same presenter window (common/sf-presenter-window.h). Keyboard
 * (on the window, in the capture phase, so that they work while typing a note):
 *   Enter            store the typed note for the current question, ready for the next
 *   Page Down/Up     next / previous question (live.next, live.previous), in both windows
 *   F5               open the presenter window (live.present)
 *   F6               show or hide the details on the presenter (live.show-details)
 *   F11              presenter full screen or not (live.fullscreen-presenter)
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
#include "sf-presenter-list.h"
#include "sf-presenter-window.h"
#include "sf-project-review.h"
#include "sf-review-meeting-window.h"
#include "sf-store-text.h"
#include "sf-text.h"
#include "sf-toplevel.h"

struct _SfReviewMeetingWindow
{
  AdwWindow parent_instance;

  SfProject *project;
  GPtrArray *questions;       /* of SfQuestion, the visible step-4 questions */
  guint      position;
  gboolean   show_details;
  GtkCustomFilter    *question_filter;
  GtkFilterListModel *question_notes; /* the current question's */

  GtkWidget *presenter;       /* weak */

  AdwWindowTitle *window_title;
  GtkWidget *question_label;
  GtkWidget *timer_label;
  GtkWidget *entry;
  GtkWidget *list_box;
  GtkWidget *count_label;
};

G_DEFINE_FINAL_TYPE (SfReviewMeetingWindow, sf_review_meeting_window, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_SHOW_DETAILS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
is_current_question (gpointer item,
                     gpointer user_data)
{
  SfReviewMeetingWindow *self = user_data;
  SfQuestion *question = sf_review_meeting_window_get_question (self);

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

/* ---- the presenter's details ------------------------------------------------------------- */

/* What the room sees under the question @key (a method question's key, or NULL). */
static GtkWidget *
create_details (SfReviewMeetingWindow *self,
                const char            *key)
{
  GtkWidget *notes;

  notes = sf_presenter_list_new (_("No notes on this question yet."));
  gtk_widget_set_name (notes, "presenter-notes");
  sf_presenter_list_set_model (SF_PRESENTER_LIST (notes), G_LIST_MODEL (self->question_notes));
  return notes;
}

/* ---- the current question ---------------------------------------------------------------- */

static void
show_question (SfReviewMeetingWindow *self)
{
  SfQuestion *question = sf_review_meeting_window_get_question (self);
  g_autofree char *subtitle = NULL;
  guint n = self->questions->len;

  if (n > 0)
    /* Translators: the meeting window's subtitle, as in "Question 2 of 13" */
    subtitle = g_strdup_printf (_("Question %u of %u"), self->position + 1, n);
  adw_window_title_set_subtitle (self->window_title, subtitle != NULL ? subtitle : "");
  gtk_label_set_text (GTK_LABEL (self->question_label),
                      question != NULL ? sf_question_get_text (question)
                                       : _("Step 4 has no questions to discuss"));
  gtk_filter_changed (GTK_FILTER (self->question_filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_widget_set_sensitive (self->entry, question != NULL);
  update_count (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "live.previous", self->position > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "live.next", self->position + 1 < n);
  sf_presenter_restart_clock (self->timer_label);

  if (self->presenter != NULL)
    {
      SfPresenterWindow *presenter = SF_PRESENTER_WINDOW (self->presenter);

      sf_presenter_window_show_question (presenter,
                                         question != NULL ? sf_question_get_text (question) : "",
                                         self->position, n);
      sf_presenter_window_set_details (presenter,
        create_details (self, question != NULL ? sf_question_get_method_key (question) : NULL));
    }
}

static void
move_to (SfReviewMeetingWindow *self,
         guint                  position)
{
  if (position >= self->questions->len || position == self->position)
    return;
  self->position = position;
  show_question (self);
  gtk_widget_grab_focus (self->entry);
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SfReviewMeetingWindow *self = SF_REVIEW_MEETING_WINDOW (widget);

  move_to (self, self->position + 1);
}

static void
previous_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  SfReviewMeetingWindow *self = SF_REVIEW_MEETING_WINDOW (widget);

  if (self->position > 0)
    move_to (self, self->position - 1);
}

/* ---- capturing --------------------------------------------------------------------------- */

static void
entry_activate_cb (SfReviewMeetingWindow *self)
{
  SfQuestion *question = sf_review_meeting_window_get_question (self);
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

/* ---- the presenter ----------------------------------------------------------------------- */

static void
present_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  SfReviewMeetingWindow *self = SF_REVIEW_MEETING_WINDOW (widget);

  if (self->presenter == NULL)
    {
      g_set_weak_pointer (&self->presenter, sf_presenter_window_new (widget));
      sf_presenter_window_set_show_details (SF_PRESENTER_WINDOW (self->presenter),
                                            self->show_details);
      show_question (self);
    }
  gtk_window_present (GTK_WINDOW (self->presenter));
}

static void
fullscreen_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  SfReviewMeetingWindow *self = SF_REVIEW_MEETING_WINDOW (widget);

  if (self->presenter == NULL)
    present_action (widget, NULL, NULL);
  sf_presenter_window_toggle_fullscreen (SF_PRESENTER_WINDOW (self->presenter),
                                         GTK_WINDOW (self));
}

/* ---- the window -------------------------------------------------------------------------- */

static gboolean
close_request_cb (SfReviewMeetingWindow *self)
{
  sf_presenter_stop_clock (self->timer_label);
  if (self->presenter != NULL)
    gtk_window_destroy (GTK_WINDOW (self->presenter));
  return FALSE;
}

static void
sf_review_meeting_window_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  SfReviewMeetingWindow *self = SF_REVIEW_MEETING_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SHOW_DETAILS:
      g_value_set_boolean (value, self->show_details);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sf_review_meeting_window_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  SfReviewMeetingWindow *self = SF_REVIEW_MEETING_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SHOW_DETAILS:
      if (self->show_details == g_value_get_boolean (value))
        return;
      self->show_details = g_value_get_boolean (value);
      if (self->presenter != NULL)
        sf_presenter_window_set_show_details (SF_PRESENTER_WINDOW (self->presenter),
                                              self->show_details);
      g_object_notify_by_pspec (object, pspec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sf_review_meeting_window_dispose (GObject *object)
{
  SfReviewMeetingWindow *self = SF_REVIEW_MEETING_WINDOW (object);

  if (self->timer_label != NULL)
    sf_presenter_stop_clock (self->timer_label);
  if (self->presenter != NULL)
    gtk_window_destroy (GTK_WINDOW (self->presenter));
  g_clear_weak_pointer (&self->presenter);
  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_REVIEW_MEETING_WINDOW);
  g_clear_object (&self->question_notes);
  g_clear_object (&self->question_filter);
  g_clear_pointer (&self->questions, g_ptr_array_unref);
  g_clear_object (&self->project);
  G_OBJECT_CLASS (sf_review_meeting_window_parent_class)->dispose (object);
}

static void
sf_review_meeting_window_class_init (SfReviewMeetingWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = sf_review_meeting_window_get_property;
  object_class->set_property = sf_review_meeting_window_set_property;
  object_class->dispose = sf_review_meeting_window_dispose;

  properties[PROP_SHOW_DETAILS] =
    g_param_spec_boolean ("show-details", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "live.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "live.previous", NULL, previous_action);
  gtk_widget_class_install_action (widget_class, "live.present", NULL, present_action);
  gtk_widget_class_install_action (widget_class, "live.fullscreen-presenter", NULL,
                                   fullscreen_action);
  gtk_widget_class_install_action (widget_class, "live.remove-note", "s", remove_note_action);
  gtk_widget_class_install_property_action (widget_class, "live.show-details", "show-details");

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
  gtk_widget_class_bind_template_callback (widget_class, close_request_cb);
}

static void
sf_review_meeting_window_init (SfReviewMeetingWindow *self)
{
  self->questions = g_ptr_array_new_with_free_func (g_object_unref);
  self->show_details = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_list_box_set_placeholder (GTK_LIST_BOX (self->list_box),
    sf_placeholder_new (_("Type what is said and press Enter: each note is kept at once.")));
}

GtkWidget *
sf_review_meeting_window_new (GtkWidget *parent,
                              SfProject *project)
{
  SfReviewMeetingWindow *self;
  GListModel *questions;

  g_return_val_if_fail (parent == NULL || GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);

  self = g_object_new (SF_TYPE_REVIEW_MEETING_WINDOW, NULL);
  self->project = g_object_ref (project);
  gtk_window_set_transient_for (GTK_WINDOW (self), sf_toplevel_of (parent));

  questions = sf_project_get_questions (project, 4);
  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      SfQuestion *question = g_list_model_get_item (questions, i);

      if (sf_question_get_hidden (question))
        g_object_unref (question);
      else
        g_ptr_array_add (self->questions, question);
    }

  self->question_filter = gtk_custom_filter_new (is_current_question, self, NULL);
  self->question_notes = gtk_filter_list_model_new (
    g_object_ref (sf_project_get_review_notes (project)),
    GTK_FILTER (g_object_ref (self->question_filter)));
  g_signal_connect_object (self->question_notes, "items-changed", G_CALLBACK (update_count),
                           self, G_CONNECT_SWAPPED);
  gtk_list_box_bind_model (GTK_LIST_BOX (self->list_box), G_LIST_MODEL (self->question_notes),
                           create_note_row, self->project, NULL);
  show_question (self);
  /* Ready for the first note: typing goes to the entry, never to a header button. */
  gtk_widget_grab_focus (self->entry);
  return GTK_WIDGET (self);
}

SfQuestion *
sf_review_meeting_window_get_question (SfReviewMeetingWindow *self)
{
  g_return_val_if_fail (SF_IS_REVIEW_MEETING_WINDOW (self), NULL);

  if (self->position >= self->questions->len)
    return NULL;
  return g_ptr_array_index (self->questions, self->position);
}

guint
sf_review_meeting_window_get_position (SfReviewMeetingWindow *self)
{
  g_return_val_if_fail (SF_IS_REVIEW_MEETING_WINDOW (self), 0);

  return self->position;
}

GtkWidget *
sf_review_meeting_window_get_presenter (SfReviewMeetingWindow *self)
{
  g_return_val_if_fail (SF_IS_REVIEW_MEETING_WINDOW (self), NULL);

  return self->presenter;
}

gboolean
sf_review_meeting_window_show_note (SfReviewMeetingWindow *self,
                                    SfReviewNote          *note)
{
  g_return_val_if_fail (SF_IS_REVIEW_MEETING_WINDOW (self), FALSE);

  for (guint i = 0; i < self->questions->len; i++)
    {
      SfQuestion *question = g_ptr_array_index (self->questions, i);

      if (g_strcmp0 (sf_record_get_id (SF_RECORD (question)),
                     sf_review_note_get_question_id (note)) != 0)
        continue;
      move_to (self, i);
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (self->question_notes)); j++)
        {
          g_autoptr(SfReviewNote) shown = g_list_model_get_item (
                                            G_LIST_MODEL (self->question_notes), j);
          GtkListBoxRow *row;

          if (shown != note)
            continue;
          row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->list_box), (int) j);
          gtk_widget_grab_focus (GTK_WIDGET (row));
        }
      return TRUE;
    }
  return FALSE;
}
