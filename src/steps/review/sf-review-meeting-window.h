/* sf-review-meeting-window.h: holding step 4's meeting: one question of its agenda at a time,
 * with a clock, and short notes captured as fast as people speak
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sf-project.h"

G_BEGIN_DECLS

#define SF_TYPE_REVIEW_MEETING_WINDOW (sf_review_meeting_window_get_type ())
G_DECLARE_FINAL_TYPE (SfReviewMeetingWindow, sf_review_meeting_window, SF, REVIEW_MEETING_WINDOW,
                      AdwWindow)

GtkWidget  *sf_review_meeting_window_new            (GtkWidget             *parent,
                                                     SfProject             *project);
/* The question shown now (hidden ones are skipped), or NULL when there are none. */
SfQuestion *sf_review_meeting_window_get_question   (SfReviewMeetingWindow *self);
guint       sf_review_meeting_window_get_position   (SfReviewMeetingWindow *self);
/* The presenter window, while it is open. */
GtkWidget  *sf_review_meeting_window_get_presenter  (SfReviewMeetingWindow *self);

G_END_DECLS
