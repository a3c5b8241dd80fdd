/* sf-export-copy.h: `startfoto --export-copy OUT.startfoto FILE`: a copy for someone else
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* With @for_partner (an organisation, or NULL) a partner's copy. Returns the exit status. */
int sf_export_copy_run (const char *out_path,
                        const char *project_path,
                        gboolean    include_confidential,
                        const char *for_partner);

G_END_DECLS
