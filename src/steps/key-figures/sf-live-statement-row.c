/* sf-live-statement-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The row follows its statement (an edit, undo or redo changes it in place); the lock toggle
 * changes the store only when the user flips it, not when the row shows what is stored.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "key-figures-resources.h"
#include "sf-confidential-marker.h"
#include "sf-feedback.h"
#include "sf-live-statement-row.h"
#include "sf-project-key-figures.h"
#include "sf-text.h"

struct _SfLiveStatementRow
{
  AdwActionRow parent_instance;

  SfProject   *project;
  SfStatement *statement;

  GtkWidget   *marker;
  GtkWidget   *confidential_button;
  GtkWidget   *remove_button;
};

G_DEFINE_FINAL_TYPE (SfLiveStatementRow, sf_live_statement_row, ADW_TYPE_ACTION_ROW)

static void
update (SfLiveStatementRow *self)
{
  const char *parts[] = {
    sf_statement_get_participant_name (self->statement),
    sf_statement_get_themes (self->statement),
  };
  g_autofree char *subtitle = sf_text_join_parts (parts, G_N_ELEMENTS (parts));
  GtkToggleButton *toggle = GTK_TOGGLE_BUTTON (self->confidential_button);
  gboolean confidential = sf_statement_get_confidential (self->statement);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self),
                                 sf_statement_get_text (self->statement));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);
  gtk_widget_set_visible (self->marker, confidential);
  if (gtk_toggle_button_get_active (toggle) != confidential)
    gtk_toggle_button_set_active (toggle, confidential);
  gtk_widget_set_tooltip_text (self->confidential_button,
                               confidential ? _("Confidential: Not Shown to the Room")
                                            : _("Mark as Confidential"));
}

static void
confidential_toggled_cb (SfLiveStatementRow *self)
{
  GtkToggleButton *toggle = GTK_TOGGLE_BUTTON (self->confidential_button);
  gboolean on = gtk_toggle_button_get_active (toggle);
  g_autoptr(GError) error = NULL;

  if (self->statement == NULL || on == sf_statement_get_confidential (self->statement))
    return;
  if (!sf_project_set_statement_confidential (self->project,
                                              sf_record_get_id (SF_RECORD (self->statement)),
                                              on, &error))
    {
      sf_feedback_error (GTK_WIDGET (self), _("The statement could not be changed"), error);
      gtk_toggle_button_set_active (toggle, sf_statement_get_confidential (self->statement));
    }
}

static void
sf_live_statement_row_dispose (GObject *object)
{
  SfLiveStatementRow *self = SF_LIVE_STATEMENT_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_LIVE_STATEMENT_ROW);
  g_clear_object (&self->statement);
  g_clear_object (&self->project);
  G_OBJECT_CLASS (sf_live_statement_row_parent_class)->dispose (object);
}

static void
sf_live_statement_row_class_init (SfLiveStatementRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_live_statement_row_dispose;

  /* Referring to the resource keeps its object file in the static library's link. */
  (void) sf_key_figures_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-live-statement-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SfLiveStatementRow, confidential_button);
  gtk_widget_class_bind_template_child (widget_class, SfLiveStatementRow, remove_button);
  gtk_widget_class_bind_template_callback (widget_class, confidential_toggled_cb);
}

static void
sf_live_statement_row_init (SfLiveStatementRow *self)
{
  /* The marker (common/'s, made in code) comes first among the suffixes, before the
   * template's buttons. */
  self->marker = sf_confidential_marker_new ();
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), self->marker);
  gtk_widget_init_template (GTK_WIDGET (self));
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
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->remove_button), "s",
                                    sf_record_get_id (SF_RECORD (statement)));
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
