/* sf-slide.h: the user's changes to one slide of step 5's deck, or a slide of the user's own
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-record.h"

G_BEGIN_DECLS

#define SF_TYPE_SLIDE (sf_slide_get_type ())
G_DECLARE_FINAL_TYPE (SfSlide, sf_slide, SF, SLIDE, SfRecord)

/* The generated slide's key ("title", "figures:<flat id>"), or NULL for one of the user's own. */
const char *sf_slide_get_key      (SfSlide *self);
/* The place in the deck, or -1: the generated slide's own place. */
int         sf_slide_get_position (SfSlide *self);
gboolean    sf_slide_get_hidden   (SfSlide *self);
/* The user's title and body, or NULL: the generated text. */
const char *sf_slide_get_title    (SfSlide *self);
const char *sf_slide_get_body     (SfSlide *self);
const char *sf_slide_get_notes    (SfSlide *self);
/* The key, or for the user's own slide its id: how the deck names a slide. */
const char *sf_slide_get_ref      (SfSlide *self);

G_END_DECLS
