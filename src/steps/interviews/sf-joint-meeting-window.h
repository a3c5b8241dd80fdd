/* sf-joint-meeting-window.h: preparing the joint meeting: all partners' key points side by side
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Widget name "joint-meeting-window"; the stateful action "meeting.group-by" ("partner" or
 * "theme") chooses the columns, which live in "meeting-columns".
 */
#pragma once

#include <adwaita.h>

#include "sf-project.h"

G_BEGIN_DECLS

#define SF_TYPE_JOINT_MEETING_WINDOW (sf_joint_meeting_window_get_type ())
G_DECLARE_FINAL_TYPE (SfJointMeetingWindow, sf_joint_meeting_window, SF, JOINT_MEETING_WINDOW,
                      AdwWindow)

GtkWidget *sf_joint_meeting_window_new (GtkWidget *parent,
                                        SfProject *project);

G_END_DECLS
