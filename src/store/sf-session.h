/* sf-session.h: the key-figure session of step 2 (one meeting)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-record.h"

G_BEGIN_DECLS

#define SF_TYPE_SESSION (sf_session_get_type ())
G_DECLARE_FINAL_TYPE (SfSession, sf_session, SF, SESSION, SfRecord)

const char *sf_session_get_date               (SfSession *self);
const char *sf_session_get_place              (SfSession *self);
const char *sf_session_get_facilitator_id     (SfSession *self);
const char *sf_session_get_facilitator_name   (SfSession *self);
gboolean    sf_session_get_held               (SfSession *self);
const char *sf_session_get_notes              (SfSession *self);
gboolean    sf_session_get_notes_confidential (SfSession *self);

G_END_DECLS
