/* sf-theme.h: one theme (code) of the project's shared theme list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-record.h"

G_BEGIN_DECLS

#define SF_TYPE_THEME (sf_theme_get_type ())
G_DECLARE_FINAL_TYPE (SfTheme, sf_theme, SF, THEME, SfRecord)

const char *sf_theme_get_name        (SfTheme    *self);
const char *sf_theme_get_colour      (SfTheme    *self);
guint       sf_theme_get_step1_count (SfTheme    *self);
guint       sf_theme_get_step2_count (SfTheme    *self);

char       *sf_theme_clean_name      (const char *name);
char       *sf_theme_name_key        (const char *name);

G_END_DECLS
