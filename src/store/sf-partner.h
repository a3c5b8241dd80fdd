/* sf-partner.h: one partner organisation in the register of step 1
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-record.h"

G_BEGIN_DECLS

#define SF_TYPE_PARTNER (sf_partner_get_type ())
G_DECLARE_FINAL_TYPE (SfPartner, sf_partner, SF, PARTNER, SfRecord)

const char *sf_partner_get_organisation (SfPartner *self);
const char *sf_partner_get_domain (SfPartner *self);
const char *sf_partner_get_role (SfPartner *self);
const char *sf_partner_get_contact (SfPartner *self);
const char *sf_partner_get_notes (SfPartner *self);

/* The translated label of a domain key; an unknown key reads as "Other". */
const char *sf_partner_domain_get_label (const char *domain);

G_END_DECLS
