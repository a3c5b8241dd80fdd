/* sf-merge-history.h: "Merged Copies": which copy was merged into the project when, and what
 * it brought
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sf-merge-record.h"

G_BEGIN_DECLS

/* Shows the project's merges, newest first, over the window @anchor is in. */
void  sf_merge_history_present      (GtkWidget     *anchor,
                                     SfProject     *project);
/* A merge's line under its name: "12 added, 3 changed, 1 removed · 2 conflicts (1 open)". */
char *sf_merge_history_describe     (SfMergeRecord *merge);

G_END_DECLS
