/* sf-stored-text.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sf-stored-text.h"
#include "sf-text.h"

static const char *
or_empty (const char *text)
{
  return text != NULL ? text : "";
}

gboolean
sf_stored_text_same (const char *a,
                     const char *b)
{
  g_autofree char *clean_a = g_strstrip (g_strdup (or_empty (a)));
  g_autofree char *clean_b = g_strstrip (g_strdup (or_empty (b)));

  return g_str_equal (clean_a, clean_b);
}

gboolean
sf_stored_text_typing_in (GtkWidget *row)
{
  return gtk_widget_has_focus (row) || gtk_widget_is_focus (row) ||
         gtk_widget_get_focus_child (row) != NULL;
}

void
sf_stored_text_show (GtkWidget  *row,
                     const char *text)
{
  if (sf_stored_text_typing_in (row))
    return;
  if (!g_str_equal (gtk_editable_get_text (GTK_EDITABLE (row)), or_empty (text)))
    sf_text_set_loaded (GTK_EDITABLE (row), or_empty (text));
}
