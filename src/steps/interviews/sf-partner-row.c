/* sf-partner-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-domain.h"
#include "sf-feedback.h"
#include "sf-icon-button.h"
#include "sf-partner-dialog.h"
#include "sf-partner-row.h"
#include "sf-project-page.h"
#include "sf-text.h"
#include "interviews-resources.h"

struct _SfPartnerRow
{
  AdwActionRow parent_instance;

  SfProject *project;
  SfPartner *partner;
};

G_DEFINE_FINAL_TYPE (SfPartnerRow, sf_partner_row, ADW_TYPE_ACTION_ROW)

static void
update (SfPartnerRow *self)
{
  const char *parts[] = {
    sf_partner_domain_get_label (sf_partner_get_domain (self->partner)),
    sf_partner_get_role (self->partner),
    sf_partner_get_contact (self->partner),
  };
  g_autofree char *subtitle = sf_text_join_parts (parts, G_N_ELEMENTS (parts));
  const char *organisation = sf_partner_get_organisation (self->partner);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self),
                                 organisation != NULL ? organisation : "");
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  sf_partner_row_edit (SF_PARTNER_ROW (widget));
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SfPartnerRow *self = SF_PARTNER_ROW (widget);

  sf_feedback_remove (widget, self->project, sf_project_remove_partner,
                      sf_record_get_id (SF_RECORD (self->partner)), _("Partner removed"),
                      _("The partner could not be removed"));
}

static void
sf_partner_row_dispose (GObject *object)
{
  SfPartnerRow *self = SF_PARTNER_ROW (object);

  g_clear_object (&self->partner);
  g_clear_object (&self->project);
  G_OBJECT_CLASS (sf_partner_row_parent_class)->dispose (object);
}

static void
sf_partner_row_class_init (SfPartnerRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_partner_row_dispose;

  gtk_widget_class_install_action (widget_class, "partner.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "partner.remove", NULL, remove_action);

  g_type_ensure (SF_TYPE_ICON_BUTTON);
  /* Referring to the resource keeps its object file in the static library's link. */
  (void) sf_interviews_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-partner-row.ui");
  gtk_widget_class_bind_template_callback (widget_class, sf_partner_row_edit);
}

static void
sf_partner_row_init (SfPartnerRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sf_partner_row_new (SfProject *project,
                    SfPartner *partner)
{
  SfPartnerRow *self;

  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);
  g_return_val_if_fail (SF_IS_PARTNER (partner), NULL);

  self = g_object_new (SF_TYPE_PARTNER_ROW, NULL);
  self->project = g_object_ref (project);
  self->partner = g_object_ref (partner);
  /* The store updates the partner object in place after an edit, undo or redo. */
  g_signal_connect_object (partner, "notify", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  update (self);
  return GTK_WIDGET (self);
}

SfPartner *
sf_partner_row_get_partner (SfPartnerRow *self)
{
  g_return_val_if_fail (SF_IS_PARTNER_ROW (self), NULL);
  return self->partner;
}

void
sf_partner_row_edit (SfPartnerRow *self)
{
  /* The dialog's removal toast goes to the page, which outlives this row. */
  GtkWidget *page = gtk_widget_get_ancestor (GTK_WIDGET (self), SF_TYPE_PROJECT_PAGE);
  GtkWidget *dialog;

  g_return_if_fail (SF_IS_PARTNER_ROW (self));

  dialog = sf_partner_dialog_new (page, self->project, self->partner);
  gtk_window_present (GTK_WINDOW (dialog));
}
