/* sf-report-export.h: a built report written as a PDF file (or an ODF text document) on a
 * worker thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Once built, a report document holds copies of everything it shows, so laying it out and
 * writing it need neither the project nor the main thread: the window stays responsive.
 */
#pragma once

#include <gio/gio.h>

#include "sf-report-document.h"

G_BEGIN_DECLS

/* Takes @doc. Lays it out on A4 and writes it as every export is written (sf-file.h:
 * private, since it names people; whole or not at all), so a failed or cancelled export
 * leaves whatever was there before. @file must be on this computer (have a path). */
void     sf_report_export_async  (SfReportDocument    *doc,
                                  GFile               *file,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data);
/* The same as an ODF text document (sf-report-odt.h); finished by sf_report_export_finish (). */
void     sf_report_export_odt_async (SfReportDocument    *doc,
                                     GFile               *file,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data);
gboolean sf_report_export_finish (GAsyncResult        *result,
                                  GError             **error);
/* The same, on this thread: the command line's export. */
gboolean sf_report_export_write  (SfReportDocument    *doc,
                                  const char          *path,
                                  GCancellable        *cancellable,
                                  GError             **error);

G_END_DECLS
