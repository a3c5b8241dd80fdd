/* sf-project-view.h: one open project: a sidebar with the overview and the five steps
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sf-project.h"

G_BEGIN_DECLS

#define SF_TYPE_PROJECT_VIEW (sf_project_view_get_type ())
G_DECLARE_FINAL_TYPE (SfProjectView, sf_project_view, SF, PROJECT_VIEW, AdwBin)

GtkWidget *sf_project_view_new       (SfProject     *project);
void       sf_project_view_show_page (SfProjectView *self,
                                      guint          index);
guint      sf_project_view_get_page  (SfProjectView *self);

G_END_DECLS
