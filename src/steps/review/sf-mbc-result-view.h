/* sf-mbc-result-view.h: one flat's business case in figures: the key figures, the chart of
 * costs against benefits over the years, the care costs and what is missing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sf-mbc.h"

G_BEGIN_DECLS

#define SF_TYPE_MBC_RESULT_VIEW (sf_mbc_result_view_get_type ())
G_DECLARE_FINAL_TYPE (SfMbcResultView, sf_mbc_result_view, SF, MBC_RESULT_VIEW, AdwBin)

GtkWidget *sf_mbc_result_view_new    (void);
void       sf_mbc_result_view_update (SfMbcResultView   *self,
                                      const SfMbcResult *result);

G_END_DECLS
