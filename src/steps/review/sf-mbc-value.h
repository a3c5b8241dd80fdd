/* sf-mbc-value.h: a business case parameter's value as the user reads and types it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shares are typed and shown in percent ("7,5 %"), amounts in euros the user's way
 * ("€ 3.154" in Dutch), counts as numbers.
 */
#pragma once

#include "sf-mbc.h"

G_BEGIN_DECLS

char     *sf_mbc_value_format (SfMbcUnit    unit,
                               double       value);
/* As sf_mbc_value_format (), with the unit in words where a sign does not say it: "€ 15 a
 * week", "100 clients". */
char     *sf_mbc_value_describe (SfMbcUnit  unit,
                                 double     value);
/* The value of @text typed for a parameter of @unit (a share in percent); FALSE when it is
 * no number. Range checks are the store's. */
gboolean  sf_mbc_value_parse  (SfMbcUnit    unit,
                               const char  *text,
                               double      *value);

G_END_DECLS
