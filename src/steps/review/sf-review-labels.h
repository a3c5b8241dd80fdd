/* sf-review-labels.h: step 4's kinds, statuses and audiences as the user reads them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each list's index is the stored number, so a combo row's position is the value.
 */
#pragma once

#include <gtk/gtk.h>

#include "sf-communication.h"
#include "sf-consideration.h"
#include "sf-decision.h"
#include "sf-plan-action.h"

G_BEGIN_DECLS

const char    *sf_consideration_kind_label (SfConsiderationKind kind);
const char    *sf_decision_status_label    (SfDecisionStatus    status);
const char    *sf_audience_label           (SfAudience          audience);
/* "Open", "Under way"...: a status on its own, as a row's menu shows it (the report's
 * sf_plan_status_label () is the lower-case word within a sentence). */
const char    *sf_action_status_label      (SfActionStatus      status);

GtkStringList *sf_consideration_kind_model (void);
GtkStringList *sf_decision_status_model    (void);
GtkStringList *sf_audience_model           (void);
GtkStringList *sf_action_status_model      (void);

G_END_DECLS
