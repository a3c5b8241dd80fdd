/* sf-text.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "sf-store-text.h"
#include "sf-text.h"

/* The method writes its purposes and roles as they follow "Doel:" or a bullet, starting in
 * lower case; shown on their own under a heading or in a row they start with a capital. */
char *
sf_text_sentence_case (const char *text)
{
  GString *result;

  if (text == NULL || *text == '\0')
    return g_strdup (text);

  result = g_string_new (NULL);
  g_string_append_unichar (result, g_unichar_totitle (g_utf8_get_char (text)));
  g_string_append (result, g_utf8_next_char (text));
  return g_string_free (result, FALSE);
}

void
sf_text_set_loaded (GtkEditable *editable,
                    const char  *text)
{
  gboolean undo = gtk_editable_get_enable_undo (editable);

  gtk_editable_set_enable_undo (editable, FALSE);
  gtk_editable_set_text (editable, text != NULL ? text : "");
  gtk_editable_set_enable_undo (editable, undo);
}

char *
sf_text_after_colon (const char *format,
                     const char *text)
{
  g_autoptr(GString) lowered = g_string_new (NULL);
  GString *result;
  const char *next;

  g_return_val_if_fail (format != NULL && text != NULL, NULL);

  next = g_utf8_next_char (text);
  if (*text != '\0' && !(*next != '\0' && g_unichar_isupper (g_utf8_get_char (next))))
    {
      g_string_append_unichar (lowered, g_unichar_tolower (g_utf8_get_char (text)));
      g_string_append (lowered, next);
    }
  else
    g_string_append (lowered, text);
  /* The one "%s" put in by hand: the format is the caller's translation. */
  result = g_string_new (format);
  g_string_replace (result, "%s", lowered->str, 1);
  return g_string_free (result, FALSE);
}

/* Joins the parts that are not blank with " · ", as in a row's subtitle. A part may be NULL. */
char *
sf_text_join_parts (const char *const *parts,
                    guint              n_parts)
{
  GString *joined = g_string_new (NULL);

  for (guint i = 0; i < n_parts; i++)
    {
      g_autofree char *stripped = NULL;

      if (sf_store_text_is_blank (parts[i]))
        continue;
      stripped = g_strstrip (g_strdup (parts[i]));
      if (joined->len > 0)
        g_string_append (joined, " · ");
      g_string_append (joined, stripped);
    }
  return g_string_free (joined, FALSE);
}

GStrv
sf_text_toggle_id (const char *const *ids,
                   const char        *id)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  gboolean found = FALSE;

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      if (g_strcmp0 (ids[i], id) == 0)
        found = TRUE;
      else
        g_strv_builder_add (builder, ids[i]);
    }
  if (!found)
    g_strv_builder_add (builder, id);
  return g_strv_builder_end (builder);
}

char *
sf_text_format_number (double number)
{
  if (fabs (number - round (number)) < 1e-9)
    return g_strdup_printf ("%.0f", number);
  return g_strdup_printf ("%g", number);
}

gboolean
sf_text_parse_number (const char *text,
                      double     *number)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));
  char *end = NULL;

  g_strdelimit (copy, ",", '.');
  if (*copy == '\0')
    return FALSE;
  *number = g_ascii_strtod (copy, &end);
  return end != NULL && *end == '\0' && isfinite (*number);
}
