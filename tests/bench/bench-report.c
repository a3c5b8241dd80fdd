/* bench-report.c: the large project's report exported as a PDF, against a bare pango program
 * laying out the same text into a PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Target (issue 5, made stricter by issue 13): exporting the report (layout and writing the
 * PDF) takes at most 1.0x the time of the baseline, both measured in this run, with the large
 * project grown with step 4. The baseline takes every text the report
 * shows (collected from the built document: headings, paragraphs, bullets, table cells, tiles,
 * the charts' titles, labels and values) and lays each out with a plain pango layout at the
 * width it gets in the report (a table cell at its column's width), then shows it line by line
 * down the pages of a cairo PDF surface: no tables, charts, links, outline or page furniture.
 * The engine lays out a text that recurs (a table cell, a footer) once per export, the
 * baseline every time: that is part of what is measured.
 * Building the document from the project (sf_report_build, on the main thread in the app) is
 * printed on its own. Times are medians of the rounds, with the best beside them.
 * Run: build/tests/bench/bench-report [DIR]   (DIR: where the files go, default a temp dir)
 */
#include "config.h"

#include <glib/gstdio.h>

#include "sf-bench-project.h"
#include "sf-bench-texts.h"
#include "sf-project.h"
#include "sf-report-builder.h"
#include "sf-report-layout.h"
#include "sf-report-pdf.h"

#define ROUNDS 7

static void
add_sample (GArray *samples,
            double  ms)
{
  g_array_append_val (samples, ms);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = sf_bench_dir (argc, argv);
  g_autofree char *large = g_build_filename (dir, "large.startfoto", NULL);
  g_autofree char *ours_pdf = g_build_filename (dir, "report.pdf", NULL);
  g_autofree char *base_pdf = g_build_filename (dir, "baseline.pdf", NULL);
  g_autoptr(GArray) build = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) layout_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) export_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) baseline_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) texts = NULL;
  g_autoptr(SfProject) project = NULL;
  g_autoptr(SfReportDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  SfReportOptions options;
  SfReportPageSetup setup;
  guint pages = 0, base_pages = 0, n_boxes = 0;
  gsize chars = 0;
  double export_median, baseline_median, ratio;

  g_print ("generating the large project in %s\n", dir);
  project = sf_bench_open_large_project (large);

  /* The fullest report: every chapter, with the interview answers. */
  sf_report_options_init_default (&options);
  options.with_answers = TRUE;
  sf_report_page_setup_a4 (&setup);

  /* A warm-up round of everything (fonts, caches), not counted. */
  doc = sf_report_build (project, &options, &error);
  if (doc == NULL)
    g_error ("%s", error->message);
  {
    g_autoptr(SfReportLayout) warm = sf_report_layout_new_for_export (doc, &setup);

    if (!sf_report_pdf_write (warm, ours_pdf, &error))
      g_error ("%s", error->message);
  }
  texts = sf_bench_collect_texts (doc, &setup);
  sf_bench_write_baseline (texts, &setup, base_pdf);

  /* Alternating rounds, so that noise on the machine hits both alike. */
  for (int round = 0; round < ROUNDS; round++)
    {
      g_autoptr(SfReportDocument) built = NULL;
      g_autoptr(SfReportLayout) layout = NULL;
      gint64 start = g_get_monotonic_time ();

      built = sf_report_build (project, &options, &error);
      if (built == NULL)
        g_error ("%s", error->message);
      add_sample (build, sf_bench_ms_since (start));

      start = g_get_monotonic_time ();
      layout = sf_report_layout_new_for_export (doc, &setup);
      add_sample (layout_ms, sf_bench_ms_since (start));
      if (!sf_report_pdf_write (layout, ours_pdf, &error))
        g_error ("%s", error->message);
      add_sample (export_ms, sf_bench_ms_since (start));
      pages = sf_report_layout_get_n_pages (layout);
      sf_report_layout_get_boxes (layout, &n_boxes);

      start = g_get_monotonic_time ();
      base_pages = sf_bench_write_baseline (texts, &setup, base_pdf);
      add_sample (baseline_ms, sf_bench_ms_since (start));
    }
  for (guint i = 0; i < texts->len; i++)
    chars += g_utf8_strlen (g_array_index (texts, SfBenchText, i).text, -1);

  export_median = sf_bench_percentile (export_ms, 50);
  baseline_median = sf_bench_percentile (baseline_ms, 50);
  ratio = export_median / baseline_median;
  g_print ("report: %u blocks, %u pages, %u boxes, %" G_GINT64_FORMAT " KB; baseline: %u texts, "
           "%" G_GSIZE_FORMAT " characters, %u pages, %" G_GINT64_FORMAT " KB (%d rounds)\n",
           sf_report_document_get_n_blocks (doc), pages, n_boxes,
           sf_bench_file_size (ours_pdf) / 1024, texts->len, chars, base_pages,
           sf_bench_file_size (base_pdf) / 1024, ROUNDS);
  g_print ("sf_report_build (main thread): %8.1f ms median, %.1f ms best (target under 50 ms) "
           "%s\n", sf_bench_percentile (build, 50), sf_bench_best (build),
           sf_bench_percentile (build, 50) <= 50 ? "MET" : "NOT MET");
  g_print ("layout only:                   %8.1f ms median, %.1f ms best\n",
           sf_bench_percentile (layout_ms, 50), sf_bench_best (layout_ms));
  g_print ("export (layout + PDF):         %8.1f ms median, %.1f ms best\n", export_median,
           sf_bench_best (export_ms));
  g_print ("baseline (bare pango + PDF):   %8.1f ms median, %.1f ms best\n", baseline_median,
           sf_bench_best (baseline_ms));
  g_print ("export / baseline:             %8.2fx median, %.2fx best (target at most 1.0x) %s\n",
           ratio, sf_bench_best (export_ms) / sf_bench_best (baseline_ms),
           ratio <= 1.0 ? "MET" : "NOT MET");
  g_clear_object (&project);
  if (argc <= 1)
    {
      g_unlink (ours_pdf);
      g_unlink (base_pdf);
      g_unlink (large);
      g_rmdir (dir);
    }
  return 0;
}
