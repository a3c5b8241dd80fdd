/* sf-interview-window.h: holding an interview: the step-1 questions one at a time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Widget name "interview-window"; actions "interview.next" (Ctrl+Enter, Alt+Right),
 * "interview.previous" (Alt+Left) and "interview.finish". The answer ("answer") is saved when
 * the user moves on, finishes, closes the window or leaves it for another. The notes
 * ("interview-notes") have their own confidential switch ("notes-confidential").
 */
#pragma once

#include <adwaita.h>

#include "sf-project-interviews.h"

G_BEGIN_DECLS

#define SF_TYPE_INTERVIEW_WINDOW (sf_interview_window_get_type ())
G_DECLARE_FINAL_TYPE (SfInterviewWindow, sf_interview_window, SF, INTERVIEW_WINDOW, AdwWindow)

GtkWidget   *sf_interview_window_new             (GtkWidget         *parent,
                                                 SfProject         *project,
                                                 SfInterview       *interview);
/* The question shown, counting from 0 among the questions that are not hidden. */
guint        sf_interview_window_get_position    (SfInterviewWindow *self);
guint        sf_interview_window_get_n_questions (SfInterviewWindow *self);
SfInterview *sf_interview_window_get_interview   (SfInterviewWindow *self);
/* Saves the answer shown and shows the question @question_id, its answer focused. FALSE if
 * the window does not ask it (a hidden question). */
gboolean     sf_interview_window_show_question   (SfInterviewWindow *self,
                                                 const char        *question_id);
/* Moves the focus to the interview's notes. */
void         sf_interview_window_show_notes      (SfInterviewWindow *self);

G_END_DECLS
