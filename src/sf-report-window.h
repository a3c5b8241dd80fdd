/* sf-report-window.h: the report's preview, with the chapter choices, export and printing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sf-project.h"

G_BEGIN_DECLS

#define SF_TYPE_REPORT_WINDOW (sf_report_window_get_type ())
G_DECLARE_FINAL_TYPE (SfReportWindow, sf_report_window, SF, REPORT_WINDOW, AdwWindow)

GtkWidget *sf_report_window_new           (GtkWindow       *parent,
                                           SfProject       *project);
/* What the file chooser's answer starts: the report as chosen, exported to @file in the
 * background; a toast says when it is done. */
void       sf_report_window_export_to     (SfReportWindow  *self,
                                           GFile           *file);
/* The same, as an ODF text document. */
void       sf_report_window_export_odt_to (SfReportWindow  *self,
                                           GFile           *file);
gboolean   sf_report_window_is_exporting  (SfReportWindow  *self);
/* Prints through the print dialog's path, but to a PDF file at @path without a dialog. */
gboolean   sf_report_window_print_to_file (SfReportWindow  *self,
                                           const char      *path,
                                           GError         **error);

G_END_DECLS
