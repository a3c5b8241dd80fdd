/* sf-inventory-private.h: what the CSV import shares with the inventory's own checks and
 * writes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-db.h"
#include "sf-inventory.h"

G_BEGIN_DECLS

gboolean sf_inventory_json_fits   (SfIndicatorType               type,
                                   const char                   *json);

/* Inside an action: creates or replaces a value whose fields and target are already
 * checked. */
gboolean sf_inventory_write_value (SfDb                         *db,
                                   const char                   *indicator_id,
                                   const char                   *flat_id,
                                   const SfIndicatorValueFields *fields,
                                   GError                      **error);

G_END_DECLS
