/* sf-session-statements.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One part per step-2 question (sf-question-statements.h), laid out again when the step's
 * question list changes (added, hidden, moved); the placeholder shows while no part does.
 */
#include "config.h"

#include "key-figures-resources.h"
#include "sf-project-key-figures.h"
#include "sf-question-statements.h"
#include "sf-session-statements.h"
#include "sf-tagged-row.h"

struct _SfSessionStatements
{
  AdwPreferencesGroup parent_instance;

  SfProject *project;
  char      *session_id;

  GtkWidget *questions_box;
  GtkWidget *placeholder;
};

G_DEFINE_FINAL_TYPE (SfSessionStatements, sf_session_statements, ADW_TYPE_PREFERENCES_GROUP)

static void
update_placeholder (SfSessionStatements *self)
{
  gboolean any = FALSE;

  for (GtkWidget *child = gtk_widget_get_first_child (self->questions_box);
       child != NULL && !any; child = gtk_widget_get_next_sibling (child))
    any = gtk_widget_get_visible (child);
  gtk_widget_set_visible (self->placeholder, !any);
}

/* @question NULL: the statements about no one question. */
static void
add_question (SfSessionStatements *self,
              SfQuestion          *question)
{
  GtkWidget *part = sf_question_statements_new (self->project, self->session_id, question);

  /* A part shows itself while its question has statements. */
  g_signal_connect_object (part, "notify::visible", G_CALLBACK (update_placeholder), self,
                           G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (self->questions_box), part);
}

static void
rebuild (SfSessionStatements *self)
{
  GListModel *questions = sf_project_get_questions (self->project, 2);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->questions_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->questions_box), child);
  if (self->session_id != NULL)
    {
      for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
        {
          g_autoptr(SfQuestion) question = g_list_model_get_item (questions, i);

          add_question (self, question);
        }
      add_question (self, NULL);
    }
  update_placeholder (self);
}

static void
sf_session_statements_dispose (GObject *object)
{
  SfSessionStatements *self = SF_SESSION_STATEMENTS (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_SESSION_STATEMENTS);
  g_clear_object (&self->project);
  g_clear_pointer (&self->session_id, g_free);
  G_OBJECT_CLASS (sf_session_statements_parent_class)->dispose (object);
}

static void
sf_session_statements_class_init (SfSessionStatementsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_session_statements_dispose;

  /* Referring to the resource keeps its object file in the static library's link. */
  (void) sf_key_figures_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-session-statements.ui");
  gtk_widget_class_bind_template_child (widget_class, SfSessionStatements, questions_box);
  gtk_widget_class_bind_template_child (widget_class, SfSessionStatements, placeholder);
}

static void
sf_session_statements_init (SfSessionStatements *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sf_session_statements_new (SfProject *project)
{
  SfSessionStatements *self;

  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);

  self = g_object_new (SF_TYPE_SESSION_STATEMENTS, NULL);
  self->project = g_object_ref (project);
  g_signal_connect_object (sf_project_get_questions (project, 2), "items-changed",
                           G_CALLBACK (rebuild), self, G_CONNECT_SWAPPED);
  rebuild (self);
  return GTK_WIDGET (self);
}

void
sf_session_statements_set_session (SfSessionStatements *self,
                                   const char          *session_id)
{
  g_return_if_fail (SF_IS_SESSION_STATEMENTS (self));

  if (g_strcmp0 (self->session_id, session_id) == 0)
    return;
  g_free (self->session_id);
  self->session_id = g_strdup (session_id);
  rebuild (self);
}

gboolean
sf_session_statements_show_statement (SfSessionStatements *self,
                                      const char          *statement_id)
{
  g_return_val_if_fail (SF_IS_SESSION_STATEMENTS (self), FALSE);
  g_return_val_if_fail (statement_id != NULL, FALSE);

  for (GtkWidget *part = gtk_widget_get_first_child (self->questions_box); part != NULL;
       part = gtk_widget_get_next_sibling (part))
    {
      GtkWidget *row = sf_question_statements_find_row (SF_QUESTION_STATEMENTS (part),
                                                        statement_id);

      if (row != NULL)
        {
          sf_tagged_row_show (row);
          return TRUE;
        }
    }
  return FALSE;
}
