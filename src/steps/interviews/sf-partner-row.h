/* sf-partner-row.h: a partner in step 1's register: organisation, domain, role, contact
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Activated (or its "partner.edit"), it opens the partner's dialog; its button
 * "remove-partner" ("partner.remove") removes the partner with an undo toast.
 */
#pragma once

#include <adwaita.h>

#include "sf-project.h"

G_BEGIN_DECLS

#define SF_TYPE_PARTNER_ROW (sf_partner_row_get_type ())
G_DECLARE_FINAL_TYPE (SfPartnerRow, sf_partner_row, SF, PARTNER_ROW, AdwActionRow)

GtkWidget *sf_partner_row_new         (SfProject    *project,
                                       SfPartner    *partner);
SfPartner *sf_partner_row_get_partner (SfPartnerRow *self);
/* Opens the partner's dialog over the page. */
void       sf_partner_row_edit        (SfPartnerRow *self);

G_END_DECLS
