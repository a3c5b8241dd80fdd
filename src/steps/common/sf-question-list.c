/* sf-question-list.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rows (sf-question-row.h) are bound to the store's question model. The store refreshes
 * its objects in place, so a row follows its question's properties; the numbers (which count
 * the visible questions) and the move buttons depend on the whole list and are redone once
 * per change of the table.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-feedback.h"
#include "sf-method.h"
#include "sf-question-list.h"
#include "sf-question-row.h"
#include "sf-text.h"
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
      SfQuestion *question;

      if (!SF_IS_QUESTION_ROW (row))
        continue;
      question = sf_question_row_get_question (SF_QUESTION_ROW (row));
      sf_question_row_set_place (SF_QUESTION_ROW (row),
                                 sf_question_get_hidden (question) ? 0 : ++number,
                                 i == 0, i + 1 == n);
    }
  update_restore (self);
}

static GtkWidget *
create_row (gpointer item,
            gpointer project)
{
  return sf_question_row_new (project, SF_QUESTION (item));
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
                           create_row, project, NULL);
  /* Connected after the list box's own handler, so the rows exist when they are numbered. */
  g_signal_connect_swapped (self->questions, "items-changed", G_CALLBACK (renumber), self);
  g_signal_connect_swapped (project, "changed::question", G_CALLBACK (renumber), self);
  renumber (self);
  return GTK_WIDGET (self);
}
