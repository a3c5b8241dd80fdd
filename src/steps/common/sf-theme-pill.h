/* sf-theme-pill.h: a theme on a key point or statement, as a pill with a button that takes
 * it off
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The button ("untag") activates @untag_action with the theme's id.
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SF_TYPE_THEME_PILL (sf_theme_pill_get_type ())
G_DECLARE_FINAL_TYPE (SfThemePill, sf_theme_pill, SF, THEME_PILL, GtkBox)

GtkWidget *sf_theme_pill_new (const char *name,
                              const char *theme_id,
                              const char *untag_action);

G_END_DECLS
