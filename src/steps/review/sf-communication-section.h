/* sf-communication-section.h: step 4's communication plan (questions 9 and 13)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An SfReviewList of a row per line of the plan (sf-communication-row.h), by when; its
 * header button "add-communication" opens the dialog.
 */
#pragma once

#include <gtk/gtk.h>

#include "sf-project.h"

G_BEGIN_DECLS

GtkWidget *sf_communication_section_new    (SfProject  *project);
/* Opens the dialog of the line @id, the focus on its row (the page scrolls to it); FALSE if
 * there is no such line. */
gboolean   sf_communication_section_reveal (GtkWidget  *section,
                                            const char *id);

G_END_DECLS
