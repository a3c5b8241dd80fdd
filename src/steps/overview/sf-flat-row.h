/* sf-flat-row.h: a candidate flat in the overview: its name, address, corporation and
 * number of dwellings; activated, it opens the flat's dialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sf-project.h"

G_BEGIN_DECLS

#define SF_TYPE_FLAT_ROW (sf_flat_row_get_type ())
G_DECLARE_FINAL_TYPE (SfFlatRow, sf_flat_row, SF, FLAT_ROW, AdwActionRow)

GtkWidget *sf_flat_row_new      (SfProject *project,
                                 SfFlat    *flat);
SfFlat    *sf_flat_row_get_flat (SfFlatRow *self);
/* Opens the flat's dialog over the page. */
void       sf_flat_row_edit     (SfFlatRow *self);

G_END_DECLS
