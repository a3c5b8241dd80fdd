/* sf-mbc-param-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-feedback.h"
#include "sf-mbc-param-dialog.h"
#include "sf-mbc-value.h"
#include "sf-project-mbc.h"
#include "sf-review-dialog.h"
#include "review-resources.h"

struct _SfMbcParamDialog
{
  AdwWindow   parent_instance;

  SfProject  *project;
  GtkWidget  *parent;
  SfMbcParam  param;
  char       *flat_id;

  GtkWidget  *heading;
  GtkWidget  *source;
  GtkWidget  *value_row;
  GtkWidget  *scope_row;
  GtkWidget  *set_by_row;
  GtkWidget  *refusal;
};

G_DEFINE_FINAL_TYPE (SfMbcParamDialog, sf_mbc_param_dialog, ADW_TYPE_WINDOW)

static void
save (SfMbcParamDialog *self)
{
  SfMbcParamInfo info = sf_mbc_param_info (self->param);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->value_row));
  gboolean for_flat = self->flat_id != NULL &&
                      adw_combo_row_get_selected (ADW_COMBO_ROW (self->scope_row)) == 1;
  g_autoptr(GError) error = NULL;
  g_autofree char *example = NULL, *message = NULL;
  double value;

  if (!sf_mbc_value_parse (info.unit, text, &value))
    {
      example = sf_mbc_value_format (info.unit, info.value);
      /* Translators: %s is an example of a value, "7.5 %" or "€3,154" */
      message = g_strdup_printf (_("Type a number, such as %s."), example);
      sf_review_refusal_show (self->refusal, self->value_row, message);
      gtk_widget_grab_focus (self->value_row);
      return;
    }
  if (!sf_project_set_mbc_param (self->project, for_flat ? self->flat_id : NULL, self->param,
                                 value, gtk_editable_get_text (GTK_EDITABLE (self->set_by_row)),
                                 &error))
    {
      sf_review_refusal_after (GTK_WIDGET (self), self->refusal, self->value_row,
                               _("The assumption could not be changed"), error);
      return;
    }
  sf_feedback_undo_toast (self->parent, self->project, _("Assumption changed"));
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  save (SF_MBC_PARAM_DIALOG (widget));
}

static void
sf_mbc_param_dialog_dispose (GObject *object)
{
  SfMbcParamDialog *self = SF_MBC_PARAM_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_MBC_PARAM_DIALOG);
  g_clear_object (&self->project);
  g_clear_object (&self->parent);
  g_clear_pointer (&self->flat_id, g_free);
  G_OBJECT_CLASS (sf_mbc_param_dialog_parent_class)->dispose (object);
}

static void
sf_mbc_param_dialog_class_init (SfMbcParamDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_mbc_param_dialog_dispose;
  gtk_widget_class_install_action (widget_class, "mbc-param.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  /* Referring to the resource keeps its object file in the static library's link. */
  (void) sf_review_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-mbc-param-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SfMbcParamDialog, heading);
  gtk_widget_class_bind_template_child (widget_class, SfMbcParamDialog, source);
  gtk_widget_class_bind_template_child (widget_class, SfMbcParamDialog, value_row);
  gtk_widget_class_bind_template_child (widget_class, SfMbcParamDialog, scope_row);
  gtk_widget_class_bind_template_child (widget_class, SfMbcParamDialog, set_by_row);
  gtk_widget_class_bind_template_child (widget_class, SfMbcParamDialog, refusal);
  gtk_widget_class_bind_template_callback (widget_class, save);
}

static void
sf_mbc_param_dialog_init (SfMbcParamDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* "The whole project" and, when a flat is shown, "Only this flat", the flat named under
 * "Applies to" (a choice holds a short line: a long name in it was cut); the flat's when it
 * has its own value. */
static void
fill_scope (SfMbcParamDialog *self,
            const char       *flat_name)
{
  g_autoptr(GtkStringList) scopes = gtk_string_list_new (NULL);

  gtk_string_list_append (scopes, _("The whole project"));
  if (self->flat_id != NULL)
    gtk_string_list_append (scopes, _("Only this flat"));
  adw_combo_row_set_model (ADW_COMBO_ROW (self->scope_row), G_LIST_MODEL (scopes));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->scope_row),
                               flat_name != NULL ? flat_name : "");
  if (self->flat_id != NULL &&
      sf_project_find_mbc_setting (self->project, self->flat_id, self->param) != NULL)
    adw_combo_row_set_selected (ADW_COMBO_ROW (self->scope_row), 1);
  gtk_widget_set_visible (self->scope_row, self->flat_id != NULL);
}

GtkWidget *
sf_mbc_param_dialog_new (GtkWidget  *parent,
                         SfProject  *project,
                         SfMbcParam  param,
                         const char *flat_id,
                         const char *flat_name,
                         double      value)
{
  SfMbcParamDialog *self;
  SfMbcParamInfo info;
  g_autofree char *shown = NULL, *rotterdam = NULL, *source = NULL;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);
  g_return_val_if_fail (param < SF_MBC_N_PARAMS, NULL);

  info = sf_mbc_param_info (param);
  self = g_object_new (SF_TYPE_MBC_PARAM_DIALOG,
                       "transient-for", gtk_widget_get_root (parent), NULL);
  self->project = g_object_ref (project);
  self->parent = g_object_ref (parent);
  self->param = param;
  self->flat_id = g_strdup (flat_id);
  gtk_label_set_text (GTK_LABEL (self->heading), info.label);
  rotterdam = sf_mbc_value_describe (info.unit, info.value);
  /* Translators: Rotterdam's value of an assumption, then where it comes from */
  source = g_strdup_printf (_("Rotterdam: %s (%s)"), rotterdam, info.source);
  gtk_label_set_text (GTK_LABEL (self->source), source);
  shown = sf_mbc_value_format (info.unit, value);
  gtk_editable_set_text (GTK_EDITABLE (self->value_row), shown);
  fill_scope (self, flat_name);
  return GTK_WIDGET (self);
}
