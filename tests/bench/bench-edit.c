/* bench-edit.c: one edit committed and shown, against a bare SQLite commit of the same
 * durability on the same disk
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Target (issue 12): an edit committed and shown at p99 at most 1.5x a bare SQLite commit with
 * journal_mode=WAL and synchronous=FULL measured in the same run, and under one frame (16 ms).
 * The app's edit is one action: a transaction with its undo changeset, the time of the last
 * change, and the refresh of the list that shows it. The bare commit updates one row of a
 * table of the same shape. The two alternate, so that the disk's moods fall on both alike.
 * Also printed, for reference: the bare commit with the rollback journal.
 * Run: build/tests/bench/bench-edit [DIR]   (DIR: where the files go, default a temp dir;
 *      give a folder on the disk to measure, as /tmp may be memory)
 */
#include "config.h"

#include <glib/gstdio.h>

#include "sf-bench-project.h"
#include "sf-project.h"

#define EDITS 1000

typedef struct
{
  sqlite3      *db;
  sqlite3_stmt *update;
} Bare;

static void
bare_open (Bare       *bare,
           const char *path,
           const char *mode)
{
  g_autofree char *setup = g_strdup_printf ("PRAGMA journal_mode = %s;"
                                            "PRAGMA synchronous = FULL;"
                                            "CREATE TABLE partner (id TEXT PRIMARY KEY NOT NULL,"
                                            "  organisation TEXT, notes TEXT);"
                                            "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL "
                                            "  SELECT i + 1 FROM n WHERE i < 200) "
                                            "INSERT INTO partner SELECT printf ('p%%d', i), "
                                            "  printf ('Organisatie %%d', i), '' FROM n;", mode);

  g_unlink (path);
  if (sqlite3_open (path, &bare->db) != SQLITE_OK ||
      sqlite3_exec (bare->db, setup, NULL, NULL, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2 (bare->db, "UPDATE partner SET notes = ?1 WHERE id = 'p8'", -1,
                          &bare->update, NULL) != SQLITE_OK)
    g_error ("bare SQLite: %s", sqlite3_errmsg (bare->db));
}

static double
bare_commit (Bare *bare,
             int   i)
{
  g_autofree char *notes = g_strdup_printf ("Aantekening %d", i);
  gint64 start = g_get_monotonic_time ();

  sqlite3_bind_text (bare->update, 1, notes, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (bare->update) != SQLITE_DONE)
    g_error ("bare SQLite: %s", sqlite3_errmsg (bare->db));
  sqlite3_reset (bare->update);
  return (g_get_monotonic_time () - start) / 1000.0;
}

static void
bare_close (Bare       *bare,
            const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  sqlite3_finalize (bare->update);
  sqlite3_close (bare->db);
  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
}

/* From the call to the list showing the new notes. */
static double
app_edit (SfProject  *project,
          const char *partner_id,
          guint       position,
          int         i)
{
  g_autofree char *notes = g_strdup_printf ("Aantekening %d", i);
  SfPartnerFields fields = { "Organisatie 8", "care", "manager", "Contactpersoon 8", notes };
  g_autoptr(GError) error = NULL;
  g_autoptr(SfPartner) shown = NULL;
  gint64 start = g_get_monotonic_time ();
  double ms;

  if (!sf_project_update_partner (project, partner_id, &fields, &error))
    g_error ("%s", error->message);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  shown = g_list_model_get_item (sf_project_get_partners (project), position);
  ms = (g_get_monotonic_time () - start) / 1000.0;
  if (g_strcmp0 (sf_partner_get_notes (shown), notes) != 0)
    g_error ("the list does not show the edit");
  return ms;
}

static void
print_figures (const char *what,
               GArray     *samples,
               double     *p99)
{
  *p99 = sf_bench_percentile (samples, 99);
  g_print ("%-34s %6.2f ms median, %6.2f ms p99, %6.2f ms max\n", what,
           sf_bench_percentile (samples, 50), *p99, sf_bench_percentile (samples, 100));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = sf_bench_dir (argc, argv);
  g_autofree char *large = g_build_filename (dir, "large.startfoto", NULL);
  g_autofree char *bare_wal_path = g_build_filename (dir, "bare-wal.sqlite", NULL);
  g_autofree char *bare_delete_path = g_build_filename (dir, "bare-delete.sqlite", NULL);
  g_autoptr(GArray) app = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) wal = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) rollback = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;
  g_autoptr(SfProject) project = NULL;
  g_autoptr(SfPartner) partner = NULL;
  Bare bare_wal, bare_delete;
  double app_p99, wal_p99, rollback_p99;

  g_unlink (large);
  if (!sf_bench_write_large_project (large, &error) ||
      (project = sf_project_open (large, SF_DB_OPEN_DEFAULT, &error)) == NULL)
    g_error ("%s", error->message);
  partner = g_list_model_get_item (sf_project_get_partners (project), 7);
  bare_open (&bare_wal, bare_wal_path, "WAL");
  bare_open (&bare_delete, bare_delete_path, "DELETE");

  for (int i = 0; i < EDITS; i++)
    {
      double ms = app_edit (project, sf_record_get_id (SF_RECORD (partner)), 7, i);

      g_array_append_val (app, ms);
      ms = bare_commit (&bare_wal, i);
      g_array_append_val (wal, ms);
      ms = bare_commit (&bare_delete, i);
      g_array_append_val (rollback, ms);
    }

  g_print ("%d edits each, alternating, in %s\n", EDITS, dir);
  print_figures ("edit committed and shown (app):", app, &app_p99);
  print_figures ("bare commit, WAL + FULL:", wal, &wal_p99);
  print_figures ("bare commit, rollback + FULL:", rollback, &rollback_p99);
  g_print ("p99 app / bare WAL:                 %5.2fx (target at most 1.5x) %s\n",
           app_p99 / wal_p99, app_p99 <= 1.5 * wal_p99 ? "MET" : "NOT MET");
  g_print ("p99 under one frame:                %6.2f ms (target under 16 ms) %s\n", app_p99,
           app_p99 < 16.0 ? "MET" : "NOT MET");

  g_clear_object (&partner);
  g_clear_object (&project);
  bare_close (&bare_wal, bare_wal_path);
  bare_close (&bare_delete, bare_delete_path);
  g_unlink (large);
  if (argc <= 1)
    g_rmdir (dir);
  return 0;
}
