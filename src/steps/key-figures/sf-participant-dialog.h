/* sf-participant-dialog.h: inviting a key figure to the session of step 2
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sf-project.h"

G_BEGIN_DECLS

#define SF_TYPE_PARTICIPANT_DIALOG (sf_participant_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SfParticipantDialog, sf_participant_dialog, SF, PARTICIPANT_DIALOG,
                      AdwWindow)

/* @session_id NULL: saving first creates the session (one session is the normal case). */
GtkWidget *sf_participant_dialog_new (GtkWidget  *parent,
                                      SfProject  *project,
                                      const char *session_id);

G_END_DECLS
