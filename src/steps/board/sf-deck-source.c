/* sf-deck-source.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The slideshow shows the deck's shown slides (its pages); their notes are the slides'. The
 * deck is made with the report's defaults: residents appear by their role.
 */
#include "config.h"

#include "sf-deck-source.h"

struct _SfDeckSource
{
  SfProject *project;
  SfDeck    *deck;
};

static guint
get_n_slides (gpointer source)
{
  SfDeck *deck = ((SfDeckSource *) source)->deck;

  return deck != NULL ? sf_deck_get_n_shown (deck) : 0;
}

static void
render (gpointer  source,
        guint     page,
        cairo_t  *cr,
        double    width,
        double    height)
{
  SfDeck *deck = ((SfDeckSource *) source)->deck;

  if (deck != NULL && page < sf_deck_get_n_shown (deck))
    sf_deck_render_slide (deck, page, cr, width, height);
}

static char *
get_notes (gpointer source,
           guint    page)
{
  SfDeck *deck = ((SfDeckSource *) source)->deck;

  if (deck == NULL || page >= sf_deck_get_n_shown (deck))
    return NULL;
  return g_strdup (sf_deck_get_notes (deck, sf_deck_shown_to_index (deck, page)));
}

const SfSlideSourceKind sf_deck_source_kind = { get_n_slides, render, get_notes };

SfDeckSource *
sf_deck_source_new (SfProject *project)
{
  SfDeckSource *self = g_new0 (SfDeckSource, 1);

  self->project = g_object_ref (project);
  sf_deck_source_reload (self);
  return self;
}

void
sf_deck_source_free (SfDeckSource *self)
{
  g_clear_pointer (&self->deck, sf_deck_free);
  g_clear_object (&self->project);
  g_free (self);
}

SfDeck *
sf_deck_source_get_deck (SfDeckSource *self)
{
  return self->deck;
}

void
sf_deck_source_reload (SfDeckSource *self)
{
  SfDeckOptions options = { FALSE, FALSE };
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&self->deck, sf_deck_free);
  self->deck = sf_deck_new (self->project, &options, &error);
  if (self->deck == NULL)
    g_warning ("The deck cannot be made: %s", error->message);
}
