/* sf-inventory-private.h: what the CSV import shares with the inventory's own checks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-indicator.h"

G_BEGIN_DECLS

gboolean sf_inventory_json_fits (SfIndicatorType  type,
                                 const char      *json);

G_END_DECLS
