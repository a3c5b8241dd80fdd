/* sf-mbc-param-row.h: one assumption of the business case: its value for the shown flat, its
 * unit and source, and whether the project or the flat changed it (and who)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Activating it runs "mbc.edit" with the parameter (an int); its reset button "mbc.reset".
 */
#pragma once

#include <adwaita.h>

#include "sf-mbc.h"
#include "sf-project.h"

G_BEGIN_DECLS

#define SF_TYPE_MBC_PARAM_ROW (sf_mbc_param_row_get_type ())
G_DECLARE_FINAL_TYPE (SfMbcParamRow, sf_mbc_param_row, SF, MBC_PARAM_ROW, AdwActionRow)

GtkWidget  *sf_mbc_param_row_new       (SfMbcParam     param);
SfMbcParam  sf_mbc_param_row_get_param (SfMbcParamRow *self);
/* Shows @value, what @project set for @flat_id (NULL: none) or for the whole project. */
void        sf_mbc_param_row_update    (SfMbcParamRow *self,
                                        SfProject     *project,
                                        const char    *flat_id,
                                        double         value);
/* Whether the shown value is the project's or the flat's rather than Rotterdam's. */
gboolean    sf_mbc_param_row_is_changed (SfMbcParamRow *self);

G_END_DECLS
