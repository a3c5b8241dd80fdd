/* sf-test-csv.c: what a spreadsheet does to the figures' CSV file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Written apart from the import's own reading, so that the tests hold the import against
 * another reader of the same format.
 */
#include "config.h"

#include <string.h>

#include "sf-test-csv.h"

GPtrArray *
sf_test_csv_read (const char *text,
                  char        separator)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  GPtrArray *row = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) field = g_string_new (NULL);
  gboolean quoted = FALSE;

  if (g_str_has_prefix (text, "\xef\xbb\xbf"))
    text += 3;
  for (const char *p = text; *p != '\0'; p++)
    {
      if (quoted && *p == '"' && p[1] == '"')
        g_string_append_c (field, *p++);
      else if (*p == '"')
        quoted = !quoted;
      else if (quoted || (*p != separator && *p != '\r' && *p != '\n'))
        g_string_append_c (field, *p);
      else if (*p == separator || *p == '\n')
        {
          g_ptr_array_add (row, g_strdup (field->str));
          g_string_truncate (field, 0);
          if (*p == '\n')
            {
              g_ptr_array_add (rows, row);
              row = g_ptr_array_new_with_free_func (g_free);
            }
        }
    }
  g_assert_cmpuint (row->len, ==, 0);
  g_ptr_array_unref (row);
  return rows;
}

void
sf_test_csv_edit (GPtrArray  *rows,
                  const char *flat,
                  const char *key,
                  const char *from,
                  const char *to)
{
  guint edited = 0;

  for (guint r = 1; r < rows->len; r++)
    {
      GPtrArray *row = g_ptr_array_index (rows, r);
      char **value = (char **) &g_ptr_array_index (row, 4);
      char *at;

      if (!g_str_equal (g_ptr_array_index (row, 0), flat) ||
          !g_str_equal (g_ptr_array_index (row, 1), key))
        continue;
      at = strstr (*value, from);
      g_assert_nonnull (at);
      *at = '\0';
      at = g_strconcat (*value, to, at + strlen (from), NULL);
      g_free (*value);
      *value = at;
      edited++;
    }
  g_assert_cmpuint (edited, ==, 1);
}

/* Whether a spreadsheet takes @text for a number. */
static gboolean
looks_like_number (const char *text,
                   char        decimal)
{
  const char *p = text + (*text == '-');
  gboolean digits = FALSE;

  for (; g_ascii_isdigit (*p) || (*p == decimal && digits); p++)
    digits = TRUE;
  return digits && *p == '\0' && p[-1] != decimal;
}

char *
sf_test_csv_write_like_spreadsheet (GPtrArray *rows,
                                    char       separator,
                                    char       decimal)
{
  GString *out = g_string_new (NULL);

  for (guint r = 0; r < rows->len; r++)
    {
      GPtrArray *row = g_ptr_array_index (rows, r);

      for (guint c = 0; c < row->len; c++)
        {
          const char *text = g_ptr_array_index (row, c);

          if (c > 0)
            g_string_append_c (out, separator);
          if (*text == '\0' || looks_like_number (text, decimal))
            {
              g_string_append (out, text);
              continue;
            }
          g_string_append_c (out, '"');
          for (const char *p = text; *p != '\0'; p++)
            {
              if (*p == '"')
                g_string_append_c (out, '"');
              g_string_append_c (out, *p);
            }
          g_string_append_c (out, '"');
        }
      g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}

void
sf_test_assert_one_line_changed (const char *before,
                                 const char *after,
                                 const char *needle)
{
  g_auto(GStrv) before_lines = g_strsplit (before, "\n", -1);
  g_auto(GStrv) after_lines = g_strsplit (after, "\n", -1);
  guint n_changed = 0;

  g_assert_cmpuint (g_strv_length (after_lines), ==, g_strv_length (before_lines));
  for (guint i = 0; before_lines[i] != NULL; i++)
    if (!g_str_equal (before_lines[i], after_lines[i]))
      {
        n_changed++;
        g_assert_nonnull (strstr (after_lines[i], needle));
      }
  g_assert_cmpuint (n_changed, ==, 1);
}
