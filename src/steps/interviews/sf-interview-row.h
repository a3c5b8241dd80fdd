/* sf-interview-row.h: a partner's interview in step 1's list: who interviews them, when and
 * where, its status, and buttons to plan, hold and work it out
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Widget names: the row "interview-row"; in it "interview-partner", "interview-details",
 * "interview-status", and the buttons "plan-interview", "key-points" and "hold-interview".
 * Its actions act on its partner: "interview.plan", "interview.hold" and
 * "interview.key-points".
 */
#pragma once

#include <gtk/gtk.h>

#include "sf-project.h"

G_BEGIN_DECLS

#define SF_TYPE_INTERVIEW_ROW (sf_interview_row_get_type ())
G_DECLARE_FINAL_TYPE (SfInterviewRow, sf_interview_row, SF, INTERVIEW_ROW, GtkListBoxRow)

GtkWidget *sf_interview_row_new (SfProject *project,
                                 SfPartner *partner);

G_END_DECLS
