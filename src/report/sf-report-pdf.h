/* sf-report-pdf.h: a laid-out report written as a PDF file, with metadata and an outline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "sf-report-layout.h"

G_BEGIN_DECLS

/* Every page of @layout as a PDF. Metadata: the document's title, subject and keywords,
 * creator "Startfoto"; nothing about the user or the file system. Chapters and sections
 * become the PDF outline. */
GBytes  *sf_report_pdf_render (SfReportLayout  *layout,
                               GError         **error);
/* The pages of @n @layouts one after the other (of one page size), with the first one's
 * metadata: a deck whose slides were laid out one by one. */
GBytes  *sf_report_pdf_render_all (SfReportLayout * const *layouts,
                                   guint                    n,
                                   GError                 **error);
/* The same, written to @path as every export is: private (0600), whole or not at all
 * (sf-file.h). */
gboolean sf_report_pdf_write  (SfReportLayout  *layout,
                               const char      *path,
                               GError         **error);

/* For pages arranged otherwise (a handout): a PDF surface appending to @pdf, with @doc's
 * metadata; then finished with its @cr, FALSE with @error when cairo failed. */
cairo_surface_t *sf_report_pdf_surface_new    (GByteArray        *pdf,
                                               SfReportDocument  *doc,
                                               double             width,
                                               double             height);
gboolean         sf_report_pdf_surface_finish (cairo_surface_t   *surface,
                                               cairo_t           *cr,
                                               GError           **error);

G_END_DECLS
