/* bench-store.c: opening projects and committing edits, as figures
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Targets: committing one edit takes under one frame (16 ms) at the 99th percentile (issue 2);
 * capturing a statement and seeing it in the list under one frame at p99, and a search over
 * the large project under 50 ms (issue 3).
 * Also printed: opening each project in the store alone. The target for opening (at most 1.5x
 * the example) is about what a user waits for, the window with the project in it, and is
 * measured by bench-startup; here the store's share of it is shown.
 * Run: build/tests/bench/bench-store [DIR]   (DIR: where the files go, default a temp dir)
 */
#include "config.h"

#include <glib/gstdio.h>

#include "sf-bench-project.h"
#include "sf-example.h"
#include "sf-project.h"
#include "sf-search.h"
#include "sf-project-key-figures.h"

#define OPEN_ROUNDS 40
#define EDITS 1000
#define STATEMENTS 500
#define SEARCHES 50

static double
median_open_ms (const char *path)
{
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));

  for (int i = 0; i < OPEN_ROUNDS; i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      g_autoptr(SfProject) project = sf_project_open (path, SF_DB_OPEN_DEFAULT, &error);
      double ms = (g_get_monotonic_time () - start) / 1000.0;

      if (project == NULL)
        g_error ("%s", error->message);
      g_array_append_val (samples, ms);
    }
  return sf_bench_percentile (samples, 50);
}

/* The live session's hot path: a statement typed, Enter, and the list shows it. Each capture
 * is one action with synchronous=FULL, as in the app. */
static void
measure_capture_and_search (SfProject *project)
{
  static const char * const queries[] = { "eenzaam", "client", "ontmoeting", "thema",
                                          "Organisatie 42", "wonen" };
  g_autoptr(GArray) captures = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) searches = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(SfSession) session = g_list_model_get_item (sf_project_get_sessions (project), 0);
  g_autoptr(SfQuestion) question = g_list_model_get_item (sf_project_get_questions (project, 2),
                                                          1);
  const char *session_id = sf_record_get_id (SF_RECORD (session));
  const char *question_id = sf_record_get_id (SF_RECORD (question));
  GListModel *shown = sf_project_get_statements (project, session_id, question_id);
  g_autoptr(GError) error = NULL;
  double p50, p99;
  guint hits = 0;

  for (int i = 0; i < STATEMENTS; i++)
    {
      g_autofree char *text = g_strdup_printf ("Nieuwe uitspraak %d over de entree", i);
      guint before = g_list_model_get_n_items (shown);
      gint64 start = g_get_monotonic_time ();
      g_autofree char *id = sf_project_add_statement (project, session_id, question_id, NULL,
                                                      text, &error);
      double ms = (g_get_monotonic_time () - start) / 1000.0;

      if (id == NULL || g_list_model_get_n_items (shown) != before + 1)
        g_error ("capture failed: %s", error ? error->message : "not in the list");
      g_array_append_val (captures, ms);
    }
  p50 = sf_bench_percentile (captures, 50);
  p99 = sf_bench_percentile (captures, 99);
  g_print ("capture a statement:    %7.2f ms median, %.2f ms p99 (%d statements, list of %u "
           "shown)\n", p50, p99, STATEMENTS, g_list_model_get_n_items (shown));
  g_print ("p99 under one frame:    %7.2f ms (target under 16 ms) %s\n", p99,
           p99 < 16.0 ? "MET" : "NOT MET");

  for (int i = 0; i < SEARCHES; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GPtrArray) found = sf_search_find (project, queries[i % G_N_ELEMENTS (queries)],
                                                   200, &error);
      double ms = (g_get_monotonic_time () - start) / 1000.0;

      if (found == NULL)
        g_error ("search failed: %s", error->message);
      hits += found->len;
      g_array_append_val (searches, ms);
    }
  p50 = sf_bench_percentile (searches, 50);
  p99 = sf_bench_percentile (searches, 100);
  g_print ("search the project:     %7.2f ms median, %.2f ms slowest (%d searches, %u hits; "
           "1200 answers, 600+ statements)\n", p50, p99, SEARCHES, hits);
  g_print ("slowest under 50 ms:    %7.2f ms (target under 50 ms) %s\n", p99,
           p99 < 50.0 ? "MET" : "NOT MET");
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = sf_bench_dir (argc, argv);
  g_autofree char *example = g_build_filename (dir, "example.startfoto", NULL);
  g_autofree char *large = g_build_filename (dir, "large.startfoto", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) edits = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(SfProject) project = NULL;
  double example_ms, large_ms, p50, p99, max;
  g_autofree char *partner_id = NULL;

  g_unlink (example);
  g_unlink (large);
  if (!sf_example_write (example, &error) || !sf_bench_write_large_project (large, &error))
    g_error ("%s", error->message);

  example_ms = median_open_ms (example);
  large_ms = median_open_ms (large);
  g_print ("open example project:   %7.2f ms (median of %d)\n", example_ms, OPEN_ROUNDS);
  g_print ("open large project:     %7.2f ms (median of %d; 200 partners, 20 flats, "
           "500 own questions)\n", large_ms, OPEN_ROUNDS);
  g_print ("large / example:        %7.2fx (store only; the 1.5x target is measured with the "
           "window by bench-startup)\n", large_ms / example_ms);

  /* One edit = one action: a transaction with synchronous=FULL, its changeset, and the
   * refresh of the models that show it. */
  project = sf_project_open (large, SF_DB_OPEN_DEFAULT, &error);
  g_assert_nonnull (project);
  {
    g_autoptr(SfPartner) partner = g_list_model_get_item (sf_project_get_partners (project), 7);

    partner_id = g_strdup (sf_record_get_id (SF_RECORD (partner)));
  }
  for (int i = 0; i < EDITS; i++)
    {
      g_autofree char *notes = g_strdup_printf ("Aantekening %d", i);
      SfPartnerFields fields = { "Organisatie 8", "care", "manager", "Contactpersoon 8", notes };
      gint64 start = g_get_monotonic_time ();
      double ms;

      if (!sf_project_update_partner (project, partner_id, &fields, &error))
        g_error ("%s", error->message);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (edits, ms);
    }
  p50 = sf_bench_percentile (edits, 50);
  p99 = sf_bench_percentile (edits, 99);
  max = sf_bench_percentile (edits, 100);
  g_print ("commit one edit:        %7.2f ms median, %.2f ms p99, %.2f ms max (%d edits on "
           "the large project)\n", p50, p99, max, EDITS);
  g_print ("p99 under one frame:    %7.2f ms (target under 16 ms) %s\n", p99,
           p99 < 16.0 ? "MET" : "NOT MET");

  measure_capture_and_search (project);

  g_clear_object (&project);
  g_unlink (example);
  g_unlink (large);
  if (argc <= 1)
    g_rmdir (dir);
  return 0;
}
