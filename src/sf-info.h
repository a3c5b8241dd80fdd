/* sf-info.h: `startfoto --info FILE`: a project's summary on the terminal, no window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

int sf_info_print (const char *path,
                   gboolean    as_json);

G_END_DECLS
