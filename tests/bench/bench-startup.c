/* bench-startup.c: start-up time and peak memory of startfoto --example against a minimal
 * libadwaita window, measured in the same run on the same display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Targets (issue 2): start-up until the window is mapped and painted at most 1.2x the minimal
 * window; peak memory (maximum resident set) at most 1.3x.
 * Run under a display, e.g.:  xvfb-run -a build/tests/bench/bench-startup
 */
#include "config.h"

#include <sys/resource.h>
#include <sys/wait.h>
#include <glib/gstdio.h>

#include "sf-bench-project.h"

#define ROUNDS 15

typedef struct
{
  double ms;
  double max_rss_mb;
} Run;

static Run
run_once (char       **argv,
          const char  *data_home)
{
  g_auto(GStrv) env = g_get_environ ();
  struct rusage usage;
  gint64 start;
  GPid pid;
  int status;
  Run run;
  g_autoptr(GError) error = NULL;

  env = g_environ_setenv (env, "STARTFOTO_BENCH_QUIT_ON_MAP", "1", TRUE);
  env = g_environ_setenv (env, "XDG_DATA_HOME", data_home, TRUE);
  env = g_environ_setenv (env, "GSETTINGS_BACKEND", "memory", TRUE);
  env = g_environ_setenv (env, "NO_AT_BRIDGE", "1", TRUE);
  start = g_get_monotonic_time ();
  if (!g_spawn_async (NULL, argv, env, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &pid, &error))
    g_error ("%s", error->message);
  if (wait4 (pid, &status, 0, &usage) < 0 || !WIFEXITED (status) || WEXITSTATUS (status) != 0)
    g_error ("%s did not start and quit cleanly", argv[0]);
  run.ms = (g_get_monotonic_time () - start) / 1000.0;
  run.max_rss_mb = usage.ru_maxrss / 1024.0;
  return run;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = g_path_get_dirname (argv[0]);
  g_autofree char *minimal = g_build_filename (dir, "minimal-window", NULL);
  g_autofree char *startfoto = g_build_filename (SF_BUILD_ROOT, "src", "startfoto", NULL);
  g_autofree char *data_home = g_dir_make_tmp ("startfoto-bench-XXXXXX", NULL);
  char *minimal_argv[] = { minimal, NULL };
  char *startfoto_argv[] = { startfoto, (char *) "--example", NULL };
  g_autoptr(GArray) min_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) min_rss = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) app_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) app_rss = g_array_new (FALSE, FALSE, sizeof (double));
  double m_ms, m_rss, a_ms, a_rss;

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_printerr ("bench-startup needs a display: run it under xvfb-run -a\n");
      return 2;
    }

  /* Warm the file cache for both, then alternate so that noise hits both alike. */
  run_once (minimal_argv, data_home);
  run_once (startfoto_argv, data_home);
  for (int i = 0; i < ROUNDS; i++)
    {
      Run m = run_once (minimal_argv, data_home);
      Run a = run_once (startfoto_argv, data_home);

      g_array_append_val (min_ms, m.ms);
      g_array_append_val (min_rss, m.max_rss_mb);
      g_array_append_val (app_ms, a.ms);
      g_array_append_val (app_rss, a.max_rss_mb);
    }

  m_ms = sf_bench_percentile (min_ms, 50);
  m_rss = sf_bench_percentile (min_rss, 50);
  a_ms = sf_bench_percentile (app_ms, 50);
  a_rss = sf_bench_percentile (app_rss, 50);
  g_print ("minimal libadwaita window: %7.1f ms to first frame, %6.1f MB peak (median of %d)\n",
           m_ms, m_rss, ROUNDS);
  g_print ("startfoto --example:       %7.1f ms to first frame, %6.1f MB peak (median of %d)\n",
           a_ms, a_rss, ROUNDS);
  g_print ("start-up ratio:            %7.2fx (target at most 1.2x) %s\n", a_ms / m_ms,
           a_ms / m_ms <= 1.2 ? "MET" : "NOT MET");
  g_print ("peak memory ratio:         %7.2fx (target at most 1.3x) %s\n", a_rss / m_rss,
           a_rss / m_rss <= 1.3 ? "MET" : "NOT MET");
  return 0;
}
