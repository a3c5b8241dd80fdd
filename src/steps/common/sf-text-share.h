/* sf-text-share.h: handing a plain text on, to the clipboard or the printer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Step 3's request for figures and step 4's "what we agreed" list are texts to paste into an
 * e-mail or print as they are.
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Puts @text on the clipboard and says so in a short toast in the overlay at or above
 * @anchor. */
void               sf_text_share_copy  (GtkWidget  *anchor,
                                        const char *text);
/* Prints @text in a plain font, wrapped to the page's width, through the print dialog over
 * @anchor's window; if printing fails, @failed shows in the toast overlay at or above
 * @anchor. The operation may run on after this returns: the caller keeps it. */
GtkPrintOperation *sf_text_share_print (GtkWidget  *anchor,
                                        const char *job_name,
                                        const char *text,
                                        const char *failed);

G_END_DECLS
