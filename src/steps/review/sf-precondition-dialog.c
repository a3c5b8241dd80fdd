/* sf-precondition-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-feedback.h"
#include "sf-method.h"
#include "sf-precondition-dialog.h"
#include "sf-project-preconditions.h"
#include "sf-store-text.h"
#include "sf-toplevel.h"

struct _SfPreconditionDialog
{
  AdwMessageDialog parent_instance;

  SfProject   *project;
  char        *precondition_id; /* NULL: adding one */
  GtkWidget   *parent;          /* weak: where a failure is told */

  GtkEntry    *text_entry;
  GtkDropDown *group_drop_down;
  GtkWidget   *per_flat_check;
};

G_DEFINE_FINAL_TYPE (SfPreconditionDialog, sf_precondition_dialog, ADW_TYPE_MESSAGE_DIALOG)

static void
text_changed (SfPreconditionDialog *self)
{
  adw_message_dialog_set_response_enabled (
    ADW_MESSAGE_DIALOG (self), "save",
    !sf_store_text_is_blank (gtk_editable_get_text (GTK_EDITABLE (self->text_entry))));
}

static void
sf_precondition_dialog_response (AdwMessageDialog *dialog,
                                 const char       *response)
{
  SfPreconditionDialog *self = SF_PRECONDITION_DIALOG (dialog);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->text_entry));
  g_autoptr(GError) error = NULL;
  g_autofree char *added = NULL;
  guint group = gtk_drop_down_get_selected (self->group_drop_down);

  if (!g_str_equal (response, "save"))
    return;
  if (self->precondition_id != NULL)
    {
      if (!sf_project_reword_precondition (self->project, self->precondition_id, text, &error))
        sf_feedback_error (self->parent != NULL ? self->parent : GTK_WIDGET (self),
                           _("The precondition could not be changed"), error);
      return;
    }
  added = sf_project_add_precondition (
    self->project, sf_method_get_precondition_group_key (
      group < sf_method_get_n_precondition_groups () ? group : 0), text,
    gtk_check_button_get_active (GTK_CHECK_BUTTON (self->per_flat_check)), &error);
  if (added == NULL)
    sf_feedback_error (self->parent != NULL ? self->parent : GTK_WIDGET (self),
                       _("The precondition could not be added"), error);
}

/* Kept until the end: the response comes after the dialog has closed. */
static void
sf_precondition_dialog_finalize (GObject *object)
{
  SfPreconditionDialog *self = SF_PRECONDITION_DIALOG (object);

  g_clear_weak_pointer (&self->parent);
  g_clear_object (&self->project);
  g_free (self->precondition_id);
  G_OBJECT_CLASS (sf_precondition_dialog_parent_class)->finalize (object);
}

static void
sf_precondition_dialog_class_init (SfPreconditionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = sf_precondition_dialog_finalize;
  ADW_MESSAGE_DIALOG_CLASS (klass)->response = sf_precondition_dialog_response;
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-precondition-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SfPreconditionDialog, text_entry);
  gtk_widget_class_bind_template_child (widget_class, SfPreconditionDialog, group_drop_down);
  gtk_widget_class_bind_template_child (widget_class, SfPreconditionDialog, per_flat_check);
  gtk_widget_class_bind_template_callback (widget_class, text_changed);
}

static void
sf_precondition_dialog_init (SfPreconditionDialog *self)
{
  g_autoptr(GtkStringList) groups = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  for (guint i = 0; i < sf_method_get_n_precondition_groups (); i++)
    gtk_string_list_append (groups, sf_method_get_precondition_group_title (i));
  gtk_drop_down_set_model (self->group_drop_down, G_LIST_MODEL (groups));
}

GtkWidget *
sf_precondition_dialog_new (GtkWidget      *parent,
                            SfProject      *project,
                            SfPrecondition *precondition)
{
  SfPreconditionDialog *self;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);

  self = g_object_new (SF_TYPE_PRECONDITION_DIALOG,
                       "transient-for", sf_toplevel_of (parent),
                       NULL);
  self->project = g_object_ref (project);
  g_set_weak_pointer (&self->parent, parent);
  if (precondition != NULL)
    {
      self->precondition_id = g_strdup (sf_record_get_id (SF_RECORD (precondition)));
      adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), _("Edit Precondition"));
      gtk_editable_set_text (GTK_EDITABLE (self->text_entry),
                             sf_precondition_get_text (precondition));
      /* Its group and scope stay: its judgements were made for them. */
      gtk_widget_set_visible (GTK_WIDGET (self->group_drop_down), FALSE);
      gtk_widget_set_visible (self->per_flat_check, FALSE);
    }
  gtk_widget_grab_focus (GTK_WIDGET (self->text_entry));
  return GTK_WIDGET (self);
}
