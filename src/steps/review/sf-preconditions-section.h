/* sf-preconditions-section.h: step 4's preconditions (questions 3-5)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The checklist of the Thuisplusflat's and the Lang Leven Thuisflat's preconditions and the
 * project's own, by the method's groups: the status per flat and what it rests on, step 3's
 * suggestion, the partners' choice and vision; and the comparison side by side.
 */
#pragma once

#include <adwaita.h>

#include "sf-project.h"

G_BEGIN_DECLS

#define SF_TYPE_PRECONDITIONS_SECTION (sf_preconditions_section_get_type ())
G_DECLARE_FINAL_TYPE (SfPreconditionsSection, sf_preconditions_section, SF,
                      PRECONDITIONS_SECTION, AdwBin)

GtkWidget *sf_preconditions_section_new    (SfProject              *project);
/* Scrolls to the precondition @id (a search hit of kind "precondition"), opens and marks it;
 * FALSE when it is not in the list. */
gboolean   sf_preconditions_section_reveal (SfPreconditionsSection *self,
                                            const char             *id);

G_END_DECLS
