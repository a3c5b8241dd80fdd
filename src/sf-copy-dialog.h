/* sf-copy-dialog.h: "Export a Copy…": whether confidential items go along, then where to
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
/* The last part: writes the copy to @file and says so (a toast, or an error dialog). */
gboolean sf_copy_dialog_export_to (GtkWidget  *anchor,
                                   SfProject  *project,
                                   GFile      *file,
                                   gboolean    include_confidential);

G_END_DECLS
