/* sf-question-list.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rows are bound to the store's question model. The store refreshes its objects in place,
 * so a row follows its question's properties; the numbers (which count the visible questions)
 * and the move buttons depend on the whole list and are redone once per change of the table.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-feedback.h"
#include "sf-icon-button.h"
#include "sf-method.h"
#include "sf-question-list.h"
#include "sf-text.h"
#include "sf-toplevel.h"
#include "steps-resources.h"

struct _SfQuestionList
{
  AdwBin parent_instance;

  SfProject  *project;
  guint       step;
  GListModel *questions;

  GtkWidget  *group;
  GtkWidget  *restore_button;
  GtkWidget  *list_box;
  GtkWidget  *add_row;
};

G_DEFINE_FINAL_TYPE (SfQuestionList, sf_question_list, ADW_TYPE_BIN)

/* What a row needs to follow its question; owned by the row. */
typedef struct
{
  SfQuestionList *list;   /* unowned: the list outlives its rows */
  SfQuestion     *question;
  GtkWidget      *row;
  GtkWidget      *up_button;
  GtkWidget      *down_button;
  GtkWidget      *hide_button;
  guint           number; /* among the visible questions; 0 for a hidden one */
} QuestionRow;

static void
question_row_free (gpointer data)
{
  QuestionRow *qr = data;

  g_clear_object (&qr->question);
  g_free (qr);
}

static QuestionRow *
question_row_get (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), "sf-question-row");
}

static void
update_row (QuestionRow *qr)
{
  AdwPreferencesRow *row = ADW_PREFERENCES_ROW (qr->row);
  gboolean hidden = sf_question_get_hidden (qr->question);
  const char *text = sf_question_get_text (qr->question);
  g_autofree char *title = NULL;
  GPtrArray *notes = g_ptr_array_new ();
  g_autofree char *subtitle = NULL;

  if (hidden || qr->number == 0)
    title = g_strdup (text);
  else
    /* TRANSLATORS: a numbered question in a step's list: "3. What do you want to achieve?" */
    title = g_strdup_printf (_("%u. %s"), qr->number, text);
  if (g_strcmp0 (adw_preferences_row_get_title (row), title) != 0)
    adw_preferences_row_set_title (row, title);

  if (!sf_question_is_standard (qr->question))
    g_ptr_array_add (notes, (gpointer) _("Own question"));
  else if (sf_question_is_reworded (qr->question))
    g_ptr_array_add (notes, (gpointer) _("Reworded"));
  if (hidden)
    g_ptr_array_add (notes, (gpointer) _("Hidden"));
  g_ptr_array_add (notes, NULL);
  subtitle = g_strjoinv (" · ", (char **) notes->pdata);
  g_ptr_array_free (notes, TRUE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (qr->row), subtitle);

  if (hidden)
    gtk_widget_add_css_class (qr->row, "dim-label");
  else
    gtk_widget_remove_css_class (qr->row, "dim-label");

  if (hidden != GPOINTER_TO_INT (g_object_get_data (G_OBJECT (qr->hide_button), "sf-hidden")))
    {
      sf_icon_button_set (qr->hide_button,
                          hidden ? "view-reveal-symbolic" : "view-conceal-symbolic",
                          hidden ? _("Show Question") : _("Hide Question"));
      g_object_set_data (G_OBJECT (qr->hide_button), "sf-hidden", GINT_TO_POINTER (hidden));
    }
}

/* The restore button is offered only when the method's questions differ from the method. */
static void
update_restore (SfQuestionList *self)
{
  const SfMethodStep *step = sf_method_get_step (self->step);
  guint n = g_list_model_get_n_items (self->questions);
  guint n_method = sf_method_step_get_n_questions (step);
  guint expected = 0;
  gboolean changed = FALSE;

  for (guint i = 0; i < n && !changed; i++)
    {
      g_autoptr(SfQuestion) q = g_list_model_get_item (self->questions, i);

      if (!sf_question_is_standard (q))
        continue;
      changed = sf_question_get_hidden (q) || sf_question_is_reworded (q) ||
                expected >= n_method ||
                g_strcmp0 (sf_question_get_method_key (q),
                           sf_method_step_get_question_key (step, expected)) != 0;
      expected++;
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "questions.restore",
                                 changed || expected != n_method);
}

static void
renumber (SfQuestionList *self)
{
  guint n = g_list_model_get_n_items (self->questions);
  guint number = 0;

  for (guint i = 0; i < n; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->list_box), (int) i);
      QuestionRow *qr = row != NULL ? question_row_get (GTK_WIDGET (row)) : NULL;

      if (qr == NULL)
        continue;
      qr->number = sf_question_get_hidden (qr->question) ? 0 : ++number;
      gtk_widget_set_sensitive (qr->up_button, i > 0);
      gtk_widget_set_sensitive (qr->down_button, i + 1 < n);
      update_row (qr);
    }
  update_restore (self);
}

static void
question_notify_cb (GtkWidget *row)
{
  update_row (question_row_get (row));
}

/* ---- row buttons ------------------------------------------------------------------------ */

static void
move_question (QuestionRow *qr,
               int          delta)
{
  SfQuestionList *self = qr->list;
  int index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (qr->row));
  int n = (int) g_list_model_get_n_items (self->questions);
  int target = index + delta;
  g_autoptr(GError) error = NULL;
  GtkListBoxRow *moved;

  if (index < 0 || target < 0 || target >= n)
    return;
  if (!sf_project_move_question (self->project, sf_record_get_id (SF_RECORD (qr->question)),
                                 (guint) target, &error))
    {
      sf_feedback_error (GTK_WIDGET (self), _("The question could not be moved"), error);
      return;
    }

  /* The list was rebuilt: keep the keyboard on the moved question, so it can move on. */
  moved = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->list_box), target);
  if (moved != NULL)
    {
      QuestionRow *mqr = question_row_get (GTK_WIDGET (moved));
      GtkWidget *button = delta < 0 ? mqr->up_button : mqr->down_button;

      if (!gtk_widget_get_sensitive (button))
        button = delta < 0 ? mqr->down_button : mqr->up_button;
      gtk_widget_grab_focus (button);
    }
}

static void
up_clicked_cb (QuestionRow *qr)
{
  move_question (qr, -1);
}

static void
down_clicked_cb (QuestionRow *qr)
{
  move_question (qr, +1);
}

static void
hide_clicked_cb (QuestionRow *qr)
{
  SfQuestionList *self = qr->list;
  g_autoptr(GError) error = NULL;

  if (!sf_project_set_question_hidden (self->project,
                                       sf_record_get_id (SF_RECORD (qr->question)),
                                       !sf_question_get_hidden (qr->question), &error))
    sf_feedback_error (GTK_WIDGET (self), _("The question could not be changed"), error);
}

static void
remove_clicked_cb (QuestionRow *qr)
{
  SfQuestionList *self = qr->list;
  g_autoptr(GError) error = NULL;

  if (!sf_project_remove_question (self->project, sf_record_get_id (SF_RECORD (qr->question)),
                                   &error))
    sf_feedback_error (GTK_WIDGET (self), _("The question could not be removed"), error);
  else
    sf_feedback_undo_toast (GTK_WIDGET (self), self->project, _("Question removed"));
}

static char *
buffer_text (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
reword_buffer_changed_cb (GtkTextBuffer    *buffer,
                          AdwMessageDialog *dialog)
{
  g_autofree char *text = buffer_text (buffer);

  adw_message_dialog_set_response_enabled (dialog, "save", !sf_text_is_blank (text));
}

/* A question is one paragraph: Enter saves, as it would in an entry. */
static gboolean
reword_key_pressed_cb (GtkEventControllerKey *controller,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       AdwMessageDialog      *dialog)
{
  if (keyval != GDK_KEY_Return && keyval != GDK_KEY_KP_Enter && keyval != GDK_KEY_ISO_Enter)
    return GDK_EVENT_PROPAGATE;
  /* The default button, as a click: it saves and closes the dialog (a bare response would
   * leave it open, its Cancel then undoing nothing). */
  gtk_widget_activate_default (GTK_WIDGET (dialog));
  return GDK_EVENT_STOP;
}

static void
reword_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    SfQuestionList   *self)
{
  GtkTextView *view = g_object_get_data (G_OBJECT (dialog), "text-view");
  const char *id = g_object_get_data (G_OBJECT (dialog), "question-id");
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "save"))
    return;
  text = buffer_text (gtk_text_view_get_buffer (view));
  if (!sf_project_reword_question (self->project, id, text, &error))
    sf_feedback_error (GTK_WIDGET (self), _("The question could not be reworded"), error);
}

static void
edit_clicked_cb (QuestionRow *qr)
{
  SfQuestionList *self = qr->list;
  const char *key = sf_question_get_method_key (qr->question);
  const char *original = key != NULL ? sf_method_lookup_question (key, NULL, NULL) : NULL;
  GtkEventController *keys;
  GtkTextBuffer *buffer;
  GtkWidget *dialog;
  GtkWidget *frame;
  GtkWidget *view;

  dialog = adw_message_dialog_new (sf_toplevel_of (GTK_WIDGET (self)),
                                   _("Reword Question"), NULL);
  if (original != NULL && sf_question_is_reworded (qr->question))
    /* TRANSLATORS: shown when rewording a standard question that was reworded before */
    adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog), _("The method asks: “%s”"),
                                    original);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  /* Questions run long: a wrapping text view shows all of one, where an entry would scroll. */
  view = gtk_text_view_new ();
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 8);
  gtk_widget_set_size_request (view, 400, 72);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Question"),
                                  -1);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  gtk_text_buffer_set_text (buffer, sf_question_get_text (qr->question), -1);
  g_signal_connect_object (buffer, "changed", G_CALLBACK (reword_buffer_changed_cb), dialog, 0);
  keys = gtk_event_controller_key_new ();
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (reword_key_pressed_cb), dialog, 0);
  gtk_widget_add_controller (view, keys);
  frame = gtk_frame_new (NULL);
  gtk_frame_set_child (GTK_FRAME (frame), view);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), frame);

  g_object_set_data (G_OBJECT (dialog), "text-view", view);
  g_object_set_data_full (G_OBJECT (dialog), "question-id",
                          g_strdup (sf_record_get_id (SF_RECORD (qr->question))), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (reword_response_cb), self, 0);
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (view);
}

static GtkWidget *
row_button (QuestionRow *qr,
            const char  *icon_name,
            const char  *label,
            GCallback    callback)
{
  GtkWidget *button = sf_icon_button_new (icon_name, label);

  g_signal_connect_swapped (button, "clicked", callback, qr);
  adw_action_row_add_suffix (ADW_ACTION_ROW (qr->row), button);
  return button;
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  SfQuestionList *self = user_data;
  QuestionRow *qr = g_new0 (QuestionRow, 1);

  qr->list = self;
  qr->question = g_object_ref (SF_QUESTION (item));
  qr->row = adw_action_row_new ();
  g_object_set_data_full (G_OBJECT (qr->row), "sf-question-row", qr, question_row_free);

  /* Questions are the user's own text: never read them as markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (qr->row), FALSE);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (qr->row), 0);

  /* The remove button comes first, so the buttons every row has line up at the end. */
  if (!sf_question_is_standard (qr->question))
    row_button (qr, "user-trash-symbolic", _("Remove Question"), G_CALLBACK (remove_clicked_cb));
  qr->up_button = row_button (qr, "go-up-symbolic", _("Move Up"), G_CALLBACK (up_clicked_cb));
  qr->down_button = row_button (qr, "go-down-symbolic", _("Move Down"),
                                G_CALLBACK (down_clicked_cb));
  row_button (qr, "document-edit-symbolic", _("Reword Question"), G_CALLBACK (edit_clicked_cb));
  qr->hide_button = row_button (qr, "view-conceal-symbolic", _("Hide Question"),
                                G_CALLBACK (hide_clicked_cb));

  g_signal_connect_object (qr->question, "notify", G_CALLBACK (question_notify_cb), qr->row,
                           G_CONNECT_SWAPPED);
  update_row (qr);
  return qr->row;
}

/* ---- the list --------------------------------------------------------------------------- */

static void
add_row_apply_cb (SfQuestionList *self)
{
  g_autofree char *id = NULL;
  g_autoptr(GError) error = NULL;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->add_row));
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  if (*stripped == '\0')
    return;
  id = sf_project_add_question (self->project, self->step, stripped, &error);
  if (id == NULL)
    {
      sf_feedback_error (GTK_WIDGET (self), _("The question could not be added"), error);
      return;
    }

  /* Cleared with the apply button off, so that the empty row does not offer to apply. */
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (self->add_row), FALSE);
  sf_text_set_loaded (GTK_EDITABLE (self->add_row), "");
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (self->add_row), TRUE);
}

static void
restore_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  SfQuestionList *self = SF_QUESTION_LIST (widget);
  g_autoptr(GError) error = NULL;

  if (!sf_project_restore_questions (self->project, self->step, &error))
    sf_feedback_error (widget, _("The standard questions could not be restored"), error);
  else
    sf_feedback_undo_toast (widget, self->project, _("Standard questions restored"));
}

static void
sf_question_list_dispose (GObject *object)
{
  SfQuestionList *self = SF_QUESTION_LIST (object);

  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);
  if (self->questions != NULL)
    g_signal_handlers_disconnect_by_data (self->questions, self);
  /* AdwBin first, so it does not unparent again the child the template already dropped. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_QUESTION_LIST);
  g_clear_object (&self->questions);
  g_clear_object (&self->project);
  G_OBJECT_CLASS (sf_question_list_parent_class)->dispose (object);
}

static void
sf_question_list_class_init (SfQuestionListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_question_list_dispose;

  gtk_widget_class_install_action (widget_class, "questions.restore", NULL, restore_action);

  /* Referring to the resource keeps its object file in the static library's link. */
  (void) sf_steps_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-question-list.ui");
  gtk_widget_class_bind_template_child (widget_class, SfQuestionList, group);
  gtk_widget_class_bind_template_child (widget_class, SfQuestionList, restore_button);
  gtk_widget_class_bind_template_child (widget_class, SfQuestionList, list_box);
  gtk_widget_class_bind_template_child (widget_class, SfQuestionList, add_row);
  gtk_widget_class_bind_template_callback (widget_class, add_row_apply_cb);
}

static void
sf_question_list_init (SfQuestionList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sf_question_list_new (SfProject *project,
                      guint      step)
{
  const SfMethodStep *method_step = sf_method_get_step (step);
  const char *heading;
  SfQuestionList *self;

  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);
  g_return_val_if_fail (method_step != NULL, NULL);

  self = g_object_new (SF_TYPE_QUESTION_LIST, NULL);
  self->project = g_object_ref (project);
  self->step = step;
  self->questions = g_object_ref (sf_project_get_questions (project, step));

  heading = sf_method_step_get_questions_heading (method_step);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->group),
                                   heading != NULL ? heading : _("Questions"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->add_row),
                                 sf_method_get_add_own_prompt ());
  /* A step without questions from the method (step 5) has nothing to restore. */
  gtk_widget_set_visible (self->restore_button,
                          sf_method_step_get_n_questions (method_step) > 0);

  gtk_list_box_bind_model (GTK_LIST_BOX (self->list_box), self->questions,
                           create_row, self, NULL);
  /* Connected after the list box's own handler, so the rows exist when they are numbered. */
  g_signal_connect_swapped (self->questions, "items-changed", G_CALLBACK (renumber), self);
  g_signal_connect_swapped (project, "changed::question", G_CALLBACK (renumber), self);
  renumber (self);
  return GTK_WIDGET (self);
}
