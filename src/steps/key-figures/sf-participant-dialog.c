/* sf-participant-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Three rows (the template), the role's with a menu of the method's key-figure roles. The
 * widget names (participant-name, participant-organisation, participant-role) and the action
 * "dialog.save" are what the tests drive.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "key-figures-resources.h"
#include "sf-feedback.h"
#include "sf-participant-dialog.h"
#include "sf-project-key-figures.h"
#include "sf-role-row.h"
#include "sf-store-text.h"
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
  return !sf_store_text_is_blank (gtk_editable_get_text (GTK_EDITABLE (self->name_row)));
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

static void
sf_participant_dialog_dispose (GObject *object)
{
  SfParticipantDialog *self = SF_PARTICIPANT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_PARTICIPANT_DIALOG);
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

  g_type_ensure (SF_TYPE_ROLE_ROW);
  /* Referring to the resource keeps its object file in the static library's link. */
  (void) sf_key_figures_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-participant-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SfParticipantDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, SfParticipantDialog, organisation_row);
  gtk_widget_class_bind_template_child (widget_class, SfParticipantDialog, role_row);
  gtk_widget_class_bind_template_callback (widget_class, validate);
}

static void
sf_participant_dialog_init (SfParticipantDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
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
