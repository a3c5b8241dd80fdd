/* sf-mbc-setting.h: one parameter of the business case changed from Rotterdam's value, for
 * the project or for one flat (issue 16)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-mbc.h"
#include "sf-record.h"

G_BEGIN_DECLS

#define SF_TYPE_MBC_SETTING (sf_mbc_setting_get_type ())
G_DECLARE_FINAL_TYPE (SfMbcSetting, sf_mbc_setting, SF, MBC_SETTING, SfRecord)

/* NULL: the whole project's. */
const char *sf_mbc_setting_get_flat_id (SfMbcSetting *self);
/* SF_MBC_N_PARAMS when the file names a key this version does not know. */
SfMbcParam  sf_mbc_setting_get_param   (SfMbcSetting *self);
/* The value, or -1 when the file holds one the parameter cannot have (sf_mbc_param_check ()):
 * such a row counts as not set. */
double      sf_mbc_setting_get_value   (SfMbcSetting *self);
/* Who set it ("" when not said), and when (as the file keeps times). */
const char *sf_mbc_setting_get_set_by  (SfMbcSetting *self);
const char *sf_mbc_setting_get_changed (SfMbcSetting *self);

G_END_DECLS
