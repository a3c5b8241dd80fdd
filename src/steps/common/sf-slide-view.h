/* sf-slide-view.h: one slide of a deck on screen, 16:9, letterboxed, drawn by the report's
 * renderer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The deck is any source that can say how many slides it has and draw one at a size (the
 * report's deck, or a test's). Drawn slides are kept as images at the view's size, and the
 * next one is drawn ahead while the main loop is idle: going to the next slide paints an
 * image, within a frame.
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef struct {
  guint  (*get_n_slides) (gpointer  source);
  /* Draws slide @index filling @width x @height (16:9) from the origin. */
  void   (*render)       (gpointer  source,
                          guint     index,
                          cairo_t  *cr,
                          double    width,
                          double    height);
  /* The speaker's notes of slide @index, or NULL. */
  char  *(*get_notes)    (gpointer  source,
                          guint     index);
} SfSlideSourceKind;

#define SF_TYPE_SLIDE_VIEW (sf_slide_view_get_type ())
G_DECLARE_FINAL_TYPE (SfSlideView, sf_slide_view, SF, SLIDE_VIEW, GtkWidget)

/* @source is borrowed: it outlives the view; @kind is static. */
GtkWidget *sf_slide_view_new        (gpointer                 source,
                                     const SfSlideSourceKind *kind);
/* Shows slide @index; G_MAXUINT shows nothing (a black screen). */
void       sf_slide_view_set_index  (SfSlideView             *self,
                                     guint                    index);
guint      sf_slide_view_get_index  (SfSlideView             *self);
/* The deck changed: every slide is drawn again. */
void       sf_slide_view_invalidate (SfSlideView             *self);
/* How many slides were drawn into the view's images so far (for tests and benchmarks). */
guint      sf_slide_view_get_renders (SfSlideView            *self);

G_END_DECLS
