/* sf-key-point.h: one of "de belangrijkste punten" of a partner (step 1) or a session (step 2)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Which answers a key point came from is read with sf_project_get_key_point_sources ().
 */
#pragma once

#include "sf-record.h"

G_BEGIN_DECLS

#define SF_TYPE_KEY_POINT (sf_key_point_get_type ())
G_DECLARE_FINAL_TYPE (SfKeyPoint, sf_key_point, SF, KEY_POINT, SfRecord)

const char *sf_key_point_get_partner_id   (SfKeyPoint *self);
const char *sf_key_point_get_session_id   (SfKeyPoint *self);
guint       sf_key_point_get_step         (SfKeyPoint *self);
int         sf_key_point_get_position     (SfKeyPoint *self);
const char *sf_key_point_get_text         (SfKeyPoint *self);
gboolean    sf_key_point_get_confidential (SfKeyPoint *self);

G_END_DECLS
