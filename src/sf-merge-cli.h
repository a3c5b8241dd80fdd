/* sf-merge-cli.h: `startfoto --merge THEIRS.startfoto MINE.startfoto [--dry-run] [--json]`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The exit status: 0 all merged, 3 conflicts wait for a decision, 1 a file not usable. */
int sf_merge_run (const char *theirs_path,
                  const char *mine_path,
                  gboolean    dry_run,
                  gboolean    json);

G_END_DECLS
