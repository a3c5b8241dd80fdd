/* sf-rel-faults.c: the Nth write or sync fails (an I/O error, a full disk; once or from then
 * on): every call that fails says so with a GError, and the file holds exactly the actions
 * that succeeded
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "sf-rel-actions.h"
#include "sf-rel-check.h"
#include "sf-rel-loop.h"
#include "sf-rel-replay.h"
#include "sf-rel-vfs.h"

/* Actions in one run: enough for undo and redo among them. */
#define N_ACTIONS 10

typedef struct
{
  const SfRelOptions *options;
  char               *base;   /* the project before each run */
  char               *lib;    /* the library the run works in */
  char               *path;
  char               *ref;    /* the replay's file */
  guint32             seed;
} Faults;

static void
remove_project (Faults *run)
{
  static const char * const sides[] = { "", "-journal", "-wal", "-shm", NULL };

  for (guint i = 0; sides[i] != NULL; i++)
    {
      g_autofree char *side = g_strconcat (run->path, sides[i], NULL);
      g_autofree char *ref_side = g_strconcat (run->ref, sides[i], NULL);

      g_unlink (side);
      g_unlink (ref_side);
    }
}

/* One run with the fault armed; returns the actions that succeeded (NULL: it could not open). */
static GPtrArray *
run_with_fault (Faults       *run,
                SfRelFault    fault,
                guint         n,
                gboolean      sticky,
                SfRelFigures *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) from = g_file_new_for_path (run->base);
  g_autoptr(GFile) to = g_file_new_for_path (run->path);
  g_autoptr(GRand) rand = g_rand_new_with_seed (run->seed);
  g_autoptr(SfProject) project = NULL;
  GPtrArray *done = g_ptr_array_new_with_free_func (g_free);

  remove_project (run);
  g_file_copy (from, to, G_FILE_COPY_NONE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);

  sf_rel_vfs_arm (fault, n, sticky);
  project = sf_project_open (run->path, SF_DB_OPEN_DEFAULT, &error);
  if (project == NULL)
    {
      f->failed_calls++;
      f->no_error += error == NULL;
    }
  for (guint i = 0; project != NULL && i < N_ACTIONS; i++)
    {
      g_autofree char *line = sf_rel_action_next (project, rand);

      g_clear_error (&error);
      if (sf_rel_action_run (project, line, &error))
        g_ptr_array_add (done, g_steal_pointer (&line));
      else
        {
          f->failed_calls++;
          if (error == NULL)
            {
              g_printerr ("%s failed without a GError\n", line);
              f->no_error++;
            }
        }
    }
  g_clear_object (&project);
  sf_rel_vfs_disarm ();
  return done;
}

static void
check_one (Faults       *run,
           SfRelFault    fault,
           guint         n,
           gboolean      sticky,
           SfRelFigures *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) done = run_with_fault (run, fault, n, sticky, f);
  g_autoptr(SfRelReplay) replay = sf_rel_replay_new (run->base, run->ref, &error);
  g_autoptr(GString) report = g_string_new (NULL);
  g_autofree char *expected = NULL;
  SfRelVerdict verdict;
  int which;

  g_assert_no_error (error);
  if (!sf_rel_replay_open (replay, &error))
    g_error ("the replay cannot open: %s", error->message);
  for (guint i = 0; i < done->len; i++)
    if (!sf_rel_replay_apply (replay, g_ptr_array_index (done, i), &error))
      g_error ("the replay of %s failed: %s", (char *) g_ptr_array_index (done, i),
               error->message);
  expected = sf_rel_replay_dump (replay, FALSE);
  sf_rel_replay_free (g_steal_pointer (&replay));

  verdict = sf_rel_verify (run->lib, run->path, (const char *[]) { expected, NULL }, FALSE,
                           &which, report);
  f->runs++;
  f->acked += done->len;
  sf_rel_figures_count (f, verdict);
  if (!sf_rel_check_library (run->lib, &f->cleared, report))
    f->leftovers++;
  if (verdict != SF_REL_OK || report->len > 0 || run->options->verbose)
    g_printerr ("%s at %u%s, %u of %u actions done: %s\n%s", sf_rel_fault_name (fault), n,
                sticky ? " and after" : "", done->len, N_ACTIONS,
                verdict == SF_REL_OK ? "ok" : "WRONG", report->str);
}

gboolean
sf_rel_faults (const SfRelOptions *options,
               guint               positions,
               SfRelFigures       *f)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *work = sf_rel_new_dir (options, "faults");
  Faults run = { options, g_build_filename (work, "base.startfoto", NULL),
                 g_build_filename (work, "library", NULL), NULL,
                 g_build_filename (work, "replay.startfoto", NULL),
                 g_rand_int (options->rand) };
  SfProjectFields fields = { "Storingen", "Leiden", "Proefwijk", NULL };
  g_autoptr(GPtrArray) whole = NULL;
  SfProject *base;
  guint calls[2];

  run.path = g_build_filename (run.lib, "project.startfoto", NULL);
  g_mkdir (run.lib, 0700);
  sf_rel_vfs_install ();
  base = sf_project_create (run.base, &fields, &error);
  g_assert_no_error (error);
  g_object_unref (base);

  /* A run without a fault counts the writes and syncs there are to fail. */
  whole = run_with_fault (&run, SF_REL_FAULT_WRITE_IOERR, 0, FALSE, f);
  g_assert_cmpuint (whole->len, ==, N_ACTIONS);
  calls[0] = sf_rel_vfs_writes ();
  calls[1] = sf_rel_vfs_syncs ();
  g_print ("a run of %u actions: %u writes, %u syncs\n", N_ACTIONS, calls[0], calls[1]);

  for (SfRelFault fault = 0; fault < SF_REL_N_FAULTS; fault++)
    {
      guint total = calls[fault == SF_REL_FAULT_SYNC_IOERR];
      guint n_positions = positions == 0 ? total : MIN (positions, total);

      for (guint j = 0; j < n_positions; j++)
        {
          guint n = 1 + (guint) ((guint64) j * total / n_positions);

          check_one (&run, fault, n, FALSE, f);
          check_one (&run, fault, n, TRUE, f);
        }
    }
  remove_project (&run);
  g_free (run.base);
  g_free (run.lib);
  g_free (run.path);
  g_free (run.ref);
  return sf_rel_figures_ok (f);
}
