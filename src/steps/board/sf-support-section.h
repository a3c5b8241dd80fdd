/* sf-support-section.h: step 5's matrix of partners × intended decisions, each cell a board's
 * answer, the decisions every board supports marked as taken, and each partner's form
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sf-project.h"

G_BEGIN_DECLS

#define SF_TYPE_SUPPORT_SECTION (sf_support_section_get_type ())
G_DECLARE_FINAL_TYPE (SfSupportSection, sf_support_section, SF, SUPPORT_SECTION,
                      AdwPreferencesGroup)

GtkWidget *sf_support_section_new      (SfProject        *project);
/* The matrix's cell (a button) of @partner_id and @decision_id, or NULL. */
GtkWidget *sf_support_section_get_cell (SfSupportSection *self,
                                        const char       *partner_id,
                                        const char       *decision_id);
/* The "Mark as Taken" button of @decision_id, or NULL (not put to the boards, or taken). */
GtkWidget *sf_support_section_get_mark (SfSupportSection *self,
                                        const char       *decision_id);
/* Shows the cell of the support @id (a search hit). */
gboolean   sf_support_section_reveal   (SfSupportSection *self,
                                        const char       *id);

G_END_DECLS
