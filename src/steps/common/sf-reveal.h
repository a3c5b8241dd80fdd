/* sf-reveal.h: bringing a row a search found into view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Moves the focus into @widget (which scrolls it into view) once it has its place: a page just
 * made has no layout yet to scroll in. */
void sf_reveal_focus_when_placed (GtkWidget *widget);

G_END_DECLS
