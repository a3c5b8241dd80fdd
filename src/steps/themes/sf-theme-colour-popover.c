/* sf-theme-colour-popover.c: the palette a theme's colour is chosen from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-colour-swatch.h"
#include "sf-theme-colour-popover.h"
#include "themes-resources.h"

#define PALETTE_SWATCH_SIZE 20
#define PALETTE_COLUMNS 4

struct _SfThemeColourPopover
{
  GtkPopover parent_instance;

  GtkWidget *palette_grid;
  GtkWidget *none_button;
};

G_DEFINE_FINAL_TYPE (SfThemeColourPopover, sf_theme_colour_popover, GTK_TYPE_POPOVER)

/* Eight colours from the GNOME palette, dark enough to tell apart on a light row and named,
 * so that no one has to tell them apart by colour alone. */
static const struct
{
  const char *hex;
  const char *name;
} palette[] = {
  { "#3584e4", N_("Blue") },
  { "#2ec27e", N_("Green") },
  { "#f5c211", N_("Yellow") },
  { "#ff7800", N_("Orange") },
  { "#e01b24", N_("Red") },
  { "#9141ac", N_("Purple") },
  { "#986a44", N_("Brown") },
  { "#77767b", N_("Grey") },
};

static GtkWidget *
palette_button_new (SfThemeColourPopover *self,
                    const char           *id,
                    const char           *hex,
                    const char           *name)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *swatch = sf_colour_swatch_new (hex);

  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (swatch), PALETTE_SWATCH_SIZE);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (swatch), PALETTE_SWATCH_SIZE);
  gtk_button_set_child (GTK_BUTTON (button), swatch);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "circular");
  gtk_widget_set_tooltip_text (button, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "themes.colour");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "(ss)", id, hex);
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (gtk_popover_popdown), self);
  return button;
}

GtkWidget *
sf_theme_colour_popover_new (const char *theme_id)
{
  SfThemeColourPopover *self = g_object_new (SF_TYPE_THEME_COLOUR_POPOVER, NULL);

  g_return_val_if_fail (theme_id != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (palette); i++)
    gtk_grid_attach (GTK_GRID (self->palette_grid),
                     palette_button_new (self, theme_id, palette[i].hex, _(palette[i].name)),
                     (int) (i % PALETTE_COLUMNS), (int) (i / PALETTE_COLUMNS), 1, 1);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->none_button), "(ss)", theme_id, "");
  return GTK_WIDGET (self);
}

static void
sf_theme_colour_popover_class_init (SfThemeColourPopoverClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  /* Referring to the resource keeps its object file in the static library's link. */
  (void) sf_themes_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-theme-colour-popover.ui");
  gtk_widget_class_bind_template_child (widget_class, SfThemeColourPopover, palette_grid);
  gtk_widget_class_bind_template_child (widget_class, SfThemeColourPopover, none_button);
  gtk_widget_class_bind_template_callback (widget_class, gtk_popover_popdown);
}

static void
sf_theme_colour_popover_init (SfThemeColourPopover *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
