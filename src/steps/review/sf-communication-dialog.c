/* sf-communication-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A blank message, or a "when" that is neither a date nor a quarter, is refused under the
 * fields, that field marked (sf-review-dialog.h).
 */
#include "config.h"

#include <glib/gi18n.h>

#include "review-resources.h"
#include "sf-communication-dialog.h"
#include "sf-due.h"
#include "sf-partner-choice.h"
#include "sf-project-communication.h"
#include "sf-review-labels.h"
#include "sf-review-dialog.h"
#include "sf-text.h"
#include "sf-toplevel.h"

struct _SfCommunicationDialog
{
  AdwWindow parent_instance;

  SfProject       *project;
  SfCommunication *communication;  /* NULL when adding */
  GtkWidget       *parent;         /* weak: where a removal's toast goes */

  AdwWindowTitle  *window_title;
  GtkWidget       *save_button;
  GtkWidget       *audience_row;
  GtkWidget       *message_row;
  GtkWidget       *means_row;
  GtkWidget       *partner_row;
  GtkWidget       *due_row;
  GtkWidget       *refusal_label;
  GtkWidget       *remove_group;
};

G_DEFINE_FINAL_TYPE (SfCommunicationDialog, sf_communication_dialog, ADW_TYPE_WINDOW)

static void
typed_cb (SfCommunicationDialog *self)
{
  sf_review_refusal_show (self->refusal_label, self->message_row, NULL);
  gtk_widget_remove_css_class (self->due_row, "error");
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SfCommunicationDialog *self = SF_COMMUNICATION_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *new_id = NULL;
  g_autofree char *due = sf_due_parse (gtk_editable_get_text (GTK_EDITABLE (self->due_row)),
                                       &error);
  SfCommunicationFields fields;
  gboolean saved;

  if (due == NULL)
    {
      sf_review_refusal_after (widget, self->refusal_label, self->due_row, NULL, error);
      return;
    }
  fields = (SfCommunicationFields) {
    .audience = adw_combo_row_get_selected (ADW_COMBO_ROW (self->audience_row)),
    .message = gtk_editable_get_text (GTK_EDITABLE (self->message_row)),
    .means = gtk_editable_get_text (GTK_EDITABLE (self->means_row)),
    .partner_id = sf_partner_choice_get (ADW_COMBO_ROW (self->partner_row)),
    .due = due,
  };
  if (self->communication == NULL)
    saved = (new_id = sf_project_add_communication (self->project, &fields, &error)) != NULL;
  else
    saved = sf_project_update_communication (
      self->project, sf_record_get_id (SF_RECORD (self->communication)), &fields, &error);
  if (saved)
    gtk_window_destroy (GTK_WINDOW (self));
  else
    sf_review_refusal_after (widget, self->refusal_label, self->message_row,
                             _("The communication could not be saved"), error);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SfCommunicationDialog *self = SF_COMMUNICATION_DIALOG (widget);

  sf_review_dialog_remove (widget, self->parent, self->project, sf_project_remove_communication,
                           (SfRecord *) self->communication, _("Communication removed"),
                           _("The communication could not be removed"));
}

static void
sf_communication_dialog_dispose (GObject *object)
{
  SfCommunicationDialog *self = SF_COMMUNICATION_DIALOG (object);

  g_clear_weak_pointer (&self->parent);
  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_COMMUNICATION_DIALOG);
  g_clear_object (&self->communication);
  g_clear_object (&self->project);
  G_OBJECT_CLASS (sf_communication_dialog_parent_class)->dispose (object);
}

static void
sf_communication_dialog_class_init (SfCommunicationDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_communication_dialog_dispose;

  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "dialog.remove", NULL, remove_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  /* Referring to the resource keeps its object file in the static library's link. */
  (void) sf_review_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-communication-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SfCommunicationDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, SfCommunicationDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, SfCommunicationDialog, audience_row);
  gtk_widget_class_bind_template_child (widget_class, SfCommunicationDialog, message_row);
  gtk_widget_class_bind_template_child (widget_class, SfCommunicationDialog, means_row);
  gtk_widget_class_bind_template_child (widget_class, SfCommunicationDialog, partner_row);
  gtk_widget_class_bind_template_child (widget_class, SfCommunicationDialog, due_row);
  gtk_widget_class_bind_template_child (widget_class, SfCommunicationDialog, refusal_label);
  gtk_widget_class_bind_template_child (widget_class, SfCommunicationDialog, remove_group);
  gtk_widget_class_bind_template_callback (widget_class, typed_cb);
}

static void
sf_communication_dialog_init (SfCommunicationDialog *self)
{
  g_autoptr(GtkStringList) audiences = sf_audience_model ();

  gtk_widget_init_template (GTK_WIDGET (self));
  adw_combo_row_set_model (ADW_COMBO_ROW (self->audience_row), G_LIST_MODEL (audiences));
}

static void
load (SfCommunicationDialog *self,
      SfCommunication       *item)
{
  g_autofree char *due = sf_due_format (sf_communication_get_due (item));

  adw_combo_row_set_selected (ADW_COMBO_ROW (self->audience_row),
                              sf_communication_get_audience (item));
  sf_text_set_loaded (GTK_EDITABLE (self->message_row), sf_communication_get_message (item));
  sf_text_set_loaded (GTK_EDITABLE (self->means_row), sf_communication_get_means (item));
  sf_text_set_loaded (GTK_EDITABLE (self->due_row), due);
  gtk_widget_set_visible (self->remove_group, TRUE);
}

GtkWidget *
sf_communication_dialog_new (GtkWidget       *parent,
                             SfProject       *project,
                             SfCommunication *communication)
{
  SfCommunicationDialog *self;
  gboolean adding = communication == NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);
  g_return_val_if_fail (adding || SF_IS_COMMUNICATION (communication), NULL);

  self = g_object_new (SF_TYPE_COMMUNICATION_DIALOG, NULL);
  self->project = g_object_ref (project);
  g_set_object (&self->communication, communication);
  g_set_weak_pointer (&self->parent, parent);
  gtk_window_set_transient_for (GTK_WINDOW (self), sf_toplevel_of (parent));

  gtk_window_set_title (GTK_WINDOW (self),
                        adding ? _("New Communication") : _("Edit Communication"));
  adw_window_title_set_title (self->window_title, gtk_window_get_title (GTK_WINDOW (self)));
  gtk_button_set_label (GTK_BUTTON (self->save_button), adding ? _("_Add") : _("_Save"));
  sf_partner_choice_fill (ADW_COMBO_ROW (self->partner_row), project, _("Not chosen yet"),
                          adding ? NULL : sf_communication_get_partner_id (communication));
  if (!adding)
    load (self, communication);
  typed_cb (self);
  return GTK_WIDGET (self);
}
