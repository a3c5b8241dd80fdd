/* sf-communication-row.h: one line of the communication plan, as a row of step 4's list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Title the message, subtitle to whom, by what means, who does it and when; activating it
 * opens its dialog. Widget names: the row "communication-row", the button
 * "remove-communication" (action communication.remove).
 */
#pragma once

#include <adwaita.h>

#include "sf-communication.h"
#include "sf-project.h"

G_BEGIN_DECLS

#define SF_TYPE_COMMUNICATION_ROW (sf_communication_row_get_type ())
G_DECLARE_FINAL_TYPE (SfCommunicationRow, sf_communication_row, SF, COMMUNICATION_ROW,
                      AdwActionRow)

GtkWidget       *sf_communication_row_new  (SfProject          *project,
                                            SfCommunication    *communication);
SfCommunication *sf_communication_row_get  (SfCommunicationRow *self);
/* Opens the dialog of the row's line. */
void             sf_communication_row_edit (SfCommunicationRow *self);

G_END_DECLS
