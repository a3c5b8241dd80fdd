/* sf-db.c: opening, checking, migrating and copying a project file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A project file is a plain SQLite database. At rest it is in rollback-journal mode, one file a
 * user can mail or put on a share; open for editing it is in write-ahead-log mode, so that an
 * edit costs one fsync (sf_db_free () puts it back). Every file that does not pass the checks
 * here is refused with a message that says why, and is left exactly as it was.
 */
#include "config.h"

#include <errno.h>
#include <stdarg.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/vfs.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "sf-db-journal.h"
#include "sf-db-schema.h"
#include "sf-db.h"
#include "sf-migrations.h"
#include "sf-store-error.h"

#define BUSY_TIMEOUT_MS 1000
#define LEAVE_LOG_TIMEOUT_MS 250
/* No text or row a project needs comes near this; a file from elsewhere with one beyond it
 * (a name of 400 MB made every edit take seconds and --info a gigabyte) is refused. */
#define MAX_LENGTH (16 * 1024 * 1024)

struct _SfDb
{
  sqlite3    *handle;
  char       *path;
  gboolean    wal;
  GHashTable *statements; /* SQL text -> sqlite3_stmt, prepared once and reused */
};

static void
finalize_statement (gpointer data)
{
  sqlite3_finalize (data);
}

void
sf_db_free (SfDb *db)
{
  if (db == NULL)
    return;
  g_hash_table_unref (db->statements);
  /* At rest a project is one file again, to mail or put on a share. Closing the last
   * connection folds the log in. Leaving the mode needs the file to itself: a look of the
   * welcome list is over within the wait; another window keeps it open for longer, and does
   * this when it closes (until then the log stays beside the file, and nothing is lost). */
  if (db->wal)
    {
      gint64 deadline = g_get_monotonic_time () + LEAVE_LOG_TIMEOUT_MS * 1000;

      /* SQLite takes this lock without its busy handler: wait here. */
      while (sqlite3_exec (db->handle, "PRAGMA journal_mode = DELETE", NULL, NULL,
                           NULL) == SQLITE_BUSY && g_get_monotonic_time () < deadline)
        g_usleep (5000);
    }
  sqlite3_close (db->handle);
  g_free (db->path);
  g_free (db);
}

sqlite3 *
sf_db_get_handle (SfDb *db)
{
  return db->handle;
}

const char *
sf_db_get_path (SfDb *db)
{
  return db->path;
}

int
sf_db_current_version (void)
{
  guint n;
  const SfMigration *migrations = sf_migrations_get (&n);

  return migrations[n - 1].version;
}

sqlite3_stmt *
sf_db_prepare (SfDb        *db,
               const char  *sql,
               GError     **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (db->statements, sql);
  int rc;

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (db->handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      sf_store_set_sqlite_error (error, db->handle, rc, db->path);
      return NULL;
    }
  g_hash_table_insert (db->statements, g_strdup (sql), stmt);
  return stmt;
}

gboolean
sf_db_exec (SfDb        *db,
            const char  *sql,
            GError     **error)
{
  int rc = sqlite3_exec (db->handle, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      sf_store_set_sqlite_error (error, db->handle, rc, db->path);
      return FALSE;
    }
  return TRUE;
}

gboolean
sf_db_begin_read (SfDb *db)
{
  /* Inside another transaction the file is held already, and that one decides the end. */
  if (!sqlite3_get_autocommit (db->handle))
    return FALSE;
  return sqlite3_exec (db->handle, "BEGIN DEFERRED", NULL, NULL, NULL) == SQLITE_OK;
}

void
sf_db_end_read (SfDb *db)
{
  /* Nothing was written in it: the end only lets the file go. Should that fail, it is let
   * go all the same, or every later action would find a transaction open. */
  if (!sqlite3_get_autocommit (db->handle) &&
      sqlite3_exec (db->handle, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
    {
      g_warning ("Cannot end a read of %s: %s", db->path, sqlite3_errmsg (db->handle));
      sqlite3_exec (db->handle, "ROLLBACK", NULL, NULL, NULL);
    }
}

gboolean
sf_db_step_done (SfDb          *db,
                 sqlite3_stmt  *stmt,
                 GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      sf_store_set_sqlite_error (error, db->handle, rc, db->path);
      return FALSE;
    }
  return TRUE;
}

char *
sf_db_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return sf_db_format_time (now);
}

char *
sf_db_format_time (GDateTime *time)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (time);

  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
}

/* Runs one statement with its parameters bound from the format: 's' text (NULL binds NULL),
 * 'i' int, 'n' int where a negative value binds NULL. SQL is never built from user text. */
gboolean
sf_db_run (SfDb        *db,
           GError     **error,
           const char  *sql,
           const char  *format,
           ...)
{
  sqlite3_stmt *stmt = sf_db_prepare (db, sql, error);
  va_list args;

  if (stmt == NULL)
    return FALSE;
  va_start (args, format);
  for (int i = 0; format[i] != '\0'; i++)
    {
      if (format[i] == 's')
        sqlite3_bind_text (stmt, i + 1, va_arg (args, const char *), -1, SQLITE_TRANSIENT);
      else
        {
          int value = va_arg (args, int);

          if (format[i] == 'n' && value < 0)
            sqlite3_bind_null (stmt, i + 1);
          else
            sqlite3_bind_int (stmt, i + 1, value);
        }
    }
  va_end (args);
  return sf_db_step_done (db, stmt, error);
}

static gboolean
read_int_pragma (SfDb        *db,
                 const char  *sql,
                 int         *value,
                 GError     **error)
{
  sqlite3_stmt *stmt = sf_db_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      sf_store_set_sqlite_error (error, db->handle, rc, db->path);
      sqlite3_reset (stmt);
      return FALSE;
    }
  *value = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  return TRUE;
}

static gboolean
read_text_pragma (SfDb        *db,
                  const char  *sql,
                  char       **value,
                  GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db->handle, sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    *value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  if (*value == NULL)
    {
      sf_store_set_sqlite_error (error, db->handle, rc, db->path);
      return FALSE;
    }
  return TRUE;
}

static gboolean
quick_check (SfDb    *db,
             GError **error)
{
  g_autofree char *name = g_filename_display_basename (db->path);
  sqlite3_stmt *stmt = NULL;
  gboolean ok = FALSE;
  int rc;

  rc = sqlite3_prepare_v2 (db->handle, "PRAGMA quick_check", -1, &stmt, NULL);
  if (rc == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
    ok = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0;
  rc = sqlite3_finalize (stmt);

  if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED || (rc & 0xff) == SQLITE_NOTADB)
    {
      sf_store_set_sqlite_error (error, db->handle, rc, db->path);
      return FALSE;
    }
  if (!ok)
    {
      g_set_error (error, SF_STORE_ERROR, SF_STORE_ERROR_DAMAGED,
                   _("“%s”: The project file is damaged and cannot be used."), name);
      return FALSE;
    }
  return TRUE;
}

/* Runs every migration newer than the file's version in one transaction: a file is either
 * wholly at the old version or wholly at the new one. */
static gboolean
migrate (SfDb               *db,
         int                 from_version,
         const SfMigration  *migrations,
         guint               n_migrations,
         GError            **error)
{
  g_autofree char *finish = NULL;
  int target = migrations[n_migrations - 1].version;

  sf_migrations_add_functions (db->handle);
  if (!sf_db_exec (db, "BEGIN IMMEDIATE", error))
    return FALSE;

  for (guint i = 0; i < n_migrations; i++)
    {
      if (migrations[i].version <= from_version)
        continue;
      if (!sf_db_exec (db, migrations[i].sql, error))
        goto fail;
    }

  finish = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = %d;",
                            SF_DB_APPLICATION_ID, target);
  if (!sf_db_exec (db, finish, error) || !sf_db_exec (db, "COMMIT", error))
    goto fail;
  return TRUE;

fail:
  sqlite3_exec (db->handle, "ROLLBACK", NULL, NULL, NULL);
  return FALSE;
}

/* Copies the open database page by page with the backup API, into a new 0600 file next to the
 * destination that is synced and then renamed over it: the destination is never half-written. */
gboolean
sf_db_copy_to_file (SfDb        *db,
                    const char  *dest_path,
                    GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (dest_path);
  g_autofree char *tmp = g_build_filename (dir, SF_DB_TEMP_PREFIX "XXXXXX", NULL);
  sqlite3 *dest = NULL;
  sqlite3_backup *backup;
  int fd, rc;

  fd = g_mkstemp_full (tmp, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      sf_store_set_errno_error (error, errno, dest_path);
      return FALSE;
    }
  close (fd);

  rc = sqlite3_open_v2 (tmp, &dest, SQLITE_OPEN_READWRITE, NULL);
  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (dest, "main", db->handle, "main");
      if (backup == NULL)
        rc = sqlite3_errcode (dest);
      else
        {
          sqlite3_backup_step (backup, -1);
          rc = sqlite3_backup_finish (backup);
        }
    }
  /* The copy of a project open for editing says "write-ahead log" in its header: a copy is a
   * file at rest, one file (a read-only look at it would create side files beside it).
   * Exclusive, the copy's log index stays in memory: no -shm beside it, even for a moment. */
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (dest, "PRAGMA locking_mode = EXCLUSIVE; PRAGMA journal_mode = DELETE",
                       NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      sf_store_set_sqlite_error (error, NULL, rc, dest_path);
      sqlite3_close (dest);
      g_unlink (tmp);
      return FALSE;
    }
  sqlite3_close (dest);

  fd = g_open (tmp, O_RDWR | O_CLOEXEC, 0);
  if (fd >= 0)
    sf_db_journal_remove_stale (dest_path);
  if (fd < 0 || fsync (fd) != 0 || g_rename (tmp, dest_path) != 0)
    {
      int errsv = errno;

      if (fd >= 0)
        close (fd);
      g_unlink (tmp);
      sf_store_set_errno_error (error, errsv, dest_path);
      return FALSE;
    }
  close (fd);
  return TRUE;
}

static gboolean
configure (SfDb           *db,
           SfDbOpenFlags   flags,
           GError        **error)
{
  sqlite3_extended_result_codes (db->handle, 1);
  sqlite3_busy_timeout (db->handle, BUSY_TIMEOUT_MS);
  sqlite3_limit (db->handle, SQLITE_LIMIT_LENGTH, MAX_LENGTH);
  /* Files come from elsewhere: forbid the schema tricks a crafted file could play. */
  sqlite3_db_config (db->handle, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
  sqlite3_db_config (db->handle, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, NULL);

  if (!sf_db_exec (db, "PRAGMA foreign_keys = ON;"
                       "PRAGMA trusted_schema = OFF;"
                       "PRAGMA temp_store = MEMORY;"
                       "PRAGMA cache_size = -16384;", error))
    return FALSE;

  if (flags & SF_DB_OPEN_READ_ONLY)
    return TRUE;

  if (sqlite3_db_readonly (db->handle, "main") == 1)
    {
      sf_store_set_sqlite_error (error, NULL, SQLITE_READONLY, db->path);
      return FALSE;
    }
  return sf_db_exec (db, "PRAGMA synchronous = FULL;", error);
}

/* Once the project has been read whole (a refused file is left exactly as it was): a
 * write-ahead log while open for editing. An edit then costs one fsync
 * instead of the rollback journal's three, and is as durable (synchronous = FULL syncs the
 * log on every commit). Where the file system cannot share memory for the log's index, SQLite
 * keeps the rollback journal, as durable and slower. */
/* The log's index is memory shared through a file: on a network or FUSE file system that does
 * not work (or not between machines), and SQLite does not know it. */
static gboolean
on_local_file_system (const char *path)
{
  static const unsigned long remote[] = {
    0x6969,     /* NFS */
    0x517B,     /* SMB */
    0xFF534D42, /* CIFS */
    0xFE534D42, /* SMB2 */
    0x65735546, /* FUSE (the document portal, sshfs...) */
    0x01021997, /* 9P */
    0x564C,     /* NCP */
    0x00C36400, /* Ceph */
    0x47504653, /* GPFS */
  };
  struct statfs st;

  if (statfs (path, &st) != 0)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (remote); i++)
    if ((unsigned long) st.f_type == remote[i])
      return FALSE;
  return TRUE;
}

gboolean
sf_db_start_log (SfDb    *db,
                 GError **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *mode = NULL;

  if (!on_local_file_system (db->path))
    return TRUE;
  if (!read_text_pragma (db, "PRAGMA journal_mode = WAL", &mode, &local_error))
    {
      /* Someone is reading it in rollback-journal mode: edit in that mode, as safely. */
      if (g_error_matches (local_error, SF_STORE_ERROR, SF_STORE_ERROR_LOCKED))
        return TRUE;
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  db->wal = g_strcmp0 (mode, "wal") == 0;
  return TRUE;
}

static SfDb *
db_new (sqlite3    *handle,
        const char *path)
{
  SfDb *db = g_new0 (SfDb, 1);

  db->handle = handle;
  db->path = g_strdup (path);
  db->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, finalize_statement);
  return db;
}

sqlite3 *
sf_db_copy_handle_to_memory (sqlite3     *src,
                             const char  *path,
                             GError     **error)
{
  sqlite3 *mem = NULL;
  sqlite3_backup *backup;
  int rc;

  sqlite3_open_v2 (":memory:", &mem, SQLITE_OPEN_READWRITE, NULL);
  backup = sqlite3_backup_init (mem, "main", src, "main");
  if (backup == NULL)
    rc = sqlite3_errcode (mem);
  else
    {
      sqlite3_backup_step (backup, -1);
      rc = sqlite3_backup_finish (backup);
    }
  if (rc != SQLITE_OK)
    {
      sf_store_set_sqlite_error (error, NULL, rc, path);
      sqlite3_close (mem);
      return NULL;
    }
  sqlite3_extended_result_codes (mem, 1);
  sqlite3_limit (mem, SQLITE_LIMIT_LENGTH, MAX_LENGTH);
  sqlite3_exec (mem, "PRAGMA foreign_keys = ON", NULL, NULL, NULL);
  return mem;
}

/* An older file opened only to look at it (--info, the welcome list) is migrated in a copy in
 * memory, so that looking never changes the file. */
static gboolean
move_into_memory (SfDb    *db,
                  GError **error)
{
  sqlite3 *mem = sf_db_copy_handle_to_memory (db->handle, db->path, error);

  if (mem == NULL)
    return FALSE;
  g_hash_table_remove_all (db->statements);
  sqlite3_close (db->handle);
  db->handle = mem;
  return TRUE;
}

SfDb *
sf_db_copy_to_memory (SfDb    *db,
                      GError **error)
{
  sqlite3 *mem = sf_db_copy_handle_to_memory (db->handle, db->path, error);

  return mem ? db_new (mem, db->path) : NULL;
}

static gboolean
create_file (const char  *path,
             GError     **error)
{
  /* Created here, not by SQLite, so that it is private from the first byte: it holds notes
   * about people. SQLite gives its journal the same mode. */
  int fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);

  if (fd < 0)
    {
      sf_store_set_errno_error (error, errno, path);
      return FALSE;
    }
  close (fd);
  return TRUE;
}

static SfDb *open_with (const char        *path,
                        SfDbOpenFlags      flags,
                        const SfMigration *migrations,
                        guint              n_migrations,
                        GError           **error);

/* A file this call created and could not finish is removed again: no stray files. */
SfDb *
sf_db_open_with (const char         *path,
                 SfDbOpenFlags       flags,
                 const SfMigration  *migrations,
                 guint               n_migrations,
                 GError            **error)
{
  gboolean existed = g_file_test (path, G_FILE_TEST_EXISTS);
  SfDb *db = open_with (path, flags, migrations, n_migrations, error);

  if (db == NULL && (flags & SF_DB_OPEN_CREATE) && !existed)
    g_unlink (path);
  return db;
}

static SfDb *
open_with (const char         *path,
           SfDbOpenFlags       flags,
           const SfMigration  *migrations,
           guint               n_migrations,
           GError            **error)
{
  g_autoptr(SfDb) db = NULL;
  g_autofree char *name = g_filename_display_basename (path);
  sqlite3 *handle = NULL;
  int target = migrations[n_migrations - 1].version;
  int app_id = 0, version = 0, rc;

  if (flags & SF_DB_OPEN_CREATE)
    {
      if (!create_file (path, error))
        return NULL;
    }
  else if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, SF_STORE_ERROR, SF_STORE_ERROR_NOT_FOUND,
                   _("“%s”: The file does not exist."), name);
      return NULL;
    }

  /* A crash mid-edit left side files that a read-only look cannot settle in place. A file of
   * the library is settled, and made one file again, unless it is open (that fails at once). */
  if ((flags & SF_DB_OPEN_READ_ONLY) && (flags & SF_DB_OPEN_REPAIR) &&
      (sf_db_journal_exists (path) || sf_db_journal_has_log (path)))
    sf_db_journal_settle (path, NULL);
  if ((flags & SF_DB_OPEN_READ_ONLY) && sf_db_journal_needs_copy (path) &&
      (handle = sf_db_journal_read_copy (path, error)) == NULL)
    return NULL;
  rc = handle != NULL ? SQLITE_OK
                      : sqlite3_open_v2 (path, &handle,
                                         (flags & SF_DB_OPEN_READ_ONLY) ? SQLITE_OPEN_READONLY
                                                                        : SQLITE_OPEN_READWRITE,
                                         NULL);
  db = db_new (handle, path);
  if (rc != SQLITE_OK)
    {
      sf_store_set_sqlite_error (error, handle, rc, path);
      return NULL;
    }

  if (!configure (db, flags, error) ||
      !read_int_pragma (db, "PRAGMA application_id", &app_id, error) ||
      !read_int_pragma (db, "PRAGMA user_version", &version, error))
    {
      if (error && g_error_matches (*error, SF_STORE_ERROR, SF_STORE_ERROR_NOT_SQLITE))
        {
          g_clear_error (error);
          g_set_error (error, SF_STORE_ERROR, SF_STORE_ERROR_NOT_SQLITE,
                       _("“%s” is not a Startfoto project file."), name);
        }
      return NULL;
    }

  if (flags & SF_DB_OPEN_CREATE)
    return migrate (db, 0, migrations, n_migrations, error) ? g_steal_pointer (&db) : NULL;

  if (app_id != SF_DB_APPLICATION_ID)
    {
      g_set_error (error, SF_STORE_ERROR, SF_STORE_ERROR_NOT_PROJECT,
                   _("“%s” is not a Startfoto project file."), name);
      return NULL;
    }
  if (version > target)
    {
      g_set_error (error, SF_STORE_ERROR, SF_STORE_ERROR_TOO_NEW,
                   _("“%s” was made with a newer version of Startfoto. "
                     "Update Startfoto to open it."), name);
      return NULL;
    }
  /* Also every file opened for editing: an edit to a damaged file (an index missing a row)
   * could report success and an undo leave two rows with one id. */
  if ((flags & (SF_DB_OPEN_CHECK | SF_DB_OPEN_READ_ONLY)) != SF_DB_OPEN_READ_ONLY &&
      !quick_check (db, error))
    return NULL;
  /* Before any migration runs: a trigger of the file's own would run with it. */
  if (!sf_db_schema_check (db->handle, path, migrations, n_migrations, version, error))
    return NULL;

  if (version < target)
    {
      if (flags & SF_DB_OPEN_READ_ONLY)
        {
          if (!move_into_memory (db, error))
            return NULL;
        }
      else
        {
          g_autofree char *backup = g_strdup_printf ("%s.v%d.bak", path, version);

          if (!sf_db_copy_to_file (db, backup, error))
            return NULL;
        }
      if (!migrate (db, version, migrations, n_migrations, error))
        return NULL;
    }

  return g_steal_pointer (&db);
}

SfDb *
sf_db_open (const char     *path,
            SfDbOpenFlags   flags,
            GError        **error)
{
  guint n;
  const SfMigration *migrations = sf_migrations_get (&n);

  return sf_db_open_with (path, flags, migrations, n, error);
}
