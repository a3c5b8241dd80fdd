/* sf-library-trash.c: projects taken out of the library, to the trash
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A project removed from the list is first set aside in a hidden folder of the library, so
 * that Undo can bring it back at once; then it goes to the trash (through the portal inside
 * Flatpak). Nothing is ever deleted: what could not go to the trash stays set aside.
 */
#include "config.h"

#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <glib/gstdio.h>

#include "sf-db.h"
#include "sf-library.h"
#include "sf-store-error.h"

#define REMOVED_DIR_NAME ".removed"

static char *
removed_dir (SfLibrary *self)
{
  return g_build_filename (sf_library_get_dir (self), REMOVED_DIR_NAME, NULL);
}

/* The files of the project @name in @dir: the project, SQLite's side files (its write-ahead
 * log may hold the latest changes) and the copies kept before a migration ("….v2.bak"). */
static GPtrArray *
project_files (const char *dir,
               const char *name)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const char *entry;

  while (d != NULL && (entry = g_dir_read_name (d)) != NULL)
    {
      const char *rest = entry + strlen (name);

      if (!g_str_has_prefix (entry, name))
        continue;
      if (*rest == '\0' || g_str_equal (rest, "-wal") || g_str_equal (rest, "-shm") ||
          g_str_equal (rest, "-journal") ||
          (g_str_has_prefix (rest, ".v") && g_str_has_suffix (rest, ".bak")))
        g_ptr_array_add (names, g_strdup (entry));
    }
  return names;
}

/* All the project's files or none: a log parted from its file would lose changes. */
static gboolean
move_project (const char  *from_dir,
              const char  *to_dir,
              const char  *name,
              GError     **error)
{
  g_autoptr(GPtrArray) names = project_files (from_dir, name);
  g_autofree char *source = g_build_filename (from_dir, name, NULL);
  g_autofree char *target = g_build_filename (to_dir, name, NULL);

  if (!g_file_test (source, G_FILE_TEST_IS_REGULAR))
    {
      sf_store_set_errno_error (error, ENOENT, source);
      return FALSE;
    }
  if (g_file_test (target, G_FILE_TEST_EXISTS))
    {
      sf_store_set_errno_error (error, EEXIST, target);
      return FALSE;
    }
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *from = g_build_filename (from_dir, names->pdata[i], NULL);
      g_autofree char *to = g_build_filename (to_dir, names->pdata[i], NULL);
      int saved_errno;

      if (g_rename (from, to) == 0)
        continue;
      saved_errno = errno;
      while (i-- > 0)
        {
          g_autofree char *back = g_build_filename (from_dir, names->pdata[i], NULL);
          g_autofree char *moved = g_build_filename (to_dir, names->pdata[i], NULL);

          g_rename (moved, back);
        }
      sf_store_set_errno_error (error, saved_errno, from);
      return FALSE;
    }
  return TRUE;
}

/* Takes the project at @path out of the list, set aside so that sf_library_restore () can
 * bring it back; sf_library_trash () then moves it to the trash. */
gboolean
sf_library_remove (SfLibrary   *self,
                   const char  *path,
                   GError     **error)
{
  g_autofree char *aside = removed_dir (self);
  g_autofree char *name = g_path_get_basename (path);
  gboolean ok;

  g_return_val_if_fail (sf_library_contains (self, path), FALSE);

  if (g_mkdir_with_parents (aside, 0700) != 0)
    {
      sf_store_set_errno_error (error, errno, aside);
      return FALSE;
    }
  ok = move_project (sf_library_get_dir (self), aside, name, error);
  sf_library_update (self, path);
  return ok;
}

gboolean
sf_library_restore (SfLibrary   *self,
                    const char  *path,
                    GError     **error)
{
  g_autofree char *aside = removed_dir (self);
  g_autofree char *name = g_path_get_basename (path);
  gboolean ok = move_project (aside, sf_library_get_dir (self), name, error);

  sf_library_update (self, path);
  return ok;
}

/* The last connection to close folds SQLite's write-ahead log into the file and deletes the
 * log, so that the project goes to the trash as one file. */
static void
settle (const char *path)
{
  sqlite3 *db = NULL;

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL) == SQLITE_OK)
    sqlite3_exec (db, "SELECT count(*) FROM sqlite_schema", NULL, NULL, NULL);
  sqlite3_close (db);
}

static gboolean
trash_project (const char  *dir,
               const char  *name,
               GError     **error)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GPtrArray) names = NULL;

  settle (path);
  names = project_files (dir, name);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *file_path = g_build_filename (dir, names->pdata[i], NULL);
      g_autoptr(GFile) file = g_file_new_for_path (file_path);

      if (!g_file_trash (file, NULL, error))
        return FALSE;
    }
  return TRUE;
}

/* Moves the project removed from @path to the trash; with @path NULL, every project removed
 * but not yet trashed (the app may have ended before it could). */
gboolean
sf_library_trash (SfLibrary   *self,
                  const char  *path,
                  GError     **error)
{
  g_autofree char *aside = removed_dir (self);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (path != NULL)
    {
      g_autofree char *base = g_path_get_basename (path);

      return trash_project (aside, base, error);
    }
  /* Named first: trashing changes the folder being read. */
  dir = g_dir_open (aside, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".startfoto"))
      g_ptr_array_add (names, g_strdup (name));
  for (guint i = 0; i < names->len; i++)
    if (!trash_project (aside, names->pdata[i], error))
      return FALSE;
  return TRUE;
}

guint
sf_library_clear_leftovers (SfLibrary *self,
                            GTimeSpan  older_than)
{
  const char *folder = sf_library_get_dir (self);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  gint64 now = g_get_real_time ();
  const char *name;
  guint removed = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);
      GStatBuf st;

      if (!g_str_has_prefix (name, SF_DB_TEMP_PREFIX) || g_lstat (path, &st) != 0 ||
          !S_ISREG (st.st_mode) || now - (gint64) st.st_mtime * G_USEC_PER_SEC < older_than)
        continue;
      if (g_unlink (path) == 0)
        removed++;
      else
        g_warning ("A leftover in the library could not be removed: %s", g_strerror (errno));
    }
  return removed;
}
