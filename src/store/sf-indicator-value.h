/* sf-indicator-value.h: the value of one indicator for one flat (or the whole neighbourhood)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-record.h"

G_BEGIN_DECLS

typedef enum {
  SF_ACCURACY_EXACT    = 0,
  SF_ACCURACY_ESTIMATE = 1,
  SF_ACCURACY_AVERAGE  = 2,
} SfAccuracy;

#define SF_N_ACCURACIES 3

typedef enum {
  SF_VALUE_ASKED    = 0,
  SF_VALUE_RECEIVED = 1,
  SF_VALUE_CHECKED  = 2,
} SfValueStatus;

#define SF_N_VALUE_STATUSES 3

#define SF_TYPE_INDICATOR_VALUE (sf_indicator_value_get_type ())
G_DECLARE_FINAL_TYPE (SfIndicatorValue, sf_indicator_value, SF, INDICATOR_VALUE, SfRecord)

const char    *sf_indicator_value_get_indicator_id (SfIndicatorValue *self);
/* NULL: the whole neighbourhood. */
const char    *sf_indicator_value_get_flat_id      (SfIndicatorValue *self);
gboolean       sf_indicator_value_has_number       (SfIndicatorValue *self);
double         sf_indicator_value_get_number       (SfIndicatorValue *self);
const char    *sf_indicator_value_get_text         (SfIndicatorValue *self);
/* NULL when none. */
const char    *sf_indicator_value_get_json         (SfIndicatorValue *self);
SfAccuracy     sf_indicator_value_get_accuracy     (SfIndicatorValue *self);
const char    *sf_indicator_value_get_source       (SfIndicatorValue *self);
const char    *sf_indicator_value_get_period       (SfIndicatorValue *self);
const char    *sf_indicator_value_get_note         (SfIndicatorValue *self);
SfValueStatus  sf_indicator_value_get_status       (SfIndicatorValue *self);
/* A number, a text or a structured value: not merely asked for. */
gboolean       sf_indicator_value_is_filled        (SfIndicatorValue *self);

G_END_DECLS
