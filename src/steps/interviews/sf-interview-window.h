/* sf-interview-window.h: holding an interview: the step-1 questions one at a time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Widget name "interview-window"; actions "interview.next" (Ctrl+Enter, Alt+Right),
 * "interview.previous" (Alt+Left) and "interview.finish". The answer ("answer") is saved when
 * the user moves on, finishes, closes the window or leaves it for another.
 */
#pragma once

#include <adwaita.h>

#include "sf-interviews.h"

G_BEGIN_DECLS

#define SF_TYPE_INTERVIEW_WINDOW (sf_interview_window_get_type ())
G_DECLARE_FINAL_TYPE (SfInterviewWindow, sf_interview_window, SF, INTERVIEW_WINDOW, AdwWindow)

GtkWidget *sf_interview_window_new           (GtkWidget         *parent,
                                              SfProject         *project,
                                              SfInterview       *interview);
/* The question shown, counting from 0 among the questions that are not hidden. */
guint      sf_interview_window_get_position  (SfInterviewWindow *self);
guint      sf_interview_window_get_n_questions (SfInterviewWindow *self);

G_END_DECLS
