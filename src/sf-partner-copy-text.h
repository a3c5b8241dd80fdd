/* sf-partner-copy-text.h: what a partner's copy holds, in words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-copy.h"

G_BEGIN_DECLS

/* Its four parts in the app's language: "2 flats", "12 figures to fill in", "its interview
 * with 8 answers" (or "no interview"), "3 key points". */
GStrv  sf_partner_copy_parts    (const SfPartnerCopyContents *contents);
/* The same as the end of a sentence: "2 flats, 12 figures to fill in, … and 3 key points". */
char  *sf_partner_copy_describe (const SfPartnerCopyContents *contents);

G_END_DECLS
