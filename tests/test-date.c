/* test-date.c: dates as Dutch and English users type them, stored as ISO 8601 and shown in
 * the app's language
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "sf-date.h"
#include "sf-store-error.h"
#include "sf-test-store.h"

static void
assert_reads (const char *text,
              const char *iso)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *read = sf_date_to_iso (text, &error);

  g_test_message ("%s", text);
  g_assert_no_error (error);
  g_assert_cmpstr (read, ==, iso);
}

/* Refused, with a message that quotes @quoted and names an example of what is accepted. */
static void
assert_refused (const char *text,
                const char *quoted,
                const char *example)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *read = sf_date_to_iso (text, &error);

  g_test_message ("%s", text);
  g_assert_null (read);
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID);
  if (quoted != NULL)
    g_assert_nonnull (strstr (error->message, quoted));
  g_assert_nonnull (strstr (error->message, example));
}

static void
test_read (void)
{
  /* The Dutch order, with or without leading zeros, any separator; two-digit years. */
  assert_reads ("14-01-2027", "2027-01-14");
  assert_reads ("14-1-2027", "2027-01-14");
  assert_reads (" 4/1/2027 ", "2027-01-04");
  assert_reads ("14.1.27", "2027-01-14");
  /* ISO 8601, as stored. */
  assert_reads ("2027-01-14", "2027-01-14");
  assert_reads ("2027-1-4", "2027-01-04");
  /* Month names in Dutch and English, whatever the app's language; abbreviations. */
  assert_reads ("14 januari 2027", "2027-01-14");
  assert_reads ("14 Januari 2027", "2027-01-14");
  assert_reads ("3 mrt. 2027", "2027-03-03");
  assert_reads ("31 mei 2027", "2027-05-31");
  assert_reads ("1 okt 2026", "2026-10-01");
  assert_reads ("14 January 2027", "2027-01-14");
  assert_reads ("January 14, 2027", "2027-01-14");
  assert_reads ("Oct 1 2026", "2026-10-01");
  /* With a weekday in front, as the app shows dates in lists. */
  assert_reads ("di 14 jan. 2027", "2027-01-14");
  assert_reads ("dinsdag 14 januari 2027", "2027-01-14");
  assert_reads ("Tue 14 Jan 2027", "2027-01-14");
  /* A leap day. */
  assert_reads ("29-02-2028", "2028-02-29");
  /* Nothing is no date, and not an error. */
  assert_reads ("", "");
  assert_reads ("  ", "");
  assert_reads (NULL, "");
}

static void
test_refuse (void)
{
  /* What cannot be read is quoted, with an example of what can. */
  assert_refused ("volgende week", "volgende week", "14-01-2027");
  assert_refused ("14-01-2027 om 10 uur", "om 10 uur", "14-01-2027");
  assert_refused ("14 jamuari 2027", "jamuari", "14-01-2027");
  assert_refused ("12:30", "12:30", "14-01-2027");
  assert_refused ("14-01-202700", NULL, "14-01-2027");
  /* What is missing or wrong is named. */
  assert_refused ("14-01", "14-01", "year");
  assert_refused ("14 januari", "14 januari", "year");
  assert_refused ("31-02-2027", "February 2027", "28 days");
  assert_refused ("29-02-2027", "February 2027", "28 days");
  assert_refused ("31 april 2027", "April 2027", "30 days");
  assert_refused ("0-1-2027", "January 2027", "31 days");
  assert_refused ("14-13-2027", "month 13", "14-01-2027");
  assert_refused ("14-01-207", "207", "2027");
  assert_refused ("14-01-1850", "1850", "2027");
}

static void
test_format (void)
{
  g_autofree char *long_date = sf_date_format ("2027-01-14", SF_DATE_LONG);
  g_autofree char *short_date = sf_date_format ("2027-01-14", SF_DATE_SHORT);
  g_autofree char *may = sf_date_format ("2027-05-04", SF_DATE_SHORT);
  g_autofree char *free_text = sf_date_format ("na de zomervakantie", SF_DATE_SHORT);
  g_autofree char *none = sf_date_format ("", SF_DATE_LONG);
  g_autofree char *back = NULL;

  g_assert_cmpstr (long_date, ==, "14 January 2027");
  g_assert_cmpstr (short_date, ==, "Thu 14 Jan 2027");
  g_assert_cmpstr (may, ==, "Tue 4 May 2027");
  /* Text from before dates were checked is shown as it is: never lost. */
  g_assert_cmpstr (free_text, ==, "na de zomervakantie");
  g_assert_cmpstr (none, ==, "");

  /* What is shown reads back as the same date. */
  back = sf_date_to_iso (short_date, NULL);
  g_assert_cmpstr (back, ==, "2027-01-14");
}

static void
test_future (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) tomorrow = g_date_time_add_days (now, 1);
  g_autoptr(GDateTime) yesterday = g_date_time_add_days (now, -1);
  g_autofree char *today_iso = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *tomorrow_iso = g_date_time_format (tomorrow, "%Y-%m-%d");
  g_autofree char *yesterday_iso = g_date_time_format (yesterday, "%Y-%m-%d");

  g_assert_true (sf_date_is_future (tomorrow_iso));
  g_assert_false (sf_date_is_future (today_iso));
  g_assert_false (sf_date_is_future (yesterday_iso));
  /* Free text and nothing are not known to be in the future. */
  g_assert_false (sf_date_is_future ("volgend jaar"));
  g_assert_false (sf_date_is_future (""));
}

/* Last: switches the process to Dutch. */
static void
test_dutch (void)
{
  g_autofree char *long_date = NULL;
  g_autofree char *short_date = NULL;
  g_autofree char *may = NULL;
  g_autofree char *back = NULL;
  g_autoptr(GError) error = NULL;

  sf_test_set_language ("nl");
  long_date = sf_date_format ("2027-01-14", SF_DATE_LONG);
  short_date = sf_date_format ("2027-01-14", SF_DATE_SHORT);
  may = sf_date_format ("2027-05-04", SF_DATE_SHORT);
  g_assert_cmpstr (long_date, ==, "14 januari 2027");
  g_assert_cmpstr (short_date, ==, "do 14 jan. 2027");
  g_assert_cmpstr (may, ==, "di 4 mei 2027");
  back = sf_date_to_iso (short_date, NULL);
  g_assert_cmpstr (back, ==, "2027-01-14");

  /* English still reads, and refusals are in Dutch with Dutch examples. */
  assert_reads ("14 January 2027", "2027-01-14");
  g_assert_null (sf_date_to_iso ("31-02-2027", &error));
  g_assert_cmpstr (error->message, ==, "In februari 2027 zijn er maar 28 dagen.");
  g_clear_error (&error);
  g_assert_null (sf_date_to_iso ("volgende week", &error));
  g_assert_nonnull (strstr (error->message, "14 januari 2027"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  sf_test_set_language ("en");
  g_test_add_func ("/date/read", test_read);
  g_test_add_func ("/date/refuse", test_refuse);
  g_test_add_func ("/date/format", test_format);
  g_test_add_func ("/date/future", test_future);
  g_test_add_func ("/date/dutch", test_dutch);
  return g_test_run ();
}
