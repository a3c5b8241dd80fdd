/* sf-session-statements.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The lists are the store's own statement lists, so an edit here shows at once in the live
 * session and on the beamer, and one made there shows here. The questions are laid out
 * again when the step's question list changes (added, hidden, moved).
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-feedback.h"
#include "sf-session-statements.h"
#include "sf-project-key-figures.h"
#include "sf-tagged-row.h"
#include "sf-text.h"

struct _SfSessionStatements
{
  AdwPreferencesGroup parent_instance;

  SfProject *project;
  char      *session_id;

  GtkWidget *questions_box;
  GtkWidget *placeholder;
};

G_DEFINE_FINAL_TYPE (SfSessionStatements, sf_session_statements, ADW_TYPE_PREFERENCES_GROUP)

/* ---- who said it ------------------------------------------------------------------------ */

typedef struct
{
  SfSessionStatements *self;        /* owns the row */
  GtkWidget           *combo;
  GtkStringList       *names;       /* "Anonymous", then the participants in their order */
  gboolean             syncing;     /* the combo is being set from the store */
} Speaker;

static void
speaker_free (gpointer data)
{
  Speaker *speaker = data;

  g_clear_object (&speaker->names);
  g_free (speaker);
}

static Speaker *
row_speaker (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), "sf-speaker");
}

static SfStatement *
row_statement (GtkWidget *row)
{
  return SF_STATEMENT (sf_tagged_row_get_item (row));
}

static GListModel *
participants (SfSessionStatements *self)
{
  return sf_project_get_participants (self->project, self->session_id);
}

/* The combo shows the session's participants as they are now, and who said the statement. */
static void
sync_speaker (GtkWidget *row)
{
  Speaker *speaker = row_speaker (row);
  GListModel *people = participants (speaker->self);
  const char *said_by = sf_statement_get_participant_id (row_statement (row));
  guint n = g_list_model_get_n_items (people);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) names = NULL;
  guint selected = 0;

  g_strv_builder_add (builder, _("Anonymous"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SfParticipant) participant = g_list_model_get_item (people, i);

      g_strv_builder_add (builder, sf_participant_get_name (participant));
      if (g_strcmp0 (sf_record_get_id (SF_RECORD (participant)), said_by) == 0)
        selected = i + 1;
    }
  names = g_strv_builder_end (builder);
  speaker->syncing = TRUE;
  gtk_string_list_splice (speaker->names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (speaker->names)),
                          (const char * const *) names);
  adw_combo_row_set_selected (ADW_COMBO_ROW (speaker->combo), selected);
  speaker->syncing = FALSE;
}

static void
speaker_selected (GtkWidget *row)
{
  Speaker *speaker = row_speaker (row);
  SfSessionStatements *self = speaker->self;
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (speaker->combo));
  g_autoptr(SfParticipant) participant = NULL;
  const char *participant_id = NULL;
  g_autoptr(GError) error = NULL;

  if (speaker->syncing || selected == GTK_INVALID_LIST_POSITION)
    return;
  if (selected > 0)
    {
      participant = g_list_model_get_item (participants (self), selected - 1);
      participant_id = participant ? sf_record_get_id (SF_RECORD (participant)) : NULL;
    }
  if (g_strcmp0 (participant_id, sf_statement_get_participant_id (row_statement (row))) == 0)
    return;
  if (!sf_project_attribute_statement (self->project,
                                       sf_record_get_id (SF_RECORD (row_statement (row))),
                                       participant_id, &error))
    {
      sf_feedback_error (row, _("The statement could not be changed"), error);
      sync_speaker (row);
    }
}

static void
row_project_changed (GtkWidget  *row,
                     const char *table)
{
  if (g_strcmp0 (table, "participant") == 0 || g_strcmp0 (table, "person") == 0)
    sync_speaker (row);
}

static GtkWidget *
create_statement_row (gpointer item,
                      gpointer user_data)
{
  SfSessionStatements *self = user_data;
  Speaker *speaker = g_new0 (Speaker, 1);
  GtkWidget *row;

  speaker->self = self;
  speaker->names = gtk_string_list_new (NULL);
  speaker->combo = adw_combo_row_new ();
  gtk_widget_set_name (speaker->combo, "statement-speaker");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (speaker->combo), _("Said by"));
  adw_combo_row_set_model (ADW_COMBO_ROW (speaker->combo), G_LIST_MODEL (speaker->names));
  row = sf_tagged_row_new (self->project, SF_RECORD (item), speaker->combo);
  g_object_set_data_full (G_OBJECT (row), "sf-speaker", speaker, speaker_free);
  sync_speaker (row);
  g_signal_connect_swapped (speaker->combo, "notify::selected", G_CALLBACK (speaker_selected),
                            row);
  g_signal_connect_object (item, "notify::participant-id", G_CALLBACK (sync_speaker), row,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->project, "changed", G_CALLBACK (row_project_changed), row,
                           G_CONNECT_SWAPPED);
  return row;
}

/* ---- the questions ---------------------------------------------------------------------- */

static void
update_placeholder (SfSessionStatements *self)
{
  gboolean any = FALSE;

  for (GtkWidget *child = gtk_widget_get_first_child (self->questions_box);
       child != NULL && !any; child = gtk_widget_get_next_sibling (child))
    any = gtk_widget_get_visible (child);
  gtk_widget_set_visible (self->placeholder, !any);
}

/* A question is shown while it has statements. */
static void
update_question (GtkWidget *box)
{
  GListModel *statements = g_object_get_data (G_OBJECT (box), "sf-statements");

  gtk_widget_set_visible (box, g_list_model_get_n_items (statements) > 0);
  update_placeholder (g_object_get_data (G_OBJECT (box), "sf-section"));
}

static void
update_heading (GtkWidget  *label,
                GParamSpec *pspec,
                SfQuestion *question)
{
  gtk_label_set_text (GTK_LABEL (label), sf_question_get_text (question));
}

/* One question's text over its statements (@question NULL: statements about none). */
static void
add_question (SfSessionStatements *self,
              SfQuestion          *question)
{
  GListModel *statements = sf_project_get_statements (
    self->project, self->session_id,
    question != NULL ? sf_record_get_id (SF_RECORD (question)) : NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *heading = gtk_label_new (NULL);
  GtkWidget *list = gtk_list_box_new ();

  gtk_widget_set_name (box, "statements-question");
  g_object_set_data (G_OBJECT (box), "sf-section", self);
  g_object_set_data_full (G_OBJECT (box), "sf-statements", g_object_ref (statements),
                          g_object_unref);
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
  /* Plain text: the section's title is the heading. */
  gtk_widget_set_margin_start (heading, 6);
  if (question != NULL)
    {
      g_signal_connect_object (question, "notify::text", G_CALLBACK (update_heading), heading,
                               G_CONNECT_SWAPPED);
      update_heading (heading, NULL, question);
    }
  else
    gtk_label_set_text (GTK_LABEL (heading), _("Not about one question"));
  gtk_box_append (GTK_BOX (box), heading);

  gtk_widget_set_name (list, "statements");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_bind_model (GTK_LIST_BOX (list), statements, create_statement_row, self, NULL);
  gtk_box_append (GTK_BOX (box), list);

  g_signal_connect_object (statements, "items-changed", G_CALLBACK (update_question), box,
                           G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (self->questions_box), box);
  update_question (box);
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

/* ---- the section ------------------------------------------------------------------------ */

static void
sf_session_statements_dispose (GObject *object)
{
  SfSessionStatements *self = SF_SESSION_STATEMENTS (object);

  g_clear_object (&self->project);
  g_clear_pointer (&self->session_id, g_free);
  G_OBJECT_CLASS (sf_session_statements_parent_class)->dispose (object);
}

static void
sf_session_statements_class_init (SfSessionStatementsClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sf_session_statements_dispose;
}

static void
sf_session_statements_init (SfSessionStatements *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);

  gtk_widget_set_name (GTK_WIDGET (self), "session-statements");
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("What was said"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
    _("The statements of the live session, per question. Open one to correct its text, who "
      "said it or its themes, or to mark it confidential."));
  self->questions_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  self->placeholder = gtk_label_new (_("No statements yet: they are captured in the live "
                                       "session."));
  gtk_label_set_wrap (GTK_LABEL (self->placeholder), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->placeholder), 0);
  gtk_widget_add_css_class (self->placeholder, "dim-label");
  gtk_box_append (GTK_BOX (box), self->placeholder);
  gtk_box_append (GTK_BOX (box), self->questions_box);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), box);
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

  for (GtkWidget *box = gtk_widget_get_first_child (self->questions_box); box != NULL;
       box = gtk_widget_get_next_sibling (box))
    {
      GtkWidget *row = sf_tagged_row_find (gtk_widget_get_last_child (box), statement_id);

      if (row != NULL)
        {
          sf_tagged_row_show (row);
          return TRUE;
        }
    }
  return FALSE;
}
