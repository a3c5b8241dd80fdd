/* sf-themes-overview.h: how often each theme comes up: a bar chart of the themes per step,
 * and a row a theme saying who raised it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Widget names: "theme-chart" (a GtkDrawingArea), "theme-uses" (the list), "theme-use-row".
 * The overview is read again only while it is on screen, on an idle after the project
 * changed: capturing statements in the live session must not pay for it.
 */
#pragma once

#include <adwaita.h>

#include "sf-chart.h"
#include "sf-project.h"

G_BEGIN_DECLS

/* Screen pixels per chart point. */
#define SF_THEMES_CHART_SCALE (4.0 / 3.0)

#define SF_TYPE_THEMES_OVERVIEW (sf_themes_overview_get_type ())
G_DECLARE_FINAL_TYPE (SfThemesOverview, sf_themes_overview, SF, THEMES_OVERVIEW,
                      AdwPreferencesGroup)

/* Follows @project's themes, tags, key points and statements from now on. */
void     sf_themes_overview_set_project (SfThemesOverview *self,
                                         SfProject        *project);
/* The chart as last built (brought up to date first). */
SfChart *sf_themes_overview_get_chart   (SfThemesOverview *self);

/* The chart of the project's theme overview: series "Step 1" and "Step 2", a bar per theme. */
SfChart *sf_themes_chart_new            (SfProject        *project);

G_END_DECLS
