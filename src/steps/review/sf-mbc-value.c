/* sf-mbc-value.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * printf writes the locale's decimal separator (a comma in Dutch), as the charts do.
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "sf-mbc-value.h"
#include "sf-text.h"

/* "12" or "12,5": a decimal only where there is one. */
static char *
format_decimal (double value,
                int    decimals)
{
  double power = pow (10, decimals);
  double rounded = round (value * power) / power;

  if (rounded == round (rounded))
    return g_strdup_printf ("%.0f", rounded);
  return g_strdup_printf ("%.*f", decimals, rounded);
}

char *
sf_mbc_value_format (SfMbcUnit unit,
                     double    value)
{
  g_autofree char *number = NULL;

  switch (unit)
    {
    case SF_MBC_UNIT_SHARE:
      number = format_decimal (value * 100, 1);
      /* Translators: a percentage, "7.5 %"; the same as a chart's */
      return g_strdup_printf (_("%s %%"), number);
    case SF_MBC_UNIT_EURO_WEEK:
      if (value == round (value))
        return sf_mbc_format_euro (value);
      number = g_strdup_printf ("%.2f", value);
      /* Translators: an amount of money with cents, "€ 15,50" in Dutch */
      return g_strdup_printf (_("€%s"), number);
    case SF_MBC_UNIT_EURO:
      return sf_mbc_format_euro (value);
    case SF_MBC_UNIT_CLIENTS:
    case SF_MBC_UNIT_RESIDENTS:
    default:
      return format_decimal (value, 1);
    }
}

char *
sf_mbc_value_describe (SfMbcUnit unit,
                       double    value)
{
  g_autofree char *text = sf_mbc_value_format (unit, value);
  gulong whole = value >= 0 && value < G_MAXULONG ? (gulong) round (value) : 0;

  switch (unit)
    {
    case SF_MBC_UNIT_EURO_WEEK:
      /* Translators: an amount per client per week, "€ 15 per week" */
      return g_strdup_printf (_("%s a week"), text);
    case SF_MBC_UNIT_CLIENTS:
      /* Translators: a number of clients, "100 clients" */
      return g_strdup_printf (ngettext ("%s client", "%s clients", whole), text);
    case SF_MBC_UNIT_RESIDENTS:
      /* Translators: a number of residents, "318 residents" */
      return g_strdup_printf (ngettext ("%s resident", "%s residents", whole), text);
    case SF_MBC_UNIT_EURO:
    case SF_MBC_UNIT_SHARE:
    default:
      return g_steal_pointer (&text);
    }
}

/* Whether every @separator in @text stands before exactly three digits, as a separator of
 * thousands does ("3.154", "1.234.567"), and there is one. */
static gboolean
groups_thousands (const char *text,
                  char        separator)
{
  const char *at = strchr (text, separator);

  if (at == NULL || at == text || !g_ascii_isdigit (at[-1]))
    return FALSE;
  for (; at != NULL; at = strchr (at + 1, separator))
    if (!g_ascii_isdigit (at[1]) || !g_ascii_isdigit (at[2]) || !g_ascii_isdigit (at[3]) ||
        g_ascii_isdigit (at[4]))
      return FALSE;
  return TRUE;
}

gboolean
sf_mbc_value_parse (SfMbcUnit   unit,
                    const char *text,
                    double     *value)
{
  /* Translators: the separator of thousands in amounts of money ("1,234" in English) */
  const char *thousands = C_("money", ",");
  GString *clean = g_string_new (NULL);
  g_autofree char *copy = NULL;
  double number;

  g_return_val_if_fail (text != NULL && value != NULL, FALSE);

  /* Leave out the euro sign, the percent sign and spaces (also non-breaking ones). */
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != 0x20AC && c != '%' && !g_unichar_isspace (c) && c != 0xA0 && c != 0x202F)
        g_string_append_unichar (clean, c);
    }
  copy = g_string_free (clean, FALSE);
  if (strlen (thousands) == 1 && groups_thousands (copy, thousands[0]))
    {
      g_auto(GStrv) parts = g_strsplit (copy, thousands, -1);

      g_free (copy);
      copy = g_strjoinv ("", parts);
    }
  if (!sf_text_parse_number (copy, &number))
    return FALSE;
  *value = unit == SF_MBC_UNIT_SHARE ? number / 100 : number;
  return TRUE;
}
