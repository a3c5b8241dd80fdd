/* sf-stored-text.h: the store's text in a page's fields, and what was typed compared with it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Whether @a and @b are the same once trimmed, NULL read as "". */
gboolean sf_stored_text_same      (const char *a,
                                   const char *b);
/* Whether the user is typing in @row: it or a child has the focus. */
gboolean sf_stored_text_typing_in (GtkWidget  *row);
/* Shows @text (NULL: "") in the editable @row, unless the user is typing in it: text is not
 * taken out from under the user's fingers. */
void     sf_stored_text_show      (GtkWidget  *row,
                                   const char *text);

G_END_DECLS
