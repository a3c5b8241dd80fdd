/* sf-csv-export.h: asking where to save a CSV export, and with which separator, then writing
 * it: step 3's figures and step 4's plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sf-csv.h"

G_BEGIN_DECLS

typedef struct {
  const char *title;       /* the chooser's, translated */
  const char *file_name;   /* the suggested name, with %s for the project's name, translated */
  const char *refused;     /* an error's heading, translated */
  const char *done;        /* the toast, translated */
  gboolean  (*write)       (SfProject      *project,
                            const char     *path,
                            char            separator,
                            SfCsvLanguage   language,
                            GError        **error);
} SfCsvExport;

/* Asks where to save, and with which separator, then exports. @kind is static. */
void     sf_csv_export_ask (GtkWidget         *page,
                            SfProject         *project,
                            const SfCsvExport *kind);
/* Exports to @file: a toast when done, an error dialog when not. */
gboolean sf_csv_export_to  (GtkWidget         *page,
                            SfProject         *project,
                            const SfCsvExport *kind,
                            GFile             *file,
                            char               separator);

G_END_DECLS
