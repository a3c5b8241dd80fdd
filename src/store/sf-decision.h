/* sf-decision.h: one decision of step 4's decisions list (besluitenlijst)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-record.h"

G_BEGIN_DECLS

/* Stored as these numbers. */
typedef enum {
  SF_DECISION_PROPOSED = 0, /* voorstel: what step 5 puts before the boards */
  SF_DECISION_TAKEN    = 1, /* genomen */
  SF_DECISION_REVISED  = 2, /* herzien */
  SF_DECISION_N_STATUSES
} SfDecisionStatus;

#define SF_TYPE_DECISION (sf_decision_get_type ())
G_DECLARE_FINAL_TYPE (SfDecision, sf_decision, SF, DECISION, SfRecord)

/* An ISO date, or "". */
const char       *sf_decision_get_date      (SfDecision *self);
const char       *sf_decision_get_text      (SfDecision *self);
const char       *sf_decision_get_reasoning (SfDecision *self);
/* How it was decided (by whom, how recorded). */
const char       *sf_decision_get_how       (SfDecision *self);
SfDecisionStatus  sf_decision_get_status    (SfDecision *self);

G_END_DECLS
