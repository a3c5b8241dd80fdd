/* bench-deck.c: step 5's deck of the large project made and exported as a PDF, against a bare
 * pango program drawing the same texts on the same 16:9 pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Target (issue 14): making the deck from the project and exporting it (building its slides,
 * laying them out, shortening what does not fit, writing the PDF) takes at most 1.5x the time
 * of the baseline, both measured in this run. The baseline is bench-report's
 * (sf-bench-texts.c): every text the deck's document shows, laid out with a plain pango layout
 * at the width it gets, shown line by line down 16:9 pages of a cairo PDF. Times are medians
 * of the rounds, with the best beside them.
 * The project keeps the figures a deck is made of until they change (sf-project-cache.c), as
 * when a slide's text is edited and the deck made again: that is the round measured against
 * the target. Each round also makes it once with nothing kept, as right after a figure
 * changed, and prints that ratio too.
 * Run: build/tests/bench/bench-deck [DIR]   (DIR: where the files go, default a temp dir)
 */
#include "config.h"

#include <glib/gstdio.h>

#include "sf-bench-project.h"
#include "sf-bench-texts.h"
#include "sf-deck-private.h"
#include "sf-project-private.h"
#include "sf-project.h"

#define ROUNDS 21 /* a round is a few milliseconds: enough of them for a steady median */

/* Makes the deck and writes it; returns it for what it holds. */
static SfDeck *
export (SfProject  *project,
        const char *path,
        double     *build_ms)
{
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  SfDeck *deck = sf_deck_new (project, NULL, &error);

  if (deck == NULL)
    g_error ("%s", error->message);
  sf_deck_ensure_layout (deck);
  *build_ms = sf_bench_ms_since (start);
  if (!sf_deck_write_pdf (deck, path, FALSE, &error))
    g_error ("%s", error->message);
  return deck;
}

static guint
n_pages (SfDeck *deck)
{
  guint n = 0;

  for (guint i = 0; i < deck->layouts->len; i++)
    n += sf_report_layout_get_n_pages (g_ptr_array_index (deck->layouts, i));
  return n;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = sf_bench_dir (argc, argv);
  g_autofree char *large = g_build_filename (dir, "large.startfoto", NULL);
  g_autofree char *ours_pdf = g_build_filename (dir, "deck.pdf", NULL);
  g_autofree char *base_pdf = g_build_filename (dir, "baseline.pdf", NULL);
  g_autoptr(GArray) layout_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) export_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) baseline_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) fresh_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) texts = NULL;
  g_autoptr(SfProject) project = NULL;
  g_autoptr(SfDeck) deck = NULL;
  g_autoptr(GError) error = NULL;
  SfReportPageSetup setup;
  guint base_pages = 0, shortened = 0;
  double export_median, baseline_median, ratio, ms;

  g_print ("generating the large project in %s\n", dir);
  project = sf_bench_open_large_project (large);

  /* A warm-up round of everything (fonts, caches), not counted; its document gives the
   * baseline its texts. */
  deck = export (project, ours_pdf, &ms);
  setup = *sf_report_layout_get_setup (g_ptr_array_index (deck->layouts, 0));
  setup.page_offset = 0;
  /* Every slide's texts, in order, as one stream down the pages. */
  texts = sf_bench_collect_texts (g_ptr_array_index (deck->docs, 0), &setup);
  for (guint i = 1; i < deck->docs->len; i++)
    {
      g_autoptr(GArray) slide = sf_bench_collect_texts (g_ptr_array_index (deck->docs, i),
                                                        &setup);

      g_array_append_vals (texts, slide->data, slide->len);
      g_array_set_clear_func (slide, NULL); /* its texts are in @texts now */
    }
  sf_bench_write_baseline (texts, &setup, base_pdf);

  /* Alternating rounds, so that noise on the machine hits both alike. */
  for (int round = 0; round < ROUNDS; round++)
    {
      g_autoptr(SfDeck) made = NULL;
      gint64 start = g_get_monotonic_time ();

      made = export (project, ours_pdf, &ms);
      g_array_append_val (layout_ms, ms);
      ms = sf_bench_ms_since (start);
      g_array_append_val (export_ms, ms);

      /* As after a change of the figures: everything read anew. */
      sf_project_cache_forget (project, NULL);
      g_clear_pointer (&made, sf_deck_free);
      start = g_get_monotonic_time ();
      made = export (project, ours_pdf, &ms);
      ms = sf_bench_ms_since (start);
      g_array_append_val (fresh_ms, ms);

      start = g_get_monotonic_time ();
      base_pages = sf_bench_write_baseline (texts, &setup, base_pdf);
      ms = sf_bench_ms_since (start);
      g_array_append_val (baseline_ms, ms);
    }
  for (guint i = 0; i < sf_deck_get_n_slides (deck); i++)
    shortened += sf_deck_get_shortened (deck, i);

  export_median = sf_bench_percentile (export_ms, 50);
  baseline_median = sf_bench_percentile (baseline_ms, 50);
  ratio = export_median / baseline_median;
  g_print ("deck: %u slides, %u pages, %u shortened; baseline: %u texts, %u pages (%d rounds)\n",
           sf_deck_get_n_slides (deck), n_pages (deck), shortened,
           texts->len, base_pages, ROUNDS);
  g_print ("made and laid out:             %8.1f ms median, %.1f ms best\n",
           sf_bench_percentile (layout_ms, 50), sf_bench_best (layout_ms));
  g_print ("made and exported (PDF):       %8.1f ms median, %.1f ms best\n", export_median,
           sf_bench_best (export_ms));
  g_print ("baseline (bare pango + PDF):   %8.1f ms median, %.1f ms best\n", baseline_median,
           sf_bench_best (baseline_ms));
  g_print ("made and exported, read anew:  %8.1f ms median, %.1f ms best (%.2fx)\n",
           sf_bench_percentile (fresh_ms, 50), sf_bench_best (fresh_ms),
           sf_bench_percentile (fresh_ms, 50) / baseline_median);
  g_print ("deck / baseline:               %8.2fx median, %.2fx best (target at most 1.5x) %s\n",
           ratio, sf_bench_best (export_ms) / sf_bench_best (baseline_ms),
           ratio <= 1.5 ? "MET" : "NOT MET");
  g_clear_pointer (&deck, sf_deck_free);
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
