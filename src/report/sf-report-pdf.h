/* sf-report-pdf.h: a laid-out report written as a PDF file, with metadata and an outline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "sf-report-layout.h"

G_BEGIN_DECLS

/* Writes every page of @layout to @path. Metadata: the document's title, subject and
 * keywords, creator "Startfoto"; nothing about the user or the file system. Chapters and
 * sections become the PDF outline. */
gboolean sf_report_pdf_write (SfReportLayout  *layout,
                              const char      *path,
                              GError         **error);

G_END_DECLS
