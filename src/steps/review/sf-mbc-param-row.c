/* sf-mbc-param-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-mbc-param-row.h"
#include "sf-mbc-value.h"
#include "sf-project-mbc.h"

struct _SfMbcParamRow
{
  AdwActionRow parent_instance;

  SfMbcParam   param;
  gboolean     changed;
  GtkWidget   *value;
  GtkWidget   *reset;
};

G_DEFINE_FINAL_TYPE (SfMbcParamRow, sf_mbc_param_row, ADW_TYPE_ACTION_ROW)

SfMbcParam
sf_mbc_param_row_get_param (SfMbcParamRow *self)
{
  g_return_val_if_fail (SF_IS_MBC_PARAM_ROW (self), SF_MBC_N_PARAMS);
  return self->param;
}

gboolean
sf_mbc_param_row_is_changed (SfMbcParamRow *self)
{
  g_return_val_if_fail (SF_IS_MBC_PARAM_ROW (self), FALSE);
  return self->changed;
}

/* "Changed for this flat by Zorggroep De Linde · Rotterdam: € 60.000". */
static char *
describe_change (SfMbcSetting *setting,
                 SfMbcParamInfo *info)
{
  const char *by = sf_mbc_setting_get_set_by (setting);
  gboolean flat = sf_mbc_setting_get_flat_id (setting) != NULL;
  g_autofree char *rotterdam = sf_mbc_value_describe (info->unit, info->value);
  g_autofree char *changed = NULL;

  if (by != NULL && *by != '\0')
    /* Translators: %s is who changed an assumption of the business case */
    changed = g_strdup_printf (flat ? _("Changed for this flat by %s") :
                               _("Changed for the project by %s"), by);
  else
    changed = g_strdup (flat ? _("Changed for this flat") : _("Changed for the project"));
  /* Translators: what changed an assumption, then Rotterdam's value of it */
  return g_strdup_printf (_("%s · Rotterdam: %s"), changed, rotterdam);
}

void
sf_mbc_param_row_update (SfMbcParamRow *self,
                         SfProject     *project,
                         const char    *flat_id,
                         double         value)
{
  SfMbcParamInfo info = sf_mbc_param_info (self->param);
  SfMbcSetting *setting = NULL;
  g_autofree char *text = sf_mbc_value_describe (info.unit, value);
  g_autofree char *subtitle = NULL;

  g_return_if_fail (SF_IS_MBC_PARAM_ROW (self));

  if (flat_id != NULL)
    setting = sf_project_find_mbc_setting (project, flat_id, self->param);
  if (setting == NULL || sf_mbc_setting_get_value (setting) < 0)
    setting = sf_project_find_mbc_setting (project, NULL, self->param);
  if (setting != NULL && sf_mbc_setting_get_value (setting) < 0)
    setting = NULL;
  self->changed = setting != NULL;
  subtitle = setting != NULL ? describe_change (setting, &info) : g_strdup (info.source);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), info.label);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);
  gtk_label_set_text (GTK_LABEL (self->value), text);
  gtk_widget_set_visible (self->reset, self->changed);
  if (self->changed)
    gtk_widget_add_css_class (self->value, "accent");
  else
    gtk_widget_remove_css_class (self->value, "accent");
}

static void
sf_mbc_param_row_class_init (SfMbcParamRowClass *klass)
{
}

static void
sf_mbc_param_row_init (SfMbcParamRow *self)
{
  self->value = gtk_label_new (NULL);
  gtk_widget_set_name (self->value, "mbc-param-value");
  gtk_widget_add_css_class (self->value, "numeric");
  self->reset = gtk_button_new_from_icon_name ("edit-undo-symbolic");
  gtk_widget_set_name (self->reset, "mbc-param-reset");
  gtk_widget_set_tooltip_text (self->reset, _("Back to Rotterdam’s Value"));
  gtk_widget_set_valign (self->reset, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (self->reset, "flat");
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), self->value);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), self->reset);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self),
                             gtk_image_new_from_icon_name ("document-edit-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), TRUE);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);
}

GtkWidget *
sf_mbc_param_row_new (SfMbcParam param)
{
  SfMbcParamRow *self;
  g_autofree char *name = NULL;

  g_return_val_if_fail (param < SF_MBC_N_PARAMS, NULL);

  self = g_object_new (SF_TYPE_MBC_PARAM_ROW, NULL);
  self->param = param;
  name = g_strconcat ("mbc-param-", sf_mbc_param_info (param).key, NULL);
  gtk_widget_set_name (GTK_WIDGET (self), name);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self), "mbc.edit");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self), "i", (int) param);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->reset), "mbc.reset");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->reset), "i", (int) param);
  return GTK_WIDGET (self);
}
