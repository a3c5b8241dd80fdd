/* sf-indicator-tools.h: the bar under step 3's figures: "Add a Figure…" and a menu that brings
 * hidden figures back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sf-project.h"

G_BEGIN_DECLS

#define SF_TYPE_INDICATOR_TOOLS (sf_indicator_tools_get_type ())
G_DECLARE_FINAL_TYPE (SfIndicatorTools, sf_indicator_tools, SF, INDICATOR_TOOLS, GtkBox)

/* Its actions: "indicators.add" (opens the dialog for a figure of the users' own) and
 * "indicators.show" (s: an indicator id). Widget names for the tests: "indicator-tools",
 * "indicator-add" and "hidden-indicators" (a menu button, shown only when something is
 * hidden). */
GtkWidget *sf_indicator_tools_new (SfProject *project);

G_END_DECLS
