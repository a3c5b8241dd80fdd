/* sf-deck-private.h: what the deck's files share (private to src/report)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-deck.h"
#include "sf-report-chapters.h"
#include "sf-report-layout.h"

G_BEGIN_DECLS

/* What a generated slide shows under its text, drawn by the report's own parts. */
typedef enum {
  SF_DECK_VISUAL_NONE,
  SF_DECK_VISUAL_THEMES,        /* the glance's most frequent themes */
  SF_DECK_VISUAL_TILES,         /* a flat's key figures */
  SF_DECK_VISUAL_PRECONDITIONS, /* met per flat */
  SF_DECK_VISUAL_PLAN,          /* the plan's timeline */
  SF_DECK_VISUAL_MBC,           /* the business case's result per flat */
} SfDeckVisual;

typedef struct {
  char         *ref;
  char         *generated_title;
  char         *generated_body;  /* lines, one per "\n" */
  char         *title;           /* the user's, or NULL */
  char         *body;
  char         *notes;
  gboolean      hidden;
  gboolean      own;
  int           position;        /* the user's place, or -1 */
  SfDeckVisual  visual;
  gboolean      plain;           /* lines as paragraphs, not bullets: the title, the closing */
  char         *flat_id;         /* SF_DECK_VISUAL_TILES's */
  /* How far it was shortened to fit (sf-deck-render.c); G_MAXUINT: not at all. */
  guint         max_lines;
  guint         max_rows;        /* of the visual's tiles */
  guint         max_chars;
  guint         max_title;
  gboolean      no_visual;
  gboolean      shortened;
  guint         n_lines;         /* lines there would be, as last laid out */
  guint         n_rows;          /* rows of the visual shown, as last laid out */
} SfDeckSlide;

struct _SfDeck
{
  SfProject        *project;
  SfReportOptions   options;
  SfReportContext   ctx;
  GPtrArray        *slides; /* of SfDeckSlide, in order */
  GArray           *shown;  /* of guint: the index of every slide shown */
  /* Made when first drawn: a document and its layout per slide shown (one blank page when
   * none is). */
  GPtrArray        *docs;
  GPtrArray        *layouts;
  SfReportMeasures *measures; /* the slides' texts, measured once for all of them */
};

SfDeckSlide *sf_deck_slide_new        (const char   *ref,
                                       const char   *title,
                                       const char   *body);
void         sf_deck_slide_free       (SfDeckSlide  *slide);

/* The slides made from the project, in their generated order (sf-deck-content.c). */
void         sf_deck_add_generated    (SfDeck       *self,
                                       GPtrArray    *slides);
/* Appends the slide's visual to @ctx's document, of at most @max_rows rows where it has rows
 * (the tiles per flat of the preconditions and of the business case); returns how many rows
 * it would have (0: none). */
guint        sf_deck_add_visual       (SfDeck       *self,
                                       SfDeckSlide  *slide,
                                       guint         max_rows);
/* The ask slide's text when nothing else says it. */
const char  *sf_deck_default_ask      (void);

/* Lays the shown slides out (sf-deck-render.c), shortening what does not fit. */
void         sf_deck_ensure_layout    (SfDeck       *self);
void         sf_deck_clear_layout     (SfDeck       *self);

G_END_DECLS
