/* sf-library.c: the folder of project files listed on the welcome screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Projects live as <random>.startfoto files in one private folder. A file from elsewhere is
 * checked and copied in, never opened in place: the copy can be written, the original stays
 * as the sender made it. File names are not project identities; the project's UUID is.
 *
 * A project removed from the list is first set aside in a hidden folder of the library, so
 * that Undo can bring it back at once; then it goes to the trash (through the portal inside
 * Flatpak). Nothing is ever deleted: what could not go to the trash stays set aside.
 */
#include "config.h"

#include <errno.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "sf-db.h"
#include "sf-example.h"
#include "sf-library.h"
#include "sf-progress.h"
#include "sf-project-private.h"
#include "sf-project.h"
#include "sf-store-error.h"

#define EXAMPLE_FILE_NAME "example.startfoto"
#define REMOVED_DIR_NAME  ".removed"

struct _SfLibraryEntry
{
  GObject  parent_instance;

  char    *path;
  char    *project_id;
  char    *name;
  char    *municipality;
  char    *modified;
  guint    steps_done;
  gboolean is_example;
};

G_DEFINE_FINAL_TYPE (SfLibraryEntry, sf_library_entry, G_TYPE_OBJECT)

static void
sf_library_entry_finalize (GObject *object)
{
  SfLibraryEntry *self = SF_LIBRARY_ENTRY (object);

  g_free (self->path);
  g_free (self->project_id);
  g_free (self->name);
  g_free (self->municipality);
  g_free (self->modified);
  G_OBJECT_CLASS (sf_library_entry_parent_class)->finalize (object);
}

static void
sf_library_entry_class_init (SfLibraryEntryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sf_library_entry_finalize;
}

static void
sf_library_entry_init (SfLibraryEntry *self)
{
}

const char *
sf_library_entry_get_path (SfLibraryEntry *self)
{
  return self->path;
}

const char *
sf_library_entry_get_project_id (SfLibraryEntry *self)
{
  return self->project_id;
}

const char *
sf_library_entry_get_name (SfLibraryEntry *self)
{
  return self->name;
}

const char *
sf_library_entry_get_municipality (SfLibraryEntry *self)
{
  return self->municipality;
}

const char *
sf_library_entry_get_modified (SfLibraryEntry *self)
{
  return self->modified;
}

guint
sf_library_entry_get_steps_done (SfLibraryEntry *self)
{
  return self->steps_done;
}

gboolean
sf_library_entry_get_is_example (SfLibraryEntry *self)
{
  return self->is_example;
}

/* Reads what the welcome screen shows without changing the file; a file from elsewhere is
 * checked for damage first. */
SfLibraryEntry *
sf_library_entry_read (const char  *path,
                       gboolean     from_elsewhere,
                       GError     **error)
{
  g_autoptr(SfDb) db = NULL;
  g_autoptr(SfLibraryEntry) self = NULL;
  sqlite3_stmt *stmt;
  int rc;

  db = sf_db_open (path, SF_DB_OPEN_READ_ONLY | (from_elsewhere ? SF_DB_OPEN_CHECK : 0), error);
  if (db == NULL)
    return NULL;
  stmt = sf_db_prepare (db, "SELECT id, name, municipality, modified, is_example FROM project",
                        error);
  if (stmt == NULL)
    return NULL;
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        g_set_error_literal (error, SF_STORE_ERROR, SF_STORE_ERROR_NOT_PROJECT,
                             _("The project file holds no project."));
      else
        sf_store_set_sqlite_error (error, sf_db_get_handle (db), rc, path);
      return NULL;
    }

  self = g_object_new (SF_TYPE_LIBRARY_ENTRY, NULL);
  self->path = g_strdup (path);
  self->project_id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  self->name = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
  self->municipality = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
  self->modified = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
  self->is_example = sqlite3_column_int (stmt, 4) != 0;
  sqlite3_reset (stmt);
  self->steps_done = sf_progress_count_done (db);
  return g_steal_pointer (&self);
}

struct _SfLibrary
{
  GObject     parent_instance;

  char       *dir;
  GListStore *projects;
};

G_DEFINE_FINAL_TYPE (SfLibrary, sf_library, G_TYPE_OBJECT)

static void
sf_library_finalize (GObject *object)
{
  SfLibrary *self = SF_LIBRARY (object);

  g_free (self->dir);
  g_object_unref (self->projects);
  G_OBJECT_CLASS (sf_library_parent_class)->finalize (object);
}

static void
sf_library_class_init (SfLibraryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sf_library_finalize;
}

static void
sf_library_init (SfLibrary *self)
{
  self->projects = g_list_store_new (SF_TYPE_LIBRARY_ENTRY);
}

char *
sf_library_default_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), APP_ID, NULL);
}

SfLibrary *
sf_library_new (const char *dir)
{
  SfLibrary *self = g_object_new (SF_TYPE_LIBRARY, NULL);

  self->dir = dir ? g_strdup (dir) : sf_library_default_dir ();
  return self;
}

const char *
sf_library_get_dir (SfLibrary *self)
{
  return self->dir;
}

GListModel *
sf_library_get_projects (SfLibrary *self)
{
  return G_LIST_MODEL (self->projects);
}

static int
newest_first (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  /* g_ptr_array_sort_with_data () passes pointers to the elements */
  const SfLibraryEntry *entry_a = *(SfLibraryEntry * const *) a;
  const SfLibraryEntry *entry_b = *(SfLibraryEntry * const *) b;

  return -g_strcmp0 (entry_a->modified, entry_b->modified);
}

void
sf_library_refresh (SfLibrary *self)
{
  g_autoptr(GDir) dir = g_dir_open (self->dir, 0, NULL);
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autoptr(GError) error = NULL;
      SfLibraryEntry *entry;

      if (!g_str_has_suffix (name, ".startfoto") || g_str_equal (name, EXAMPLE_FILE_NAME))
        continue;
      path = g_build_filename (self->dir, name, NULL);
      entry = sf_library_entry_read (path, FALSE, &error);
      if (entry == NULL)
        {
          g_warning ("Skipping %s in the project library: %s", path, error->message);
          continue;
        }
      if (entry->is_example)
        {
          g_object_unref (entry); /* the example has its own button */
          continue;
        }
      g_ptr_array_add (entries, entry);
    }

  g_ptr_array_sort_with_data (entries, (GCompareDataFunc) newest_first, NULL);
  g_list_store_splice (self->projects, 0, g_list_model_get_n_items (G_LIST_MODEL (self->projects)),
                       entries->pdata, entries->len);
}

static gboolean
ensure_dir (SfLibrary  *self,
            GError    **error)
{
  if (g_mkdir_with_parents (self->dir, 0700) != 0)
    {
      sf_store_set_errno_error (error, errno, self->dir);
      return FALSE;
    }
  return TRUE;
}

char *
sf_library_new_path (SfLibrary  *self,
                     GError    **error)
{
  g_autofree char *uuid = g_uuid_string_random ();
  g_autofree char *name = g_strconcat (uuid, ".startfoto", NULL);

  if (!ensure_dir (self, error))
    return NULL;
  return g_build_filename (self->dir, name, NULL);
}

gboolean
sf_library_contains (SfLibrary  *self,
                     const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *real_dir = realpath (dir, NULL);
  g_autofree char *real_library = realpath (self->dir, NULL);

  return real_dir != NULL && g_strcmp0 (real_dir, real_library) == 0;
}

/* The listed project at @path, or else with @project_id; NULL if none. */
static SfLibraryEntry *
find_entry (SfLibrary  *self,
            const char *path,
            const char *project_id)
{
  GListModel *list = G_LIST_MODEL (self->projects);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SfLibraryEntry) entry = g_list_model_get_item (list, i);

      if ((path != NULL && g_strcmp0 (entry->path, path) == 0) ||
          (project_id != NULL && g_strcmp0 (entry->project_id, project_id) == 0))
        return entry; /* the list keeps it alive */
    }
  return NULL;
}

char *
sf_library_find_project (SfLibrary  *self,
                         const char *project_id)
{
  SfLibraryEntry *entry = find_entry (self, NULL, project_id);

  return entry != NULL ? g_strdup (entry->path) : NULL;
}

/* The list's own entry, or NULL. */
SfLibraryEntry *
sf_library_get_entry (SfLibrary  *self,
                      const char *path)
{
  return find_entry (self, path, NULL);
}

/* Copies a checked file into the library. It is read whole first, as it will be when opened,
 * so that nothing that cannot be opened gets in. An older file arrives migrated (in memory
 * first: the original is not touched); an example becomes an ordinary project. Returns the
 * new path. */
char *
sf_library_import (SfLibrary   *self,
                   const char  *source_path,
                   GError     **error)
{
  g_autoptr(SfProject) project = NULL;
  g_autoptr(SfDb) copy = NULL;
  g_autofree char *path = NULL;

  project = sf_project_open (source_path, SF_DB_OPEN_READ_ONLY | SF_DB_OPEN_CHECK, error);
  if (project == NULL)
    return NULL;
  path = sf_library_new_path (self, error);
  if (path == NULL || !sf_db_copy_to_file (sf_project_get_db (project), path, error))
    return NULL;
  if (sf_project_get_is_example (project))
    {
      copy = sf_db_open (path, SF_DB_OPEN_DEFAULT, error);
      if (copy == NULL || !sf_db_exec (copy, "UPDATE project SET is_example = 0", error))
        {
          g_clear_pointer (&copy, sf_db_free);
          g_unlink (path);
          return NULL;
        }
    }
  sf_library_refresh (self);
  return g_steal_pointer (&path);
}

/* The pristine example, made once per version of the app and schema in the cache folder:
 * writing it through the store takes a while, copying it does not. */
static char *
example_template (SfLibrary  *self,
                  GError    **error)
{
  g_autofree char *stamp = sf_example_stamp ();
  g_autofree char *name = g_strdup_printf ("example-v%d-%s.startfoto", sf_db_current_version (),
                                           stamp);
  g_autofree char *dir = g_build_filename (g_get_user_cache_dir (), APP_ID, NULL);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *tmp = NULL;

  if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
    return g_steal_pointer (&path);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      sf_store_set_errno_error (error, errno, dir);
      return NULL;
    }
  tmp = g_strconcat (path, ".new", NULL);
  g_unlink (tmp);
  if (!sf_example_write (tmp, error))
    return NULL;
  if (g_rename (tmp, path) != 0)
    {
      sf_store_set_errno_error (error, errno, path);
      g_unlink (tmp);
      return NULL;
    }
  return g_steal_pointer (&path);
}

/* A fresh example each time: what a user tried in it last time is gone. */
char *
sf_library_write_example (SfLibrary  *self,
                          GError    **error)
{
  g_autofree char *path = g_build_filename (self->dir, EXAMPLE_FILE_NAME, NULL);
  g_autofree char *template = NULL;
  g_autoptr(SfDb) db = NULL;

  if (!ensure_dir (self, error) || (template = example_template (self, error)) == NULL)
    return NULL;
  db = sf_db_open (template, SF_DB_OPEN_READ_ONLY, error);
  if (db == NULL || !sf_db_copy_to_file (db, path, error))
    return NULL;
  return g_steal_pointer (&path);
}

/* ---- removing --------------------------------------------------------------------------- */

static char *
removed_dir (SfLibrary *self)
{
  return g_build_filename (self->dir, REMOVED_DIR_NAME, NULL);
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
  ok = move_project (self->dir, aside, name, error);
  sf_library_refresh (self);
  return ok;
}

gboolean
sf_library_restore (SfLibrary   *self,
                    const char  *path,
                    GError     **error)
{
  g_autofree char *aside = removed_dir (self);
  g_autofree char *name = g_path_get_basename (path);
  gboolean ok = move_project (aside, self->dir, name, error);

  sf_library_refresh (self);
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
