/* sf-due.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Dutch writes a quarter "Q1 2027" or "K1 2027" (kwartaal) as often as "2027-Q1".
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "sf-date.h"
#include "sf-due.h"
#include "sf-project-plan.h"
#include "sf-store-text.h"

static gboolean
parse_quarter (const char *text,
               int        *year,
               int        *quarter)
{
  char letter, end;

  if (sscanf (text, "%4d-%c%1d%c", year, &letter, quarter, &end) == 3 ||
      sscanf (text, "%4d %c%1d%c", year, &letter, quarter, &end) == 3 ||
      sscanf (text, "%c%1d %4d%c", &letter, quarter, year, &end) == 3 ||
      sscanf (text, "%c%1d-%4d%c", &letter, quarter, year, &end) == 3)
    return strchr ("QqKk", letter) != NULL && *quarter >= 1 && *quarter <= 4 && *year >= 1900;
  return FALSE;
}

char *
sf_due_parse (const char  *text,
              GError     **error)
{
  g_autofree char *typed = g_strstrip (g_strdup (text != NULL ? text : ""));
  g_autofree char *date = NULL;
  int year, quarter;

  if (sf_store_text_is_blank (typed))
    return g_strdup ("");
  if (parse_quarter (typed, &year, &quarter))
    return g_strdup_printf ("%04d-Q%d", year, quarter);
  if ((date = sf_date_to_iso (typed, NULL)) != NULL)
    return g_steal_pointer (&date);
  /* The plan's own refusal, which names both ways. */
  return sf_plan_check_due (typed, error) ? g_steal_pointer (&typed) : NULL;
}

char *
sf_due_format (const char *due)
{
  int year, quarter;

  if (due == NULL || *due == '\0')
    return g_strdup ("");
  if (strchr (due, 'Q') != NULL && sf_plan_due_quarter (due, &year, &quarter))
    /* Translators: a quarter of a year: "Q1 2027". */
    return g_strdup_printf (_("Q%d %d"), quarter, year);
  return sf_date_format (due, SF_DATE_LONG);
}
