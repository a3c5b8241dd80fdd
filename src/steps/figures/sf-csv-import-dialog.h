/* sf-csv-import-dialog.h: the preview of a CSV import: how the file's columns are read, which
 * figures will be written and which of them replace a value; "Import" writes them all as one
 * undoable action, "Cancel" nothing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sf-csv.h"

G_BEGIN_DECLS

#define SF_TYPE_CSV_IMPORT_DIALOG (sf_csv_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SfCsvImportDialog, sf_csv_import_dialog, SF, CSV_IMPORT_DIALOG, AdwWindow)

/* Takes @import. @feedback is the widget (the page) whose window shows the undo toast or an
 * error once the dialog is gone; @file_name is shown as the subtitle. */
GtkWidget *sf_csv_import_dialog_new            (GtkWidget         *feedback,
                                                SfProject         *project,
                                                SfCsvImport       *import,
                                                const char        *file_name);
/* The figures listed, and how many more the dialog only counts. */
guint      sf_csv_import_dialog_get_n_shown    (SfCsvImportDialog *self);
guint      sf_csv_import_dialog_get_n_replaced (SfCsvImportDialog *self);
guint      sf_csv_import_dialog_get_n_unchanged (SfCsvImportDialog *self);

G_END_DECLS
