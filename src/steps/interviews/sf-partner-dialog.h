/* sf-partner-dialog.h: a window to add or edit one partner of the register
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sf-project.h"

G_BEGIN_DECLS

#define SF_TYPE_PARTNER_DIALOG (sf_partner_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SfPartnerDialog, sf_partner_dialog, SF, PARTNER_DIALOG, AdwWindow)

/* @parent: the widget the dialog belongs to (its window becomes the dialog's parent, and a
 * removal's toast appears there); @partner: NULL to add a new one. Present it yourself. */
GtkWidget *sf_partner_dialog_new (GtkWidget *parent,
                                  SfProject *project,
                                  SfPartner *partner);

G_END_DECLS
