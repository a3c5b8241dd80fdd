/* sf-csv-write.h: what the CSV exports share: a row of fields, quoted as libcsv reads them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What a CSV file begins with: spreadsheets then read it as UTF-8. */
#define SF_CSV_BOM "\xef\xbb\xbf"

/* @n_fields fields (a NULL one is empty) between @separator, then a line end ("\r\n"). A field
 * is quoted only where it would otherwise read differently. */
void sf_csv_append_row (GString            *out,
                        const char * const *fields,
                        guint               n_fields,
                        char                separator);

G_END_DECLS
