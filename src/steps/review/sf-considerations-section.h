/* sf-considerations-section.h: step 4's "what to take into account" (question 6)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A row per consideration (sf-consideration-row.h), by kind; the header button
 * "add-consideration" activates considerations.add, which opens the dialog.
 */
#pragma once

#include <adwaita.h>

#include "sf-project.h"

G_BEGIN_DECLS

#define SF_TYPE_CONSIDERATIONS_SECTION (sf_considerations_section_get_type ())
G_DECLARE_FINAL_TYPE (SfConsiderationsSection, sf_considerations_section, SF,
                      CONSIDERATIONS_SECTION, AdwPreferencesGroup)

GtkWidget *sf_considerations_section_new    (SfProject               *project);
/* Opens the dialog of the consideration @id, the focus on its row (the page scrolls to it);
 * FALSE if there is no such consideration. */
gboolean   sf_considerations_section_reveal (SfConsiderationsSection *self,
                                             const char              *id);

G_END_DECLS
