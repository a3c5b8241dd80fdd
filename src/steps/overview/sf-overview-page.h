/* sf-overview-page.h: the project at a glance: its details, flats and steps; a search hit
 * on a flat opens its dialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-project-page.h"

G_BEGIN_DECLS

#define SF_TYPE_OVERVIEW_PAGE (sf_overview_page_get_type ())
G_DECLARE_FINAL_TYPE (SfOverviewPage, sf_overview_page, SF, OVERVIEW_PAGE, SfProjectPage)

G_END_DECLS
