/* sf-colour-swatch.h: a small round swatch of a theme's colour, or a thin ring for none
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Decoration only: hidden from assistive technologies, since the colour's name or the
 * theme's is always said beside it.
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SF_TYPE_COLOUR_SWATCH (sf_colour_swatch_get_type ())
G_DECLARE_FINAL_TYPE (SfColourSwatch, sf_colour_swatch, SF, COLOUR_SWATCH, GtkDrawingArea)

/* @colour: "#rrggbb", or NULL or "" for none. */
GtkWidget *sf_colour_swatch_new        (const char     *colour);
void       sf_colour_swatch_set_colour (SfColourSwatch *self,
                                        const char     *colour);

G_END_DECLS
