/* sf-number-hint.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A red field alone does not say why: people write "about 25" or "ca. 25" because they do
 * not know the figure exactly. The caption says that a number is needed and that a figure
 * can be marked as an estimate, with the number they typed when there is one.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-project-figures.h"
#include "sf-number-hint.h"
#include "sf-text.h"

/* The one number in @text ("25" in "about 25", "2,5" in "ca. 2,5 per week"); NULL when there
 * is none or more than one. */
static char *
only_number (const char *text)
{
  const char *start = NULL;
  const char *end = NULL;

  for (const char *p = text; *p != '\0';)
    {
      const char *q = p;

      if (!g_ascii_isdigit (*p))
        {
          p++;
          continue;
        }
      while (g_ascii_isdigit (*q) || ((*q == ',' || *q == '.') && g_ascii_isdigit (q[1])))
        q++;
      if (start != NULL)
        return NULL;
      start = p;
      end = q;
      p = q;
    }
  return start != NULL ? g_strndup (start, end - start) : NULL;
}

char *
sf_number_hint_message (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  g_autofree char *number = NULL;
  const char *estimate = sf_accuracy_get_label (SF_ACCURACY_ESTIMATE);
  double value;

  if (*stripped == '\0')
    return NULL;
  if (sf_text_parse_number (stripped, &value))
    return value < 0 ? g_strdup (_("A count cannot be negative.")) : NULL;
  number = only_number (stripped);
  if (number != NULL)
    /* Translators: the first %s is what the user typed ("about 25"), the second the number in
     * it ("25"), the third the word for an estimate in the Accuracy list. */
    return g_strdup_printf (_("“%s” is not a number. Type %s; if it is not exact, choose “%s” "
                              "as its accuracy."), stripped, number, estimate);
  /* Translators: %s is what the user typed, then the word for an estimate in the Accuracy
   * list. */
  return g_strdup_printf (_("“%s” is not a number. Type a number, such as 25; if you do not "
                            "know it exactly, type your best estimate and choose “%s” as its "
                            "accuracy."), stripped, estimate);
}

void
sf_number_hint_show (GtkWidget  *hint,
                     const char *message)
{
  gtk_label_set_text (GTK_LABEL (hint), message != NULL ? message : "");
  gtk_widget_set_visible (hint, message != NULL);
}
