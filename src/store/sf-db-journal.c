/* sf-db-journal.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every change is one transaction in rollback-journal mode: a crash in the middle leaves the
 * file part written and the journal holding what it was. SQLite puts it back on the next
 * read-write open; a read-only one (the welcome list, --info, exports, the import's check)
 * cannot, and used to report the project as unwritable and leave it out of the list.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <gio/gio.h>
#include <glib/gstdio.h>

#include "sf-db-journal.h"
#include "sf-store-error.h"

gboolean
sf_db_journal_exists (const char *path)
{
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);
  GStatBuf st;

  return g_stat (journal, &st) == 0 && st.st_size > 0;
}

/* Opening read-write and reading the schema is what makes SQLite roll a hot journal back; a
 * journal that is not hot (another connection's open change) is left alone by it. */
gboolean
sf_db_journal_roll_back (const char  *path,
                         GError     **error)
{
  sqlite3 *handle = NULL;
  int rc = sqlite3_open_v2 (path, &handle, SQLITE_OPEN_READWRITE, NULL);

  if (rc == SQLITE_OK)
    {
      sqlite3_busy_timeout (handle, 1000);
      rc = sqlite3_exec (handle, "SELECT count (*) FROM sqlite_schema", NULL, NULL, NULL);
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

sqlite3 *
sf_db_journal_read_copy (const char  *path,
                         GError     **error)
{
  g_autofree char *dir = g_dir_make_tmp ("startfoto-XXXXXX", NULL);
  g_autofree char *copy = dir ? g_build_filename (dir, "project", NULL) : NULL;
  g_autofree char *copy_journal = copy ? g_strconcat (copy, "-journal", NULL) : NULL;
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);
  g_autoptr(GError) local_error = NULL;
  sqlite3 *file = NULL, *mem = NULL;

  /* The copies are private (0700 folder): they hold what the project holds. */
  if (dir != NULL && copy_file (path, copy, &local_error) &&
      copy_file (journal, copy_journal, &local_error) &&
      sf_db_journal_roll_back (copy, &local_error) &&
      sqlite3_open_v2 (copy, &file, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK)
    mem = sf_db_copy_handle_to_memory (file, path, &local_error);
  sqlite3_close (file);
  if (copy != NULL)
    {
      g_unlink (copy_journal);
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
