/* sf-consideration-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The row follows its consideration (an edit, undo or redo changes it in place); the lock
 * changes the store only when the user flips it, not when the row shows what is stored.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "review-resources.h"
#include "sf-confidential-marker.h"
#include "sf-consideration-dialog.h"
#include "sf-consideration-row.h"
#include "sf-feedback.h"
#include "sf-icon-button.h"
#include "sf-project-considerations.h"
#include "sf-project-page.h"
#include "sf-review-labels.h"
#include "sf-text.h"

struct _SfConsiderationRow
{
  AdwActionRow     parent_instance;

  SfProject       *project;
  SfConsideration *consideration;

  GtkWidget       *marker;
  GtkWidget       *confidential_button;
};

G_DEFINE_FINAL_TYPE (SfConsiderationRow, sf_consideration_row, ADW_TYPE_ACTION_ROW)

static void
update (SfConsiderationRow *self)
{
  const char *parts[] = {
    sf_consideration_kind_label (sf_consideration_get_kind (self->consideration)),
    sf_consideration_get_partner (self->consideration),
  };
  g_autofree char *subtitle = sf_text_join_parts (parts, G_N_ELEMENTS (parts));
  GtkToggleButton *toggle = GTK_TOGGLE_BUTTON (self->confidential_button);
  gboolean confidential = sf_consideration_get_confidential (self->consideration);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self),
                                 sf_consideration_get_note (self->consideration));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);
  gtk_widget_set_visible (self->marker, confidential);
  if (gtk_toggle_button_get_active (toggle) != confidential)
    gtk_toggle_button_set_active (toggle, confidential);
  gtk_widget_set_tooltip_text (self->confidential_button,
                               confidential ? _("Confidential: Never Leaves the App")
                                            : _("Mark as Confidential"));
}

static void
confidential_toggled_cb (SfConsiderationRow *self)
{
  GtkToggleButton *toggle = GTK_TOGGLE_BUTTON (self->confidential_button);
  SfConsideration *item = self->consideration;
  g_autoptr(GError) error = NULL;
  SfConsiderationFields fields;

  if (item == NULL ||
      gtk_toggle_button_get_active (toggle) == sf_consideration_get_confidential (item))
    return;
  fields = (SfConsiderationFields) {
    .kind = sf_consideration_get_kind (item),
    .note = sf_consideration_get_note (item),
    .partner_id = sf_consideration_get_partner_id (item),
    .confidential = gtk_toggle_button_get_active (toggle),
  };
  if (!sf_project_update_consideration (self->project, sf_record_get_id (SF_RECORD (item)),
                                        &fields, &error))
    {
      sf_feedback_error (GTK_WIDGET (self), _("The consideration could not be changed"), error);
      gtk_toggle_button_set_active (toggle, sf_consideration_get_confidential (item));
    }
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SfConsiderationRow *self = SF_CONSIDERATION_ROW (widget);

  sf_feedback_remove (widget, self->project, sf_project_remove_consideration,
                      sf_record_get_id (SF_RECORD (self->consideration)),
                      _("Consideration removed"), _("The consideration could not be removed"));
}

static void
sf_consideration_row_dispose (GObject *object)
{
  SfConsiderationRow *self = SF_CONSIDERATION_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_CONSIDERATION_ROW);
  g_clear_object (&self->consideration);
  g_clear_object (&self->project);
  G_OBJECT_CLASS (sf_consideration_row_parent_class)->dispose (object);
}

static void
sf_consideration_row_class_init (SfConsiderationRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_consideration_row_dispose;

  gtk_widget_class_install_action (widget_class, "consideration.remove", NULL, remove_action);

  g_type_ensure (SF_TYPE_ICON_BUTTON);
  /* Referring to the resource keeps its object file in the static library's link. */
  (void) sf_review_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-consideration-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SfConsiderationRow, confidential_button);
  gtk_widget_class_bind_template_callback (widget_class, confidential_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, sf_consideration_row_edit);
}

static void
sf_consideration_row_init (SfConsiderationRow *self)
{
  /* The marker (common/'s, made in code) comes first among the suffixes. */
  self->marker = sf_confidential_marker_new ();
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), self->marker);
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sf_consideration_row_new (SfProject       *project,
                          SfConsideration *consideration)
{
  SfConsiderationRow *self;

  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);
  g_return_val_if_fail (SF_IS_CONSIDERATION (consideration), NULL);

  self = g_object_new (SF_TYPE_CONSIDERATION_ROW, NULL);
  self->project = g_object_ref (project);
  self->consideration = g_object_ref (consideration);
  g_signal_connect_object (consideration, "notify", G_CALLBACK (update), self,
                           G_CONNECT_SWAPPED);
  update (self);
  return GTK_WIDGET (self);
}

SfConsideration *
sf_consideration_row_get (SfConsiderationRow *self)
{
  g_return_val_if_fail (SF_IS_CONSIDERATION_ROW (self), NULL);
  return self->consideration;
}

void
sf_consideration_row_edit (SfConsiderationRow *self)
{
  /* The dialog's removal toast goes to the page, which outlives this row. */
  GtkWidget *page = gtk_widget_get_ancestor (GTK_WIDGET (self), SF_TYPE_PROJECT_PAGE);

  g_return_if_fail (SF_IS_CONSIDERATION_ROW (self));
  gtk_window_present (GTK_WINDOW (sf_consideration_dialog_new (page, self->project,
                                                               self->consideration)));
}
