/* sf-considerations-section.h: step 4's "what to take into account" (question 6)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An SfReviewList of a row per consideration (sf-consideration-row.h), by kind; its header
 * button "add-consideration" opens the dialog.
 */
#pragma once

#include <gtk/gtk.h>

#include "sf-project.h"

G_BEGIN_DECLS

GtkWidget *sf_considerations_section_new    (SfProject  *project);
/* Opens the dialog of the consideration @id, the focus on its row (the page scrolls to it);
 * FALSE if there is no such consideration. */
gboolean   sf_considerations_section_reveal (GtkWidget  *section,
                                             const char *id);

G_END_DECLS
