/* sf-remark-row.h: a remark made while checking the Startfoto, with what was done with it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sf-project.h"
#include "sf-remark.h"

G_BEGIN_DECLS

#define SF_TYPE_REMARK_ROW (sf_remark_row_get_type ())
G_DECLARE_FINAL_TYPE (SfRemarkRow, sf_remark_row, SF, REMARK_ROW, AdwActionRow)

/* Its buttons activate remarks.open, .corrected, .to-action, .dismiss, .reopen and .remove
 * with the remark's id. */
GtkWidget *sf_remark_row_new (SfProject *project,
                              SfRemark  *remark);

G_END_DECLS
