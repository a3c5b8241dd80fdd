/* sf-deck.h: step 5's deck: the slides shown to the partners' boards, made from the project
 * with the user's changes (sf-project-slides.h), laid out on 16:9 pages by the report engine
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A deck is made anew from the project each time (sf_deck_new ()): a figure changed in the
 * project shows in the next deck made. Like the report it copies what it shows, leaves
 * confidential text out and names people as the report does. Text that does not fit its
 * slide is shortened with a visible "…", never clipped, and the slide says it was.
 */
#pragma once

#include <cairo.h>

#include "sf-project.h"

G_BEGIN_DECLS

typedef struct _SfDeck SfDeck;

typedef struct {
  gboolean names_as_roles; /* every person's name replaced by their role */
  gboolean resident_names; /* residents by name too */
} SfDeckOptions;

/* Every slide, hidden ones too, in the deck's order. NULL with @error only when the project
 * cannot be read. */
SfDeck     *sf_deck_new              (SfProject            *project,
                                      const SfDeckOptions  *options,
                                      GError              **error);
void        sf_deck_free             (SfDeck               *self);

/* The question put to the boards: the ask slide's text when the user wrote none of their own
 * on it. By default the board meeting's question (sf-project-board.h), or the method's. */
void        sf_deck_set_ask          (SfDeck               *self,
                                      const char           *ask);

guint       sf_deck_get_n_slides     (SfDeck               *self);
/* The slides as the store names them, in order, NULL-terminated: for sf_project_move_slide ()
 * and sf_project_add_own_slide (). */
GStrv       sf_deck_get_refs         (SfDeck               *self);
const char *sf_deck_get_ref          (SfDeck               *self,
                                      guint                 index);
/* What the slide shows: the user's title and text, else the generated ones. */
const char *sf_deck_get_title        (SfDeck               *self,
                                      guint                 index);
const char *sf_deck_get_body         (SfDeck               *self,
                                      guint                 index);
/* The generated title and text (for an own slide: its own). */
const char *sf_deck_get_generated_title (SfDeck            *self,
                                      guint                 index);
const char *sf_deck_get_generated_body (SfDeck             *self,
                                      guint                 index);
const char *sf_deck_get_notes        (SfDeck               *self,
                                      guint                 index);
gboolean    sf_deck_get_hidden       (SfDeck               *self,
                                      guint                 index);
gboolean    sf_deck_get_own          (SfDeck               *self,
                                      guint                 index);
gboolean    sf_deck_get_title_edited (SfDeck               *self,
                                      guint                 index);
gboolean    sf_deck_get_body_edited  (SfDeck               *self,
                                      guint                 index);
/* Whether the slide's text was shortened to fit (it lays the deck out when not yet done). */
gboolean    sf_deck_get_shortened    (SfDeck               *self,
                                      guint                 index);

/* The slides shown (not hidden): the pages of the deck. */
guint       sf_deck_get_n_shown      (SfDeck               *self);
/* The slide of page @page (0-based), as an index of every slide. */
guint       sf_deck_shown_to_index   (SfDeck               *self,
                                      guint                 page);

/* Draws the shown slide @page scaled into @width × @height (16:9; letterboxed otherwise), on
 * white: the same drawing as the PDF's page. */
void        sf_deck_render_slide     (SfDeck               *self,
                                      guint                 page,
                                      cairo_t              *cr,
                                      double                width,
                                      double                height);

/* The shown slides as a PDF (16:9 pages, a slide per page, an outline entry per slide), or
 * with @handout two slides and their notes on each A4 page; written private (0600), whole or
 * not at all. */
gboolean    sf_deck_write_pdf        (SfDeck               *self,
                                      const char           *path,
                                      gboolean              handout,
                                      GError              **error);
GBytes     *sf_deck_render_pdf       (SfDeck               *self,
                                      gboolean              handout,
                                      GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SfDeck, sf_deck_free)

G_END_DECLS
