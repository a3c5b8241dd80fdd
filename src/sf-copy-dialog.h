/* sf-copy-dialog.h: "Export a Copy…": for whom, what goes along, then where to
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sf-copy.h"
#include "sf-project.h"

G_BEGIN_DECLS

/* Asks, over the window @anchor is in, and tells the outcome in the toast overlay above it. */
void     sf_copy_dialog_present   (GtkWidget  *anchor,
                                   SfProject  *project);
/* "Startfoto projects", for every file chooser of project files. */
GtkFileFilter *sf_copy_dialog_project_filter (void);
/* What a partner's copy holds, as the end of a sentence: "2 flats, 12 figures to fill in, its
 * interview with 8 answers and 3 key points". */
char    *sf_copy_dialog_describe_partner_copy (const SfPartnerCopyContents *contents);

G_END_DECLS
