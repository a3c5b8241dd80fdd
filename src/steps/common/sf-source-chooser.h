/* sf-source-chooser.h: a window to choose what a key point came from: the answers and notes
 * of a partner's interview (step 1), or the statements of a session (step 2)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sf-project-interviews.h"

G_BEGIN_DECLS

#define SF_TYPE_SOURCE_CHOOSER (sf_source_chooser_get_type ())
G_DECLARE_FINAL_TYPE (SfSourceChooser, sf_source_chooser, SF, SOURCE_CHOOSER, AdwWindow)

/* Shows every source in full, each with a check that is stored (and undoable) at once; it
 * follows the store while open. Present it yourself. */
GtkWidget *sf_source_chooser_new (GtkWidget  *parent,
                                  SfProject  *project,
                                  SfKeyPoint *point);

/* A line for a key point's row: "From 2 answers and the notes", "No sources chosen". */
char      *sf_source_summary     (SfProject  *project,
                                  const char *key_point_id);

G_END_DECLS
