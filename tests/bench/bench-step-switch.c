/* bench-step-switch.c: switching to step 4's page against switching to step 3's, on the
 * large generated project
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Target (issue 13): showing step 4 (its page made and its first frame painted) takes at most
 * 1.5x showing step 3. The project is the large one of the other benchmarks, grown with step 4
 * (40 preconditions judged for 20 flats, 300 actions, 100 decisions, 400 remarks). Each round
 * makes both pages anew in the same window, in turn; medians of the rounds, and the first
 * round apart (the project's lists are read then).
 * Run under a display, e.g.:  xvfb-run -a build/tests/bench/bench-step-switch [DIR]
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "sf-bench-project.h"
#include "sf-page-registry.h"

#define ROUNDS 15

static void
painted_cb (GdkFrameClock *clock,
            gboolean      *painted)
{
  *painted = TRUE;
}

/* Makes the page of @step, shows it in @window and waits for the frame that paints it. */
static double
show_step (GtkWidget *window,
           SfProject *project,
           guint      step)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
  gboolean painted = FALSE;
  gint64 start = g_get_monotonic_time ();
  gulong handler;
  double ms;

  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (painted_cb), &painted);
  gtk_window_set_child (GTK_WINDOW (window), sf_page_registry_create_page (step, project));
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  ms = (g_get_monotonic_time () - start) / 1000.0;
  g_signal_handler_disconnect (clock, handler);
  return ms;
}

static void
settle (void)
{
  gint64 end = g_get_monotonic_time () + 100 * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = sf_bench_dir (argc, argv);
  g_autofree char *large = g_build_filename (dir, "large-switch.startfoto", NULL);
  g_autoptr(GArray) step3 = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) step4 = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(SfProject) project = NULL;
  double first3 = 0, first4 = 0, ratio;
  GtkWidget *window;

  adw_init ();
  project = sf_bench_open_large_project (large);

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_present (GTK_WINDOW (window));
  settle ();

  for (int round = 0; round < ROUNDS; round++)
    {
      double ms3 = show_step (window, project, 3);
      double ms4;

      settle ();
      ms4 = show_step (window, project, 4);
      settle ();
      if (round == 0)
        {
          first3 = ms3;
          first4 = ms4;
          continue;
        }
      g_array_append_val (step3, ms3);
      g_array_append_val (step4, ms4);
    }

  ratio = sf_bench_percentile (step4, 50) / sf_bench_percentile (step3, 50);
  g_print ("first switch (lists read):  step 3 %7.1f ms, step 4 %7.1f ms\n", first3, first4);
  g_print ("switch to step 3:           %7.1f ms median (%d rounds)\n",
           sf_bench_percentile (step3, 50), ROUNDS - 1);
  g_print ("switch to step 4:           %7.1f ms median\n", sf_bench_percentile (step4, 50));
  g_print ("step 4 / step 3:            %7.2fx (target at most 1.5x) %s\n", ratio,
           ratio <= 1.5 ? "MET" : "NOT MET");

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&project);
  g_unlink (large);
  if (argc <= 1)
    g_rmdir (dir);
  return 0;
}
