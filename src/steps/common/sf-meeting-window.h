/* sf-meeting-window.h: the facilitator's window of a meeting: one question of a step at a
 * time, with a clock, and the presenter window for the beamer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Step 2's live session and step 4's review meeting derive from it. It has the actions (and
 * keys, caught before any entry sees them) live.next and live.previous (Page Down/Up),
 * live.present (F5), live.show-details (F6, the property "show-details") and
 * live.fullscreen-presenter (F11), and the presenter (common/sf-presenter-window.h) follows it.
 */
#pragma once

#include <adwaita.h>

#include "sf-project.h"

G_BEGIN_DECLS

#define SF_TYPE_MEETING_WINDOW (sf_meeting_window_get_type ())
G_DECLARE_DERIVABLE_TYPE (SfMeetingWindow, sf_meeting_window, SF, MEETING_WINDOW, AdwWindow)

struct _SfMeetingWindowClass
{
  AdwWindowClass parent_class;

  /* Leaving the current question for another. Optional. */
  void       (*leave_question) (SfMeetingWindow *self);
  /* Showing the current question (or none) in the subclass's own parts. */
  void       (*show_question)  (SfMeetingWindow *self);
  /* What the presenter shows under the current question: a new widget, or NULL. */
  GtkWidget *(*create_details) (SfMeetingWindow *self);

  gpointer padding[4];
};

/* For subclasses, in their init () after their template: the header's title (for "Question 2
 * of 6"), the clock's label and the entry that has the focus on each question. */
void        sf_meeting_window_set_parts      (SfMeetingWindow *self,
                                              AdwWindowTitle  *title,
                                              GtkWidget       *clock,
                                              GtkWidget       *entry);
/* For subclasses, once: the visible questions of @step, and the first shown. */
void        sf_meeting_window_start          (SfMeetingWindow *self,
                                              SfProject       *project,
                                              guint            step);
/* Shows the current question again, in both windows. */
void        sf_meeting_window_refresh        (SfMeetingWindow *self);

SfQuestion *sf_meeting_window_get_question   (SfMeetingWindow *self);
guint       sf_meeting_window_get_position   (SfMeetingWindow *self);
guint       sf_meeting_window_get_n_questions (SfMeetingWindow *self);
/* Shows the question at @position; FALSE if there is none. */
gboolean    sf_meeting_window_move_to        (SfMeetingWindow *self,
                                              guint            position);
/* Shows the question @question_id; FALSE if it is not among them. */
gboolean    sf_meeting_window_go_to_question (SfMeetingWindow *self,
                                              const char      *question_id);
/* The presenter window, while it is open. */
GtkWidget  *sf_meeting_window_get_presenter  (SfMeetingWindow *self);

G_END_DECLS
