/* sf-partner-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-domain.h"
#include "sf-feedback.h"
#include "sf-partner-dialog.h"
#include "sf-role-row.h"
#include "sf-store-text.h"
#include "sf-text.h"
#include "sf-toplevel.h"
#include "interviews-resources.h"

struct _SfPartnerDialog
{
  AdwWindow parent_instance;

  SfProject *project;
  SfPartner *partner;  /* NULL when adding */
  GtkWidget *parent;   /* weak: where a removal's toast goes */

  AdwWindowTitle *window_title;
  GtkWidget      *save_button;
  GtkWidget      *organisation_row;
  GtkWidget      *domain_row;
  SfRoleRow      *role_row;
  GtkWidget      *contact_row;
  GtkWidget      *notes_view;
  GtkWidget      *remove_group;
};

G_DEFINE_FINAL_TYPE (SfPartnerDialog, sf_partner_dialog, ADW_TYPE_WINDOW)

static void
set_row_text (GtkWidget  *row,
              const char *text)
{
  sf_text_set_loaded (GTK_EDITABLE (row), text != NULL ? text : "");
}

static gboolean
is_valid (SfPartnerDialog *self)
{
  return !sf_store_text_is_blank (gtk_editable_get_text (GTK_EDITABLE (self->organisation_row)));
}

static void
validate (SfPartnerDialog *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.save", is_valid (self));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SfPartnerDialog *self = SF_PARTNER_DIALOG (widget);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->notes_view));
  g_autofree char *organisation = NULL;
  g_autofree char *notes = NULL;
  g_autofree char *new_id = NULL;
  g_autoptr(GError) error = NULL;
  GtkTextIter start, end;
  SfPartnerFields fields;
  gboolean saved;

  if (!is_valid (self))
    return;

  organisation = g_strstrip (g_strdup (gtk_editable_get_text (
                                           GTK_EDITABLE (self->organisation_row))));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  notes = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  fields = (SfPartnerFields) {
    .organisation = organisation,
    .domain = sf_domain_at_index (adw_combo_row_get_selected (ADW_COMBO_ROW (self->domain_row))),
    .role = gtk_editable_get_text (GTK_EDITABLE (self->role_row)),
    .contact = gtk_editable_get_text (GTK_EDITABLE (self->contact_row)),
    .notes = notes,
  };

  if (self->partner == NULL)
    saved = (new_id = sf_project_add_partner (self->project, &fields, &error)) != NULL;
  else
    saved = sf_project_update_partner (self->project,
                                       sf_record_get_id (SF_RECORD (self->partner)),
                                       &fields, &error);
  if (!saved)
    {
      /* Keep the dialog, and what was typed, so the user can try again. */
      sf_feedback_error (widget, _("The partner could not be saved"), error);
      return;
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SfPartnerDialog *self = SF_PARTNER_DIALOG (widget);

  if (self->partner != NULL)
    sf_feedback_remove_in_dialog (GTK_WINDOW (self), self->parent, self->project,
                                  sf_project_remove_partner,
                                  sf_record_get_id (SF_RECORD (self->partner)),
                                  _("Partner removed"), _("The partner could not be removed"));
}

static void
pick_role_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  sf_role_row_pick (SF_PARTNER_DIALOG (widget)->role_row,
                    g_variant_get_string (parameter, NULL));
}

static void
sf_partner_dialog_dispose (GObject *object)
{
  SfPartnerDialog *self = SF_PARTNER_DIALOG (object);

  g_clear_weak_pointer (&self->parent);
  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_PARTNER_DIALOG);
  g_clear_object (&self->partner);
  g_clear_object (&self->project);
  G_OBJECT_CLASS (sf_partner_dialog_parent_class)->dispose (object);
}

static void
sf_partner_dialog_class_init (SfPartnerDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_partner_dialog_dispose;

  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "dialog.remove", NULL, remove_action);
  gtk_widget_class_install_action (widget_class, "dialog.pick-role", "s", pick_role_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  g_type_ensure (SF_TYPE_ROLE_ROW);
  /* Referring to the resource keeps its object file in the static library's link. */
  (void) sf_interviews_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-partner-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SfPartnerDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, SfPartnerDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, SfPartnerDialog, organisation_row);
  gtk_widget_class_bind_template_child (widget_class, SfPartnerDialog, domain_row);
  gtk_widget_class_bind_template_child (widget_class, SfPartnerDialog, role_row);
  gtk_widget_class_bind_template_child (widget_class, SfPartnerDialog, contact_row);
  gtk_widget_class_bind_template_child (widget_class, SfPartnerDialog, notes_view);
  gtk_widget_class_bind_template_child (widget_class, SfPartnerDialog, remove_group);
  gtk_widget_class_bind_template_callback (widget_class, validate);
}

static void
sf_partner_dialog_init (SfPartnerDialog *self)
{
  g_autoptr(GtkStringList) domains = sf_domain_model_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  adw_combo_row_set_model (ADW_COMBO_ROW (self->domain_row), G_LIST_MODEL (domains));
  validate (self);
}

GtkWidget *
sf_partner_dialog_new (GtkWidget *parent,
                       SfProject *project,
                       SfPartner *partner)
{
  SfPartnerDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);
  g_return_val_if_fail (partner == NULL || SF_IS_PARTNER (partner), NULL);

  self = g_object_new (SF_TYPE_PARTNER_DIALOG, NULL);
  self->project = g_object_ref (project);
  g_set_object (&self->partner, partner);
  g_set_weak_pointer (&self->parent, parent);
  gtk_window_set_transient_for (GTK_WINDOW (self), sf_toplevel_of (parent));

  if (partner == NULL)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("New Partner"));
      gtk_button_set_label (GTK_BUTTON (self->save_button), _("_Add"));
    }
  else
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->notes_view));
      const char *notes = sf_partner_get_notes (partner);

      gtk_window_set_title (GTK_WINDOW (self), _("Edit Partner"));
      gtk_button_set_label (GTK_BUTTON (self->save_button), _("_Save"));
      set_row_text (self->organisation_row, sf_partner_get_organisation (partner));
      adw_combo_row_set_selected (ADW_COMBO_ROW (self->domain_row),
                                  sf_domain_get_index (sf_partner_get_domain (partner)));
      set_row_text (GTK_WIDGET (self->role_row), sf_partner_get_role (partner));
      set_row_text (self->contact_row, sf_partner_get_contact (partner));
      gtk_text_buffer_set_text (buffer, notes != NULL ? notes : "", -1);
      gtk_widget_set_visible (self->remove_group, TRUE);
    }
  adw_window_title_set_title (self->window_title, gtk_window_get_title (GTK_WINDOW (self)));
  return GTK_WIDGET (self);
}
