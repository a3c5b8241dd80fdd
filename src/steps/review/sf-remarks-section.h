/* sf-remarks-section.h: checking the Startfoto together (step 4, questions 1-2) on the page:
 * the walk through it, and the remarks made with what was done with each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sf-project.h"

G_BEGIN_DECLS

#define SF_TYPE_REMARKS_SECTION (sf_remarks_section_get_type ())
G_DECLARE_FINAL_TYPE (SfRemarksSection, sf_remarks_section, SF, REMARKS_SECTION,
                      AdwPreferencesGroup)

GtkWidget *sf_remarks_section_new    (SfProject        *project);
/* Brings the remark @id into view and selects it; FALSE if the list does not have it. */
gboolean   sf_remarks_section_reveal (SfRemarksSection *self,
                                      const char       *id);

G_END_DECLS
