/* sf-export-deck.h: `startfoto --export-deck OUT.pdf FILE`: step 5's deck as PDF, no window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The deck's shown slides, or with @handout two slides and their notes per A4 page. Returns
 * the exit status. */
int sf_export_deck_run (const char *out_path,
                        const char *project_path,
                        gboolean    handout,
                        gboolean    names_as_roles,
                        gboolean    resident_names);

/* The same slides as an ODF presentation, with their notes. Returns the exit status. */
int sf_export_odp_run  (const char *out_path,
                        const char *project_path,
                        gboolean    names_as_roles,
                        gboolean    resident_names);

G_END_DECLS
