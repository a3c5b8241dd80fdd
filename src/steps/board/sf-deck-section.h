/* sf-deck-section.h: step 5's deck on the page: its slides to edit, hide, order and add to,
 * presenting it, and exporting it as PDF, handout or ODF presentation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sf-project.h"

G_BEGIN_DECLS

#define SF_TYPE_DECK_SECTION (sf_deck_section_get_type ())
G_DECLARE_FINAL_TYPE (SfDeckSection, sf_deck_section, SF, DECK_SECTION, AdwPreferencesGroup)

GtkWidget *sf_deck_section_new       (SfProject     *project);
/* The slideshow while it runs, or NULL. */
GtkWidget *sf_deck_section_get_show  (SfDeckSection *self);
/* Opens the row of the slide whose store row is @id (a search hit); FALSE if none. */
gboolean   sf_deck_section_reveal    (SfDeckSection *self,
                                      const char    *id);
/* Writes the deck (or its handout) to @file: a toast when done, an error dialog when not. */
gboolean   sf_deck_section_export_to (SfDeckSection *self,
                                      GFile         *file,
                                      gboolean       handout);

/* Writes the deck to @file as an ODF presentation, as sf_deck_section_export_to (). */
gboolean   sf_deck_section_export_odp_to (SfDeckSection *self,
                                          GFile         *file);

G_END_DECLS
