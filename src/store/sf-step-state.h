/* sf-step-state.h: how far the project is with one step of the method
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-record.h"

G_BEGIN_DECLS

#define SF_TYPE_STEP_STATE (sf_step_state_get_type ())
G_DECLARE_FINAL_TYPE (SfStepState, sf_step_state, SF, STEP_STATE, SfRecord)

int         sf_step_state_get_number (SfStepState *self);
/* The status the user set; it counts only when set by hand. */
int         sf_step_state_get_status (SfStepState *self);
gboolean    sf_step_state_get_by_hand (SfStepState *self);

G_END_DECLS
