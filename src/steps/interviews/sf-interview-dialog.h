/* sf-interview-dialog.h: a window to plan or edit the interview with one partner
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sf-project-interviews.h"

G_BEGIN_DECLS

#define SF_TYPE_INTERVIEW_DIALOG (sf_interview_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SfInterviewDialog, sf_interview_dialog, SF, INTERVIEW_DIALOG, AdwWindow)

/* Plans a new interview with @partner, or edits the one it has. Present it yourself. */
GtkWidget *sf_interview_dialog_new (GtkWidget *parent,
                                    SfProject *project,
                                    SfPartner *partner);

G_END_DECLS
