/* sf-support-dialog.h: records one board's answer to one intended decision
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sf-project.h"

G_BEGIN_DECLS

#define SF_TYPE_SUPPORT_DIALOG (sf_support_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SfSupportDialog, sf_support_dialog, SF, SUPPORT_DIALOG, AdwWindow)

/* The answer of @partner_id's board to @decision_id, as recorded so far. */
GtkWidget *sf_support_dialog_new (GtkWidget  *parent,
                                  SfProject  *project,
                                  const char *partner_id,
                                  const char *decision_id);

G_END_DECLS
