/* sf-csv-write.c: a row of a CSV file, quoted as libcsv reads it back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by the figures' export (sf-csv.c) and the plan's (sf-plan-csv.c), so that both
 * files follow one set of rules.
 */
#include "config.h"

#include <string.h>

#include "sf-csv-cells.h"
#include "sf-csv-write.h"

/* Quoted when libcsv would otherwise read it differently: a separator, a quote, a line end,
 * or spaces at either end (which libcsv trims from unquoted fields). */
static void
append_field (GString    *out,
              const char *text,
              char        separator)
{
  gsize len = strlen (text);
  gboolean quote = len > 0 &&
                   (strchr (text, separator) != NULL || strpbrk (text, "\"\r\n") != NULL ||
                    g_ascii_isspace (text[0]) || g_ascii_isspace (text[len - 1]));

  if (!quote)
    g_string_append_len (out, text, len);
  else
    sf_csv_append_quoted (out, text);
}

void
sf_csv_append_row (GString            *out,
                   const char * const *fields,
                   guint               n_fields,
                   char                separator)
{
  for (guint i = 0; i < n_fields; i++)
    {
      if (i > 0)
        g_string_append_c (out, separator);
      append_field (out, fields[i] != NULL ? fields[i] : "", separator);
    }
  g_string_append (out, "\r\n");
}
