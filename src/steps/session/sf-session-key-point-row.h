/* sf-session-key-point-row.h: one of the session's key points, to work on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The shared row (sf-tagged-row.h: text, confidential, themes, move, remove) with the
 * statements the point came from: a row "Sources" whose button "choose-sources" (the row's
 * "key-point.choose-sources") opens an SfSourceChooser with the session's statements.
 */
#pragma once

#include <adwaita.h>

#include "sf-key-point.h"
#include "sf-project.h"

G_BEGIN_DECLS

GtkWidget *sf_session_key_point_row_new (SfProject  *project,
                                         SfKeyPoint *point);

G_END_DECLS
