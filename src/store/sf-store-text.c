/* sf-store-text.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "sf-store-text.h"

gboolean
sf_store_text_is_blank (const char *text)
{
  for (; text != NULL && *text; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;
  return TRUE;
}

/* Pasted text can hold anything; SQLite would store broken UTF-8 as it is, and every reader
 * after us would trip over it. Stripping takes any Unicode space (a pasted no-break space
 * too), so that stripped text is empty exactly when sf_store_text_is_blank () says so. */
char *
sf_store_text_clean (const char *text,
                     gboolean    strip)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);
  const char *start = valid;
  const char *end = valid + strlen (valid);

  if (!strip)
    return g_steal_pointer (&valid);
  while (*start && g_unichar_isspace (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);
  while (end > start && g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (end))))
    end = g_utf8_prev_char (end);
  return g_strndup (start, end - start);
}

char *
sf_store_column_text (sqlite3_stmt *stmt,
                      int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  if (text == NULL)
    return NULL;
  return g_utf8_validate (text, -1, NULL) ? g_strdup (text) : g_utf8_make_valid (text, -1);
}
