/* sf-communication-dialog.h: a window to add or edit one line of step 4's communication plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Widget names: "communication-audience", "communication-message", "communication-means",
 * "communication-partner", "communication-due", the refusal "communication-refusal",
 * "save"; actions dialog.save and dialog.remove.
 */
#pragma once

#include <adwaita.h>

#include "sf-communication.h"
#include "sf-project.h"

G_BEGIN_DECLS

#define SF_TYPE_COMMUNICATION_DIALOG (sf_communication_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SfCommunicationDialog, sf_communication_dialog, SF, COMMUNICATION_DIALOG,
                      AdwWindow)

/* @parent: where a removal's toast goes, and whose window the dialog stands over;
 * @communication: NULL to add one. Present it yourself. */
GtkWidget *sf_communication_dialog_new (GtkWidget       *parent,
                                        SfProject       *project,
                                        SfCommunication *communication);

G_END_DECLS
