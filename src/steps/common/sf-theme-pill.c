/* sf-theme-pill.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-icon-button.h"
#include "sf-theme-pill.h"
#include "steps-resources.h"

struct _SfThemePill
{
  GtkBox parent_instance;

  GtkLabel  *label;
  GtkWidget *untag_button;
};

G_DEFINE_FINAL_TYPE (SfThemePill, sf_theme_pill, GTK_TYPE_BOX)

static void
sf_theme_pill_class_init (SfThemePillClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  g_type_ensure (SF_TYPE_ICON_BUTTON);
  /* Referring to the resource keeps its object file in the static library's link. */
  (void) sf_steps_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-theme-pill.ui");
  gtk_widget_class_bind_template_child (widget_class, SfThemePill, label);
  gtk_widget_class_bind_template_child (widget_class, SfThemePill, untag_button);
}

static void
sf_theme_pill_init (SfThemePill *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sf_theme_pill_new (const char *name,
                   const char *theme_id,
                   const char *untag_action)
{
  SfThemePill *self = g_object_new (SF_TYPE_THEME_PILL, NULL);
  /* Translators: %s is a theme's name, on the button that takes it off a key point or a
   * statement. */
  g_autofree char *tip = g_strdup_printf (_("Remove Theme “%s”"), name);

  gtk_label_set_text (self->label, name);
  sf_icon_button_set_tip (SF_ICON_BUTTON (self->untag_button), tip);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->untag_button), untag_action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->untag_button), "s", theme_id);
  return GTK_WIDGET (self);
}
