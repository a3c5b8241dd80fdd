/* sf-rel-kills.c: the driver killed at random moments: while editing, creating a project and
 * migrating an older one; after each kill the project is checked as the next start meets it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>
#include <sys/wait.h>
#include <string.h>
#include <gio/gio.h>
#include <glib/gstdio.h>

#include "sf-project-private.h"
#include "sf-rel-check.h"
#include "sf-rel-loop.h"
#include "sf-rel-replay.h"

char *
sf_rel_new_dir (const SfRelOptions *options,
                const char         *name)
{
  g_autofree char *pattern = g_strconcat (name, "-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (options->root, pattern, NULL);

  g_assert_nonnull (g_mkdtemp (path));
  return g_steal_pointer (&path);
}

static gboolean
has_line (const char *path,
          const char *line)
{
  g_autofree char *text = NULL;
  g_autofree char *whole = g_strconcat (line, "\n", NULL);

  /* The driver prints it first. */
  return g_file_get_contents (path, &text, NULL, NULL) && g_str_has_prefix (text, whole);
}

char *
sf_rel_spawn (const SfRelOptions *options,
              const char * const *args,
              const char         *output_path,
              gint64              delay_us,
              gboolean            after_open,
              gboolean           *killed,
              gint64             *open_us,
              SfRelFigures       *figures)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  gint64 start = g_get_monotonic_time ();
  int fd = g_open (output_path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  int status = 0;
  gboolean ended = FALSE;
  char *output = NULL;
  GPid pid;

  g_assert_cmpint (fd, >=, 0);
  g_ptr_array_add (argv, (gpointer) options->driver);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  /* Reaped here, not by a main loop: waitpid () tells when it ended by itself. */
  g_spawn_async_with_fds (NULL, (char **) argv->pdata, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL,
                          NULL, &pid, -1, fd, -1, &error);
  g_assert_no_error (error);
  close (fd);

  if (after_open)
    {
      while (!has_line (output_path, "open") &&
             !(ended = waitpid (pid, &status, WNOHANG) == pid) &&
             g_get_monotonic_time () - start < 60 * G_USEC_PER_SEC)
        g_usleep (200);
      if (open_us != NULL)
        *open_us = g_get_monotonic_time () - start;
      start = g_get_monotonic_time ();
    }
  while (!ended && g_get_monotonic_time () - start < delay_us)
    {
      ended = waitpid (pid, &status, WNOHANG) == pid;
      if (!ended)
        g_usleep (MIN (200, MAX (0, delay_us - (g_get_monotonic_time () - start))));
    }
  if (!ended)
    {
      kill (pid, SIGKILL);
      waitpid (pid, &status, 0);
    }
  *killed = WIFSIGNALED (status) && WTERMSIG (status) == SIGKILL;
  g_spawn_close_pid (pid);
  g_file_get_contents (output_path, &output, NULL, NULL);
  if (!*killed && !(WIFEXITED (status) && WEXITSTATUS (status) == 0))
    {
      g_printerr ("the driver %s ended with status %d:\n%s\n", args[0], status,
                  output ? output : "");
      figures->crashes++;
    }
  return output ? output : g_strdup ("");
}

gboolean
sf_rel_figures_ok (const SfRelFigures *f)
{
  return f->corrupt == 0 && f->lost == 0 && f->hidden == 0 && f->leftovers == 0 &&
         f->no_error == 0 && f->crashes == 0;
}

void
sf_rel_figures_count (SfRelFigures *f,
                      SfRelVerdict  verdict)
{
  f->corrupt += verdict == SF_REL_CORRUPT;
  f->lost += verdict == SF_REL_LOST;
  f->hidden += verdict == SF_REL_HIDDEN;
}

/* The driver failed on its own: a harness or store error, shown and counted. */
static gboolean
driver_failed (const char   *output,
               SfRelFigures *f)
{
  const char *fail = strstr (output, "fail\t");

  if (fail == NULL)
    return FALSE;
  g_printerr ("the driver failed: %s", fail);
  return TRUE;
}

/* ---- while editing ---------------------------------------------------------------------- */

/* Whether the kill left a journal or a WAL with something in it: it came mid-change (or, in
 * WAL mode, before a checkpoint). */
gboolean
sf_rel_has_side_file (const char *path)
{
  static const char * const sides[] = { "-journal", "-wal", NULL };

  for (guint i = 0; sides[i] != NULL; i++)
    {
      g_autofree char *side = g_strconcat (path, sides[i], NULL);
      GStatBuf st;

      if (g_stat (side, &st) == 0 && st.st_size > 0)
        return TRUE;
    }
  return FALSE;
}

/* Checks the project after a run: it holds what was acknowledged, and perhaps the action under
 * way; the replay is brought to the same point. */
static void
check_run (const SfRelOptions *options,
           const char         *lib,
           const char         *path,
           SfRelReplay        *replay,
           const char         *output,
           SfRelFigures       *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) acked = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) report = g_string_new (NULL);
  g_autofree char *pending = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const char *expected[3] = { NULL, NULL, NULL };
  SfRelVerdict verdict;
  int which;

  if (sf_rel_parse_run (output, acked, &pending) &&
      !sf_rel_replay_apply (replay, "open", &error))
    g_error ("the replay cannot open: %s", error->message);
  for (guint i = 0; i < acked->len; i++)
    if (!sf_rel_replay_apply (replay, g_ptr_array_index (acked, i), &error))
      g_error ("the replay of %s failed: %s", (char *) g_ptr_array_index (acked, i),
               error->message);
  f->acked += acked->len;
  expected[0] = before = sf_rel_replay_dump (replay, FALSE);
  if (pending != NULL)
    {
      if (!sf_rel_replay_apply (replay, pending, &error))
        g_error ("the replay of %s failed: %s", pending, error->message);
      expected[1] = after = sf_rel_replay_dump (replay, FALSE);
    }

  f->side_files += sf_rel_has_side_file (path);
  verdict = sf_rel_verify (lib, path, expected, FALSE, &which, report);
  sf_rel_figures_count (f, verdict);
  if (!sf_rel_check_library (lib, &f->cleared, report))
    f->leftovers++;
  if (verdict != SF_REL_OK || report->len > 0 || options->verbose)
    g_printerr ("kill %u after %u actions%s: %s\n%s", f->kills, acked->len,
                pending ? " and one under way" : "", verdict == SF_REL_OK ? "ok" : "WRONG",
                report->str);
  if (pending != NULL && which == 0)
    {
      g_autofree char *back = NULL;

      if (!sf_rel_replay_revert (replay, pending, &error))
        g_error ("the replay cannot take back %s: %s", pending, error->message);
      back = sf_rel_replay_dump (replay, FALSE);
      g_assert_cmpstr (back, ==, before);
    }
  else if (pending != NULL && which == 1)
    f->pending_kept++;
}

gboolean
sf_rel_kill_actions (const SfRelOptions *options,
                     guint               kills,
                     SfRelFigures       *f)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *work = sf_rel_new_dir (options, "kills");
  g_autofree char *lib = g_build_filename (work, "library", NULL);
  g_autofree char *ref = g_build_filename (work, "replay.startfoto", NULL);
  g_autofree char *out = g_build_filename (work, "run.txt", NULL);
  g_autoptr(SfRelReplay) replay = NULL;
  g_autofree char *output = NULL;
  g_autofree char *path = NULL;
  gint64 open_us = 0;
  gboolean killed;

  output = sf_rel_spawn (options, (const char *[]) { "create", lib, NULL }, out,
                         60 * G_USEC_PER_SEC, FALSE, &killed, NULL, f);
  g_assert_true (g_str_has_prefix (output, "created\t"));
  path = g_strndup (output + 8, strcspn (output + 8, "\n"));
  replay = sf_rel_replay_new (path, ref, &error);
  g_assert_no_error (error);

  while (f->kills < kills)
    {
      g_autofree char *seed = g_strdup_printf ("%u", g_rand_int (options->rand));
      /* One in five lands anywhere from the start, through the open and its recovery. */
      gboolean from_start = open_us > 0 && g_rand_int_range (options->rand, 0, 5) == 0;
      gint64 delay = from_start ? g_rand_int_range (options->rand, 0, open_us)
                                : g_rand_int_range (options->rand, 0,
                                                    options->max_delay_ms * 1000 + 1);

      g_free (output);
      output = sf_rel_spawn (options, (const char *[]) { "run", path, seed, "1000000", NULL },
                             out, delay, !from_start, &killed, from_start ? NULL : &open_us, f);
      f->runs++;
      f->kills += killed;
      if (driver_failed (output, f))
        break;
      check_run (options, lib, path, replay, output, f);
    }
  return sf_rel_figures_ok (f);
}

/* ---- creating a project ----------------------------------------------------------------- */

/* Every project file in @dir opens read-write and is whole. */
static gboolean
check_files_open (const char *dir,
                  GString    *report)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  gboolean ok = TRUE;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    if (g_str_has_suffix (name, ".startfoto"))
      {
        g_autoptr(GError) error = NULL;
        g_autofree char *path = g_build_filename (dir, name, NULL);
        g_autoptr(SfProject) project = sf_project_open (path, SF_DB_OPEN_DEFAULT, &error);

        if (project == NULL || !sf_rel_check_integrity (project, &error))
          {
            g_string_append_printf (report, "  %s: %s\n", name, error->message);
            ok = FALSE;
          }
      }
  return ok;
}

gboolean
sf_rel_kill_creation (const SfRelOptions *options,
                      guint               kills,
                      SfRelFigures       *f)
{
  g_autofree char *work = sf_rel_new_dir (options, "creation");
  g_autofree char *out = g_build_filename (work, "run.txt", NULL);
  gint64 took = g_get_monotonic_time ();
  gboolean killed;

  /* How long a whole creation takes, for the kills to land anywhere in it. */
  {
    g_autofree char *lib = g_build_filename (work, "whole", NULL);
    g_autofree char *output = sf_rel_spawn (options, (const char *[]) { "create", lib, NULL },
                                            out, 60 * G_USEC_PER_SEC, FALSE, &killed, NULL, f);

    g_assert_true (g_str_has_prefix (output, "created\t"));
    took = g_get_monotonic_time () - took;
  }
  for (guint k = 0; k < kills; k++)
    {
      g_autofree char *name = g_strdup_printf ("library-%u", k);
      g_autofree char *lib = g_build_filename (work, name, NULL);
      g_autoptr(GString) report = g_string_new (NULL);
      g_autofree char *output = NULL;
      gboolean whole;

      g_mkdir (lib, 0700);
      output = sf_rel_spawn (options, (const char *[]) { "create", lib, NULL }, out,
                             g_rand_int_range (options->rand, 0, took), FALSE, &killed, NULL, f);
      f->runs++;
      f->kills += killed;
      f->completed += g_str_has_prefix (output, "created\t");
      whole = sf_rel_check_library (lib, &f->cleared, report);
      f->leftovers += !whole;
      if (!check_files_open (lib, report))
        f->corrupt++;
      if (report->len > 0)
        g_printerr ("kill %u while creating: WRONG\n%s", k, report->str);
    }
  return sf_rel_figures_ok (f);
}

/* ---- migrating an older project ---------------------------------------------------------- */

/* The older fixture at @path, as a project of the user's: the fixtures are examples, which
 * the welcome list shows on a button of their own. */
void
sf_rel_copy_fixture (const SfRelOptions *options,
                     const char         *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) from = g_file_new_for_path (options->fixture);
  g_autoptr(GFile) to = g_file_new_for_path (path);
  sqlite3 *db = NULL;

  g_file_copy (from, to, G_FILE_COPY_NONE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE project SET is_example = 0", NULL, NULL, NULL), ==,
                   SQLITE_OK);
  sqlite3_close (db);
}

static char *
migrated_dump (const SfRelOptions *options,
               const char         *work)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (work, "whole.startfoto", NULL);
  g_autoptr(SfProject) project = NULL;

  sf_rel_copy_fixture (options, path);
  project = sf_project_open (path, SF_DB_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  return sf_rel_dump (sf_db_get_handle (sf_project_get_db (project)), TRUE);
}

gboolean
sf_rel_kill_migration (const SfRelOptions *options,
                       guint               kills,
                       SfRelFigures       *f)
{
  g_autofree char *work = sf_rel_new_dir (options, "migration");
  g_autofree char *out = g_build_filename (work, "run.txt", NULL);
  g_autofree char *whole = migrated_dump (options, work);
  const char *expected[] = { whole, NULL };
  gint64 took = 0;
  gboolean killed;

  for (guint k = 0; k <= kills; k++)
    {
      g_autofree char *name = g_strdup_printf ("library-%u", k);
      g_autofree char *lib = g_build_filename (work, name, NULL);
      g_autofree char *path = g_build_filename (lib, "older.startfoto", NULL);
      g_autoptr(GString) report = g_string_new (NULL);
      g_autofree char *output = NULL;
      gint64 start = g_get_monotonic_time ();
      SfRelVerdict verdict;
      int which;

      g_mkdir (lib, 0700);
      sf_rel_copy_fixture (options, path);
      /* The first run is not killed: it says how long a migration takes. */
      output = sf_rel_spawn (options, (const char *[]) { "migrate", path, NULL }, out,
                             k == 0 ? 60 * G_USEC_PER_SEC
                                    : g_rand_int_range (options->rand, 0, took),
                             FALSE, &killed, NULL, f);
      if (k == 0)
        {
          took = g_get_monotonic_time () - start;
          g_assert_true (g_str_has_prefix (output, "migrated"));
          continue;
        }
      f->runs++;
      f->kills += killed;
      f->completed += g_str_has_prefix (output, "migrated");
      f->side_files += sf_rel_has_side_file (path);
      if (!sf_rel_check_library (lib, &f->cleared, report))
        f->leftovers++;
      verdict = sf_rel_verify (lib, path, expected, TRUE, &which, report);
      sf_rel_figures_count (f, verdict);
      if (report->len > 0)
        g_printerr ("kill %u while migrating: WRONG\n%s", k, report->str);
    }
  return sf_rel_figures_ok (f);
}
