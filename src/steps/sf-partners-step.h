/* sf-partners-step.h: step 1, partner interviews, with the partner register
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-step-page.h"

G_BEGIN_DECLS

#define SF_TYPE_PARTNERS_STEP (sf_partners_step_get_type ())
G_DECLARE_FINAL_TYPE (SfPartnersStep, sf_partners_step, SF, PARTNERS_STEP, SfStepPage)

GtkWidget *sf_partners_step_new (SfProject *project);

G_END_DECLS
