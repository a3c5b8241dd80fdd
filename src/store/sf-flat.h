/* sf-flat.h: one candidate flat of a project
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-record.h"

G_BEGIN_DECLS

#define SF_TYPE_FLAT (sf_flat_get_type ())
G_DECLARE_FINAL_TYPE (SfFlat, sf_flat, SF, FLAT, SfRecord)

int         sf_flat_get_position (SfFlat *self);
const char *sf_flat_get_name (SfFlat *self);
const char *sf_flat_get_address (SfFlat *self);
const char *sf_flat_get_corporation (SfFlat *self);
/* Step 3's "number of dwellings" of this flat, the one place it is kept; -1: not known. */
int         sf_flat_get_dwellings (SfFlat *self);
/* Whether that number is an estimate or an average. */
gboolean    sf_flat_get_dwellings_estimated (SfFlat *self);

/* The one rule for a typed number of dwellings: blank is "not known" (-1); else only digits,
 * at most SF_FLAT_MAX_DWELLINGS. FALSE for anything else. */
#define SF_FLAT_MAX_DWELLINGS 100000
gboolean    sf_flat_parse_dwellings (const char *text,
                                     int        *dwellings);

G_END_DECLS
