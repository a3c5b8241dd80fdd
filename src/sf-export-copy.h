/* sf-export-copy.h: `startfoto --export-copy OUT.startfoto FILE`: a copy for someone else
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Returns the exit status. */
int sf_export_copy_run (const char *out_path,
                        const char *project_path,
                        gboolean    include_confidential);

G_END_DECLS
