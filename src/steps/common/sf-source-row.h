/* sf-source-row.h: one thing a key point can come from (an answer, an interview's notes, a
 * statement), in full, with a check to choose it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Widget names: the row "source-row"; in it "source-check", "source-text", and for a long
 * text "source-show-all", which shows the whole text in "source-long-text".
 */
#pragma once

#include <adwaita.h>

#include "sf-project-interviews.h"

G_BEGIN_DECLS

#define SF_TYPE_SOURCE_ROW (sf_source_row_get_type ())
G_DECLARE_FINAL_TYPE (SfSourceRow, sf_source_row, SF, SOURCE_ROW, AdwPreferencesRow)

/* The signal "toggled" (gboolean chosen) says that the user checked or unchecked it. */
GtkWidget    *sf_source_row_new      (const SfSourceCandidate *candidate);
/* Shows @candidate (the same source) as it is now; its question as a heading when
 * @show_heading. */
void          sf_source_row_update   (SfSourceRow             *self,
                                      const SfSourceCandidate *candidate,
                                      gboolean                 show_heading);
const char   *sf_source_row_get_id   (SfSourceRow             *self);
SfSourceKind  sf_source_row_get_kind (SfSourceRow             *self);

G_END_DECLS
