/* sf-inventory-step.h: the page of step 3, the inventory of facts and figures per flat
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-step-page.h"

G_BEGIN_DECLS

#define SF_TYPE_INVENTORY_STEP (sf_inventory_step_get_type ())
G_DECLARE_FINAL_TYPE (SfInventoryStep, sf_inventory_step, SF, INVENTORY_STEP, SfStepPage)

GtkWidget  *sf_inventory_step_new         (SfProject       *project);
/* The flat the figures are shown for, or NULL for the whole neighbourhood. */
const char *sf_inventory_step_get_flat_id (SfInventoryStep *self);
/* Shows the figures of @flat_id (NULL: the whole neighbourhood). */
void        sf_inventory_step_set_flat_id (SfInventoryStep *self,
                                           const char      *flat_id);

G_END_DECLS
