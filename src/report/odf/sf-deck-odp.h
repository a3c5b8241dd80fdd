/* sf-deck-odp.h: step 5's deck written as an ODF presentation (.odp)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For partners who edit the deck in Impress or PowerPoint: the slides the PDF deck shows,
 * laid out by the same code, a 16:9 page each; titles and texts are text boxes where the
 * layout put them, charts, tables and tiles are pictures (SVG with a PNG fallback), and the
 * speaker notes are each slide's notes page. Metadata as the PDF's.
 */
#pragma once

#include <gio/gio.h>

#include "sf-deck.h"

G_BEGIN_DECLS

GBytes   *sf_deck_odp_render (SfDeck      *deck,
                              GError     **error);
/* Written as every export is: private (0600), whole or not at all (sf-file.h). */
gboolean  sf_deck_write_odp  (SfDeck      *deck,
                              const char  *path,
                              GError     **error);

G_END_DECLS
