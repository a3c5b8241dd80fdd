/* sf-project-slides.h: step 5's deck as the user changed it: the generated slides' order,
 * hidden ones, their title and text overridden, speaker notes, and slides of the user's own
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A slide is named by a "ref": the key of a slide the deck makes from the project ("title",
 * "figures:<flat id>") or the id of one of the user's own. Orders are the deck's whole list of
 * refs as shown (sf_deck_get_refs ()), so that a move keeps every slide where the user saw it.
 */
#pragma once

#include "sf-project.h"
#include "sf-slide.h"

G_BEGIN_DECLS

/* Whether @ref is the key of a slide the deck makes from the project. */
gboolean    sf_slide_ref_is_generated    (const char          *ref);

/* The rows, in the deck's order (those without a place last) (of SfSlide). Borrowed. */
GListModel *sf_project_get_slides        (SfProject           *self);
/* The row for @ref, or NULL: nothing changed on it. Borrowed. */
SfSlide    *sf_project_find_slide        (SfProject           *self,
                                          const char          *ref);

gboolean    sf_project_set_slide_hidden  (SfProject           *self,
                                          const char          *ref,
                                          gboolean             hidden,
                                          GError             **error);
/* Moves the slide at @from in @order (NULL-terminated refs) to @to, and keeps the others' places. */
gboolean    sf_project_move_slide        (SfProject           *self,
                                          const char * const  *order,
                                          guint                from,
                                          guint                to,
                                          GError             **error);
/* @title NULL or blank: the generated title again (an own slide needs one). */
gboolean    sf_project_set_slide_title   (SfProject           *self,
                                          const char          *ref,
                                          const char          *title,
                                          GError             **error);
/* @body NULL: the generated text again. */
gboolean    sf_project_set_slide_body    (SfProject           *self,
                                          const char          *ref,
                                          const char          *body,
                                          GError             **error);
gboolean    sf_project_set_slide_notes   (SfProject           *self,
                                          const char          *ref,
                                          const char          *notes,
                                          GError             **error);
/* Adds a slide of the user's own at @at in @order; returns its id (its ref). */
char       *sf_project_add_own_slide     (SfProject           *self,
                                          const char * const  *order,
                                          guint                at,
                                          const char          *title,
                                          const char          *body,
                                          GError             **error);
gboolean    sf_project_remove_own_slide  (SfProject           *self,
                                          const char          *id,
                                          GError             **error);

G_END_DECLS
