/* sf-rel-merge.c: a copy merged back into its project, killed or failing in the middle of the
 * merge: the project is exactly as before the merge or exactly as after a whole one, never
 * anything between; and the undo of a merge gives mine back row for row
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Mine is the migrated fixture; its copy (sf_project_export_copy (), its base kept under the
 * loop's own XDG_DATA_HOME) is edited as a colleague would: a column changed, a partner removed,
 * many flats added, and a flat renamed that mine renamed too (a conflict).
 */
#include "config.h"

#include <string.h>
#include <gio/gio.h>
#include <glib/gstdio.h>

#include "sf-copy.h"
#include "sf-merge.h"
#include "sf-project-private.h"
#include "sf-rel-check.h"
#include "sf-rel-loop.h"
#include "sf-rel-vfs.h"

/* Flats the copy adds: enough pages that a kill or a fault lands inside the merge's writes. */
#define N_ADDED 200

typedef struct
{
  const SfRelOptions *options;
  char               *work;
  char               *mine;    /* mine before the merge */
  char               *theirs;  /* the edited copy */
  char               *before;  /* dumps, ids masked (the merge's record has a random one) */
  char               *after;
  guint               calls[2]; /* the last merge's writes and syncs, from the fault armed */
} Merge;

static void
exec_on_file (const char *path,
              const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  sqlite3_close (db);
}

static void
copy_file (const char *from_path,
           const char *to_path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) from = g_file_new_for_path (from_path);
  g_autoptr(GFile) to = g_file_new_for_path (to_path);

  g_file_copy (from, to, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
}

static char *
dump (SfProject *project,
      gboolean   mask_ids)
{
  return sf_rel_dump (sf_db_get_handle (sf_project_get_db (project)), mask_ids);
}

/* The copy's changes, of every kind: taken, removed, added, and one conflict. */
static void
edit_copy (Merge      *m,
           const char *flat_a,
           const char *flat_b)
{
  g_autofree char *sql = g_strdup_printf (
    "PRAGMA foreign_keys = ON;"
    "UPDATE flat SET address = 'Reigerlaan 2' WHERE id = '%s';"
    "UPDATE flat SET name = 'Kwikstaart' WHERE id = '%s';"
    "DELETE FROM partner WHERE domain = 'welfare';"
    "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %d) "
    "INSERT INTO flat (id, position, name, address) SELECT "
    "printf ('0b4e6a5e-1111-4000-8000-%%012d', i), 100 + i, 'Nieuwe flat ' || i, "
    "'Merelstraat ' || i || ' ' || printf ('%%.300c', 'x') FROM n;",
    flat_a, flat_b, N_ADDED);

  exec_on_file (m->theirs, sql);
}

/* Mine, its copy edited, and the dumps before and after a whole merge; the undo of that merge
 * is checked to give back every row as it was. FALSE when it does not. */
static gboolean
prepare (Merge        *m,
         SfRelFigures *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SfProject) mine = NULL;
  g_autoptr(SfMergePlan) plan = NULL;
  g_autofree char *clean = g_build_filename (m->work, "clean.startfoto", NULL);
  g_autofree char *flat_a = NULL, *flat_b = NULL;
  g_autofree char *rows_before = NULL, *rows_undone = NULL;
  SfFlatFields renamed = { "Het Kwikstaartje (mijn naam)", "", "", -1 };
  SfMergeCounts sum = { 0 };
  sqlite3_stmt *stmt = NULL;

  sf_rel_copy_fixture (m->options, m->mine);
  mine = sf_project_open (m->mine, SF_DB_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_prepare_v2 (sf_db_get_handle (sf_project_get_db (mine)),
                                       "SELECT id FROM flat ORDER BY position", -1, &stmt,
                                       NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  flat_a = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  flat_b = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  g_assert_true (sf_project_export_copy (mine, m->theirs, TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (sf_project_update_flat (mine, flat_b, &renamed, &error));
  g_clear_object (&mine);
  edit_copy (m, flat_a, flat_b);

  copy_file (m->mine, clean);
  mine = sf_project_open (clean, SF_DB_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  m->before = dump (mine, TRUE);
  rows_before = dump (mine, FALSE);
  plan = sf_merge_plan_new (mine, m->theirs, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (sf_merge_plan_has_base (plan));
  for (guint part = 0; part < SF_MERGE_N_PARTS; part++)
    {
      sum.added += sf_merge_plan_get_counts (plan, part)->added;
      sum.changed += sf_merge_plan_get_counts (plan, part)->changed;
      sum.removed += sf_merge_plan_get_counts (plan, part)->removed;
    }
  g_assert_cmpuint (sum.added, >=, N_ADDED);
  g_assert_cmpuint (sum.changed, >=, 1);
  g_assert_cmpuint (sum.removed, >=, 1);
  g_assert_cmpuint (sf_merge_plan_get_conflicts (plan)->len, >=, 1);
  g_assert_true (sf_project_apply_merge (mine, plan, &error));
  g_assert_no_error (error);
  m->after = dump (mine, TRUE);
  g_assert_cmpstr (m->after, !=, m->before);
  if (!sf_rel_check_integrity (mine, &error))
    g_error ("a whole merge leaves a damaged project: %s", error->message);
  g_print ("a merge of %u added, %u changed, %u removed rows and %u conflicts\n", sum.added,
           sum.changed, sum.removed, sf_merge_plan_get_conflicts (plan)->len);

  g_assert_true (sf_project_undo (mine, &error));
  rows_undone = dump (mine, FALSE);
  /* Every table's rows; the search index, derived from them, may hold more after the undo
   * than before (the migrated fixture's first flat is indexed once it was written). */
  strstr (rows_before, "== search (")[0] = '\0';
  strstr (rows_undone, "== search (")[0] = '\0';
  if (!g_str_equal (rows_undone, rows_before))
    {
      g_autofree char *was = g_build_filename (m->work, "undo-before.txt", NULL);
      g_autofree char *is = g_build_filename (m->work, "undo-after.txt", NULL);

      g_file_set_contents (was, rows_before, -1, NULL);
      g_file_set_contents (is, rows_undone, -1, NULL);
      g_printerr ("the undo of a merge does not give mine back row for row: diff %s %s\n",
                  was, is);
      f->lost++;
      return FALSE;
    }
  return TRUE;
}

static void
merge_clear (Merge *m)
{
  g_free (m->work);
  g_free (m->mine);
  g_free (m->theirs);
  g_free (m->before);
  g_free (m->after);
}

static void
merge_init (Merge              *m,
            const SfRelOptions *options,
            const char         *name)
{
  m->options = options;
  m->work = sf_rel_new_dir (options, name);
  m->mine = g_build_filename (m->work, "mine.startfoto", NULL);
  m->theirs = g_build_filename (m->work, "kopie.startfoto", NULL);
}

/* ---- killed in the middle of the merge --------------------------------------------------- */

gboolean
sf_rel_kill_merge (const SfRelOptions *options,
                   guint               kills,
                   SfRelFigures       *f)
{
  g_autofree char *out = NULL;
  Merge m = { 0 };
  gint64 took = 0;
  gboolean killed;

  merge_init (&m, options, "merge-kills");
  out = g_build_filename (m.work, "run.txt", NULL);
  if (!prepare (&m, f))
    {
      merge_clear (&m);
      return FALSE;
    }
  for (guint k = 0; k <= kills; k++)
    {
      g_autofree char *name = g_strdup_printf ("library-%u", k);
      g_autofree char *lib = g_build_filename (m.work, name, NULL);
      g_autofree char *path = g_build_filename (lib, "mine.startfoto", NULL);
      g_autoptr(GString) report = g_string_new (NULL);
      g_autofree char *output = NULL;
      gint64 start = g_get_monotonic_time (), open_us = 0;
      gboolean merged;
      SfRelVerdict verdict;
      int which;

      g_mkdir (lib, 0700);
      copy_file (m.mine, path);
      /* The first run is not killed: it says how long the merge itself takes. */
      output = sf_rel_spawn (options, (const char *[]) { "merge", path, m.theirs, NULL }, out,
                             k == 0 ? 60 * G_USEC_PER_SEC
                                    : g_rand_int_range (options->rand, 0, took + 1),
                             TRUE, &killed, &open_us, f);
      if (strstr (output, "fail\t") != NULL)
        break; /* shown by sf_rel_spawn () */
      merged = strstr (output, "merged\n") != NULL;
      if (k == 0)
        {
          took = MAX (1, g_get_monotonic_time () - start - open_us);
          g_assert_true (merged);
        }
      else
        {
          f->runs++;
          f->kills += killed;
          f->completed += merged;
        }
      f->side_files += sf_rel_has_side_file (path);
      if (!sf_rel_check_library (lib, &f->cleared, report))
        f->leftovers++;
      /* Once it said "merged", the merge must be there; before, either is right. */
      verdict = sf_rel_verify (lib, path, merged ? (const char *[]) { m.after, NULL }
                                                 : (const char *[]) { m.before, m.after, NULL },
                               TRUE, &which, report);
      sf_rel_figures_count (f, verdict);
      f->pending_kept += !merged && which == 1;
      if (report->len > 0 || options->verbose)
        g_printerr ("kill %u in a merge%s: %s\n%s", k, merged ? " (done)" : "",
                    verdict == SF_REL_OK && report->len == 0 ? "ok" : "WRONG", report->str);
    }
  merge_clear (&m);
  return sf_rel_figures_ok (f);
}

/* ---- a write or sync failing in the middle of the merge ---------------------------------- */

/* One merge with the fault armed from its start to the project's close; checks the project as
 * the next start finds it. */
static void
check_fault (Merge        *m,
             const char   *lib,
             SfRelFault    fault,
             guint         n,
             gboolean      sticky,
             SfRelFigures *f)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (lib, "mine.startfoto", NULL);
  g_autoptr(GString) report = g_string_new (NULL);
  g_autoptr(SfProject) mine = NULL;
  g_autoptr(SfMergePlan) plan = NULL;
  SfRelVerdict verdict;
  gboolean ok;
  int which;

  for (const char * const *side = (const char *[]) { "", "-journal", "-wal", "-shm", NULL };
       *side != NULL; side++)
    {
      g_autofree char *side_path = g_strconcat (path, *side, NULL);

      g_unlink (side_path);
    }
  copy_file (m->mine, path);
  mine = sf_project_open (path, SF_DB_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  plan = sf_merge_plan_new (mine, m->theirs, NULL, &error);
  g_assert_no_error (error);

  sf_rel_vfs_arm (fault, n, sticky);
  ok = sf_project_apply_merge (mine, plan, &error);
  if (!ok)
    {
      f->failed_calls++;
      if (error == NULL)
        {
          g_printerr ("a merge failed without a GError\n");
          f->no_error++;
        }
      else if (!sticky)
        {
          /* The project still open reads as before the merge, too. */
          g_autofree char *now = dump (mine, TRUE);

          if (!g_str_equal (now, m->before))
            {
              g_string_append (report, "  the open project is not as before the merge\n");
              f->lost++;
            }
        }
    }
  g_clear_object (&mine);
  sf_rel_vfs_disarm ();
  m->calls[0] = sf_rel_vfs_writes ();
  m->calls[1] = sf_rel_vfs_syncs ();

  verdict = sf_rel_verify (lib, path, (const char *[]) { ok ? m->after : m->before, NULL },
                           TRUE, &which, report);
  f->runs++;
  f->acked += ok;
  sf_rel_figures_count (f, verdict);
  if (!sf_rel_check_library (lib, &f->cleared, report))
    f->leftovers++;
  if (report->len > 0 || m->options->verbose)
    g_printerr ("%s at %u%s, the merge %s: %s\n%s", sf_rel_fault_name (fault), n,
                sticky ? " and after" : "", ok ? "done" : "failed",
                verdict == SF_REL_OK && report->len == 0 ? "ok" : "WRONG", report->str);
}

gboolean
sf_rel_merge_faults (const SfRelOptions *options,
                     guint               positions,
                     SfRelFigures       *f)
{
  g_autofree char *lib = NULL;
  Merge m = { 0 };
  guint calls[2];

  merge_init (&m, options, "merge-faults");
  lib = g_build_filename (m.work, "library", NULL);
  g_mkdir (lib, 0700);
  sf_rel_vfs_install ();
  if (!prepare (&m, f))
    {
      merge_clear (&m);
      return FALSE;
    }
  /* A merge without a fault counts the writes and syncs there are to fail. */
  check_fault (&m, lib, SF_REL_FAULT_WRITE_IOERR, 0, FALSE, f);
  g_assert_cmpuint (f->acked, ==, 1);
  calls[0] = m.calls[0];
  calls[1] = m.calls[1];
  g_print ("a merge: %u writes, %u syncs\n", calls[0], calls[1]);

  for (SfRelFault fault = 0; fault < SF_REL_N_FAULTS; fault++)
    {
      guint total = calls[fault == SF_REL_FAULT_SYNC_IOERR];
      guint n_positions = positions == 0 ? total : MIN (positions, total);

      for (guint j = 0; j < n_positions; j++)
        {
          guint n = 1 + (guint) ((guint64) j * total / n_positions);

          check_fault (&m, lib, fault, n, FALSE, f);
          check_fault (&m, lib, fault, n, TRUE, f);
        }
    }
  merge_clear (&m);
  return sf_rel_figures_ok (f);
}
