/* sf-theme-row.h: a theme in the page's list, with its colour, rename button and menu
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The title is the theme's name, the subtitle how often it is used in step 1 and step 2. The
 * colour button opens the palette (sf-theme-colour-popover.h); the rename button (named
 * "theme-rename-button") an SfThemeRenameDialog; the menu merges the theme into another or
 * removes it. Every change goes through the page's actions ("themes.*", sf-themes-page.h).
 * The row follows the theme, which the store updates in place.
 */
#pragma once

#include <adwaita.h>

#include "sf-project.h"
#include "sf-theme.h"

G_BEGIN_DECLS

#define SF_TYPE_THEME_ROW (sf_theme_row_get_type ())
G_DECLARE_FINAL_TYPE (SfThemeRow, sf_theme_row, SF, THEME_ROW, AdwActionRow)

GtkWidget *sf_theme_row_new       (SfProject  *project,
                                   SfTheme    *theme);
SfTheme   *sf_theme_row_get_theme (SfThemeRow *self);

G_END_DECLS
