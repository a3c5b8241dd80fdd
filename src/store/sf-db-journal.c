/* sf-db-journal.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A project open for editing is in write-ahead-log mode; at rest it is one file in
 * rollback-journal mode (sf-db.c). A crash leaves side files: a hot journal (the file part
 * written, the journal holding what it was) or a write-ahead log holding the last changes.
 * SQLite settles both on the next read-write open. A read-only one (the welcome list, --info,
 * exports, the import's check) cannot roll a journal back, and used to report the project as
 * unwritable and leave it out of the list; on a file in write-ahead-log mode it creates -wal
 * and -shm files beside it and leaves them.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <gio/gio.h>
#include <glib/gstdio.h>

#include "sf-db-journal.h"
#include "sf-store-error.h"

/* SQLite takes a log or journal it finds beside a file for that file's own: one left by an
 * earlier file of the same name (removed by hand after a crash) would be applied to a new
 * project put there, and turn it into the old one. */
void
sf_db_journal_remove_stale (const char *path)
{
  static const char * const suffixes[] = { "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *side = g_strconcat (path, suffixes[i], NULL);

      g_unlink (side);
    }
}

gboolean
sf_db_journal_exists (const char *path)
{
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);
  GStatBuf st;

  return g_stat (journal, &st) == 0 && st.st_size > 0;
}

static gboolean
side_file_exists (const char *path,
                  const char *suffix)
{
  g_autofree char *side = g_strconcat (path, suffix, NULL);

  return g_file_test (side, G_FILE_TEST_EXISTS);
}

/* Bytes 18 and 19 of an SQLite header are 2 in write-ahead-log mode (of another file, they
 * say nothing: a PNG 512 pixels wide has a 2 there). */
static gboolean
is_wal_file (const char *path)
{
  static const char magic[] = "SQLite format 3";
  guint8 header[20];
  gboolean wal = FALSE;
  FILE *file = g_fopen (path, "rb");

  if (file != NULL)
    {
      wal = fread (header, 1, sizeof header, file) == sizeof header &&
            memcmp (header, magic, sizeof magic) == 0 &&
            (header[18] == 2 || header[19] == 2);
      fclose (file);
    }
  return wal;
}

gboolean
sf_db_journal_has_log (const char *path)
{
  return side_file_exists (path, "-wal") || is_wal_file (path);
}

/* A log with its index is a file someone has open (or a crash left): reading it in place
 * creates nothing (SQLite may update the index, as every reader does). */
gboolean
sf_db_journal_needs_copy (const char *path)
{
  if (sf_db_journal_exists (path))
    return TRUE;
  if (sf_db_journal_has_log (path))
    return !(side_file_exists (path, "-wal") && side_file_exists (path, "-shm"));
  return FALSE;
}

/* Opening read-write and reading the schema is what makes SQLite roll a hot journal back or
 * recover a log; a journal that is not hot (another connection's open change) is left alone.
 * Leaving write-ahead-log mode needs the file to itself: it fails at once, harmlessly, while
 * the project is open elsewhere, and closing the last connection folds the log in. */
gboolean
sf_db_journal_settle (const char  *path,
                      GError     **error)
{
  sqlite3 *handle = NULL;
  int rc = sqlite3_open_v2 (path, &handle, SQLITE_OPEN_READWRITE, NULL);

  if (rc == SQLITE_OK)
    {
      sqlite3_busy_timeout (handle, 1000);
      rc = sqlite3_exec (handle, "SELECT count (*) FROM sqlite_schema", NULL, NULL, NULL);
    }
  if (rc == SQLITE_OK)
    {
      sqlite3_busy_timeout (handle, 0);
      sqlite3_exec (handle, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);
    }
  if (rc != SQLITE_OK)
    sf_store_set_sqlite_error (error, handle, rc, path);
  sqlite3_close (handle);
  return rc == SQLITE_OK;
}

static gboolean
copy_file (const char  *from,
           const char  *to,
           GError     **error)
{
  g_autoptr(GFile) source = g_file_new_for_path (from);
  g_autoptr(GFile) dest = g_file_new_for_path (to);

  return g_file_copy (source, dest, G_FILE_COPY_NONE, NULL, NULL, NULL, error);
}

/* The last is the log's index, which is not copied: SQLite builds it anew from the log. */
static const char * const side_suffixes[] = { "-journal", "-wal", "-shm" };
#define N_COPIED_SIDE_FILES 2

sqlite3 *
sf_db_journal_read_copy (const char  *path,
                         GError     **error)
{
  g_autofree char *dir = g_dir_make_tmp ("startfoto-XXXXXX", NULL);
  g_autofree char *copy = dir ? g_build_filename (dir, "project", NULL) : NULL;
  g_autoptr(GError) local_error = NULL;
  sqlite3 *file = NULL, *mem = NULL;
  gboolean copied;

  /* The copies are private (0700 folder): they hold what the project holds. */
  copied = dir != NULL && copy_file (path, copy, &local_error);
  for (guint i = 0; copied && i < N_COPIED_SIDE_FILES; i++)
    {
      g_autofree char *side = g_strconcat (path, side_suffixes[i], NULL);
      g_autofree char *copy_side = g_strconcat (copy, side_suffixes[i], NULL);

      /* The log goes away when the last connection closes, maybe just now. */
      copied = copy_file (side, copy_side, &local_error);
      if (!copied && g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        {
          g_clear_error (&local_error);
          copied = TRUE;
        }
    }
  if (copied && sf_db_journal_settle (copy, &local_error) &&
      sqlite3_open_v2 (copy, &file, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK)
    mem = sf_db_copy_handle_to_memory (file, path, &local_error);
  sqlite3_close (file);
  if (copy != NULL)
    {
      for (guint i = 0; i < G_N_ELEMENTS (side_suffixes); i++)
        {
          g_autofree char *copy_side = g_strconcat (copy, side_suffixes[i], NULL);

          g_unlink (copy_side);
        }
      g_unlink (copy);
    }
  if (dir != NULL)
    g_rmdir (dir);
  if (mem == NULL)
    {
      g_autofree char *name = g_filename_display_basename (path);

      g_debug ("Could not read %s before its interrupted change: %s", path,
               local_error ? local_error->message : "the copy could not be opened");
      g_set_error (error, SF_STORE_ERROR, SF_STORE_ERROR_DAMAGED,
                   _("“%s” was left in the middle of a change when Startfoto or the computer "
                     "stopped, and it cannot be read here. Open it in Startfoto to repair "
                     "it."), name);
      return NULL;
    }
  return mem;
}

gboolean
sf_db_commit (SfDb    *db,
              GError **error)
{
  sqlite3 *handle = sf_db_get_handle (db);
  sqlite3_stmt *stmt = NULL;
  g_autofree char *void_sql = NULL;

  if (sf_db_exec (db, "COMMIT", error))
    return TRUE;
  sqlite3_exec (handle, "ROLLBACK", NULL, NULL, NULL);
  /* The log's next frames go where the failed commit's are; a frame whose checksum no longer
   * follows on from the one before ends what a recovery reads. Writing the version it has
   * rewrites page 1, and nothing else. */
  if (sqlite3_prepare_v2 (handle, "PRAGMA user_version", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    void_sql = g_strdup_printf ("BEGIN IMMEDIATE; PRAGMA user_version = %d; COMMIT;",
                                sqlite3_column_int (stmt, 0));
  sqlite3_finalize (stmt);
  if (void_sql != NULL && sqlite3_exec (handle, void_sql, NULL, NULL, NULL) != SQLITE_OK)
    sqlite3_exec (handle, "ROLLBACK", NULL, NULL, NULL);
  return FALSE;
}
