/* sf-step-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One line each for the title and the subtitle: wrapping text is measured at many widths,
 * which made opening a project noticeably slower; the step page has the full title.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-method.h"
#include "sf-one-line-row.h"
#include "sf-step-row.h"
#include "sf-step-status.h"
#include "steps-resources.h"

struct _SfStepRow
{
  AdwActionRow parent_instance;

  guint      number;
  GtkWidget *status_button;
};

G_DEFINE_FINAL_TYPE (SfStepRow, sf_step_row, ADW_TYPE_ACTION_ROW)

/* The menu is made when first opened: a GtkDropDown per row cost more than the rest of the
 * page when a project opens. */
static void
create_status_menu (GtkMenuButton *button,
                    gpointer       self)
{
  guint number = SF_STEP_ROW (self)->number;
  g_autoptr(GMenu) menu = g_menu_new ();

  for (guint status = SF_STEP_NOT_STARTED; status <= SF_STEP_DONE; status++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (sf_step_status_label (status), NULL);

      g_menu_item_set_action_and_target_value (item, "overview.set-step-status",
                                               g_variant_new ("(uu)", number, status));
      g_menu_append_item (menu, item);
    }
  gtk_menu_button_set_menu_model (button, G_MENU_MODEL (menu));
}

/* The project view shows the page; 0 is the overview. */
static void
activated_cb (SfStepRow *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "view.show-page", "u", self->number);
}

static void
sf_step_row_class_init (SfStepRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  /* Referring to the resource keeps its object file in the static library's link. */
  (void) sf_steps_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-step-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SfStepRow, status_button);
  gtk_widget_class_bind_template_callback (widget_class, activated_cb);
}

static void
sf_step_row_init (SfStepRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  sf_one_line_row_unwrap (GTK_WIDGET (self));
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (self->status_button),
                                         create_status_menu, self, NULL);
}

GtkWidget *
sf_step_row_new (guint number)
{
  SfStepRow *self = g_object_new (SF_TYPE_STEP_ROW, NULL);
  /* TRANSLATORS: a step in the overview: "1. Interviews with all relevant partners" */
  g_autofree char *title = g_strdup_printf (
    _("%u. %s"), number, sf_method_step_get_title (sf_method_get_step (number)));
  /* TRANSLATORS: the accessible name of a step's status button */
  g_autofree char *label = g_strdup_printf (_("Status of step %u"), number);

  self->number = number;
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->status_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  return GTK_WIDGET (self);
}

void
sf_step_row_set_status (SfStepRow  *self,
                        const char *label)
{
  g_return_if_fail (SF_IS_STEP_ROW (self));
  gtk_menu_button_set_label (GTK_MENU_BUTTON (self->status_button), label);
}
