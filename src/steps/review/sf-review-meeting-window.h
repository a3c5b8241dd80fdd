/* sf-review-meeting-window.h: holding step 4's meeting: one question of its agenda at a time,
 * with a clock, and short notes captured as fast as people speak
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sf-project.h"
#include "sf-review-note.h"

G_BEGIN_DECLS

#define SF_TYPE_REVIEW_MEETING_WINDOW (sf_review_meeting_window_get_type ())
G_DECLARE_FINAL_TYPE (SfReviewMeetingWindow, sf_review_meeting_window, SF, REVIEW_MEETING_WINDOW,
                      AdwWindow)

GtkWidget  *sf_review_meeting_window_new            (GtkWidget             *parent,
                                                     SfProject             *project);
/* The question shown now (hidden ones are skipped), or NULL when there are none. */
SfQuestion *sf_review_meeting_window_get_question   (SfReviewMeetingWindow *self);
guint       sf_review_meeting_window_get_position   (SfReviewMeetingWindow *self);
/* Shows the question of @note, the note in view; FALSE when its question is not on the
 * agenda (hidden or removed). */
gboolean    sf_review_meeting_window_show_note      (SfReviewMeetingWindow *self,
                                                     SfReviewNote          *note);
/* The presenter window, while it is open. */
GtkWidget  *sf_review_meeting_window_get_presenter  (SfReviewMeetingWindow *self);

G_END_DECLS
