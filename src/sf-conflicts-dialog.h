/* sf-conflicts-dialog.h: the open conflicts merges left, each decided one undoable step
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sf-project.h"

G_BEGIN_DECLS

/* Shows @project's open conflicts in a window over the one @anchor is in. */
void       sf_conflicts_dialog_present (GtkWidget *anchor,
                                        SfProject *project);
/* A bar saying how many conflicts wait, with a button to the dialog; hidden while none do. */
GtkWidget *sf_conflicts_banner_new     (SfProject *project);

G_END_DECLS
