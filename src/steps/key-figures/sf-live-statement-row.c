/* sf-live-statement-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The row follows its statement (an edit, undo or redo changes it in place); its lock and
 * remove button are common/sf-lock-row.h's.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-live-statement-row.h"
#include "sf-project-key-figures.h"
#include "sf-text.h"

struct _SfLiveStatementRow
{
  SfLockRow parent_instance;

  SfProject   *project;
  SfStatement *statement;
};

G_DEFINE_FINAL_TYPE (SfLiveStatementRow, sf_live_statement_row, SF_TYPE_LOCK_ROW)

static void
update (SfLiveStatementRow *self)
{
  const char *parts[] = {
    sf_statement_get_participant_name (self->statement),
    sf_statement_get_themes (self->statement),
  };
  g_autofree char *subtitle = sf_text_join_parts (parts, G_N_ELEMENTS (parts));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self),
                                 sf_statement_get_text (self->statement));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);
  sf_lock_row_show_confidential (SF_LOCK_ROW (self),
                                 sf_statement_get_confidential (self->statement));
}

static gboolean
sf_live_statement_row_set_confidential (SfLockRow  *row,
                                        gboolean    confidential,
                                        GError    **error)
{
  SfLiveStatementRow *self = SF_LIVE_STATEMENT_ROW (row);

  return sf_project_set_statement_confidential (self->project,
                                                sf_record_get_id (SF_RECORD (self->statement)),
                                                confidential, error);
}

static void
sf_live_statement_row_dispose (GObject *object)
{
  SfLiveStatementRow *self = SF_LIVE_STATEMENT_ROW (object);

  g_clear_object (&self->statement);
  g_clear_object (&self->project);
  G_OBJECT_CLASS (sf_live_statement_row_parent_class)->dispose (object);
}

static void
sf_live_statement_row_class_init (SfLiveStatementRowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sf_live_statement_row_dispose;
  SF_LOCK_ROW_CLASS (klass)->set_confidential = sf_live_statement_row_set_confidential;
}

static void
sf_live_statement_row_init (SfLiveStatementRow *self)
{
  gtk_widget_set_name (GTK_WIDGET (self), "statement-row");
}

GtkWidget *
sf_live_statement_row_new (SfProject   *project,
                           SfStatement *statement)
{
  SfLiveStatementRow *self;

  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);
  g_return_val_if_fail (SF_IS_STATEMENT (statement), NULL);

  self = g_object_new (SF_TYPE_LIVE_STATEMENT_ROW, NULL);
  self->project = g_object_ref (project);
  self->statement = g_object_ref (statement);
  sf_lock_row_setup (SF_LOCK_ROW (self), "statement-confidential", "live.remove-statement",
                     sf_record_get_id (SF_RECORD (statement)), _("Remove Statement"),
                     _("The statement could not be changed"));
  g_signal_connect_object (statement, "notify", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  update (self);
  return GTK_WIDGET (self);
}

SfStatement *
sf_live_statement_row_get_statement (SfLiveStatementRow *self)
{
  g_return_val_if_fail (SF_IS_LIVE_STATEMENT_ROW (self), NULL);

  return self->statement;
}
