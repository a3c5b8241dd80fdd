/* sf-rel-loop.c: the reliability runs, with their figures
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   sf-rel-loop --driver PATH [--fixture OLDER.startfoto] [--dir DIR] [--seed N]
 *               [--max-delay-ms N] [--verbose] RUN...
 * where RUN is kills=N (the driver killed N times while editing one project), creation=N,
 * migration=N (killed while making a project, while migrating OLDER), faults=N (each fault
 * kind, once and sticky, at N positions over a run's writes and syncs; 0: at every one),
 * merge-kills=N, merge-faults=N (the same in the middle of merging a copy back), or
 * full: kills=200 creation=100 migration=50 faults=0 merge-kills=100 merge-faults=0. Prints
 * the figures; exits 1 when any project was damaged, lost an acknowledged action, was hidden
 * or left junk.
 *
 * A kill ends a process, not the machine: what it wrote is in the page cache either way, so
 * the default folder is in memory (/dev/shm) where there is one, for speed.
 */
#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "sf-rel-loop.h"

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
print_figures (const char         *what,
               const SfRelFigures *f)
{
  g_print ("%-10s runs %u, kills %u, acknowledged actions %u (under way at the kill and kept %u)\n"
           "%-10s done before the kill %u, journal or WAL left %u, leftovers cleared at the next "
           "start %u, failed calls %u\n"
           "%-10s corrupt %u, lost %u, hidden %u, leftovers %u, failures without an error %u, "
           "driver crashes %u\n",
           what, f->runs, f->kills, f->acked, f->pending_kept, "", f->completed, f->side_files,
           f->cleared, f->failed_calls, "", f->corrupt, f->lost, f->hidden, f->leftovers,
           f->no_error, f->crashes);
}

static gboolean
run_one (SfRelOptions *options,
         const char   *what,
         guint         n)
{
  SfRelFigures f = { 0 };
  gint64 start = g_get_monotonic_time ();
  gboolean ok;

  if (g_str_equal (what, "kills"))
    ok = sf_rel_kill_actions (options, n, &f);
  else if (g_str_equal (what, "creation"))
    ok = sf_rel_kill_creation (options, n, &f);
  else if (g_str_equal (what, "migration"))
    ok = options->fixture != NULL && sf_rel_kill_migration (options, n, &f);
  else if (g_str_equal (what, "faults"))
    ok = sf_rel_faults (options, n, &f);
  else if (g_str_equal (what, "merge-kills"))
    ok = options->fixture != NULL && sf_rel_kill_merge (options, n, &f);
  else if (g_str_equal (what, "merge-faults"))
    ok = options->fixture != NULL && sf_rel_merge_faults (options, n, &f);
  else
    {
      g_printerr ("unknown run: %s\n", what);
      return FALSE;
    }
  print_figures (what, &f);
  g_print ("%-10s %s in %.1f s\n", what, ok ? "ok" : "FAILED",
           (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC);
  return ok;
}

static char *
make_root (const char *dir)
{
  g_autofree char *base = NULL;

  if (dir != NULL)
    base = g_strdup (dir);
  else if (g_access ("/dev/shm", W_OK) == 0)
    base = g_strdup ("/dev/shm");
  else
    base = g_strdup (g_get_tmp_dir ());
  return g_mkdtemp (g_build_filename (base, "sf-rel-XXXXXX", NULL));
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GOptionContext) context = g_option_context_new ("RUN…");
  g_autofree char *driver = NULL;
  g_autofree char *fixture = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *root = NULL;
  int seed = 0, max_delay_ms = 300;
  gboolean verbose = FALSE, keep = FALSE, ok = TRUE;
  GOptionEntry entries[] = {
    { "driver", 0, 0, G_OPTION_ARG_FILENAME, &driver, "The driver program", "PATH" },
    { "fixture", 0, 0, G_OPTION_ARG_FILENAME, &fixture, "An older project file", "PATH" },
    { "dir", 0, 0, G_OPTION_ARG_FILENAME, &dir, "Where to work", "DIR" },
    { "seed", 0, 0, G_OPTION_ARG_INT, &seed, "Random seed (0: a new one)", "N" },
    { "max-delay-ms", 0, 0, G_OPTION_ARG_INT, &max_delay_ms, "Latest kill after the open",
      "MS" },
    { "verbose", 'v', 0, G_OPTION_ARG_NONE, &verbose, "Say how each run went", NULL },
    { "keep", 0, 0, G_OPTION_ARG_NONE, &keep, "Keep the work folder", NULL },
    { NULL }
  };
  SfRelOptions options = { 0 };

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || driver == NULL || argc < 2)
    {
      g_printerr ("%s\n", error ? error->message : "usage: sf-rel-loop --driver PATH RUN…");
      return 2;
    }
  if (seed == 0)
    seed = g_random_int_range (1, G_MAXINT);
  root = make_root (dir);
  g_assert_nonnull (root);
  options = (SfRelOptions) { driver, fixture, root, g_rand_new_with_seed (seed),
                             max_delay_ms, verbose };
  g_print ("seed %d, working in %s\n", seed, root);
  /* The copies' bases (sf-merge.h) are kept under XDG_DATA_HOME: ours, for us and the driver,
   * set before anything asks GLib for it. */
  {
    g_autofree char *data = g_build_filename (root, "data", NULL);

    g_mkdir (data, 0700);
    g_setenv ("XDG_DATA_HOME", data, TRUE);
  }

  for (int i = 1; i < argc; i++)
    {
      g_auto(GStrv) run = g_strsplit (argv[i], "=", 2);

      if (g_str_equal (argv[i], "full"))
        ok = run_one (&options, "kills", 200) & run_one (&options, "creation", 100) &
             run_one (&options, "migration", 50) & run_one (&options, "faults", 0) &
             run_one (&options, "merge-kills", 100) & run_one (&options, "merge-faults", 0) & ok;
      else
        ok = run_one (&options, run[0], run[1] ? strtoul (run[1], NULL, 10) : 0) && ok;
    }
  g_rand_free (options.rand);
  if (!keep && ok)
    remove_tree (root);
  else
    g_print ("the work folder stays: %s\n", root);
  return ok ? 0 : 1;
}
