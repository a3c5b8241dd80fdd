/* sf-themes-page.h: the project's one theme list (codes), shared by steps 1 and 2, and an
 * overview of how the themes are used, with a bar chart
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Widget actions (for the rows' buttons and menus, and for tests):
 *   themes.rename     (ss)  theme id, new name (onto an existing name: merges)
 *   themes.merge      (ss)  id of the theme merged away, id of the theme merged into
 *   themes.remove     s     theme id
 *   themes.colour     (ss)  theme id, "#rrggbb" or "" for none
 *   themes.add-starters     the six dimensions of Positieve Gezondheid
 * Widget names: "theme-entry" (add row), "add-starter-themes", "theme-list", "theme-row"
 * (an SfThemeRow, sf-theme-row.h), and the overview's (sf-themes-overview.h).
 */
#pragma once

#include "sf-chart.h"
#include "sf-project-page.h"
#include "sf-themes-overview.h"

G_BEGIN_DECLS

#define SF_TYPE_THEMES_PAGE (sf_themes_page_get_type ())
G_DECLARE_FINAL_TYPE (SfThemesPage, sf_themes_page, SF, THEMES_PAGE, SfProjectPage)

/* The chart the page draws, as last built (brought up to date first). */
SfChart    *sf_themes_page_get_chart   (SfThemesPage *self);

G_END_DECLS
