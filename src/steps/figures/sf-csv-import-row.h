/* sf-csv-import-row.h: a row of the preview of a CSV import: a figure to import, or a column of
 * the file and what it is read as
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SF_TYPE_CSV_IMPORT_ROW (sf_csv_import_row_get_type ())
G_DECLARE_FINAL_TYPE (SfCsvImportRow, sf_csv_import_row, SF, CSV_IMPORT_ROW, AdwActionRow)

/* @name: the row's widget name, @value_name its value's (for the tests); @value is shown at
 * the end, dimmed when @dim. */
GtkWidget *sf_csv_import_row_new     (const char     *name,
                                      const char     *title,
                                      const char     *value,
                                      const char     *value_name,
                                      gboolean        dim);
/* A word before the value, e.g. "replaces", with its @tooltip and its style class. */
void       sf_csv_import_row_set_tag (SfCsvImportRow *self,
                                      const char     *tag,
                                      const char     *tooltip,
                                      const char     *style);

G_END_DECLS
