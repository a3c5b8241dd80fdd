/* sf-key-point-row.h: a partner's or a session's key point, to work on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The shared row (sf-tagged-row.h: text, confidential, themes, move, remove) with what the
 * point came from: a row "Sources" whose button "choose-sources" (the row's
 * "key-point.choose-sources") opens an SfSourceChooser with the interview's answers and notes
 * (step 1) or the session's statements (step 2).
 */
#pragma once

#include <adwaita.h>

#include "sf-key-point.h"
#include "sf-project.h"
#include "sf-tagged-row.h"

G_BEGIN_DECLS

#define SF_TYPE_KEY_POINT_ROW (sf_key_point_row_get_type ())
G_DECLARE_FINAL_TYPE (SfKeyPointRow, sf_key_point_row, SF, KEY_POINT_ROW, SfTaggedRow)

GtkWidget  *sf_key_point_row_new       (SfProject     *project,
                                        SfKeyPoint    *point);
SfKeyPoint *sf_key_point_row_get_point (SfKeyPointRow *self);

G_END_DECLS
