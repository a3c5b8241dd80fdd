/* sf-mbc-sensitivity-view.h: how the business case's result moves with its main parameters:
 * low, expected and high, and which moves it most
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sf-mbc.h"

G_BEGIN_DECLS

#define SF_TYPE_MBC_SENSITIVITY_VIEW (sf_mbc_sensitivity_view_get_type ())
G_DECLARE_FINAL_TYPE (SfMbcSensitivityView, sf_mbc_sensitivity_view, SF, MBC_SENSITIVITY_VIEW,
                      AdwBin)

GtkWidget *sf_mbc_sensitivity_view_new    (void);
void       sf_mbc_sensitivity_view_update (SfMbcSensitivityView *self,
                                           const SfMbcResult    *result);

G_END_DECLS
