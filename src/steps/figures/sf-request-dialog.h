/* sf-request-dialog.h: the request for figures to one partner, to copy into an e-mail or print
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sf-project.h"

G_BEGIN_DECLS

#define SF_TYPE_REQUEST_DIALOG (sf_request_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SfRequestDialog, sf_request_dialog, SF, REQUEST_DIALOG, AdwWindow)

/* NULL when there is no such partner. */
GtkWidget  *sf_request_dialog_new      (GtkWindow       *parent,
                                        SfProject       *project,
                                        const char      *partner_id);
const char *sf_request_dialog_get_text (SfRequestDialog *self);

G_END_DECLS
