/* sf-slideshow.h: presenting a deck: the slides full screen on the beamer, and a speaker
 * view on the laptop with the current and next slide, the notes, the time spent and left
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Keys, in both windows: Right, Space and Page Down the next slide; Left and Page Up the
 * previous; Home and End the first and last; B a black screen and back; Esc stops (actions
 * show.next, show.previous, show.first, show.last, show.black, show.stop).
 */
#pragma once

#include <adwaita.h>

#include "sf-slide-view.h"

G_BEGIN_DECLS

#define SF_TYPE_SLIDESHOW (sf_slideshow_get_type ())
G_DECLARE_FINAL_TYPE (SfSlideshow, sf_slideshow, SF, SLIDESHOW, AdwWindow)

/* The speaker view, with the beamer's window made beside it (not shown until present ());
 * @source is borrowed and must outlive the slideshow; @minutes: the time planned. */
GtkWidget *sf_slideshow_new          (GtkWidget               *parent,
                                      gpointer                 source,
                                      const SfSlideSourceKind *kind,
                                      guint                    minutes);
/* Shows both windows, the beamer's full screen on the other monitor when there is one. */
void       sf_slideshow_start        (SfSlideshow             *self);
guint      sf_slideshow_get_position (SfSlideshow             *self);
gboolean   sf_slideshow_get_black    (SfSlideshow             *self);
/* The beamer's window and its slide. */
GtkWidget *sf_slideshow_get_screen   (SfSlideshow             *self);
/* The deck changed (a slide edited, a figure): draws the slides again. */
void       sf_slideshow_refresh      (SfSlideshow             *self);

G_END_DECLS
