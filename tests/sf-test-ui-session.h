/* sf-test-ui-session.h: what step 2's UI tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-live-session.h"
#include "sf-project-key-figures.h"

G_BEGIN_DECLS

/* What the participants say on the first question, typed in the live session in this order
 * (test-ui-session.c); the fifth is Ans de Vries's, the third is tagged #Eenzaamheid. */
extern const char *const sf_test_statements[10];

/* The project's first session (the one step 2's page shows); the project keeps it alive. */
SfSession     *sf_test_session             (void);
const char    *sf_test_session_id          (void);
/* The id of step 2's question @index. */
const char    *sf_test_session_question_id (guint       index);
/* The first session's participant @index (by name). */
SfParticipant *sf_test_participant_at      (guint       index);
/* The live session window; the test fails when there is none. */
SfLiveSession *sf_test_live_session        (void);
/* Types @text into the entry row @name and applies it, as Enter does. */
void           sf_test_apply_row           (const char *name,
                                            const char *text);
/* Removes every session of the project, one undoable step each (the example's own worked
 * session, as its undo would), so that step 2's page starts empty. */
void           sf_test_remove_sessions     (void);

G_END_DECLS
