/* sf-bench-merge.c: the files the merge benchmarks share: the large project, a copy of it
 * with over 10,000 changed rows, and mine with 100 of the same rows changed otherwise
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "sf-bench-merge.h"
#include "sf-bench-project.h"
#include "sf-copy.h"
#include "sf-merge.h"
#include "sf-project.h"

static void
exec_on (const char *path,
         const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  if (sqlite3_open (path, &db) != SQLITE_OK ||
      sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", path, message ? message : sqlite3_errmsg (db));
  sqlite3_close (db);
}

void
sf_bench_copy_file (const char *from,
           const char *to)
{
  g_autofree char *data = NULL;
  gsize size;

  if (!g_file_get_contents (from, &data, &size, NULL) ||
      !g_file_set_contents (to, data, size, NULL))
    g_error ("cannot copy %s", from);
}

static const char theirs_edits[] =
  "BEGIN;"
  "UPDATE answer SET text = text || ' (bijgewerkt)';"
  "UPDATE statement SET text = text || ' (bijgewerkt)';"
  "UPDATE indicator_value SET note = 'nagekeken';"
  "UPDATE precondition_status SET basis = 'besproken';"
  "UPDATE plan_action SET why = why || ' (bijgewerkt)';"
  "UPDATE decision SET reasoning = 'na overleg';"
  "UPDATE remark SET text = text || ' (bijgewerkt)';"
  "UPDATE question SET text = text || ' (bijgewerkt)';"
  "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 6000) "
  "INSERT INTO statement (id, session_id, position, text, created) "
  "  SELECT lower (hex (randomblob (16))), (SELECT id FROM session LIMIT 1), 1000 + i, "
  "         'Nieuwe uitspraak ' || i, '2026-12-07T10:00:00Z' FROM n;"
  "COMMIT;";

static const char mine_edits[] =
  "UPDATE answer SET text = text || ' (hier anders)' WHERE rowid IN "
  "  (SELECT rowid FROM answer ORDER BY rowid LIMIT 100);";

char *
sf_bench_write_merge_files (const char  *dir,
                            char       **theirs_path,
                            char       **base_path)
{
  g_autofree char *data_home = g_build_filename (dir, "data", NULL);
  char *large = g_build_filename (dir, "large.startfoto", NULL);
  g_autoptr(GError) error = NULL;

  *theirs_path = g_build_filename (dir, "kopie.startfoto", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE); /* the copy's base goes there */
  g_print ("generating the large project in %s\n", dir);
  g_unlink (large);
  if (!sf_bench_write_large_project (large, &error))
    g_error ("%s", error->message);
  {
    g_autoptr(SfProject) project = sf_project_open (large, SF_DB_OPEN_DEFAULT, &error);
    sqlite3 *db = NULL;
    sqlite3_stmt *stmt = NULL;

    if (project == NULL || !sf_project_export_copy (project, *theirs_path, TRUE, &error))
      g_error ("%s", error->message);
    sqlite3_open (*theirs_path, &db);
    sqlite3_prepare_v2 (db, "SELECT id FROM copy_origin", -1, &stmt, NULL);
    sqlite3_step (stmt);
    *base_path = sf_merge_base_path (NULL, sf_project_get_id (project),
                                     (const char *) sqlite3_column_text (stmt, 0));
    sqlite3_finalize (stmt);
    sqlite3_close (db);
  }
  exec_on (*theirs_path, theirs_edits);
  exec_on (large, mine_edits);
  return large;
}
