/* sf-interview-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The questions are those of step 1 that are not hidden, in the project's order, taken when
 * the window opens. Text is written to the store only when it differs from what is stored,
 * so moving back and forth adds no empty undo steps.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-confidential-marker.h"
#include "sf-feedback.h"
#include "sf-interview-window.h"
#include "sf-toplevel.h"
#include "interviews-resources.h"

struct _SfInterviewWindow
{
  AdwWindow parent_instance;

  SfProject   *project;
  SfInterview *interview;
  GPtrArray   *questions;  /* of SfQuestion */
  guint        position;
  gboolean     loading;

  AdwWindowTitle *window_title;
  GtkWidget      *progress_label;
  GtkWidget      *progress_bar;
  GtkWidget      *question_label;
  GtkWidget      *answer_view;
  GtkWidget      *not_asked_button;
  GtkWidget      *confidential_button;
  GtkWidget      *answer_marker;
  GtkWidget      *notes_view;
  GtkWidget      *notes_switch;
  GtkWidget      *notes_marker;
  GtkWidget      *next_button;
  GtkWidget      *finish_button;
};

G_DEFINE_FINAL_TYPE (SfInterviewWindow, sf_interview_window, ADW_TYPE_WINDOW)

static const char *
interview_id (SfInterviewWindow *self)
{
  return sf_record_get_id (SF_RECORD (self->interview));
}

static SfQuestion *
current_question (SfInterviewWindow *self)
{
  if (self->position >= self->questions->len)
    return NULL;
  return g_ptr_array_index (self->questions, self->position);
}

static char *
buffer_text (GtkWidget *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static gboolean
save_answer (SfInterviewWindow *self)
{
  SfQuestion *question = current_question (self);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  SfAnswer *answer;
  const char *stored;

  if (question == NULL)
    return TRUE;
  text = buffer_text (self->answer_view);
  answer = sf_project_find_answer (self->project, interview_id (self),
                                   sf_record_get_id (SF_RECORD (question)));
  stored = answer != NULL ? sf_answer_get_text (answer) : NULL;
  if (g_strcmp0 (stored != NULL ? stored : "", text) == 0)
    return TRUE;
  if (!sf_project_set_answer (self->project, interview_id (self),
                              sf_record_get_id (SF_RECORD (question)), text, &error))
    {
      sf_feedback_error (GTK_WIDGET (self), _("The answer could not be saved"), error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
save_notes (SfInterviewWindow *self)
{
  g_autofree char *notes = buffer_text (self->notes_view);
  const char *stored = sf_interview_get_notes (self->interview);
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (stored != NULL ? stored : "", notes) == 0)
    return TRUE;
  if (!sf_project_set_interview_notes (self->project, interview_id (self), notes,
                                       sf_interview_get_notes_confidential (self->interview),
                                       &error))
    {
      sf_feedback_error (GTK_WIDGET (self), _("The notes could not be saved"), error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
save_all (SfInterviewWindow *self)
{
  gboolean answer_saved = save_answer (self);

  return save_notes (self) && answer_saved;
}

static void
update_actions (SfInterviewWindow *self)
{
  guint n = self->questions->len;
  gboolean last = n == 0 || self->position + 1 >= n;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "interview.previous", self->position > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "interview.next", !last);
  gtk_widget_set_visible (self->next_button, !last);
  gtk_widget_set_visible (self->finish_button, last);
}

static void
show_question (SfInterviewWindow *self,
               guint              position)
{
  guint n = self->questions->len;
  SfQuestion *question;
  SfAnswer *answer = NULL;
  g_autofree char *progress = NULL;
  const char *text;

  self->position = position;
  question = current_question (self);
  self->loading = TRUE;
  if (question == NULL)
    {
      gtk_label_set_text (GTK_LABEL (self->question_label), _("This step has no questions"));
      gtk_label_set_text (GTK_LABEL (self->progress_label), "");
      gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (self->progress_bar), 1.0);
      gtk_widget_set_sensitive (self->answer_view, FALSE);
      gtk_widget_set_sensitive (self->not_asked_button, FALSE);
      gtk_widget_set_sensitive (self->confidential_button, FALSE);
    }
  else
    {
      answer = sf_project_find_answer (self->project, interview_id (self),
                                       sf_record_get_id (SF_RECORD (question)));
      /* Translators: the progress through the interview's questions. */
      progress = g_strdup_printf (_("Question %u of %u"), position + 1, n);
      gtk_label_set_text (GTK_LABEL (self->progress_label), progress);
      gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (self->progress_bar),
                                     (double) (position + 1) / n);
      gtk_label_set_text (GTK_LABEL (self->question_label), sf_question_get_text (question));
      text = answer != NULL ? sf_answer_get_text (answer) : NULL;
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->answer_view)),
                                text != NULL ? text : "", -1);
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->not_asked_button),
                                    answer != NULL && sf_answer_get_not_asked (answer));
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->confidential_button),
                                    answer != NULL && sf_answer_get_confidential (answer));
    }
  self->loading = FALSE;
  update_actions (self);
  gtk_widget_grab_focus (self->answer_view);
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SfInterviewWindow *self = SF_INTERVIEW_WINDOW (widget);

  if (self->position + 1 >= self->questions->len || !save_answer (self))
    return;
  show_question (self, self->position + 1);
}

static void
previous_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  SfInterviewWindow *self = SF_INTERVIEW_WINDOW (widget);

  if (self->position == 0 || !save_answer (self))
    return;
  show_question (self, self->position - 1);
}

static void
finish_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SfInterviewWindow *self = SF_INTERVIEW_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!save_all (self))
    return;
  if (sf_interview_get_status (self->interview) < SF_INTERVIEW_HELD &&
      !sf_project_set_interview_status (self->project, interview_id (self), SF_INTERVIEW_HELD,
                                        &error))
    {
      sf_feedback_error (widget, _("The interview could not be marked as held"), error);
      return;
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
not_asked_toggled (SfInterviewWindow *self)
{
  SfQuestion *question = current_question (self);
  gboolean active = gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->not_asked_button));
  g_autoptr(GError) error = NULL;

  gtk_widget_set_opacity (self->answer_view, active ? 0.55 : 1.0);
  if (self->loading || question == NULL)
    return;
  /* Text written first: storing text would otherwise clear the flag again. */
  if (!save_answer (self))
    return;
  if (!sf_project_set_answer_not_asked (self->project, interview_id (self),
                                        sf_record_get_id (SF_RECORD (question)), active, &error))
    sf_feedback_error (GTK_WIDGET (self), _("The answer could not be saved"), error);
}

static void
confidential_toggled (SfInterviewWindow *self)
{
  SfQuestion *question = current_question (self);
  gboolean active = gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->confidential_button));
  g_autoptr(GError) error = NULL;

  gtk_widget_set_visible (self->answer_marker, active);
  if (self->loading || question == NULL)
    return;
  if (!sf_project_set_answer_confidential (self->project, interview_id (self),
                                           sf_record_get_id (SF_RECORD (question)), active,
                                           &error))
    sf_feedback_error (GTK_WIDGET (self), _("The answer could not be saved"), error);
}

/* The switch follows the store, also after an undo or redo. */
static void
update_notes_confidential (SfInterviewWindow *self)
{
  gboolean confidential = sf_interview_get_notes_confidential (self->interview);

  self->loading = TRUE;
  gtk_switch_set_active (GTK_SWITCH (self->notes_switch), confidential);
  self->loading = FALSE;
  gtk_widget_set_visible (self->notes_marker, confidential);
}

/* Saves the notes as typed so far together with the mark. */
static void
notes_confidential_changed (SfInterviewWindow *self)
{
  gboolean active = gtk_switch_get_active (GTK_SWITCH (self->notes_switch));
  g_autofree char *notes = NULL;
  g_autoptr(GError) error = NULL;

  gtk_widget_set_visible (self->notes_marker, active);
  if (self->loading || self->interview == NULL ||
      active == sf_interview_get_notes_confidential (self->interview))
    return;
  notes = buffer_text (self->notes_view);
  if (!sf_project_set_interview_notes (self->project, interview_id (self), notes, active,
                                       &error))
    {
      sf_feedback_error (GTK_WIDGET (self), _("The notes could not be saved"), error);
      update_notes_confidential (self);
    }
}

static gboolean
close_request_cb (SfInterviewWindow *self)
{
  save_all (self);
  return FALSE;
}

/* Leaving the window for another (say to close the project) keeps what was typed. */
static void
active_changed_cb (SfInterviewWindow *self)
{
  if (!gtk_window_is_active (GTK_WINDOW (self)) && self->interview != NULL)
    save_all (self);
}

static void
sf_interview_window_dispose (GObject *object)
{
  SfInterviewWindow *self = SF_INTERVIEW_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_INTERVIEW_WINDOW);
  g_clear_pointer (&self->questions, g_ptr_array_unref);
  g_clear_object (&self->interview);
  g_clear_object (&self->project);
  G_OBJECT_CLASS (sf_interview_window_parent_class)->dispose (object);
}

static void
sf_interview_window_class_init (SfInterviewWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_interview_window_dispose;

  gtk_widget_class_install_action (widget_class, "interview.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "interview.previous", NULL, previous_action);
  gtk_widget_class_install_action (widget_class, "interview.finish", NULL, finish_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "interview.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK,
                                       "interview.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK,
                                       "interview.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "interview.previous", NULL);

  g_type_ensure (SF_TYPE_CONFIDENTIAL_MARKER);
  /* Referring to the resource keeps its object file in the static library's link. */
  (void) sf_interviews_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-interview-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SfInterviewWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, SfInterviewWindow, progress_label);
  gtk_widget_class_bind_template_child (widget_class, SfInterviewWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, SfInterviewWindow, question_label);
  gtk_widget_class_bind_template_child (widget_class, SfInterviewWindow, answer_view);
  gtk_widget_class_bind_template_child (widget_class, SfInterviewWindow, not_asked_button);
  gtk_widget_class_bind_template_child (widget_class, SfInterviewWindow, confidential_button);
  gtk_widget_class_bind_template_child (widget_class, SfInterviewWindow, answer_marker);
  gtk_widget_class_bind_template_child (widget_class, SfInterviewWindow, notes_view);
  gtk_widget_class_bind_template_child (widget_class, SfInterviewWindow, notes_switch);
  gtk_widget_class_bind_template_child (widget_class, SfInterviewWindow, notes_marker);
  gtk_widget_class_bind_template_child (widget_class, SfInterviewWindow, next_button);
  gtk_widget_class_bind_template_child (widget_class, SfInterviewWindow, finish_button);
  gtk_widget_class_bind_template_callback (widget_class, not_asked_toggled);
  gtk_widget_class_bind_template_callback (widget_class, confidential_toggled);
  gtk_widget_class_bind_template_callback (widget_class, notes_confidential_changed);
  gtk_widget_class_bind_template_callback (widget_class, close_request_cb);
  gtk_widget_class_bind_template_callback (widget_class, active_changed_cb);
}

static void
sf_interview_window_init (SfInterviewWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sf_interview_window_new (GtkWidget   *parent,
                         SfProject   *project,
                         SfInterview *interview)
{
  SfInterviewWindow *self;
  GListModel *questions;
  const char *notes;
  const char *partner;

  g_return_val_if_fail (parent == NULL || GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);
  g_return_val_if_fail (SF_IS_INTERVIEW (interview), NULL);

  self = g_object_new (SF_TYPE_INTERVIEW_WINDOW, NULL);
  self->project = g_object_ref (project);
  self->interview = g_object_ref (interview);
  self->questions = g_ptr_array_new_with_free_func (g_object_unref);
  questions = sf_project_get_questions (project, 1);
  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(SfQuestion) question = g_list_model_get_item (questions, i);

      if (!sf_question_get_hidden (question))
        g_ptr_array_add (self->questions, g_steal_pointer (&question));
    }
  gtk_window_set_transient_for (GTK_WINDOW (self), sf_toplevel_of (parent));

  partner = sf_interview_get_partner_name (interview);
  adw_window_title_set_subtitle (self->window_title, partner);
  notes = sf_interview_get_notes (interview);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->notes_view)),
                            notes != NULL ? notes : "", -1);
  update_notes_confidential (self);
  g_signal_connect_object (interview, "notify::notes-confidential",
                           G_CALLBACK (update_notes_confidential), self, G_CONNECT_SWAPPED);
  show_question (self, 0);
  return GTK_WIDGET (self);
}

guint
sf_interview_window_get_position (SfInterviewWindow *self)
{
  g_return_val_if_fail (SF_IS_INTERVIEW_WINDOW (self), 0);
  return self->position;
}

guint
sf_interview_window_get_n_questions (SfInterviewWindow *self)
{
  g_return_val_if_fail (SF_IS_INTERVIEW_WINDOW (self), 0);
  return self->questions->len;
}

SfInterview *
sf_interview_window_get_interview (SfInterviewWindow *self)
{
  g_return_val_if_fail (SF_IS_INTERVIEW_WINDOW (self), NULL);
  return self->interview;
}

gboolean
sf_interview_window_show_question (SfInterviewWindow *self,
                                   const char        *question_id)
{
  g_return_val_if_fail (SF_IS_INTERVIEW_WINDOW (self), FALSE);
  g_return_val_if_fail (question_id != NULL, FALSE);

  for (guint i = 0; i < self->questions->len; i++)
    {
      SfQuestion *question = g_ptr_array_index (self->questions, i);

      if (g_strcmp0 (sf_record_get_id (SF_RECORD (question)), question_id) != 0)
        continue;
      if (i != self->position)
        {
          if (!save_answer (self))
            return FALSE;
          show_question (self, i);
        }
      gtk_window_set_focus (GTK_WINDOW (self), self->answer_view);
      return TRUE;
    }
  return FALSE;
}

void
sf_interview_window_show_notes (SfInterviewWindow *self)
{
  g_return_if_fail (SF_IS_INTERVIEW_WINDOW (self));
  gtk_window_set_focus (GTK_WINDOW (self), self->notes_view);
}
