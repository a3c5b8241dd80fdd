/* sf-page-registry.h: the pages of a project, in order: the overview, the five steps, the
 * themes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-project-page.h"

G_BEGIN_DECLS

guint       sf_page_registry_get_n_pages    (void);
/* The method's step a page shows (its index), or 0 for the overview and the themes. */
guint       sf_page_registry_get_step       (guint      index);
/* The page that shows an item of @kind (as search names it) of the method's @step: the
 * step's, or a page of its own (a theme: the themes page); the overview for step 0. */
guint       sf_page_registry_find_page      (guint       step,
                                             const char *kind);
/* The icon of a page that is no step (a step shows its number), else NULL. */
const char *sf_page_registry_get_icon_name  (guint      index);
/* The page's name in the sidebar and the header bar. */
const char *sf_page_registry_get_page_title (guint      index);
/* A new SfProjectPage. */
GtkWidget  *sf_page_registry_create_page    (guint      index,
                                             SfProject *project);

G_END_DECLS
