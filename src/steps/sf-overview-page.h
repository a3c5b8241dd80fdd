/* sf-overview-page.h: the project at a glance: its details, flats and steps
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sf-project.h"

G_BEGIN_DECLS

#define SF_TYPE_OVERVIEW_PAGE (sf_overview_page_get_type ())
G_DECLARE_FINAL_TYPE (SfOverviewPage, sf_overview_page, SF, OVERVIEW_PAGE, AdwBin)

GtkWidget  *sf_overview_page_new         (SfProject      *project);
SfProject  *sf_overview_page_get_project (SfOverviewPage *self);
const char *sf_overview_page_get_title   (SfOverviewPage *self);
gboolean    sf_overview_page_reveal_flat (SfOverviewPage *self,
                                          const char     *flat_id);

G_END_DECLS
