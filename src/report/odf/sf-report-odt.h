/* sf-report-odt.h: a report document written as an ODF text document (.odt)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For partners who edit the report in LibreOffice or Word: the same document the PDF lays out
 * (sf-report-builder.h), with real structure: headings on the outline's levels, named styles,
 * tables with a header row, the charts as SVG pictures with a PNG fallback and a caption.
 * Metadata as the PDF's: title, subject, keywords and language; nothing about the user or the
 * file system.
 */
#pragma once

#include <gio/gio.h>

#include "sf-report-document.h"

G_BEGIN_DECLS

GBytes   *sf_report_odt_render (SfReportDocument  *doc,
                                GError           **error);
/* Written as every export is: private (0600), whole or not at all (sf-file.h). */
gboolean  sf_report_odt_write  (SfReportDocument  *doc,
                                const char        *path,
                                GCancellable      *cancellable,
                                GError           **error);

G_END_DECLS
