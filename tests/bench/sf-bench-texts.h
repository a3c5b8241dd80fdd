/* sf-bench-texts.h: the baseline the report and deck benchmarks measure against: every text a
 * document shows, laid out with bare pango and shown line by line down the pages of a PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-report-document.h"
#include "sf-report-layout.h"

G_BEGIN_DECLS

/* One text of a document, with the style and width it is laid out at there. */
typedef struct
{
  char          *text;
  gboolean       markup;
  SfReportStyle  style;
  double         width;
} SfBenchText;

/* Every text @doc's blocks hold, in reading order (of SfBenchText). */
GArray *sf_bench_collect_texts  (SfReportDocument        *doc,
                                 const SfReportPageSetup *setup);
/* Each text a plain pango layout, its lines shown one by one down pages of @setup's size in
 * a cairo PDF at @path: no tables, charts, links, outline or page furniture. Returns the
 * pages. */
guint   sf_bench_write_baseline (GArray                  *texts,
                                 const SfReportPageSetup *setup,
                                 const char              *path);

G_END_DECLS
