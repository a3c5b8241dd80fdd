/* sf-deck-source.h: step 5's deck as a slideshow's source (common/sf-slide-view.h), made
 * again from the project whenever it changes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-deck.h"
#include "sf-slide-view.h"

G_BEGIN_DECLS

typedef struct _SfDeckSource SfDeckSource;

/* The kind to give sf_slide_view_new () and sf_slideshow_new () with a source. */
extern const SfSlideSourceKind sf_deck_source_kind;

SfDeckSource *sf_deck_source_new      (SfProject    *project);
void          sf_deck_source_free     (SfDeckSource *self);
/* The deck now: NULL when the project cannot be read. */
SfDeck       *sf_deck_source_get_deck (SfDeckSource *self);
/* Makes the deck again from the project. */
void          sf_deck_source_reload   (SfDeckSource *self);

G_END_DECLS
