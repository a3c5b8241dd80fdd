/* sf-info-mbc.h: the business case in `startfoto --info`: a line per flat, and in --json
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "sf-project.h"

G_BEGIN_DECLS

/* "Business case: FLAT: …" per flat. */
void sf_info_print_mbc (SfProject   *project);
/* The member "business_case": per flat its totals, years and the care figures' origins. */
void sf_info_add_mbc   (JsonBuilder *b,
                        SfProject   *project);

G_END_DECLS
