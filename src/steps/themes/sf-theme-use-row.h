/* sf-theme-use-row.h: how one theme is used, under the themes chart: by how many partners'
 * key points, and by which key figures
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sf-project-themes.h"

G_BEGIN_DECLS

#define SF_TYPE_THEME_USE_ROW (sf_theme_use_row_get_type ())
G_DECLARE_FINAL_TYPE (SfThemeUseRow, sf_theme_use_row, SF, THEME_USE_ROW, AdwActionRow)

GtkWidget *sf_theme_use_row_new (const SfThemeUse *use);

G_END_DECLS
