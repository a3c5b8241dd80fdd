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
#include "sf-key-points-window.h"
#include "sf-toplevel.h"

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

static GtkWidget *
text_view_new (const char *name,
               const char *accessible_label)
{
  GtkWidget *view = gtk_text_view_new ();

  gtk_widget_set_name (view, name);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 12);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible_label, -1);
  return view;
}

static GtkWidget *
scrolled_frame_new (GtkWidget *child)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *frame = gtk_frame_new (NULL);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), child);
  gtk_frame_set_child (GTK_FRAME (frame), scrolled);
  gtk_widget_set_vexpand (frame, TRUE);
  return frame;
}

static void
sf_interview_window_dispose (GObject *object)
{
  SfInterviewWindow *self = SF_INTERVIEW_WINDOW (object);

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
}

/* The text views take Ctrl+Enter for themselves in the bubble phase: catch it first. */
static void
add_capture_shortcuts (SfInterviewWindow *self)
{
  static const struct { guint key; GdkModifierType mods; const char *action; } keys[] = {
    { GDK_KEY_Return, GDK_CONTROL_MASK, "interview.next" },
    { GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "interview.next" },
    { GDK_KEY_Right, GDK_ALT_MASK, "interview.next" },
    { GDK_KEY_Left, GDK_ALT_MASK, "interview.previous" },
  };
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
      gtk_shortcut_new (gtk_keyval_trigger_new (keys[i].key, keys[i].mods),
                        gtk_named_action_new (keys[i].action)));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

static void
sf_interview_window_init (SfInterviewWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *paned = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *main_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *progress_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *toggles = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *notes_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *notes_label = gtk_label_new (_("Interview Notes"));
  GtkWidget *notes_hint = gtk_label_new (_("Anything said outside the questions."));
  GtkWidget *action_bar = gtk_action_bar_new ();
  GtkWidget *previous_button = gtk_button_new_with_mnemonic (_("_Previous"));
  GtkWidget *answer_label = gtk_label_new (_("Answer"));
  GtkWidget *answer_heading = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *notes_heading = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *notes_confidential_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *notes_confidential_label = gtk_label_new_with_mnemonic (_("Conf_idential"));

  gtk_widget_set_name (GTK_WIDGET (self), "interview-window");
  gtk_window_set_default_size (GTK_WINDOW (self), 1000, 680);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (self), TRUE);
  gtk_window_set_title (GTK_WINDOW (self), _("Hold Interview"));

  self->window_title = ADW_WINDOW_TITLE (adw_window_title_new (_("Hold Interview"), NULL));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), GTK_WIDGET (self->window_title));
  gtk_box_append (GTK_BOX (box), header);

  /* Progress, the question, its answer and its marks. */
  self->progress_label = gtk_label_new (NULL);
  gtk_widget_set_name (self->progress_label, "interview-progress");
  gtk_widget_add_css_class (self->progress_label, "dim-label");
  gtk_widget_add_css_class (self->progress_label, "numeric");
  self->progress_bar = gtk_progress_bar_new ();
  gtk_widget_set_hexpand (self->progress_bar, TRUE);
  gtk_widget_set_valign (self->progress_bar, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (progress_box), self->progress_label);
  gtk_box_append (GTK_BOX (progress_box), self->progress_bar);
  gtk_box_append (GTK_BOX (main_box), progress_box);

  self->question_label = gtk_label_new (NULL);
  gtk_widget_set_name (self->question_label, "question");
  gtk_label_set_wrap (GTK_LABEL (self->question_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->question_label), 0);
  gtk_label_set_selectable (GTK_LABEL (self->question_label), FALSE);
  gtk_widget_add_css_class (self->question_label, "title-2");
  gtk_widget_set_margin_top (self->question_label, 12);
  gtk_widget_set_margin_bottom (self->question_label, 6);
  gtk_box_append (GTK_BOX (main_box), self->question_label);

  gtk_label_set_xalign (GTK_LABEL (answer_label), 0);
  gtk_widget_add_css_class (answer_label, "heading");
  self->answer_marker = sf_confidential_marker_new ();
  gtk_widget_set_visible (self->answer_marker, FALSE);
  gtk_box_append (GTK_BOX (answer_heading), answer_label);
  gtk_box_append (GTK_BOX (answer_heading), self->answer_marker);
  gtk_box_append (GTK_BOX (main_box), answer_heading);
  self->answer_view = text_view_new ("answer", _("Answer"));
  gtk_box_append (GTK_BOX (main_box), scrolled_frame_new (self->answer_view));

  self->not_asked_button = gtk_toggle_button_new_with_mnemonic (_("_Not Asked"));
  gtk_widget_set_name (self->not_asked_button, "not-asked");
  gtk_widget_set_tooltip_text (self->not_asked_button,
                               _("The question was skipped in this interview"));
  g_signal_connect_swapped (self->not_asked_button, "toggled", G_CALLBACK (not_asked_toggled),
                            self);
  self->confidential_button = gtk_toggle_button_new_with_mnemonic (_("C_onfidential"));
  gtk_widget_set_name (self->confidential_button, "confidential");
  gtk_widget_set_tooltip_text (self->confidential_button,
                               _("Left out of anything shared or exported"));
  g_signal_connect_swapped (self->confidential_button, "toggled",
                            G_CALLBACK (confidential_toggled), self);
  gtk_box_append (GTK_BOX (toggles), self->not_asked_button);
  gtk_box_append (GTK_BOX (toggles), self->confidential_button);
  gtk_box_append (GTK_BOX (main_box), toggles);

  gtk_widget_set_margin_top (main_box, 24);
  gtk_widget_set_margin_bottom (main_box, 24);
  gtk_widget_set_margin_start (main_box, 12);
  gtk_widget_set_margin_end (main_box, 12);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 720);
  adw_clamp_set_child (ADW_CLAMP (clamp), main_box);
  gtk_widget_set_hexpand (clamp, TRUE);
  gtk_box_append (GTK_BOX (paned), clamp);
  gtk_box_append (GTK_BOX (paned), gtk_separator_new (GTK_ORIENTATION_VERTICAL));

  /* Free notes, beside the questions for the whole interview. */
  gtk_label_set_xalign (GTK_LABEL (notes_label), 0);
  gtk_widget_add_css_class (notes_label, "heading");
  gtk_label_set_xalign (GTK_LABEL (notes_hint), 0);
  gtk_label_set_wrap (GTK_LABEL (notes_hint), TRUE);
  gtk_widget_add_css_class (notes_hint, "dim-label");
  gtk_widget_add_css_class (notes_hint, "caption");
  self->notes_view = text_view_new ("interview-notes", _("Interview Notes"));
  gtk_widget_set_hexpand (notes_label, TRUE);
  self->notes_marker = sf_confidential_marker_new ();
  gtk_widget_set_name (self->notes_marker, "notes-confidential-marker");
  gtk_widget_set_visible (self->notes_marker, FALSE);
  gtk_box_append (GTK_BOX (notes_heading), notes_label);
  gtk_box_append (GTK_BOX (notes_heading), self->notes_marker);
  gtk_box_append (GTK_BOX (notes_box), notes_heading);
  gtk_box_append (GTK_BOX (notes_box), notes_hint);
  gtk_box_append (GTK_BOX (notes_box), scrolled_frame_new (self->notes_view));
  /* The notes' own mark, beside them: they are one text for the whole interview. */
  self->notes_switch = gtk_switch_new ();
  gtk_widget_set_name (self->notes_switch, "notes-confidential");
  gtk_widget_set_valign (self->notes_switch, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (self->notes_switch, _("Left out of anything shared or exported"));
  gtk_label_set_mnemonic_widget (GTK_LABEL (notes_confidential_label), self->notes_switch);
  gtk_label_set_xalign (GTK_LABEL (notes_confidential_label), 0);
  gtk_widget_set_hexpand (notes_confidential_label, TRUE);
  gtk_box_append (GTK_BOX (notes_confidential_box), notes_confidential_label);
  gtk_box_append (GTK_BOX (notes_confidential_box), self->notes_switch);
  gtk_box_append (GTK_BOX (notes_box), notes_confidential_box);
  g_signal_connect_swapped (self->notes_switch, "notify::active",
                            G_CALLBACK (notes_confidential_changed), self);
  gtk_widget_set_size_request (notes_box, 280, -1);
  gtk_widget_set_margin_top (notes_box, 24);
  gtk_widget_set_margin_bottom (notes_box, 24);
  gtk_widget_set_margin_start (notes_box, 18);
  gtk_widget_set_margin_end (notes_box, 18);
  gtk_box_append (GTK_BOX (paned), notes_box);
  gtk_widget_set_vexpand (paned, TRUE);
  gtk_box_append (GTK_BOX (box), paned);

  /* Moving on. */
  gtk_widget_set_name (previous_button, "interview-previous");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (previous_button), "interview.previous");
  gtk_widget_set_tooltip_text (previous_button, _("Previous Question (Alt+Left)"));
  gtk_action_bar_pack_start (GTK_ACTION_BAR (action_bar), previous_button);
  self->finish_button = gtk_button_new_with_mnemonic (_("_Finish Interview"));
  gtk_widget_set_name (self->finish_button, "interview-finish");
  gtk_widget_add_css_class (self->finish_button, "suggested-action");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->finish_button), "interview.finish");
  gtk_action_bar_pack_end (GTK_ACTION_BAR (action_bar), self->finish_button);
  self->next_button = gtk_button_new_with_mnemonic (_("_Next Question"));
  gtk_widget_set_name (self->next_button, "interview-next");
  gtk_widget_add_css_class (self->next_button, "suggested-action");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->next_button), "interview.next");
  gtk_widget_set_tooltip_text (self->next_button, _("Next Question (Ctrl+Enter or Alt+Right)"));
  gtk_action_bar_pack_end (GTK_ACTION_BAR (action_bar), self->next_button);
  gtk_box_append (GTK_BOX (box), action_bar);

  adw_window_set_content (ADW_WINDOW (self), box);
  add_capture_shortcuts (self);
  g_signal_connect (self, "close-request", G_CALLBACK (close_request_cb), NULL);
  g_signal_connect (self, "notify::is-active", G_CALLBACK (active_changed_cb), NULL);
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
