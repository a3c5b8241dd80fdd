/* sf-library.c: the folder of project files listed on the welcome screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Projects live as <random>.startfoto files in one private folder. A file from elsewhere is
 * checked and copied in, never opened in place: the copy can be written, the original stays
 * as the sender made it. File names are not project identities; the project's UUID is.
 *
 * The list is read on a worker thread, each file through a connection of its own, and fills
 * in on the main thread as the files are read, in its order (the most recently changed
 * first). One reading at a time: asked again meanwhile, it reads once more when it is done,
 * for everyone who asked. A project changed here (renamed, imported, removed) is updated in
 * the list at once; what the worker read of it before no longer counts.
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "sf-db.h"
#include "sf-example.h"
#include "sf-library.h"
#include "sf-project-private.h"
#include "sf-project.h"
#include "sf-store-error.h"

#define EXAMPLE_FILE_NAME "example.startfoto"

struct _SfLibrary
{
  GObject     parent_instance;

  char       *dir;
  GListStore *projects;
  gboolean    loaded;     /* read whole at least once */

  /* The reading on the worker. */
  guint       generation; /* a reading whose generation this is not is no longer wanted */
  gboolean    reading;
  gboolean    read_again; /* asked while reading: the folder may have changed since */
  GPtrArray  *waiting;    /* of GTask: sf_library_refresh_async ()'s, done when it is read */
  GHashTable *seen;       /* the paths the reading listed */
  GHashTable *touched;    /* the paths updated here while it reads */
};

G_DEFINE_FINAL_TYPE (SfLibrary, sf_library, G_TYPE_OBJECT)

enum { PROP_0, PROP_LOADED, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void
sf_library_finalize (GObject *object)
{
  SfLibrary *self = SF_LIBRARY (object);

  g_free (self->dir);
  g_object_unref (self->projects);
  g_ptr_array_unref (self->waiting);
  g_hash_table_unref (self->seen);
  g_hash_table_unref (self->touched);
  G_OBJECT_CLASS (sf_library_parent_class)->finalize (object);
}

static void
sf_library_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_LOADED:
      g_value_set_boolean (value, SF_LIBRARY (object)->loaded);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sf_library_class_init (SfLibraryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sf_library_finalize;
  object_class->get_property = sf_library_get_property;
  /* Whether the list has been read whole: before, an empty list says nothing yet. */
  properties[PROP_LOADED] = g_param_spec_boolean ("loaded", NULL, NULL, FALSE,
                                                  G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY |
                                                  G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sf_library_init (SfLibrary *self)
{
  self->projects = g_list_store_new (SF_TYPE_LIBRARY_ENTRY);
  self->waiting = g_ptr_array_new ();
  self->seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->touched = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
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

gboolean
sf_library_get_loaded (SfLibrary *self)
{
  return self->loaded;
}

static void
set_loaded (SfLibrary *self)
{
  if (self->loaded)
    return;
  self->loaded = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADED]);
}

/* ---- reading one file ------------------------------------------------------------------- */

/* The entry the list shows for @path, or NULL for the example (it has its own button). A file
 * that cannot be read is listed with what is wrong with it. Any thread. */
static SfLibraryEntry *
read_listed (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_path_get_basename (path);
  g_autoptr(SfLibraryEntry) entry = NULL;

  if (g_str_equal (name, EXAMPLE_FILE_NAME))
    return NULL;
  entry = sf_library_entry_read (path, FALSE, &error);
  /* Gone since the folder was listed (removed or renamed meanwhile): nothing to show. A file
   * moved away in the middle of reading it fails otherwise (seen as "cannot be written" when
   * its private copy could not be made), so whether it is still there decides. */
  if (g_error_matches (error, SF_STORE_ERROR, SF_STORE_ERROR_NOT_FOUND) ||
      (entry == NULL && !g_file_test (path, G_FILE_TEST_EXISTS)))
    return NULL;
  if (entry == NULL)
    {
      g_warning ("%s in the project library cannot be read: %s", path, error->message);
      return sf_library_entry_new_unreadable (path, error->message);
    }
  return sf_library_entry_get_is_example (entry) ? NULL : g_steal_pointer (&entry);
}

/* The project files in the folder, in its own order. Any thread. */
static GPtrArray *
list_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    if (g_str_has_suffix (name, ".startfoto") && !g_str_equal (name, EXAMPLE_FILE_NAME))
      g_ptr_array_add (paths, g_build_filename (dir, name, NULL));
  return paths;
}

/* ---- the list --------------------------------------------------------------------------- */

static gboolean
find_path (SfLibrary  *self,
           const char *path,
           guint      *position)
{
  GListModel *list = G_LIST_MODEL (self->projects);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SfLibraryEntry) entry = g_list_model_get_item (list, i);

      if (g_strcmp0 (sf_library_entry_get_path (entry), path) == 0)
        {
          *position = i;
          return TRUE;
        }
    }
  return FALSE;
}

static void
forget (SfLibrary  *self,
        const char *path)
{
  guint position;

  if (find_path (self, path, &position))
    g_list_store_remove (self->projects, position);
}

/* @entry in its place in the list, after those as new as it is; a row that shows the same is
 * left as it is. */
static void
put (SfLibrary      *self,
     SfLibraryEntry *entry)
{
  GListModel *list = G_LIST_MODEL (self->projects);
  guint position, n;

  if (find_path (self, sf_library_entry_get_path (entry), &position))
    {
      g_autoptr(SfLibraryEntry) listed = g_list_model_get_item (list, position);

      if (sf_library_entry_equal (listed, entry))
        return;
      g_list_store_remove (self->projects, position);
    }
  n = g_list_model_get_n_items (list);
  for (position = 0; position < n; position++)
    {
      g_autoptr(SfLibraryEntry) listed = g_list_model_get_item (list, position);

      if (sf_library_entry_compare_newest (listed, entry) > 0)
        break;
    }
  g_list_store_insert (self->projects, position, entry);
}

static int
newest_first (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  /* g_ptr_array_sort_with_data () passes pointers to the elements */
  return sf_library_entry_compare_newest (*(SfLibraryEntry * const *) a,
                                          *(SfLibraryEntry * const *) b);
}

/* Reads the folder here and now, for callers that need the list at once (the tests, the
 * command line); the welcome screen uses sf_library_refresh_async (). A reading on the worker
 * that is under way no longer counts. */
void
sf_library_refresh (SfLibrary *self)
{
  g_autoptr(GPtrArray) paths = list_files (self->dir);
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < paths->len; i++)
    {
      SfLibraryEntry *entry = read_listed (paths->pdata[i]);

      if (entry != NULL)
        g_ptr_array_add (entries, entry);
    }
  /* A stable sort: projects changed at the same moment keep the folder's order. */
  g_ptr_array_sort_with_data (entries, newest_first, NULL);
  self->generation++;
  g_list_store_splice (self->projects, 0, g_list_model_get_n_items (G_LIST_MODEL (self->projects)),
                       entries->pdata, entries->len);
  set_loaded (self);
}

/* The project at @path as its file is now: listed, updated, or gone from the list. For a
 * change made here, seen at once. */
void
sf_library_update (SfLibrary  *self,
                   const char *path)
{
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *listed = g_build_filename (self->dir, base, NULL);
  g_autoptr(SfLibraryEntry) entry = NULL;

  if (!sf_library_contains (self, path))
    return;
  if (self->reading)
    g_hash_table_add (self->touched, g_strdup (listed));
  if (g_file_test (listed, G_FILE_TEST_EXISTS))
    entry = read_listed (listed);
  if (entry != NULL)
    put (self, entry);
  else
    forget (self, listed);
}

/* ---- reading on the worker -------------------------------------------------------------- */

/* One file read, on its way to the list. */
typedef struct
{
  char           *path;
  SfLibraryEntry *entry;   /* NULL: not listed */
} Found;

static void
found_free (Found *found)
{
  g_free (found->path);
  g_clear_object (&found->entry);
  g_free (found);
}

typedef struct
{
  char         *dir;
  guint         generation;
  GAsyncQueue  *found;   /* of Found, from the worker to the main thread, in order */
  gboolean      taking;  /* the main thread has a source taking them (under found's lock) */
  gboolean      read;    /* the worker is done (main thread) */
  GMainContext *context; /* the main thread's */
} Reading;

static void
reading_free (Reading *reading)
{
  g_free (reading->dir);
  g_async_queue_unref (reading->found);
  g_main_context_unref (reading->context);
  g_free (reading);
}

static void
take (SfLibrary *self,
      Reading   *reading,
      Found     *found)
{
  if (reading->generation != self->generation ||
      g_hash_table_contains (self->touched, found->path))
    return;
  if (found->entry == NULL)
    {
      forget (self, found->path);
      return;
    }
  g_hash_table_add (self->seen, g_strdup (found->path));
  put (self, found->entry);
}

static void done_reading (SfLibrary *self,
                          Reading   *reading);

/* On the main thread, one file at a time, one per turn of the main loop (below drawing's
 * priority): the list fills in as the worker reads, and the window paints in between. */
static gboolean
take_next (gpointer data)
{
  GTask *task = data;
  SfLibrary *self = g_task_get_source_object (task);
  Reading *reading = g_task_get_task_data (task);
  Found *found;

  g_async_queue_lock (reading->found);
  found = g_async_queue_try_pop_unlocked (reading->found);
  reading->taking = found != NULL;
  g_async_queue_unlock (reading->found);
  if (found == NULL)
    {
      if (reading->read)
        done_reading (self, reading);
      return G_SOURCE_REMOVE;
    }
  take (self, reading, found);
  found_free (found);
  return G_SOURCE_CONTINUE;
}

static void
read_folder (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  Reading *reading = task_data;
  g_autoptr(GPtrArray) paths = list_files (reading->dir);

  for (guint i = 0; i < paths->len; i++)
    {
      Found *found = g_new0 (Found, 1);
      gboolean start_taking;

      found->path = g_strdup (paths->pdata[i]);
      found->entry = read_listed (found->path);
      g_async_queue_lock (reading->found);
      g_async_queue_push_unlocked (reading->found, found);
      start_taking = !reading->taking;
      reading->taking = TRUE;
      g_async_queue_unlock (reading->found);
      if (start_taking)
        {
          /* Attached, never invoked: invoked, it could run here on the worker. */
          g_autoptr(GSource) source = g_idle_source_new ();

          g_source_set_callback (source, take_next, g_object_ref (task), g_object_unref);
          g_source_attach (source, reading->context);
        }
    }
  g_task_return_boolean (task, TRUE);
}

static void start_reading (SfLibrary *self);

static void
remove_unseen (SfLibrary *self)
{
  GListModel *list = G_LIST_MODEL (self->projects);

  for (guint i = g_list_model_get_n_items (list); i-- > 0;)
    {
      g_autoptr(SfLibraryEntry) entry = g_list_model_get_item (list, i);
      const char *path = sf_library_entry_get_path (entry);

      if (!g_hash_table_contains (self->seen, path) &&
          !g_hash_table_contains (self->touched, path))
        g_list_store_remove (self->projects, i);
    }
}

/* Every file read and taken. */
static void
done_reading (SfLibrary *self,
              Reading   *reading)
{
  g_autoptr(GPtrArray) waiting = NULL;

  self->reading = FALSE;
  if (reading->generation == self->generation)
    {
      remove_unseen (self);
      set_loaded (self);
    }
  g_hash_table_remove_all (self->seen);
  g_hash_table_remove_all (self->touched);
  if (self->read_again)
    {
      start_reading (self);
      return;
    }
  waiting = g_steal_pointer (&self->waiting);
  self->waiting = g_ptr_array_new ();
  for (guint i = 0; i < waiting->len; i++)
    {
      g_task_return_boolean (waiting->pdata[i], TRUE);
      g_object_unref (waiting->pdata[i]);
    }
}

/* The worker is done; what it found may still be on its way to the list. */
static void
on_folder_read (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  Reading *reading = g_task_get_task_data (G_TASK (result));
  gboolean taking;

  reading->read = TRUE;
  g_async_queue_lock (reading->found);
  taking = reading->taking;
  g_async_queue_unlock (reading->found);
  if (!taking)
    done_reading (SF_LIBRARY (source), reading);
}

static void
start_reading (SfLibrary *self)
{
  g_autoptr(GTask) task = g_task_new (self, NULL, on_folder_read, NULL);
  Reading *reading = g_new0 (Reading, 1);

  reading->dir = g_strdup (self->dir);
  reading->generation = ++self->generation;
  reading->found = g_async_queue_new ();
  reading->context = g_main_context_ref_thread_default ();
  self->reading = TRUE;
  self->read_again = FALSE;
  g_task_set_source_tag (task, start_reading);
  g_task_set_task_data (task, reading, (GDestroyNotify) reading_free);
  g_task_run_in_thread (task, read_folder);
}

/* Reads the folder on a worker; the list fills in as it goes. @callback is called once the
 * whole folder is read. Asked while a reading is under way, it reads once more after it. */
void
sf_library_refresh_async (SfLibrary           *self,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  GTask *task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, sf_library_refresh_async);
  g_ptr_array_add (self->waiting, task);
  if (self->reading)
    self->read_again = TRUE;
  else
    start_reading (self);
}

gboolean
sf_library_refresh_finish (SfLibrary     *self,
                           GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* ---- paths and projects ----------------------------------------------------------------- */

static gboolean
ensure_dir (const char  *dir,
            GError     **error)
{
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      sf_store_set_errno_error (error, errno, dir);
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

  if (!ensure_dir (self->dir, error))
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

      if ((path != NULL && g_strcmp0 (sf_library_entry_get_path (entry), path) == 0) ||
          (project_id != NULL &&
           g_strcmp0 (sf_library_entry_get_project_id (entry), project_id) == 0))
        return entry; /* the list keeps it alive */
    }
  return NULL;
}

char *
sf_library_find_project (SfLibrary  *self,
                         const char *project_id)
{
  SfLibraryEntry *entry = find_entry (self, NULL, project_id);

  return entry != NULL ? g_strdup (sf_library_entry_get_path (entry)) : NULL;
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
static gboolean
check_indexes (SfDb    *db,
               GError **error)
{
  g_autofree char *name = g_filename_display_basename (sf_db_get_path (db));
  sqlite3_stmt *stmt = NULL;
  gboolean ok = FALSE;

  if (sqlite3_prepare_v2 (sf_db_get_handle (db), "PRAGMA integrity_check (1)", -1, &stmt,
                          NULL) == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
    ok = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0;
  sqlite3_finalize (stmt);
  if (!ok)
    g_set_error (error, SF_STORE_ERROR, SF_STORE_ERROR_DAMAGED,
                 _("“%s”: The project file is damaged and cannot be used."), name);
  return ok;
}

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
  /* Checked again where it can be written: only there does SQLite's check see rows that break
   * the schema's CHECK constraints (a status of 4), which would make every undo of an edit to
   * them fail; and in full: an index that misses rows of its table (quick_check does not look)
   * made an undo report success and leave two copies of a row. */
  copy = sf_db_open (path, SF_DB_OPEN_CHECK, error);
  if (copy == NULL || !check_indexes (copy, error) ||
      (sf_project_get_is_example (project) &&
       !sf_db_exec (copy, "UPDATE project SET is_example = 0", error)))
    {
      g_clear_pointer (&copy, sf_db_free);
      g_unlink (path);
      return NULL;
    }
  g_clear_pointer (&copy, sf_db_free);
  sf_library_update (self, path);
  return g_steal_pointer (&path);
}

/* ---- the example ------------------------------------------------------------------------ */

/* The pristine example, made once per version of the app and schema in the cache folder:
 * writing it through the store takes a while, copying it does not. Any thread. */
static char *
example_template (GError **error)
{
  g_autofree char *stamp = sf_example_stamp ();
  g_autofree char *name = g_strdup_printf ("example-v%d-%s.startfoto", sf_db_current_version (),
                                           stamp);
  g_autofree char *dir = g_build_filename (g_get_user_cache_dir (), APP_ID, NULL);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *tmp = NULL;

  if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
    return g_steal_pointer (&path);
  if (!ensure_dir (dir, error))
    return NULL;
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

/* A fresh example in @dir each time: what a user tried in it last time is gone. Any thread. */
static char *
write_example (const char  *dir,
               GError     **error)
{
  g_autofree char *path = g_build_filename (dir, EXAMPLE_FILE_NAME, NULL);
  g_autofree char *template = NULL;
  g_autoptr(SfDb) db = NULL;

  if (!ensure_dir (dir, error) || (template = example_template (error)) == NULL)
    return NULL;
  db = sf_db_open (template, SF_DB_OPEN_READ_ONLY, error);
  if (db == NULL || !sf_db_copy_to_file (db, path, error))
    return NULL;
  return g_steal_pointer (&path);
}

char *
sf_library_write_example (SfLibrary  *self,
                          GError    **error)
{
  return write_example (self->dir, error);
}

static void
write_example_in_thread (GTask        *task,
                         gpointer      source_object,
                         gpointer      task_data,
                         GCancellable *cancellable)
{
  GError *error = NULL;
  char *path = write_example (task_data, &error);

  if (path == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, path, g_free);
}

/* The same on a worker: the first time, the example's template is written too. */
void
sf_library_write_example_async (SfLibrary           *self,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, sf_library_write_example_async);
  g_task_set_task_data (task, g_strdup (self->dir), g_free);
  g_task_run_in_thread (task, write_example_in_thread);
}

char *
sf_library_write_example_finish (SfLibrary     *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
