/* test-store-library.c: the folder of projects the welcome screen lists: importing, the
 * example, removing to the trash, and reading it on a worker
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <utime.h>
#include <sys/wait.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "sf-copy.h"
#include "sf-db.h"
#include "sf-library.h"
#include "sf-method.h"
#include "sf-project-private.h"
#include "sf-project.h"
#include "sf-store-error.h"
#include "sf-test-store.h"

typedef SfTestDir Fixture;

/* ---- the library ------------------------------------------------------------------------ */

static void
test_library_import_export (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *library_dir = g_build_filename (f->dir, "library", NULL);
  g_autoptr(SfLibrary) library = sf_library_new (library_dir);
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autofree char *exported = g_build_filename (f->dir, "voor-collega.startfoto", NULL);
  g_autofree char *imported = NULL;
  g_autofree char *second = NULL;
  g_autofree char *found = NULL;
  g_autoptr(SfLibraryEntry) peek = NULL;
  g_autoptr(SfProject) copy = NULL;
  g_autoptr(GError) error = NULL;
  SfFlatFields flat = { "De Zilverreiger", "", "", -1 };
  g_autofree char *flat_id = sf_project_add_flat (project, &flat, NULL);
  struct stat st;

  g_assert_true (sf_project_export_copy (project, exported, FALSE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (exported, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  peek = sf_library_entry_read (exported, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sf_library_entry_get_project_id (peek), ==, sf_project_get_id (project));
  g_assert_cmpstr (sf_library_entry_get_name (peek), ==, "Welthuisflat Zuid");

  sf_library_refresh (library);
  g_assert_null (sf_library_find_project (library, sf_project_get_id (project)));

  imported = sf_library_import (library, exported, &error);
  g_assert_no_error (error);
  g_assert_true (sf_library_contains (library, imported));
  g_assert_false (sf_library_contains (library, exported));
  g_assert_true (g_file_test (exported, G_FILE_TEST_EXISTS));
  found = sf_library_find_project (library, sf_project_get_id (project));
  g_assert_cmpstr (found, ==, imported);
  g_assert_cmpuint (sf_test_n_items (sf_library_get_projects (library)), ==, 1);

  /* Keeping both: a second file with the same project identity. */
  second = sf_library_import (library, exported, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (second, !=, imported);
  g_assert_cmpuint (sf_test_n_items (sf_library_get_projects (library)), ==, 2);

  copy = sf_project_open (imported, SF_DB_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sf_project_get_id (copy), ==, sf_project_get_id (project));
  g_assert_cmpstr (sf_flat_get_name (sf_test_item (sf_project_get_flats (copy), 0)), ==,
                   "De Zilverreiger");
  g_assert_cmpint (g_stat (imported, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
}

static void
test_library_import_bad (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *library_dir = g_build_filename (f->dir, "library", NULL);
  g_autoptr(SfLibrary) library = sf_library_new (library_dir);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  g_assert_true (g_file_set_contents (f->path, "%PDF-1.4 geen project", -1, NULL));
  path = sf_library_import (library, f->path, &error);
  g_assert_null (path);
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_NOT_SQLITE);
  sf_library_refresh (library);
  g_assert_cmpuint (sf_test_n_items (sf_library_get_projects (library)), ==, 0);
}

static void
test_library_example (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *library_dir = g_build_filename (f->dir, "library", NULL);
  g_autoptr(SfLibrary) library = sf_library_new (library_dir);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = sf_library_write_example (library, &error);
  g_autofree char *again = NULL;
  g_autoptr(SfProject) project = NULL;

  g_assert_no_error (error);
  project = sf_project_open (path, SF_DB_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (sf_project_get_is_example (project));
  g_assert_false (sf_project_can_undo (project));
  g_assert_cmpuint (sf_test_n_items (sf_project_get_partners (project)), ==, 5);

  /* What was tried in the example is gone next time. */
  g_assert_true (sf_project_remove_partner (project,
                                            sf_record_get_id (sf_test_item (sf_project_get_partners (
                                                                      project), 0)), NULL));
  g_clear_object (&project);
  again = sf_library_write_example (library, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (again, ==, path);
  project = sf_project_open (again, SF_DB_OPEN_DEFAULT, &error);
  g_assert_cmpuint (sf_test_n_items (sf_project_get_partners (project)), ==, 5);

  /* The example is not listed among the user's projects. */
  sf_library_refresh (library);
  g_assert_cmpuint (sf_test_n_items (sf_library_get_projects (library)), ==, 0);
}

/* Removed, the project leaves the list but is kept aside with its write-ahead log, so that
 * Undo brings it back whole; then it goes to the trash, as one file. Nothing is deleted. */
static void
test_library_remove (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *library_dir = g_build_filename (f->dir, "library", NULL);
  g_autoptr(SfLibrary) library = sf_library_new (library_dir);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = sf_library_new_path (library, &error);
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *backup = g_strconcat (path, ".v2.bak", NULL);
  g_autofree char *trashed = g_build_filename (g_get_user_data_dir (), "Trash", "files", name,
                                               NULL);
  g_autofree char *id = NULL;
  g_autofree char *other_wal = g_strconcat (f->path, "-wal", NULL);
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autoptr(SfProject) again = NULL;
  g_autoptr(SfLibraryEntry) entry = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  /* A project whose last change is still in its write-ahead log, as after a crash: a copy of
   * its files taken while it is open. */
  id = g_strdup (sf_project_get_id (project));
  g_assert_cmpint (sqlite3_exec (sf_db_get_handle (sf_project_get_db (project)),
                                 "PRAGMA journal_mode = WAL", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_true (sf_project_set_field (project, SF_PROJECT_FIELD_NAME, "Zuid, hernoemd", NULL));
  g_assert_true (g_file_get_contents (f->path, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, (gssize) length, NULL));
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (other_wal, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (wal, contents, (gssize) length, NULL));
  g_clear_object (&project);
  g_assert_true (g_file_set_contents (backup, "an older copy", -1, NULL));
  sf_library_refresh (library);
  g_assert_cmpuint (sf_test_n_items (sf_library_get_projects (library)), ==, 1);

  g_assert_true (sf_library_remove (library, path, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sf_test_n_items (sf_library_get_projects (library)), ==, 0);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));

  /* Undo: back in the list, its last change with it. */
  g_assert_true (sf_library_restore (library, path, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sf_test_n_items (sf_library_get_projects (library)), ==, 1);
  entry = g_list_model_get_item (sf_library_get_projects (library), 0);
  g_assert_cmpstr (sf_library_entry_get_name (entry), ==, "Zuid, hernoemd");
  g_assert_true (g_file_test (backup, G_FILE_TEST_EXISTS));

  /* Removed for good: to the trash, whole, its backup with it. */
  g_assert_true (sf_library_remove (library, path, &error));
  g_assert_true (sf_library_trash (library, path, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sf_test_n_items (sf_library_get_projects (library)), ==, 0);
  g_assert_true (g_file_test (trashed, G_FILE_TEST_IS_REGULAR));
  {
    g_autofree char *trashed_wal = g_strconcat (trashed, "-wal", NULL);
    g_autofree char *trashed_backup = g_strconcat (trashed, ".v2.bak", NULL);

    g_assert_false (g_file_test (trashed_wal, G_FILE_TEST_EXISTS));
    g_assert_true (g_file_test (trashed_backup, G_FILE_TEST_EXISTS));
  }
  again = sf_project_open (trashed, SF_DB_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sf_project_get_id (again), ==, id);
  g_assert_cmpstr (sf_project_get_name (again), ==, "Zuid, hernoemd");

  /* Nothing is left aside, and nothing to restore. */
  g_assert_true (sf_library_trash (library, NULL, &error));
  g_assert_false (sf_library_restore (library, path, &error));
  g_assert_nonnull (error);
}

/* A project removed when the app ended before its trashing goes to the trash next time. */
static void
test_library_trash_left_aside (Fixture       *f,
                               gconstpointer  data)
{
  g_autofree char *library_dir = g_build_filename (f->dir, "library", NULL);
  g_autoptr(SfLibrary) library = sf_library_new (library_dir);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = sf_library_new_path (library, &error);
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *aside = g_build_filename (library_dir, ".removed", name, NULL);
  g_autofree char *trashed = g_build_filename (g_get_user_data_dir (), "Trash", "files", name,
                                               NULL);

  g_object_unref (sf_test_create_project (path));
  g_assert_true (sf_library_remove (library, path, &error));
  g_assert_true (g_file_test (aside, G_FILE_TEST_IS_REGULAR));
  g_assert_true (sf_library_trash (library, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (aside, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (trashed, G_FILE_TEST_IS_REGULAR));
}

/* ---- reading on a worker ---------------------------------------------------------------- */

#define N_LISTED 20

/* A library of N_LISTED projects, changed on different days in another order than the
 * folder's; beside them the example (not listed) and a file that is no project, listed last
 * (it changed before them all) with what is wrong with it. */
static SfLibrary *
fill_library (Fixture *f)
{
  g_autofree char *dir = g_build_filename (f->dir, "library", NULL);
  g_autofree char *bad = g_build_filename (dir, "kapot.startfoto", NULL);
  SfLibrary *library = sf_library_new (dir);
  g_autofree char *example = NULL;

  for (int i = 0; i < N_LISTED; i++)
    {
      g_autofree char *path = sf_library_new_path (library, NULL);
      g_autofree char *sql = g_strdup_printf ("UPDATE project SET name = 'Project %d';"
                                              "UPDATE last_change SET "
                                              "modified = '2026-03-%02dT10:00:00Z'",
                                              i, (i * 7) % N_LISTED + 1);

      g_object_unref (sf_test_create_project (path));
      sf_test_exec_on_file (path, sql);
    }
  example = sf_library_write_example (library, NULL);
  g_assert_nonnull (example);
  g_assert_true (g_file_set_contents (bad, "SQLite format 3\0 geen project", 30, NULL));
  g_assert_cmpint (g_utime (bad, &(struct utimbuf) { 1767261600, 1767261600 }), ==, 0);
  return library;
}

static void
on_refreshed (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  guint *done = user_data;

  g_assert_true (sf_library_refresh_finish (SF_LIBRARY (source), result, NULL));
  (*done)++;
}

static void
wait_for (guint *done,
          guint  n)
{
  while (*done < n)
    g_main_context_iteration (NULL, TRUE);
}

/* How the list filled in: what each change added, and in which turn of the main loop. */
typedef struct
{
  GArray *added;
  GArray *turns;
  guint   turn;
} Filling;

static void
on_items_changed (GListModel *list,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Filling    *filling)
{
  g_array_append_val (filling->added, added);
  g_array_append_val (filling->turns, filling->turn);
  g_assert_cmpuint (removed, ==, 0);
}

/* At the rows' priority: it runs in every turn of the main loop that takes a row. */
static gboolean
count_turn (gpointer user_data)
{
  Filling *filling = user_data;

  filling->turn++;
  return G_SOURCE_CONTINUE;
}

static GStrv
listed_paths (SfLibrary *library)
{
  GListModel *list = sf_library_get_projects (library);
  g_autoptr(GStrvBuilder) paths = g_strv_builder_new ();

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    g_strv_builder_add (paths, sf_library_entry_get_path (sf_test_item (list, i)));
  return g_strv_builder_end (paths);
}

/* The list fills in one project at a time, one per turn of the main loop, newest first as
 * the synchronous reading has it; the file that is no project is listed too, with what is
 * wrong with it (and a warning in the log). */
static void
test_library_refresh_async (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(SfLibrary) library = fill_library (f);
  GListModel *list = sf_library_get_projects (library);
  g_autoptr(GArray) added = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) turns = g_array_new (FALSE, FALSE, sizeof (guint));
  Filling filling = { added, turns, 0 };
  g_auto(GStrv) read_async = NULL;
  g_auto(GStrv) read_here = NULL;
  guint done = 0;
  guint ticker;

  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed), &filling);
  ticker = g_idle_add (count_turn, &filling);
  g_test_expect_message ("Startfoto-Store", G_LOG_LEVEL_WARNING,
                         "*/kapot.startfoto in the project library cannot be read: *");
  sf_library_refresh_async (library, NULL, on_refreshed, &done);
  g_assert_false (sf_library_get_loaded (library));
  wait_for (&done, 1);
  g_test_assert_expected_messages ();
  g_source_remove (ticker);
  g_signal_handlers_disconnect_by_func (list, on_items_changed, &filling);

  g_assert_true (sf_library_get_loaded (library));
  g_assert_cmpuint (added->len, ==, N_LISTED + 1);
  for (guint i = 0; i < added->len; i++)
    {
      g_assert_cmpuint (g_array_index (added, guint, i), ==, 1);
      if (i > 0)
        g_assert_cmpuint (g_array_index (turns, guint, i), >,
                          g_array_index (turns, guint, i - 1));
    }
  for (guint i = 0; i < N_LISTED; i++)
    {
      g_autofree char *modified = g_strdup_printf ("2026-03-%02dT10:00:00Z", N_LISTED - i);

      g_assert_cmpstr (sf_library_entry_get_modified (sf_test_item (list, i)), ==, modified);
      g_assert_null (sf_library_entry_get_problem (sf_test_item (list, i)));
    }
  g_assert_cmpstr (sf_library_entry_get_name (sf_test_item (list, N_LISTED)), ==,
                   "kapot.startfoto");
  g_assert_nonnull (strstr (sf_library_entry_get_problem (sf_test_item (list, N_LISTED)),
                            "not a Startfoto project"));

  read_async = listed_paths (library);
  g_test_expect_message ("Startfoto-Store", G_LOG_LEVEL_WARNING, "*kapot.startfoto in the project library cannot be read*");
  sf_library_refresh (library);
  g_test_assert_expected_messages ();
  read_here = listed_paths (library);
  g_assert_true (g_strv_equal ((const char * const *) read_async,
                               (const char * const *) read_here));
}

/* Asked three times in a row, the folder is read twice: once, and once more for the asks
 * that came while it was read (the warning counts the readings). Everyone is answered. */
static void
test_library_refresh_coalesced (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(SfLibrary) library = fill_library (f);
  guint done = 0;

  g_test_expect_message ("Startfoto-Store", G_LOG_LEVEL_WARNING, "*kapot.startfoto in the project library cannot be read*");
  g_test_expect_message ("Startfoto-Store", G_LOG_LEVEL_WARNING, "*kapot.startfoto in the project library cannot be read*");
  for (int i = 0; i < 3; i++)
    sf_library_refresh_async (library, NULL, on_refreshed, &done);
  wait_for (&done, 3);
  g_test_assert_expected_messages ();
  g_assert_cmpuint (sf_test_n_items (sf_library_get_projects (library)), ==, N_LISTED + 1);
}

/* A project renamed or removed here while the worker reads: the list shows what was done,
 * never what the worker may have read before. */
static void
test_library_update_while_reading (Fixture       *f,
                                   gconstpointer  data)
{
  g_autoptr(SfLibrary) library = fill_library (f);
  GListModel *list = sf_library_get_projects (library);
  g_autofree char *renamed = NULL;
  g_autofree char *removed = NULL;
  g_autoptr(SfProject) project = NULL;
  guint done = 0;

  g_test_expect_message ("Startfoto-Store", G_LOG_LEVEL_WARNING, "*kapot.startfoto in the project library cannot be read*");
  sf_library_refresh (library);
  g_test_assert_expected_messages ();
  renamed = g_strdup (sf_library_entry_get_path (sf_test_item (list, 0)));
  removed = g_strdup (sf_library_entry_get_path (sf_test_item (list, N_LISTED - 1)));

  g_test_expect_message ("Startfoto-Store", G_LOG_LEVEL_WARNING, "*kapot.startfoto in the project library cannot be read*");
  sf_library_refresh_async (library, NULL, on_refreshed, &done);
  project = sf_project_open (renamed, SF_DB_OPEN_DEFAULT, NULL);
  g_assert_true (sf_project_set_field (project, SF_PROJECT_FIELD_NAME, "Hernoemd", NULL));
  sf_library_update (library, renamed);
  g_assert_cmpstr (sf_library_entry_get_name (sf_library_get_entry (library, renamed)), ==,
                   "Hernoemd");
  g_assert_true (sf_library_remove (library, removed, NULL));
  g_assert_null (sf_library_get_entry (library, removed));
  wait_for (&done, 1);
  g_test_assert_expected_messages ();

  g_assert_cmpstr (sf_library_entry_get_name (sf_library_get_entry (library, renamed)), ==,
                   "Hernoemd");
  g_assert_null (sf_library_get_entry (library, removed));
  g_assert_cmpuint (sf_test_n_items (list), ==, N_LISTED);
}

static void
on_example_written (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  char **path = user_data;
  g_autoptr(GError) error = NULL;

  *path = sf_library_write_example_finish (SF_LIBRARY (source), result, &error);
  g_assert_no_error (error);
}

/* The example written on a worker, the first time with its template. */
static void
test_library_example_async (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *library_dir = g_build_filename (f->dir, "library", NULL);
  g_autoptr(SfLibrary) library = sf_library_new (library_dir);
  g_autofree char *path = NULL;
  g_autoptr(SfProject) project = NULL;
  g_autoptr(GError) error = NULL;

  sf_library_write_example_async (library, NULL, on_example_written, &path);
  while (path == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (g_str_has_prefix (path, library_dir));
  project = sf_project_open (path, SF_DB_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (sf_project_get_is_example (project));
  g_assert_cmpuint (sf_test_n_items (sf_project_get_partners (project)), ==, 5);
}

/* Killed at any moment while it makes new projects, the library holds only projects that
 * open, and hidden leftovers that clearing removes: a kill during the migrations used to
 * leave a file under the project's name that could never be opened. */
static void
test_library_kill_during_create (Fixture       *f,
                                 gconstpointer  data)
{
  g_autofree char *library_dir = g_build_filename (f->dir, "library", NULL);
  g_autoptr(SfLibrary) library = sf_library_new (library_dir);
  g_autoptr(GRand) rand = g_rand_new_with_seed (12);
  SfProjectFields fields = { "Nieuw", "Leiden", "", NULL };
  g_autoptr(GDir) dir = NULL;
  const char *name;
  guint projects = 0;
  gint64 start, made_in;

  g_assert_true (g_mkdir_with_parents (library_dir, 0700) == 0);
  /* The kills fall anywhere from the start to well after one project is made (however slow
   * the disk is today), so that some children finish one and are killed in the next. */
  start = g_get_monotonic_time ();
  g_object_unref (sf_test_create_project (f->path));
  made_in = MAX (g_get_monotonic_time () - start, 2000);
  for (int round = 0; round < 25; round++)
    {
      pid_t pid = fork ();

      g_assert_cmpint (pid, >=, 0);
      if (pid == 0)
        for (;;)
          {
            g_autofree char *path = sf_library_new_path (library, NULL);
            SfProject *project = sf_project_create (path, &fields, NULL);

            g_clear_object (&project);
          }
      g_usleep (g_rand_int_range (rand, 1000, (gint32) (3 * made_in)));
      kill (pid, SIGKILL);
      waitpid (pid, NULL, 0);
    }

  dir = g_dir_open (library_dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".startfoto"))
      {
        g_autofree char *path = g_build_filename (library_dir, name, NULL);
        g_autoptr(GError) error = NULL;
        g_autoptr(SfProject) project = sf_project_open (path, SF_DB_OPEN_CHECK, &error);

        g_assert_no_error (error);
        g_assert_cmpstr (sf_project_get_name (project), ==, "Nieuw");
        projects++;
      }
  g_assert_cmpuint (projects, >, 0);
  sf_library_clear_leftovers (library, 0);
  g_dir_rewind (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_assert_false (g_str_has_prefix (name, SF_DB_TEMP_PREFIX));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  /* The example's pristine copy is cached; keep it out of the user's cache. */
  g_setenv ("XDG_CACHE_HOME", g_dir_make_tmp ("startfoto-cache-XXXXXX", NULL), TRUE);
  /* And removed projects out of the user's trash: a home of its own, beside the test's
   * folders, so that GLib picks the trash in its data folder. */
  g_setenv ("HOME", g_dir_make_tmp ("startfoto-home-XXXXXX", NULL), TRUE);
  g_setenv ("XDG_DATA_HOME", g_getenv ("HOME"), TRUE);

  SF_TEST_DIR_ADD ("/store/library/import-export", test_library_import_export);
  SF_TEST_DIR_ADD ("/store/library/import-bad", test_library_import_bad);
  SF_TEST_DIR_ADD ("/store/library/example", test_library_example);
  SF_TEST_DIR_ADD ("/store/library/kill-during-create", test_library_kill_during_create);
  SF_TEST_DIR_ADD ("/store/library/remove", test_library_remove);
  SF_TEST_DIR_ADD ("/store/library/trash-left-aside", test_library_trash_left_aside);
  SF_TEST_DIR_ADD ("/store/library/refresh-async", test_library_refresh_async);
  SF_TEST_DIR_ADD ("/store/library/refresh-coalesced", test_library_refresh_coalesced);
  SF_TEST_DIR_ADD ("/store/library/update-while-reading", test_library_update_while_reading);
  SF_TEST_DIR_ADD ("/store/library/example-async", test_library_example_async);

  status = g_test_run ();
  sf_test_remove_tree (g_getenv ("HOME"));
  return status;
}
