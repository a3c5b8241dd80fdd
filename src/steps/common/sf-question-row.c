/* sf-question-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-feedback.h"
#include "sf-icon-button.h"
#include "sf-question-row.h"
#include "sf-reword-dialog.h"
#include "steps-resources.h"

struct _SfQuestionRow
{
  AdwActionRow parent_instance;

  SfProject  *project;
  SfQuestion *question;
  guint       number;       /* among the visible questions; 0 for a hidden one */
  gboolean    offers_show;  /* the hide button says "Show Question" */

  GtkWidget  *remove_button;
  GtkWidget  *up_button;
  GtkWidget  *down_button;
  GtkWidget  *hide_button;
};

G_DEFINE_FINAL_TYPE (SfQuestionRow, sf_question_row, ADW_TYPE_ACTION_ROW)

static void
update (SfQuestionRow *self)
{
  AdwPreferencesRow *row = ADW_PREFERENCES_ROW (self);
  gboolean hidden = sf_question_get_hidden (self->question);
  const char *text = sf_question_get_text (self->question);
  g_autofree char *title = NULL;
  GPtrArray *notes = g_ptr_array_new ();
  g_autofree char *subtitle = NULL;

  if (hidden || self->number == 0)
    title = g_strdup (text);
  else
    /* TRANSLATORS: a numbered question in a step's list: "3. What do you want to achieve?" */
    title = g_strdup_printf (_("%u. %s"), self->number, text);
  if (g_strcmp0 (adw_preferences_row_get_title (row), title) != 0)
    adw_preferences_row_set_title (row, title);

  if (!sf_question_is_standard (self->question))
    g_ptr_array_add (notes, (gpointer) _("Own question"));
  else if (sf_question_is_reworded (self->question))
    g_ptr_array_add (notes, (gpointer) _("Reworded"));
  if (hidden)
    g_ptr_array_add (notes, (gpointer) _("Hidden"));
  g_ptr_array_add (notes, NULL);
  subtitle = g_strjoinv (" · ", (char **) notes->pdata);
  g_ptr_array_free (notes, TRUE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);

  if (hidden)
    gtk_widget_add_css_class (GTK_WIDGET (self), "dim-label");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "dim-label");

  if (hidden != self->offers_show)
    {
      sf_icon_button_set (self->hide_button,
                          hidden ? "view-reveal-symbolic" : "view-conceal-symbolic",
                          hidden ? _("Show Question") : _("Hide Question"));
      self->offers_show = hidden;
    }
}

/* The list is made again after a move: the keyboard stays on the moved question, so that it
 * can move on. This row may be gone by then. */
static void
move (SfQuestionRow *self,
      int            delta)
{
  g_autoptr(GtkWidget) list_box = g_object_ref (gtk_widget_get_parent (GTK_WIDGET (self)));
  int index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (self));
  int n = (int) g_list_model_get_n_items (
            sf_project_get_questions (self->project, sf_question_get_step (self->question)));
  int target = index + delta;
  g_autoptr(GError) error = NULL;
  GtkListBoxRow *moved;

  if (index < 0 || target < 0 || target >= n)
    return;
  if (!sf_project_move_question (self->project, sf_record_get_id (SF_RECORD (self->question)),
                                 (guint) target, &error))
    {
      sf_feedback_error (list_box, _("The question could not be moved"), error);
      return;
    }

  moved = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list_box), target);
  if (SF_IS_QUESTION_ROW (moved))
    {
      SfQuestionRow *row = SF_QUESTION_ROW (moved);
      GtkWidget *button = delta < 0 ? row->up_button : row->down_button;

      if (!gtk_widget_get_sensitive (button))
        button = delta < 0 ? row->down_button : row->up_button;
      gtk_widget_grab_focus (button);
    }
}

static void
up_clicked (SfQuestionRow *self)
{
  move (self, -1);
}

static void
down_clicked (SfQuestionRow *self)
{
  move (self, +1);
}

static void
hide_clicked (SfQuestionRow *self)
{
  g_autoptr(GError) error = NULL;

  if (!sf_project_set_question_hidden (self->project,
                                       sf_record_get_id (SF_RECORD (self->question)),
                                       !sf_question_get_hidden (self->question), &error))
    sf_feedback_error (GTK_WIDGET (self), _("The question could not be changed"), error);
}

static void
remove_clicked (SfQuestionRow *self)
{
  sf_feedback_remove (GTK_WIDGET (self), self->project, sf_project_remove_question,
                      sf_record_get_id (SF_RECORD (self->question)), _("Question removed"),
                      _("The question could not be removed"));
}

static void
reword_clicked (SfQuestionRow *self)
{
  GtkWidget *dialog = sf_reword_dialog_new (GTK_WIDGET (self), self->project, self->question);

  gtk_window_present (GTK_WINDOW (dialog));
}

static void
sf_question_row_dispose (GObject *object)
{
  SfQuestionRow *self = SF_QUESTION_ROW (object);

  g_clear_object (&self->question);
  g_clear_object (&self->project);
  G_OBJECT_CLASS (sf_question_row_parent_class)->dispose (object);
}

static void
sf_question_row_class_init (SfQuestionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_question_row_dispose;

  g_type_ensure (SF_TYPE_ICON_BUTTON);
  /* Referring to the resource keeps its object file in the static library's link. */
  (void) sf_steps_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-question-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SfQuestionRow, remove_button);
  gtk_widget_class_bind_template_child (widget_class, SfQuestionRow, up_button);
  gtk_widget_class_bind_template_child (widget_class, SfQuestionRow, down_button);
  gtk_widget_class_bind_template_child (widget_class, SfQuestionRow, hide_button);
  gtk_widget_class_bind_template_callback (widget_class, up_clicked);
  gtk_widget_class_bind_template_callback (widget_class, down_clicked);
  gtk_widget_class_bind_template_callback (widget_class, hide_clicked);
  gtk_widget_class_bind_template_callback (widget_class, remove_clicked);
  gtk_widget_class_bind_template_callback (widget_class, reword_clicked);
}

static void
sf_question_row_init (SfQuestionRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sf_question_row_new (SfProject  *project,
                     SfQuestion *question)
{
  SfQuestionRow *self;

  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);
  g_return_val_if_fail (SF_IS_QUESTION (question), NULL);

  self = g_object_new (SF_TYPE_QUESTION_ROW, NULL);
  self->project = g_object_ref (project);
  self->question = g_object_ref (question);
  /* Only one's own questions can go; the method's can be hidden. */
  gtk_widget_set_visible (self->remove_button, !sf_question_is_standard (question));
  g_signal_connect_object (question, "notify", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  update (self);
  return GTK_WIDGET (self);
}

SfQuestion *
sf_question_row_get_question (SfQuestionRow *self)
{
  g_return_val_if_fail (SF_IS_QUESTION_ROW (self), NULL);
  return self->question;
}

void
sf_question_row_set_place (SfQuestionRow *self,
                           guint          number,
                           gboolean       first,
                           gboolean       last)
{
  g_return_if_fail (SF_IS_QUESTION_ROW (self));

  self->number = number;
  gtk_widget_set_sensitive (self->up_button, !first);
  gtk_widget_set_sensitive (self->down_button, !last);
  update (self);
}
