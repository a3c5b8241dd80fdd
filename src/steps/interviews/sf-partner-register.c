/* sf-partner-register.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-partner-register.h"
#include "sf-partner-row.h"
#include "sf-placeholder.h"
#include "sf-project-interviews.h"
#include "interviews-resources.h"

struct _SfPartnerRegister
{
  AdwPreferencesGroup parent_instance;

  SfProject *project;

  GtkWidget *list_box;
  GtkWidget *missing_label;
};

G_DEFINE_FINAL_TYPE (SfPartnerRegister, sf_partner_register, ADW_TYPE_PREFERENCES_GROUP)

static GtkWidget *
create_row (gpointer item,
            gpointer project)
{
  return sf_partner_row_new (project, SF_PARTNER (item));
}

static void
update_missing_roles (SfPartnerRegister *self,
                      const char        *table)
{
  g_auto(GStrv) missing = NULL;
  g_autofree char *list = NULL;
  g_autofree char *text = NULL;

  if (table != NULL && g_strcmp0 (table, "partner") != 0)
    return;
  missing = sf_project_missing_partner_roles (self->project);
  if (missing == NULL || missing[0] == NULL)
    {
      gtk_label_set_text (GTK_LABEL (self->missing_label), "");
      gtk_widget_set_visible (self->missing_label, FALSE);
      return;
    }
  list = g_strjoinv (", ", missing);
  /* Translators: %s lists the method's partner roles no partner has yet. */
  text = g_strdup_printf (_("Still missing: %s"), list);
  gtk_label_set_text (GTK_LABEL (self->missing_label), text);
  gtk_widget_set_visible (self->missing_label, TRUE);
}

static void
sf_partner_register_dispose (GObject *object)
{
  SfPartnerRegister *self = SF_PARTNER_REGISTER (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_PARTNER_REGISTER);
  g_clear_object (&self->project);
  G_OBJECT_CLASS (sf_partner_register_parent_class)->dispose (object);
}

static void
sf_partner_register_class_init (SfPartnerRegisterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_partner_register_dispose;

  /* Referring to the resource keeps its object file in the static library's link. */
  (void) sf_interviews_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-partner-register.ui");
  gtk_widget_class_bind_template_child (widget_class, SfPartnerRegister, list_box);
  gtk_widget_class_bind_template_child (widget_class, SfPartnerRegister, missing_label);
}

static void
sf_partner_register_init (SfPartnerRegister *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_list_box_set_placeholder (GTK_LIST_BOX (self->list_box),
                                sf_placeholder_new (_("No partners yet")));
}

GtkWidget *
sf_partner_register_new (SfProject *project)
{
  SfPartnerRegister *self;

  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);

  self = g_object_new (SF_TYPE_PARTNER_REGISTER, NULL);
  self->project = g_object_ref (project);
  gtk_list_box_bind_model (GTK_LIST_BOX (self->list_box), sf_project_get_partners (project),
                           create_row, project, NULL);
  g_signal_connect_object (project, "changed", G_CALLBACK (update_missing_roles), self,
                           G_CONNECT_SWAPPED);
  update_missing_roles (self, NULL);
  return GTK_WIDGET (self);
}

gboolean
sf_partner_register_reveal (SfPartnerRegister *self,
                            const char        *partner_id)
{
  g_return_val_if_fail (SF_IS_PARTNER_REGISTER (self), FALSE);

  for (GtkWidget *row = gtk_widget_get_first_child (self->list_box); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      SfPartner *partner = SF_IS_PARTNER_ROW (row)
                           ? sf_partner_row_get_partner (SF_PARTNER_ROW (row)) : NULL;

      if (partner == NULL || g_strcmp0 (sf_record_get_id (SF_RECORD (partner)), partner_id) != 0)
        continue;
      /* The page scrolls to its focus, which comes back here when the dialog closes. */
      gtk_widget_grab_focus (row);
      sf_partner_row_edit (SF_PARTNER_ROW (row));
      return TRUE;
    }
  return FALSE;
}
