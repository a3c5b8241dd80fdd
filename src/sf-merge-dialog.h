/* sf-merge-dialog.h: the preview of merging a copy into its project, then merging it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sf-project.h"

G_BEGIN_DECLS

/* Plans merging @theirs_path into @project and shows what it would do over the window
 * @anchor is in; merging tells the outcome in the toast overlay above @anchor and opens the
 * conflicts it left. */
void sf_merge_dialog_present (GtkWidget  *anchor,
                              SfProject  *project,
                              const char *theirs_path);

G_END_DECLS
