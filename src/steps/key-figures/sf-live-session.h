/* sf-live-session.h: running the key-figure session: capturing statements per question
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sf-meeting-window.h"
#include "sf-project.h"

G_BEGIN_DECLS

#define SF_TYPE_LIVE_SESSION (sf_live_session_get_type ())
G_DECLARE_FINAL_TYPE (SfLiveSession, sf_live_session, SF, LIVE_SESSION, SfMeetingWindow)

GtkWidget  *sf_live_session_new            (GtkWidget     *parent,
                                            SfProject     *project,
                                            const char    *session_id);
/* 0: anonymous; n: the nth participant (Alt+n). */
guint       sf_live_session_get_speaker    (SfLiveSession *self);
const char *sf_live_session_get_session_id (SfLiveSession *self);
/* Selects the statement @statement_id in the current question's list and brings it into
 * view; FALSE if the list does not have it. */
gboolean    sf_live_session_select_statement (SfLiveSession *self,
                                              const char    *statement_id);
/* Splits the "#theme" words off @text: returns the text without them and sets @themes to
 * their names ("_" read as a space), or to NULL when there are none. */
char       *sf_live_session_parse_themes   (const char    *text,
                                            GStrv         *themes);

G_END_DECLS
