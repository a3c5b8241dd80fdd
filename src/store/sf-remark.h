/* sf-remark.h: a remark on one item of steps 1-3, made while the partners check the Startfoto
 * together (step 4, questions 1 and 2)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-record.h"

G_BEGIN_DECLS

/* What was done with it; stored as these numbers. */
typedef enum {
  SF_REMARK_OPEN      = 0,
  SF_REMARK_CORRECTED = 1, /* corrected in place */
  SF_REMARK_ACTION    = 2, /* turned into an action of the plan */
  SF_REMARK_DISMISSED = 3, /* dismissed, with the reason */
  SF_REMARK_N_RESOLUTIONS
} SfRemarkResolution;

#define SF_TYPE_REMARK (sf_remark_get_type ())
G_DECLARE_FINAL_TYPE (SfRemark, sf_remark, SF, REMARK, SfRecord)

/* The item: its kind and id as search names them ("key_point", "indicator_value"...), or
 * "role" and a role's key for a partner still missing from the register. */
const char         *sf_remark_get_item_kind    (SfRemark *self);
const char         *sf_remark_get_item_ref     (SfRemark *self);
const char         *sf_remark_get_text         (SfRemark *self);
gboolean            sf_remark_get_confidential (SfRemark *self);
SfRemarkResolution  sf_remark_get_resolution   (SfRemark *self);
/* The action it became, or NULL. */
const char         *sf_remark_get_action_id    (SfRemark *self);
/* Why it was dismissed ("" otherwise). */
const char         *sf_remark_get_reason       (SfRemark *self);

G_END_DECLS
