/* sf-question-statements.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The list is the store's own list of the question's statements, so an edit here shows at
 * once in the live session and on the beamer, and one made there shows here.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "key-figures-resources.h"
#include "sf-project-key-figures.h"
#include "sf-question-statements.h"
#include "sf-statement-speaker-row.h"
#include "sf-tagged-row.h"

struct _SfQuestionStatements
{
  GtkBox      parent_instance;

  SfProject  *project;
  char       *session_id;
  GListModel *statements;

  GtkWidget  *heading;
  GtkWidget  *list;
};

G_DEFINE_FINAL_TYPE (SfQuestionStatements, sf_question_statements, GTK_TYPE_BOX)

static GtkWidget *
create_statement_row (gpointer item,
                      gpointer user_data)
{
  SfQuestionStatements *self = user_data;
  GtkWidget *speaker = sf_statement_speaker_row_new (self->project, self->session_id,
                                                     SF_STATEMENT (item));

  return sf_tagged_row_new (self->project, SF_RECORD (item), speaker);
}

static void
update_visible (SfQuestionStatements *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self), g_list_model_get_n_items (self->statements) > 0);
}

static void
update_heading (SfQuestionStatements *self,
                GParamSpec           *pspec,
                SfQuestion           *question)
{
  gtk_label_set_text (GTK_LABEL (self->heading), sf_question_get_text (question));
}

static void
sf_question_statements_dispose (GObject *object)
{
  SfQuestionStatements *self = SF_QUESTION_STATEMENTS (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_QUESTION_STATEMENTS);
  g_clear_object (&self->statements);
  g_clear_object (&self->project);
  g_clear_pointer (&self->session_id, g_free);
  G_OBJECT_CLASS (sf_question_statements_parent_class)->dispose (object);
}

static void
sf_question_statements_class_init (SfQuestionStatementsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_question_statements_dispose;

  /* Referring to the resource keeps its object file in the static library's link. */
  (void) sf_key_figures_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-question-statements.ui");
  gtk_widget_class_bind_template_child (widget_class, SfQuestionStatements, heading);
  gtk_widget_class_bind_template_child (widget_class, SfQuestionStatements, list);
}

static void
sf_question_statements_init (SfQuestionStatements *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sf_question_statements_new (SfProject  *project,
                            const char *session_id,
                            SfQuestion *question)
{
  SfQuestionStatements *self;

  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);
  g_return_val_if_fail (session_id != NULL, NULL);
  g_return_val_if_fail (question == NULL || SF_IS_QUESTION (question), NULL);

  self = g_object_new (SF_TYPE_QUESTION_STATEMENTS, NULL);
  self->project = g_object_ref (project);
  self->session_id = g_strdup (session_id);
  self->statements = g_object_ref (sf_project_get_statements (
    project, session_id, question != NULL ? sf_record_get_id (SF_RECORD (question)) : NULL));
  if (question != NULL)
    {
      g_signal_connect_object (question, "notify::text", G_CALLBACK (update_heading), self,
                               G_CONNECT_SWAPPED);
      update_heading (self, NULL, question);
    }
  else
    gtk_label_set_text (GTK_LABEL (self->heading), _("Not about one question"));
  gtk_list_box_bind_model (GTK_LIST_BOX (self->list), self->statements, create_statement_row,
                           self, NULL);
  g_signal_connect_object (self->statements, "items-changed", G_CALLBACK (update_visible), self,
                           G_CONNECT_SWAPPED);
  update_visible (self);
  return GTK_WIDGET (self);
}

GtkWidget *
sf_question_statements_find_row (SfQuestionStatements *self,
                                 const char           *statement_id)
{
  g_return_val_if_fail (SF_IS_QUESTION_STATEMENTS (self), NULL);
  g_return_val_if_fail (statement_id != NULL, NULL);

  return sf_tagged_row_find (self->list, statement_id);
}
