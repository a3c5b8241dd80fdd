/* sf-step-registry.h: the pages of a project, in order: the overview and the five steps
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sf-project.h"

G_BEGIN_DECLS

guint       sf_step_registry_get_n_pages    (void);
const char *sf_step_registry_get_page_title (guint      index);
GtkWidget  *sf_step_registry_create_page    (guint      index,
                                             SfProject *project);

G_END_DECLS
