/* bench-odt.c: the large project's report exported as an ODF text document, against its PDF
 * export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Target (issue 17): exporting the ODT takes at most 1.5x the PDF export, both measured in
 * this run from the same built document (every chapter, with the interview answers), each
 * written to a file as the command line writes it (sf_report_export_write (),
 * sf_report_odt_write ()). The ODT draws each chart twice (SVG and PNG) and compresses its
 * parts; the PDF lays out and draws every page. Times are medians of alternating rounds, with
 * the best beside them.
 * Run: build/tests/bench/bench-odt [DIR]   (DIR: where the files go, default a temp dir)
 */
#include "config.h"

#include <glib/gstdio.h>

#include "sf-bench-project.h"
#include "sf-project.h"
#include "sf-report-builder.h"
#include "sf-report-export.h"
#include "sf-report-odt.h"

#define ROUNDS 7

static double
timed_write (gboolean          odt,
             SfReportDocument *doc,
             const char       *path)
{
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  if (!(odt ? sf_report_odt_write (doc, path, NULL, &error)
            : sf_report_export_write (doc, path, NULL, &error)))
    g_error ("%s", error->message);
  return sf_bench_ms_since (start);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = sf_bench_dir (argc, argv);
  g_autofree char *large = g_build_filename (dir, "large.startfoto", NULL);
  g_autofree char *pdf = g_build_filename (dir, "report.pdf", NULL);
  g_autofree char *odt = g_build_filename (dir, "report.odt", NULL);
  g_autoptr(GArray) pdf_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) odt_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(SfProject) project = NULL;
  g_autoptr(SfReportDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  SfReportOptions options;
  double pdf_median, odt_median, ratio;

  g_print ("generating the large project in %s\n", dir);
  project = sf_bench_open_large_project (large);

  sf_report_options_init_default (&options);
  options.with_answers = TRUE;
  doc = sf_report_build (project, &options, &error);
  if (doc == NULL)
    g_error ("%s", error->message);

  /* A warm-up round of each (fonts, caches), not counted. */
  timed_write (FALSE, doc, pdf);
  timed_write (TRUE, doc, odt);
  for (int round = 0; round < ROUNDS; round++)
    {
      double ms = timed_write (FALSE, doc, pdf);

      g_array_append_val (pdf_ms, ms);
      ms = timed_write (TRUE, doc, odt);
      g_array_append_val (odt_ms, ms);
    }

  pdf_median = sf_bench_percentile (pdf_ms, 50);
  odt_median = sf_bench_percentile (odt_ms, 50);
  ratio = odt_median / pdf_median;
  g_print ("report: %u blocks; PDF %" G_GINT64_FORMAT " KB, ODT %" G_GINT64_FORMAT " KB "
           "(%d rounds)\n", sf_report_document_get_n_blocks (doc),
           sf_bench_file_size (pdf) / 1024, sf_bench_file_size (odt) / 1024, ROUNDS);
  g_print ("PDF export (layout + PDF + file):  %8.1f ms median, %.1f ms best\n", pdf_median,
           sf_bench_best (pdf_ms));
  g_print ("ODT export (XML + pictures + zip): %8.1f ms median, %.1f ms best\n", odt_median,
           sf_bench_best (odt_ms));
  g_print ("ODT / PDF:                         %8.2fx median, %.2fx best (target at most 1.5x) "
           "%s\n", ratio, sf_bench_best (odt_ms) / sf_bench_best (pdf_ms),
           ratio <= 1.5 ? "MET" : "NOT MET");
  g_clear_object (&project);
  if (argc <= 1)
    {
      g_unlink (pdf);
      g_unlink (odt);
      g_unlink (large);
      g_rmdir (dir);
    }
  return 0;
}
