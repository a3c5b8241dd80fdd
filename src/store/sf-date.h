/* sf-date.h: calendar dates as people type them, kept as ISO 8601, shown the locale's way
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Interviews and sessions keep their date as "2027-01-14" (or "" for none). People type it
 * the Dutch or the English way, and see it in the words of the app's language.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  SF_DATE_LONG,   /* "14 januari 2027" / "14 January 2027" */
  SF_DATE_SHORT,  /* "di 14 jan. 2027" / "Tue 14 Jan 2027" */
} SfDateStyle;

/* Reads 14-01-2027, 14-1-2027, 14/1/27, 14.1.2027, 14 januari 2027, 14 jan. 2027,
 * January 14, 2027 and 2027-01-14, with or without a weekday in front; month names in Dutch,
 * English or the app's language. A refusal (SF_STORE_ERROR_INVALID) says in words what is
 * wrong and what is accepted. */
gboolean  sf_date_parse      (const char   *text,
                              GDate        *date,
                              GError      **error);
/* "" for blank text, else the date as ISO 8601; NULL with the refusal of sf_date_parse (). */
char     *sf_date_to_iso     (const char   *text,
                              GError      **error);
/* Only the stored form, "2027-01-14". */
gboolean  sf_date_from_iso   (const char   *iso,
                              GDate        *date);
/* A stored date in the app's language; text that is not ISO 8601 (a date typed freely
 * before dates were checked) comes back as it is, never lost. */
char     *sf_date_format     (const char   *stored,
                              SfDateStyle   style);
/* January is 1; the name in the app's language ("januari"). */
const char *sf_date_month_name (guint        month);
/* Whether @stored is a date after today (local time); FALSE for text that is no date. */
gboolean  sf_date_is_future  (const char   *stored);

G_END_DECLS
