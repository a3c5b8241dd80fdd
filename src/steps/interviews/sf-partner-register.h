/* sf-partner-register.h: step 1's partner register: the organisations that take part, and
 * the method's roles none of them has yet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One row per partner (sf-partner-row.h); its header button "add-partner" activates the
 * page's "step.add-partner". The line "missing-roles" says "Still missing: ..." and is
 * hidden when every role is there.
 */
#pragma once

#include <adwaita.h>

#include "sf-project.h"

G_BEGIN_DECLS

#define SF_TYPE_PARTNER_REGISTER (sf_partner_register_get_type ())
G_DECLARE_FINAL_TYPE (SfPartnerRegister, sf_partner_register, SF, PARTNER_REGISTER,
                      AdwPreferencesGroup)

GtkWidget *sf_partner_register_new    (SfProject         *project);
/* Opens the dialog of the partner @partner_id, the focus on its row (the page scrolls to it);
 * FALSE if the register has no such partner. */
gboolean   sf_partner_register_reveal (SfPartnerRegister *self,
                                       const char        *partner_id);

G_END_DECLS
