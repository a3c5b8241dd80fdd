/* sf-session-step.h: the page of step 2, the session with key figures
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-step-page.h"

G_BEGIN_DECLS

#define SF_TYPE_SESSION_STEP (sf_session_step_get_type ())
G_DECLARE_FINAL_TYPE (SfSessionStep, sf_session_step, SF, SESSION_STEP, SfStepPage)

GtkWidget  *sf_session_step_new            (SfProject     *project);
/* The session the page shows (the first of the project), or NULL before there is one. */
const char *sf_session_step_get_session_id (SfSessionStep *self);

G_END_DECLS
