/* sf-theme-rename-dialog.h: asks a theme's new name, and says when it merges two themes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Responses "cancel" and "rename"; on "rename" the caller renames the theme to the typed name
 * (a name another theme has merges the two). The entry is called "theme-rename-entry".
 */
#pragma once

#include <adwaita.h>

#include "sf-project.h"
#include "sf-theme.h"

G_BEGIN_DECLS

#define SF_TYPE_THEME_RENAME_DIALOG (sf_theme_rename_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SfThemeRenameDialog, sf_theme_rename_dialog, SF, THEME_RENAME_DIALOG,
                      AdwMessageDialog)

SfThemeRenameDialog *sf_theme_rename_dialog_new          (GtkWindow           *parent,
                                                          SfProject           *project,
                                                          SfTheme             *theme);
/* Presents the dialog with its entry focused. */
void                 sf_theme_rename_dialog_present      (SfThemeRenameDialog *self);
const char          *sf_theme_rename_dialog_get_theme_id (SfThemeRenameDialog *self);
const char          *sf_theme_rename_dialog_get_name     (SfThemeRenameDialog *self);

G_END_DECLS
