/* sf-store-text.h: what the store counts as no text, and how it cleans what it keeps
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* NULL, empty, or only white space: what a name or a question may not be. */
gboolean  sf_store_text_is_blank (const char *text);
/* @text as valid UTF-8 (never NULL), without white space at either end when @strip. */
char     *sf_store_text_clean    (const char *text,
                                  gboolean    strip);

G_END_DECLS
