/* sf-decisions-section.h: step 4's decisions list (besluitenlijst, questions 11-12)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An SfReviewList of a row per decision (sf-decision-row.h), by date; its header button
 * "add-decision" opens the dialog. Under the list, "decisions-proposed" says how many
 * proposals go to the boards in step 5 (hidden when there are none).
 */
#pragma once

#include <gtk/gtk.h>

#include "sf-project.h"

G_BEGIN_DECLS

GtkWidget *sf_decisions_section_new    (SfProject  *project);
/* Opens the dialog of the decision @id, the focus on its row (the page scrolls to it); FALSE
 * if there is no such decision. */
gboolean   sf_decisions_section_reveal (GtkWidget  *section,
                                        const char *id);

G_END_DECLS
