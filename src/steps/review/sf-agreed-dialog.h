/* sf-agreed-dialog.h: per partner, what it agreed to do in the plan, to copy or print
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The partner is chosen in "agreed-partner" (a combo row); its list (sf_plan_format_agreed ())
 * shows in "agreed-text" and follows the plan while the dialog is open. The actions
 * "agreed.copy" and "agreed.print".
 */
#pragma once

#include <adwaita.h>

#include "sf-project.h"

G_BEGIN_DECLS

#define SF_TYPE_AGREED_DIALOG (sf_agreed_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SfAgreedDialog, sf_agreed_dialog, SF, AGREED_DIALOG, AdwWindow)

/* @partner_id NULL: the first partner. */
GtkWidget  *sf_agreed_dialog_new      (GtkWindow      *parent,
                                       SfProject      *project,
                                       const char     *partner_id);
/* The text as shown (and copied, and printed); "" without partners. */
const char *sf_agreed_dialog_get_text (SfAgreedDialog *self);

G_END_DECLS
