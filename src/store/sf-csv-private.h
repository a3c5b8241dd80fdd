/* sf-csv-private.h: what the figures' CSV export and import share: the columns, and the
 * file's words in each language
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-csv.h"
#include "sf-csv-write.h"

G_BEGIN_DECLS

enum {
  SF_CSV_COL_FLAT,
  SF_CSV_COL_INDICATOR,
  SF_CSV_COL_NAME,
  SF_CSV_COL_UNIT,
  SF_CSV_COL_VALUE,
  SF_CSV_COL_TEXT,
  SF_CSV_COL_ACCURACY,
  SF_CSV_COL_SOURCE,
  SF_CSV_COL_PERIOD,
  SF_CSV_COL_NOTE,
  SF_CSV_COL_STATUS,
  SF_CSV_N_COLS
};

/* The file's words in each language; reading takes those of either. */
typedef struct
{
  const char *columns[SF_CSV_N_COLS + 1];
  const char *accuracy[4];  /* by SfAccuracy */
  const char *status[4];    /* by SfValueStatus */
  const char *yes_no[3];    /* no, yes */
  const char *category[3];  /* by SfResidentCategory */
} SfCsvVocabulary;

/* By SfCsvLanguage. */
extern const SfCsvVocabulary sf_csv_vocabularies[];

G_END_DECLS
