/* sf-store-text.h: what the store counts as no text, and how it cleans what it keeps
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* NULL, empty, or only white space: what a name or a question may not be. */
gboolean  sf_store_text_is_blank (const char *text);
/* @text as valid UTF-8 (never NULL), without white space at either end when @strip. */
char     *sf_store_text_clean    (const char *text,
                                  gboolean    strip);

/* A text column as the store hands it on: valid UTF-8, NULL for NULL. A file from elsewhere
 * may hold any bytes, and GTK, Pango and JSON readers refuse broken UTF-8. */
char     *sf_store_column_text   (sqlite3_stmt *stmt,
                                  int           column);

G_END_DECLS
