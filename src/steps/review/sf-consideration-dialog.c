/* sf-consideration-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A blank note is refused under the field (sf-review-dialog.h).
 */
#include "config.h"

#include <glib/gi18n.h>

#include "review-resources.h"
#include "sf-consideration-dialog.h"
#include "sf-partner-choice.h"
#include "sf-project-considerations.h"
#include "sf-review-labels.h"
#include "sf-review-dialog.h"
#include "sf-text.h"
#include "sf-toplevel.h"

struct _SfConsiderationDialog
{
  AdwWindow parent_instance;

  SfProject       *project;
  SfConsideration *consideration;  /* NULL when adding */
  GtkWidget       *parent;         /* weak: where a removal's toast goes */

  AdwWindowTitle  *window_title;
  GtkWidget       *save_button;
  GtkWidget       *kind_row;
  GtkWidget       *note_row;
  GtkWidget       *message_label;
  GtkWidget       *partner_row;
  GtkWidget       *confidential_switch;
  GtkWidget       *remove_group;
};

G_DEFINE_FINAL_TYPE (SfConsiderationDialog, sf_consideration_dialog, ADW_TYPE_WINDOW)

static void
note_changed_cb (SfConsiderationDialog *self)
{
  sf_review_refusal_show (self->message_label, self->note_row, NULL);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SfConsiderationDialog *self = SF_CONSIDERATION_DIALOG (widget);
  g_autofree char *new_id = NULL;
  g_autoptr(GError) error = NULL;
  SfConsiderationFields fields = {
    .kind = adw_combo_row_get_selected (ADW_COMBO_ROW (self->kind_row)),
    .note = gtk_editable_get_text (GTK_EDITABLE (self->note_row)),
    .partner_id = sf_partner_choice_get (ADW_COMBO_ROW (self->partner_row)),
    .confidential = gtk_switch_get_active (GTK_SWITCH (self->confidential_switch)),
  };
  gboolean saved;

  if (self->consideration == NULL)
    saved = (new_id = sf_project_add_consideration (self->project, &fields, &error)) != NULL;
  else
    saved = sf_project_update_consideration (
      self->project, sf_record_get_id (SF_RECORD (self->consideration)), &fields, &error);
  if (saved)
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }
  /* Keep the dialog and what was typed. */
  sf_review_refusal_after (widget, self->message_label, self->note_row,
                           _("The consideration could not be saved"), error);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SfConsiderationDialog *self = SF_CONSIDERATION_DIALOG (widget);

  sf_review_dialog_remove (widget, self->parent, self->project, sf_project_remove_consideration,
                           (SfRecord *) self->consideration, _("Consideration removed"),
                           _("The consideration could not be removed"));
}

static void
sf_consideration_dialog_dispose (GObject *object)
{
  SfConsiderationDialog *self = SF_CONSIDERATION_DIALOG (object);

  g_clear_weak_pointer (&self->parent);
  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_CONSIDERATION_DIALOG);
  g_clear_object (&self->consideration);
  g_clear_object (&self->project);
  G_OBJECT_CLASS (sf_consideration_dialog_parent_class)->dispose (object);
}

static void
sf_consideration_dialog_class_init (SfConsiderationDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_consideration_dialog_dispose;

  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "dialog.remove", NULL, remove_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  /* Referring to the resource keeps its object file in the static library's link. */
  (void) sf_review_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-consideration-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SfConsiderationDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, SfConsiderationDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, SfConsiderationDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, SfConsiderationDialog, note_row);
  gtk_widget_class_bind_template_child (widget_class, SfConsiderationDialog, message_label);
  gtk_widget_class_bind_template_child (widget_class, SfConsiderationDialog, partner_row);
  gtk_widget_class_bind_template_child (widget_class, SfConsiderationDialog,
                                        confidential_switch);
  gtk_widget_class_bind_template_child (widget_class, SfConsiderationDialog, remove_group);
  gtk_widget_class_bind_template_callback (widget_class, note_changed_cb);
}

static void
sf_consideration_dialog_init (SfConsiderationDialog *self)
{
  g_autoptr(GtkStringList) kinds = sf_consideration_kind_model ();

  gtk_widget_init_template (GTK_WIDGET (self));
  adw_combo_row_set_model (ADW_COMBO_ROW (self->kind_row), G_LIST_MODEL (kinds));
}

GtkWidget *
sf_consideration_dialog_new (GtkWidget       *parent,
                             SfProject       *project,
                             SfConsideration *consideration)
{
  SfConsiderationDialog *self;
  gboolean adding = consideration == NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);
  g_return_val_if_fail (adding || SF_IS_CONSIDERATION (consideration), NULL);

  self = g_object_new (SF_TYPE_CONSIDERATION_DIALOG, NULL);
  self->project = g_object_ref (project);
  g_set_object (&self->consideration, consideration);
  g_set_weak_pointer (&self->parent, parent);
  gtk_window_set_transient_for (GTK_WINDOW (self), sf_toplevel_of (parent));

  gtk_window_set_title (GTK_WINDOW (self),
                        adding ? _("New Consideration") : _("Edit Consideration"));
  adw_window_title_set_title (self->window_title, gtk_window_get_title (GTK_WINDOW (self)));
  gtk_button_set_label (GTK_BUTTON (self->save_button), adding ? _("_Add") : _("_Save"));
  sf_partner_choice_fill (ADW_COMBO_ROW (self->partner_row), project, _("No partner"),
                          adding ? NULL : sf_consideration_get_partner_id (consideration));
  if (!adding)
    {
      adw_combo_row_set_selected (ADW_COMBO_ROW (self->kind_row),
                                  sf_consideration_get_kind (consideration));
      sf_text_set_loaded (GTK_EDITABLE (self->note_row),
                          sf_consideration_get_note (consideration));
      gtk_switch_set_active (GTK_SWITCH (self->confidential_switch),
                             sf_consideration_get_confidential (consideration));
      gtk_widget_set_visible (self->remove_group, TRUE);
    }
  sf_review_refusal_show (self->message_label, self->note_row, NULL);
  return GTK_WIDGET (self);
}
