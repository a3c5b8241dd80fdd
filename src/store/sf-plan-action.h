/* sf-plan-action.h: one action of step 4's plan for the coming year
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-record.h"

G_BEGIN_DECLS

/* Stored as these numbers. */
typedef enum {
  SF_ACTION_OPEN      = 0, /* open */
  SF_ACTION_UNDER_WAY = 1, /* bezig */
  SF_ACTION_DONE      = 2, /* gedaan */
  SF_ACTION_DROPPED   = 3, /* vervallen */
  SF_ACTION_N_STATUSES
} SfActionStatus;

#define SF_TYPE_PLAN_ACTION (sf_plan_action_get_type ())
G_DECLARE_FINAL_TYPE (SfPlanAction, sf_plan_action, SF, PLAN_ACTION, SfRecord)

const char     *sf_plan_action_get_what            (SfPlanAction *self);
const char     *sf_plan_action_get_why             (SfPlanAction *self);
/* NULL when the action is not for a precondition, a theme; or its partner was removed. */
const char     *sf_plan_action_get_precondition_id (SfPlanAction *self);
const char     *sf_plan_action_get_theme_id        (SfPlanAction *self);
const char     *sf_plan_action_get_responsible_id  (SfPlanAction *self);
/* The responsible partner's organisation ("" for none). */
const char     *sf_plan_action_get_responsible     (SfPlanAction *self);
/* An ISO date, a quarter ("2027-Q1"), or "". */
const char     *sf_plan_action_get_due             (SfPlanAction *self);
SfActionStatus  sf_plan_action_get_status          (SfPlanAction *self);

G_END_DECLS
