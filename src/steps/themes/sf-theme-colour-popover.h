/* sf-theme-colour-popover.h: the palette a theme's colour is chosen from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Eight named colours and "No Colour"; a choice activates "themes.colour" (ss) with the theme's
 * id (sf-themes-page.h) and closes the popover.
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SF_TYPE_THEME_COLOUR_POPOVER (sf_theme_colour_popover_get_type ())
G_DECLARE_FINAL_TYPE (SfThemeColourPopover, sf_theme_colour_popover, SF, THEME_COLOUR_POPOVER,
                      GtkPopover)

GtkWidget *sf_theme_colour_popover_new (const char *theme_id);

G_END_DECLS
