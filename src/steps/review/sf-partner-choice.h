/* sf-partner-choice.h: a combo row to choose one partner of the register, or none
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sf-project.h"

G_BEGIN_DECLS

/* Fills @row with @none_label, then the partners by name, and selects @partner_id (NULL:
 * none). The row keeps the partners' ids for sf_partner_choice_get (). */
void        sf_partner_choice_fill (AdwComboRow *row,
                                    SfProject   *project,
                                    const char  *none_label,
                                    const char  *partner_id);
/* The chosen partner's id, or NULL for none. */
const char *sf_partner_choice_get  (AdwComboRow *row);

G_END_DECLS
