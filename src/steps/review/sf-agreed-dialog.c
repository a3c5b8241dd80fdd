/* sf-agreed-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The text is made again when another partner is chosen or the plan changes, so that what
 * is copied or printed is always the plan as it stands.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-agreed-dialog.h"
#include "sf-partner.h"
#include "sf-plan-format.h"
#include "sf-text-share.h"
#include "review-resources.h"

struct _SfAgreedDialog
{
  AdwWindow parent_instance;

  SfProject *project;
  GPtrArray *partner_ids;  /* per position of the partner row */
  char      *text;
  /* Kept while an asynchronous print runs. */
  GtkPrintOperation *print_operation;

  GtkWidget *toasts;
  GtkWidget *partner_row;
  GtkWidget *text_view;
};

G_DEFINE_FINAL_TYPE (SfAgreedDialog, sf_agreed_dialog, ADW_TYPE_WINDOW)

static const char *
partner_id (SfAgreedDialog *self)
{
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (self->partner_row));

  return self->partner_ids != NULL && selected < self->partner_ids->len
         ? g_ptr_array_index (self->partner_ids, selected) : NULL;
}

static void
show_text (SfAgreedDialog *self)
{
  g_free (self->text);
  self->text = self->project != NULL && partner_id (self) != NULL
               ? sf_plan_format_agreed (self->project, partner_id (self)) : NULL;
  if (self->text == NULL)
    self->text = g_strdup ("");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->text_view)),
                            self->text, -1);
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SfAgreedDialog *self = SF_AGREED_DIALOG (widget);

  sf_text_share_copy (self->toasts, self->text);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  SfAgreedDialog *self = SF_AGREED_DIALOG (widget);
  g_autoptr(GtkPrintOperation) operation = NULL;
  GObject *selected = adw_combo_row_get_selected_item (ADW_COMBO_ROW (self->partner_row));
  g_autofree char *job_name = NULL;

  /* Translators: the name of the print job; %s is the partner organisation. */
  job_name = g_strdup_printf (_("What %s agreed to do"),
                              selected != NULL
                              ? gtk_string_object_get_string (GTK_STRING_OBJECT (selected))
                              : "");
  operation = sf_text_share_print (self->toasts, job_name, self->text,
                                   _("The list could not be printed"));
  g_set_object (&self->print_operation, operation);
}

static void
sf_agreed_dialog_dispose (GObject *object)
{
  SfAgreedDialog *self = SF_AGREED_DIALOG (object);

  g_clear_object (&self->print_operation);
  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_AGREED_DIALOG);
  g_clear_object (&self->project);
  g_clear_pointer (&self->partner_ids, g_ptr_array_unref);
  G_OBJECT_CLASS (sf_agreed_dialog_parent_class)->dispose (object);
}

static void
sf_agreed_dialog_finalize (GObject *object)
{
  g_free (SF_AGREED_DIALOG (object)->text);
  G_OBJECT_CLASS (sf_agreed_dialog_parent_class)->finalize (object);
}

static void
sf_agreed_dialog_class_init (SfAgreedDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_agreed_dialog_dispose;
  object_class->finalize = sf_agreed_dialog_finalize;
  gtk_widget_class_install_action (widget_class, "agreed.copy", NULL, copy_action);
  gtk_widget_class_install_action (widget_class, "agreed.print", NULL, print_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  /* Referring to the resource keeps its object file in the static library's link. */
  (void) sf_review_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-agreed-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SfAgreedDialog, toasts);
  gtk_widget_class_bind_template_child (widget_class, SfAgreedDialog, partner_row);
  gtk_widget_class_bind_template_child (widget_class, SfAgreedDialog, text_view);
  gtk_widget_class_bind_template_callback (widget_class, show_text);
}

static void
sf_agreed_dialog_init (SfAgreedDialog *self)
{
  self->partner_ids = g_ptr_array_new_with_free_func (g_free);
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sf_agreed_dialog_new (GtkWindow  *parent,
                      SfProject  *project,
                      const char *partner)
{
  SfAgreedDialog *self;
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GListModel *partners;
  guint selected = 0;

  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);

  self = g_object_new (SF_TYPE_AGREED_DIALOG, "transient-for", parent, NULL);
  partners = sf_project_get_partners (project);
  for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr(SfPartner) item = g_list_model_get_item (partners, i);
      const char *id = sf_record_get_id (SF_RECORD (item));
      const char *name = sf_partner_get_organisation (item);

      gtk_string_list_append (labels, name != NULL ? name : "");
      g_ptr_array_add (self->partner_ids, g_strdup (id));
      if (g_strcmp0 (id, partner) == 0)
        selected = i;
    }
  adw_combo_row_set_model (ADW_COMBO_ROW (self->partner_row), G_LIST_MODEL (labels));
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->partner_row), selected);
  self->project = g_object_ref (project);
  g_signal_connect_object (project, "changed::plan_action", G_CALLBACK (show_text), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (project, "changed::plan_action_partner", G_CALLBACK (show_text),
                           self, G_CONNECT_SWAPPED);
  show_text (self);
  return GTK_WIDGET (self);
}

const char *
sf_agreed_dialog_get_text (SfAgreedDialog *self)
{
  g_return_val_if_fail (SF_IS_AGREED_DIALOG (self), NULL);
  return self->text;
}
