/* sf-consideration-dialog.h: a window to add or edit one thing to take into account (step 4,
 * question 6)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Widget names: "consideration-kind", "consideration-note", "consideration-partner",
 * "consideration-confidential", the refusal "consideration-message", "save"; actions
 * dialog.save and dialog.remove.
 */
#pragma once

#include <adwaita.h>

#include "sf-project.h"
#include "sf-consideration.h"

G_BEGIN_DECLS

#define SF_TYPE_CONSIDERATION_DIALOG (sf_consideration_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SfConsiderationDialog, sf_consideration_dialog, SF, CONSIDERATION_DIALOG,
                      AdwWindow)

/* @parent: where a removal's toast goes, and whose window the dialog stands over;
 * @consideration: NULL to add one. Present it yourself. */
GtkWidget *sf_consideration_dialog_new (GtkWidget       *parent,
                                        SfProject       *project,
                                        SfConsideration *consideration);

G_END_DECLS
