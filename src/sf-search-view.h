/* sf-search-view.h: what a search found in the project, grouped by step
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sf-project.h"

G_BEGIN_DECLS

#define SF_TYPE_SEARCH_VIEW (sf_search_view_get_type ())
G_DECLARE_FINAL_TYPE (SfSearchView, sf_search_view, SF, SEARCH_VIEW, AdwBin)

GtkWidget *sf_search_view_new       (SfProject    *project);
void       sf_search_view_set_query (SfSearchView *self,
                                     const char   *query);
guint      sf_search_view_get_n_hits (SfSearchView *self);

G_END_DECLS
