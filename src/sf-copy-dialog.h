/* sf-copy-dialog.h: "Export a Copy…": for whom, what goes along, then where to
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sf-project.h"

G_BEGIN_DECLS

/* Asks, over the window @anchor is in, and tells the outcome in the toast overlay above it. */
void     sf_copy_dialog_present   (GtkWidget  *anchor,
                                   SfProject  *project);
/* "Startfoto projects", for every file chooser of project files. */
GtkFileFilter *sf_copy_dialog_project_filter (void);

G_END_DECLS
