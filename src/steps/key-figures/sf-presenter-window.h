/* sf-presenter-window.h: the second window of a live session, for the beamer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SF_TYPE_PRESENTER_WINDOW (sf_presenter_window_get_type ())
G_DECLARE_FINAL_TYPE (SfPresenterWindow, sf_presenter_window, SF, PRESENTER_WINDOW, AdwWindow)

/* @live: the live session it follows; its keys (Page Up/Down, F6, F11) are passed to it. */
GtkWidget  *sf_presenter_window_new                 (GtkWidget         *live);
void        sf_presenter_window_show_question       (SfPresenterWindow *self,
                                                     const char        *text,
                                                     guint              index,
                                                     guint              n_questions,
                                                     GListModel        *statements);
void        sf_presenter_window_set_show_statements (SfPresenterWindow *self,
                                                     gboolean           show);
const char *sf_presenter_window_get_question_text   (SfPresenterWindow *self);

G_END_DECLS
