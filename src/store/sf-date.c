/* sf-date.c: calendar dates as people type them, kept as ISO 8601, shown the locale's way
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The names of months and weekdays come from the app's translation, not from the C library's
 * locale data: the app's Dutch is the one its users read everywhere else ("jan.", "mei"),
 * whatever locales the machine has. Reading also knows the Dutch and English names by heart,
 * so that a Dutch name typed in an English session (or the reverse) is a date too.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sf-date.h"
#include "sf-store-error.h"

/* Years people plan interviews and sessions in; a typo like 20277 is refused, not stored. */
#define MIN_YEAR 1900
#define MAX_YEAR 2199

static const char *const month_names[12] = {
  NC_("month", "January"), NC_("month", "February"), NC_("month", "March"),
  NC_("month", "April"), NC_("month", "May"), NC_("month", "June"),
  NC_("month", "July"), NC_("month", "August"), NC_("month", "September"),
  NC_("month", "October"), NC_("month", "November"), NC_("month", "December"),
};

static const char *const month_abbreviations[12] = {
  NC_("month, abbreviated", "Jan"), NC_("month, abbreviated", "Feb"),
  NC_("month, abbreviated", "Mar"), NC_("month, abbreviated", "Apr"),
  NC_("month, abbreviated", "May"), NC_("month, abbreviated", "Jun"),
  NC_("month, abbreviated", "Jul"), NC_("month, abbreviated", "Aug"),
  NC_("month, abbreviated", "Sep"), NC_("month, abbreviated", "Oct"),
  NC_("month, abbreviated", "Nov"), NC_("month, abbreviated", "Dec"),
};

/* Monday first, as GDateWeekday counts (G_DATE_MONDAY = 1). */
static const char *const weekday_abbreviations[7] = {
  NC_("weekday, abbreviated", "Mon"), NC_("weekday, abbreviated", "Tue"),
  NC_("weekday, abbreviated", "Wed"), NC_("weekday, abbreviated", "Thu"),
  NC_("weekday, abbreviated", "Fri"), NC_("weekday, abbreviated", "Sat"),
  NC_("weekday, abbreviated", "Sun"),
};

/* Every spelling read as month n + 1, lower case and without dots, Dutch and English. */
static const char *const known_months[12] = {
  "januari january jan",
  "februari february feb",
  "maart march mrt mar",
  "april apr",
  "mei may",
  "juni june jun",
  "juli july jul",
  "augustus august aug",
  "september sept sep",
  "oktober october okt oct",
  "november nov",
  "december dec",
};

static const char *const known_weekdays =
  "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag ma di wo do vr za zo "
  "monday tuesday wednesday thursday friday saturday sunday "
  "mon tue tues wed thu thur thurs fri sat sun";

/* ---- reading ---------------------------------------------------------------------------- */

/* Lower case, without the dot of an abbreviation ("jan." reads as "jan"). */
static char *
word_key (const char *word)
{
  g_autofree char *folded = g_utf8_casefold (word, -1);
  g_autoptr(GString) key = g_string_new (NULL);

  for (const char *p = folded; *p != '\0'; p++)
    if (*p != '.')
      g_string_append_c (key, *p);
  return g_string_free (g_steal_pointer (&key), FALSE);
}

static gboolean
in_list (const char *list,
         const char *word)
{
  g_auto(GStrv) words = g_strsplit (list, " ", -1);

  return g_strv_contains ((const char * const *) words, word);
}

static gboolean
translated_is (const char *context,
               const char *msgid,
               const char *key)
{
  g_autofree char *translated = word_key (g_dpgettext2 (GETTEXT_PACKAGE, context, msgid));

  return g_str_equal (translated, key);
}

/* 1 to 12, or 0 for a word that names no month. */
static guint
month_of (const char *key)
{
  for (guint i = 0; i < 12; i++)
    if (in_list (known_months[i], key) ||
        translated_is ("month", month_names[i], key) ||
        translated_is ("month, abbreviated", month_abbreviations[i], key))
      return i + 1;
  return 0;
}

static gboolean
is_weekday (const char *key)
{
  if (in_list (known_weekdays, key))
    return TRUE;
  for (guint i = 0; i < 7; i++)
    if (translated_is ("weekday, abbreviated", weekday_abbreviations[i], key))
      return TRUE;
  return FALSE;
}

typedef struct
{
  gboolean is_number;
  guint    number;
  guint    n_digits;
  char    *word;  /* as a key: lower case, no dots */
} Token;

static void
token_clear (gpointer data)
{
  g_free (((Token *) data)->word);
}

/* Runs of digits and runs of letters; spaces, commas, dashes, slashes and dots only separate.
 * FALSE for any other character, or a number too long to be a day, month or year. */
static gboolean
tokenize (const char *text,
          GArray     *tokens)
{
  const char *p = text;

  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char (p);
      const char *start = p;
      Token token = { 0 };

      if (g_unichar_isspace (c) || (c < 128 && strchr (",-/.", (int) c) != NULL))
        {
          p = g_utf8_next_char (p);
          continue;
        }
      if (g_ascii_isdigit (*p))
        {
          token.is_number = TRUE;
          for (; g_ascii_isdigit (*p); p++)
            {
              if (++token.n_digits > 4)
                return FALSE;
              token.number = token.number * 10 + (guint) (*p - '0');
            }
        }
      else if (g_unichar_isalpha (c))
        {
          g_autofree char *word = NULL;

          while (*p != '\0' && g_unichar_isalpha (g_utf8_get_char (p)))
            p = g_utf8_next_char (p);
          word = g_strndup (start, (gsize) (p - start));
          token.word = word_key (word);
        }
      else
        return FALSE;
      g_array_append_val (tokens, token);
    }
  return TRUE;
}

static void
set_unreadable (GError     **error,
                const char  *text)
{
  g_set_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID,
               /* Translators: %s is what was typed as a date. Keep the examples in the way
                * your users write dates. */
               _("“%s” cannot be read as a date. Type the day, the month and the year, "
                 "for example 14-01-2027 or 14 January 2027."), text);
}

static char *
month_and_year (guint month,
                guint year)
{
  /* Translators: a month and its year, in an explanation: "February 2027". */
  return g_strdup_printf (C_("date", "%1$s %2$u"), sf_date_month_name (month), year);
}

/* Checks the parts, which are in day-month-year order by now. */
static gboolean
check_parts (guint        day,
             guint        month,
             const Token *year,
             GDate       *date,
             GError     **error)
{
  guint full_year = year->n_digits == 2 ? 2000 + year->number : year->number;

  if ((year->n_digits != 2 && year->n_digits != 4) || full_year < MIN_YEAR ||
      full_year > MAX_YEAR)
    {
      g_set_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID,
                   /* Translators: %u is what was typed as the year. */
                   _("%u is not a year to plan with. Type the year in full, for example "
                     "14-01-2027."), year->number);
      return FALSE;
    }
  if (month < 1 || month > 12)
    {
      g_set_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID,
                   _("There is no month %u: a month is a number from 1 to 12, as in "
                     "14-01-2027 for 14 January."), month);
      return FALSE;
    }
  if (day < 1 || day > g_date_get_days_in_month ((GDateMonth) month, (GDateYear) full_year))
    {
      guint n_days = g_date_get_days_in_month ((GDateMonth) month, (GDateYear) full_year);
      g_autofree char *when = month_and_year (month, full_year);

      g_set_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID,
                   /* Translators: %1$s is a month and its year ("February 2027"), %2$u the
                    * number of days in it; the day typed was not among them. */
                   g_dngettext (GETTEXT_PACKAGE, "%1$s has only %2$u day.",
                                "%1$s has only %2$u days.", n_days), when, n_days);
      return FALSE;
    }
  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) full_year);
  return TRUE;
}

gboolean
sf_date_parse (const char  *text,
               GDate       *date,
               GError     **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  g_autoptr(GArray) tokens = g_array_new (FALSE, TRUE, sizeof (Token));
  Token *t;
  guint n, first = 0, month;

  g_return_val_if_fail (date != NULL, FALSE);
  g_array_set_clear_func (tokens, token_clear);
  if (!g_utf8_validate (stripped, -1, NULL) || !tokenize (stripped, tokens))
    {
      set_unreadable (error, stripped);
      return FALSE;
    }
  t = (Token *) tokens->data;
  n = tokens->len;
  /* A weekday in front ("di 14 jan. 2027", as the app shows dates) says nothing more. */
  if (n > 0 && !t[0].is_number && is_weekday (t[0].word))
    first = 1;
  t += first;
  n -= first;

  /* Day and month without a year: say what is missing rather than guess the year. */
  if (n == 2 && t[0].is_number &&
      (t[1].is_number ? t[1].number <= 12 : month_of (t[1].word) != 0))
    {
      g_set_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID,
                   _("“%s” has no year. Type the year as well, for example 14-01-2027."),
                   stripped);
      return FALSE;
    }
  if (n != 3)
    {
      set_unreadable (error, stripped);
      return FALSE;
    }

  if (t[0].is_number && t[1].is_number && t[2].is_number)
    {
      /* 2027-01-14 (ISO) or 14-01-2027 (the Dutch order): the year is the four digits. */
      if (t[0].n_digits == 4)
        return check_parts (t[2].number, t[1].number, &t[0], date, error);
      return check_parts (t[0].number, t[1].number, &t[2], date, error);
    }
  if (t[0].is_number && !t[1].is_number && t[2].is_number &&
      (month = month_of (t[1].word)) != 0)
    return check_parts (t[0].number, month, &t[2], date, error);
  if (!t[0].is_number && t[1].is_number && t[2].is_number &&
      (month = month_of (t[0].word)) != 0)
    return check_parts (t[1].number, month, &t[2], date, error);

  set_unreadable (error, stripped);
  return FALSE;
}

char *
sf_date_to_iso (const char  *text,
                GError     **error)
{
  GDate date;

  if (text == NULL || text[strspn (text, " \t\n\r")] == '\0')
    return g_strdup ("");
  g_date_clear (&date, 1);
  if (!sf_date_parse (text, &date, error))
    return NULL;
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date));
}

gboolean
sf_date_from_iso (const char *iso,
                  GDate      *date)
{
  guint year, month, day;

  g_return_val_if_fail (date != NULL, FALSE);
  if (iso == NULL || strlen (iso) != 10 || iso[4] != '-' || iso[7] != '-')
    return FALSE;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (iso[i]))
      return FALSE;
  year = (guint) g_ascii_strtoull (iso, NULL, 10);
  month = (guint) g_ascii_strtoull (iso + 5, NULL, 10);
  day = (guint) g_ascii_strtoull (iso + 8, NULL, 10);
  if (!g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return FALSE;
  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return TRUE;
}

/* ---- showing ---------------------------------------------------------------------------- */

const char *
sf_date_month_name (guint month)
{
  g_return_val_if_fail (month >= 1 && month <= 12, NULL);

  return g_dpgettext2 (GETTEXT_PACKAGE, "month", month_names[month - 1]);
}

char *
sf_date_format (const char  *stored,
                SfDateStyle  style)
{
  GDate date;
  guint month;

  if (!sf_date_from_iso (stored, &date))
    return g_strdup (stored != NULL ? stored : "");
  month = g_date_get_month (&date) - 1;
  if (style == SF_DATE_SHORT)
    return g_strdup_printf (
      /* Translators: a date in lists: %1$s the weekday, %2$u the day, %3$s the month and
       * %4$u the year, as in "Tue 14 Jan 2027" (the names are translated on their own). */
      C_("date", "%1$s %2$u %3$s %4$u"),
      g_dpgettext2 (GETTEXT_PACKAGE, "weekday, abbreviated",
                    weekday_abbreviations[g_date_get_weekday (&date) - 1]),
      g_date_get_day (&date),
      g_dpgettext2 (GETTEXT_PACKAGE, "month, abbreviated", month_abbreviations[month]),
      g_date_get_year (&date));
  return g_strdup_printf (
    /* Translators: a date written out: %1$u the day, %2$s the month and %3$u the year, as
     * in "14 January 2027". */
    C_("date", "%1$u %2$s %3$u"),
    g_date_get_day (&date),
    sf_date_month_name (month + 1),
    g_date_get_year (&date));
}

gboolean
sf_date_is_future (const char *stored)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDate date, today;

  if (!sf_date_from_iso (stored, &date))
    return FALSE;
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, (GDateDay) g_date_time_get_day_of_month (now),
                  (GDateMonth) g_date_time_get_month (now),
                  (GDateYear) g_date_time_get_year (now));
  return g_date_compare (&date, &today) > 0;
}
