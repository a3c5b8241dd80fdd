/* sf-rel-driver.c: the reliability runs' driver: real user actions through the store, each
 * reported once the store has acknowledged it, for another process to kill at any moment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   sf-rel-driver create DIR             a new project in the library DIR, as "New project"
 *   sf-rel-driver run PATH SEED MAX      opens PATH, then up to MAX actions drawn from SEED:
 *                                        "try\tACTION" before each, "ok" once it returned
 *   sf-rel-driver migrate PATH           opens an older project read-write (it is migrated)
 *   sf-rel-driver merge PATH COPY        opens PATH and plans merging COPY into it, says "open"
 *                                        (from there on a kill lands in the merge itself),
 *                                        applies it and says "merged"
 *   sf-rel-driver verify DIR PATH LOG    checks PATH against a replay of LOG (the output of
 *                                        its runs, one after another) in a new project; the
 *                                        last run's action under way may or may not be there,
 *                                        an earlier run's is taken as not done
 * Every line is flushed before the next step, so what was printed had happened. Each write and
 * sync of the store waits a moment first (sf-rel-vfs.c), so that a kill at a random moment
 * often comes between the writes of one change, as on a slow disk.
 */
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <glib/gstdio.h>

#include "sf-library.h"
#include "sf-merge.h"
#include "sf-rel-actions.h"
#include "sf-rel-check.h"
#include "sf-rel-replay.h"
#include "sf-rel-vfs.h"

/* A pause before each write and sync, so that kills land inside transactions. */
#define PAUSE_US 100

static const SfProjectFields fields = { "Betrouwbaarheid", "Leiden", "Proefwijk", NULL };

static void
say (const char *format,
     ...)
{
  va_list args;

  va_start (args, format);
  vprintf (format, args);
  va_end (args);
  putchar ('\n');
  fflush (stdout);
}

static int
fail (const char *what,
      GError     *error)
{
  say ("fail\t%s: %s", what, error ? error->message : "(no error)");
  return 2;
}

static int
create (const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SfLibrary) library = sf_library_new (dir);
  g_autofree char *path = sf_library_new_path (library, &error);
  g_autoptr(SfProject) project = path ? sf_project_create (path, &fields, &error) : NULL;

  if (project == NULL)
    return fail ("create", error);
  say ("created\t%s", path);
  return 0;
}

static int
run (const char *path,
     guint32     seed,
     guint       max)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(SfProject) project = sf_project_open (path, SF_DB_OPEN_DEFAULT, &error);

  if (project == NULL)
    return fail ("open", error);
  say ("open");
  for (guint i = 0; i < max; i++)
    {
      g_autofree char *line = sf_rel_action_next (project, rand);

      say ("try\t%s", line);
      if (!sf_rel_action_run (project, line, &error))
        return fail (line, error);
      say ("ok");
    }
  return 0;
}

static int
migrate (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SfProject) project = sf_project_open (path, SF_DB_OPEN_DEFAULT, &error);

  if (project == NULL)
    return fail ("migrate", error);
  say ("migrated");
  return 0;
}

static int
merge (const char *path,
       const char *theirs)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SfProject) project = sf_project_open (path, SF_DB_OPEN_DEFAULT, &error);
  g_autoptr(SfMergePlan) plan = NULL;

  if (project == NULL)
    return fail ("open", error);
  /* The copy's base is found under XDG_DATA_HOME, which the loop made its own. */
  plan = sf_merge_plan_new (project, theirs, NULL, &error);
  if (plan == NULL)
    return fail ("plan", error);
  say ("open");
  if (!sf_project_apply_merge (project, plan, &error))
    return fail ("merge", error);
  say ("merged");
  return 0;
}

/* Replays every acknowledged action of @log in a new project and compares, ids aside (the new
 * project's own rows have other ids). */
static int
verify (const char *dir,
        const char *path,
        const char *log)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL;
  g_autofree char *tmp = g_dir_make_tmp ("sf-rel-verify-XXXXXX", NULL);
  g_autofree char *base = g_build_filename (tmp, "base.startfoto", NULL);
  g_autofree char *copy = g_build_filename (tmp, "replay.startfoto", NULL);
  g_autoptr(SfProject) made = sf_project_create (base, &fields, &error);
  g_autoptr(SfRelReplay) replay = NULL;
  g_autoptr(GString) report = g_string_new (NULL);
  g_auto(GStrv) runs = NULL;
  const char *expected[3] = { NULL, NULL, NULL };
  g_autofree char *last_pending = NULL;
  g_autofree char *dump = NULL;
  g_autofree char *dump_pending = NULL;
  SfRelVerdict verdict;
  int which;

  g_clear_object (&made);
  if (!g_file_get_contents (log, &output, NULL, &error) ||
      (replay = sf_rel_replay_new (base, copy, &error)) == NULL)
    return fail ("verify", error);
  /* Each run's output begins with its "open". */
  runs = g_strsplit (output, "open\n", -1);
  for (guint r = 1; runs[r] != NULL; r++)
    {
      g_autofree char *text = g_strconcat ("open\n", runs[r], NULL);
      g_autoptr(GPtrArray) acked = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *pending = NULL;

      sf_rel_parse_run (text, acked, &pending);
      if (!sf_rel_replay_open (replay, &error))
        return fail ("replay", error);
      for (guint i = 0; i < acked->len; i++)
        if (!sf_rel_replay_apply (replay, g_ptr_array_index (acked, i), &error))
          return fail (g_ptr_array_index (acked, i), error);
      g_free (last_pending);
      last_pending = g_steal_pointer (&pending);
    }
  expected[0] = dump = sf_rel_replay_dump (replay, TRUE);
  if (last_pending != NULL && sf_rel_replay_apply (replay, last_pending, NULL))
    expected[1] = dump_pending = sf_rel_replay_dump (replay, TRUE);
  verdict = sf_rel_verify (dir, path, expected, TRUE, &which, report);
  say ("verdict\t%d\n%s", verdict, report->str);
  return verdict == SF_REL_OK ? 0 : 1;
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  sf_rel_vfs_install ();
  sf_rel_vfs_set_pause (PAUSE_US);
  if (argc == 3 && g_str_equal (argv[1], "create"))
    return create (argv[2]);
  if (argc == 5 && g_str_equal (argv[1], "run"))
    return run (argv[2], strtoul (argv[3], NULL, 10), strtoul (argv[4], NULL, 10));
  if (argc == 3 && g_str_equal (argv[1], "migrate"))
    return migrate (argv[2]);
  if (argc == 4 && g_str_equal (argv[1], "merge"))
    return merge (argv[2], argv[3]);
  if (argc == 5 && g_str_equal (argv[1], "verify"))
    return verify (argv[2], argv[3], argv[4]);
  fprintf (stderr, "usage: %s create DIR | run PATH SEED MAX | migrate PATH | "
                   "merge PATH COPY | verify DIR PATH LOG\n", argv[0]);
  return 2;
}
