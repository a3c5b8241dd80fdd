/* sf-accessible-names.h: names for screen readers without a mnemonic's underscore
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void  sf_accessible_names_install (void);
char *sf_strip_mnemonic           (const char *label);

G_END_DECLS
