/* sf-participant-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Built in code: three rows, the role's with a menu of the method's key-figure roles. The
 * widget names (participant-name, participant-organisation, participant-role) and the action
 * "dialog.save" are what the tests drive.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-feedback.h"
#include "sf-participant-dialog.h"
#include "sf-project-key-figures.h"
#include "sf-role-row.h"
#include "sf-text.h"
#include "sf-toplevel.h"

struct _SfParticipantDialog
{
  AdwWindow parent_instance;

  SfProject *project;
  char      *session_id;

  GtkWidget *name_row;
  GtkWidget *organisation_row;
  GtkWidget *role_row;
};

G_DEFINE_FINAL_TYPE (SfParticipantDialog, sf_participant_dialog, ADW_TYPE_WINDOW)

static gboolean
is_valid (SfParticipantDialog *self)
{
  return !sf_text_is_blank (gtk_editable_get_text (GTK_EDITABLE (self->name_row)));
}

static void
validate (SfParticipantDialog *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.save", is_valid (self));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SfParticipantDialog *self = SF_PARTICIPANT_DIALOG (widget);
  g_autofree char *name = NULL;
  g_autofree char *new_id = NULL;
  g_autoptr(GError) error = NULL;

  if (!is_valid (self))
    return;

  if (self->session_id == NULL)
    {
      self->session_id = sf_project_add_session (self->project, NULL, NULL, NULL, &error);
      if (self->session_id == NULL)
        {
          sf_feedback_error (widget, _("The session could not be created"), error);
          return;
        }
    }

  name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  new_id = sf_project_add_participant (self->project, self->session_id, name,
                                       gtk_editable_get_text (GTK_EDITABLE (self->organisation_row)),
                                       gtk_editable_get_text (GTK_EDITABLE (self->role_row)),
                                       &error);
  if (new_id == NULL)
    {
      /* Keep the dialog, and what was typed, so the user can try again. */
      sf_feedback_error (widget, _("The participant could not be added"), error);
      return;
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
pick_role_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  sf_role_row_pick (SF_ROLE_ROW (SF_PARTICIPANT_DIALOG (widget)->role_row),
                    g_variant_get_string (parameter, NULL));
}

static GtkWidget *
entry_row_new (const char *title,
               const char *name)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_set_name (row, name);
  return row;
}

static void
sf_participant_dialog_dispose (GObject *object)
{
  SfParticipantDialog *self = SF_PARTICIPANT_DIALOG (object);

  g_clear_object (&self->project);
  g_clear_pointer (&self->session_id, g_free);
  G_OBJECT_CLASS (sf_participant_dialog_parent_class)->dispose (object);
}

static void
sf_participant_dialog_class_init (SfParticipantDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_participant_dialog_dispose;

  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "dialog.pick-role", "s", pick_role_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sf_participant_dialog_init (SfParticipantDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *save = gtk_button_new_with_mnemonic (_("_Add"));
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *group = adw_preferences_group_new ();

  gtk_window_set_title (GTK_WINDOW (self), _("New Participant"));
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  /* Wide enough for the whole title between the two buttons, in Dutch too. */
  gtk_window_set_default_size (GTK_WINDOW (self), 480, 360);

  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (save), "dialog.save");
  gtk_widget_add_css_class (save, "suggested-action");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), save);
  gtk_box_append (GTK_BOX (box), header);

  self->name_row = entry_row_new (_("Name"), "participant-name");
  self->organisation_row = entry_row_new (_("Organisation"), "participant-organisation");
  self->role_row = sf_role_row_new (2, _("Role"), _("Key-Figure Roles"));
  gtk_widget_set_name (self->role_row, "participant-role");
  g_signal_connect_swapped (self->name_row, "changed", G_CALLBACK (validate), self);
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (self->name_row), TRUE);

  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
    _("A key figure in the flat or the neighbourhood. Pick a role the method suggests or "
      "type your own."));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->name_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->organisation_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->role_row);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), page);
  adw_window_set_content (ADW_WINDOW (self), box);
  gtk_window_set_default_widget (GTK_WINDOW (self), save);
  validate (self);
}

GtkWidget *
sf_participant_dialog_new (GtkWidget  *parent,
                           SfProject  *project,
                           const char *session_id)
{
  SfParticipantDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);

  self = g_object_new (SF_TYPE_PARTICIPANT_DIALOG, NULL);
  self->project = g_object_ref (project);
  self->session_id = g_strdup (session_id);
  gtk_window_set_transient_for (GTK_WINDOW (self), sf_toplevel_of (parent));
  return GTK_WIDGET (self);
}
