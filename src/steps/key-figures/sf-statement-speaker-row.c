/* sf-statement-speaker-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "key-figures-resources.h"
#include "sf-feedback.h"
#include "sf-project-key-figures.h"
#include "sf-statement-speaker-row.h"

struct _SfStatementSpeakerRow
{
  AdwComboRow parent_instance;

  SfProject     *project;
  char          *session_id;
  SfStatement   *statement;
  gboolean       syncing;   /* the row is being set from the store */

  GtkStringList *names;     /* "Anonymous", then the participants in their order */
};

G_DEFINE_FINAL_TYPE (SfStatementSpeakerRow, sf_statement_speaker_row, ADW_TYPE_COMBO_ROW)

static GListModel *
participants (SfStatementSpeakerRow *self)
{
  return sf_project_get_participants (self->project, self->session_id);
}

/* The row shows the session's participants as they are now, and who said the statement. */
static void
sync_names (SfStatementSpeakerRow *self)
{
  GListModel *people = participants (self);
  const char *said_by = sf_statement_get_participant_id (self->statement);
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
  self->syncing = TRUE;
  gtk_string_list_splice (self->names, 0, g_list_model_get_n_items (G_LIST_MODEL (self->names)),
                          (const char * const *) names);
  adw_combo_row_set_selected (ADW_COMBO_ROW (self), selected);
  self->syncing = FALSE;
}

static void
selected_cb (SfStatementSpeakerRow *self)
{
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (self));
  g_autoptr(SfParticipant) participant = NULL;
  const char *participant_id = NULL;
  g_autoptr(GError) error = NULL;

  if (self->syncing || self->statement == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;
  if (selected > 0)
    {
      participant = g_list_model_get_item (participants (self), selected - 1);
      participant_id = participant ? sf_record_get_id (SF_RECORD (participant)) : NULL;
    }
  if (g_strcmp0 (participant_id, sf_statement_get_participant_id (self->statement)) == 0)
    return;
  if (!sf_project_attribute_statement (self->project,
                                       sf_record_get_id (SF_RECORD (self->statement)),
                                       participant_id, &error))
    {
      sf_feedback_error (GTK_WIDGET (self), _("The statement could not be changed"), error);
      sync_names (self);
    }
}

static void
project_changed_cb (SfStatementSpeakerRow *self,
                    const char            *table)
{
  if (g_strcmp0 (table, "participant") == 0 || g_strcmp0 (table, "person") == 0)
    sync_names (self);
}

static void
sf_statement_speaker_row_dispose (GObject *object)
{
  SfStatementSpeakerRow *self = SF_STATEMENT_SPEAKER_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_STATEMENT_SPEAKER_ROW);
  g_clear_object (&self->statement);
  g_clear_object (&self->project);
  g_clear_pointer (&self->session_id, g_free);
  G_OBJECT_CLASS (sf_statement_speaker_row_parent_class)->dispose (object);
}

static void
sf_statement_speaker_row_class_init (SfStatementSpeakerRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_statement_speaker_row_dispose;

  /* Referring to the resource keeps its object file in the static library's link. */
  (void) sf_key_figures_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-statement-speaker-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SfStatementSpeakerRow, names);
}

static void
sf_statement_speaker_row_init (SfStatementSpeakerRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sf_statement_speaker_row_new (SfProject   *project,
                              const char  *session_id,
                              SfStatement *statement)
{
  SfStatementSpeakerRow *self;

  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);
  g_return_val_if_fail (session_id != NULL, NULL);
  g_return_val_if_fail (SF_IS_STATEMENT (statement), NULL);

  self = g_object_new (SF_TYPE_STATEMENT_SPEAKER_ROW, NULL);
  self->project = g_object_ref (project);
  self->session_id = g_strdup (session_id);
  self->statement = g_object_ref (statement);
  sync_names (self);
  g_signal_connect (self, "notify::selected", G_CALLBACK (selected_cb), NULL);
  g_signal_connect_object (statement, "notify::participant-id", G_CALLBACK (sync_names), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (project, "changed", G_CALLBACK (project_changed_cb), self,
                           G_CONNECT_SWAPPED);
  return GTK_WIDGET (self);
}
