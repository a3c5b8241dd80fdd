/* sf-presenter-window.h: the second window of a meeting, for the beamer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by step 2's live session and step 4's meeting: the question very large and, below
 * it, what the facilitator's window puts there (step 2's statements, step 4's summaries).
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SF_TYPE_PRESENTER_WINDOW (sf_presenter_window_get_type ())
G_DECLARE_FINAL_TYPE (SfPresenterWindow, sf_presenter_window, SF, PRESENTER_WINDOW, AdwWindow)

/* @facilitator: the window it follows, which has the actions live.next, live.previous and
 * live.show-details; the keys pressed here (Page Down/Up, Space, F6) activate them there. */
GtkWidget  *sf_presenter_window_new               (GtkWidget         *facilitator);
void        sf_presenter_window_show_question     (SfPresenterWindow *self,
                                                   const char        *text,
                                                   guint              index,
                                                   guint              n_questions);
/* What is shown under the question (NULL: nothing); the presenter owns it from then on. */
void        sf_presenter_window_set_details       (SfPresenterWindow *self,
                                                   GtkWidget         *details);
GtkWidget  *sf_presenter_window_get_details       (SfPresenterWindow *self);
void        sf_presenter_window_set_show_details  (SfPresenterWindow *self,
                                                   gboolean           show);
const char *sf_presenter_window_get_question_text (SfPresenterWindow *self);

/* For the facilitator's window: F11. @shown (the presenter, a slideshow) full screen on a
 * monitor other than @facilitator's (the beamer) when there is one, or back to a window. */
void        sf_presenter_toggle_fullscreen        (GtkWindow         *shown,
                                                   GtkWindow         *facilitator);

/* The facilitator's clock: shows in @label the minutes and seconds since it was (re)started,
 * ticking every second until the label goes. */
void        sf_presenter_restart_clock            (GtkWidget         *label);
void        sf_presenter_stop_clock               (GtkWidget         *label);

G_END_DECLS
