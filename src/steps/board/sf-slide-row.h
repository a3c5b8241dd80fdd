/* sf-slide-row.h: one slide of step 5's deck in the editor: its title and text (the user's
 * win over the generated ones until reset), its notes, shown or hidden, its place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sf-deck.h"

G_BEGIN_DECLS

#define SF_TYPE_SLIDE_ROW (sf_slide_row_get_type ())
G_DECLARE_FINAL_TYPE (SfSlideRow, sf_slide_row, SF, SLIDE_ROW, AdwExpanderRow)

/* The row of slide @index of @deck (which the caller keeps while the row lives). Its buttons
 * activate deck.move ((ii): index and -1 or +1), deck.reset (s: ref) and deck.remove (s). */
GtkWidget  *sf_slide_row_new     (SfProject  *project,
                                  SfDeck     *deck,
                                  guint       index);
const char *sf_slide_row_get_ref (SfSlideRow *self);

G_END_DECLS
