/* sf-number-hint.h: what a field for a number says when it holds something else
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* What is wrong with @text typed where a count goes: NULL when it is empty or a number of zero
 * or more. A text such as "about 25" is told to give the number and mark it as an estimate. */
char      *sf_number_hint_message (const char *text);
/* Shows @message in @hint, a caption under such fields (a label named "number-hint", hidden
 * until there is something to say), or hides the caption when it is NULL. */
void       sf_number_hint_show    (GtkWidget  *hint,
                                   const char *message);

G_END_DECLS
