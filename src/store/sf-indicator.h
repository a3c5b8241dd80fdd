/* sf-indicator.h: one indicator of a project's inventory (step 3): a figure or fact asked of
 * every flat, from the method or the users' own
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-method.h"
#include "sf-record.h"

G_BEGIN_DECLS

#define SF_TYPE_INDICATOR (sf_indicator_get_type ())
G_DECLARE_FINAL_TYPE (SfIndicator, sf_indicator, SF, INDICATOR, SfRecord)

/* The method's key ("s3q1a"), or NULL for the users' own. */
const char      *sf_indicator_get_key            (SfIndicator *self);
/* The name to show: the users' own wording, else the method's, translated. */
const char      *sf_indicator_get_name           (SfIndicator *self);
/* The unit to show, "" when none. */
const char      *sf_indicator_get_unit           (SfIndicator *self);
SfIndicatorType  sf_indicator_get_indicator_type (SfIndicator *self);
int              sf_indicator_get_position       (SfIndicator *self);
gboolean         sf_indicator_get_hidden         (SfIndicator *self);
gboolean         sf_indicator_is_standard        (SfIndicator *self);

G_END_DECLS
