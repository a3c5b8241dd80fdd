/* test-store-wal.c: a project open for editing keeps a write-ahead log; at rest, and as a copy,
 * it is one file again, and looking at it never writes beside it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include <glib-unix.h>
#include <glib/gstdio.h>

#include "sf-copy.h"
#include "sf-db.h"
#include "sf-library.h"
#include "sf-project-parts.h"
#include "sf-project-private.h"
#include "sf-project.h"
#include "sf-store-error.h"
#include "sf-test-store.h"

typedef SfTestDir Fixture;

static gboolean
side_file_exists (const char *path,
                  const char *suffix)
{
  g_autofree char *side = g_strconcat (path, suffix, NULL);

  return g_file_test (side, G_FILE_TEST_EXISTS);
}

static void
assert_one_file (const char *path)
{
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_false (side_file_exists (path, "-wal"));
  g_assert_false (side_file_exists (path, "-shm"));
  g_assert_false (side_file_exists (path, "-journal"));
}

/* Bytes 18 and 19 of an SQLite header: 1 in rollback-journal mode, 2 in write-ahead-log mode. */
static int
header_mode (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >=, 100);
  g_assert_cmpint (contents[18], ==, contents[19]);
  return contents[18];
}

static void
count_change (guint *changes)
{
  (*changes)++;
}

static char *
journal_mode (SfProject *project)
{
  return sf_test_dump_rows (project, "PRAGMA journal_mode", FALSE);
}

/* Edits are committed to the log while the project is open; closing folds them in. */
static void
test_open_then_at_rest (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autofree char *mode = journal_mode (project);
  g_autofree char *flat = NULL;

  /* Open: its log is there from the start, so that no look takes it for a file at rest. */
  g_assert_true (side_file_exists (f->path, "-wal"));
  g_assert_cmpstr (mode, ==, "wal|\n");
  flat = sf_test_add_flat (project, "De Zilverreiger");

  g_clear_object (&project);
  assert_one_file (f->path);
  g_assert_cmpint (header_mode (f->path), ==, 1);
  project = sf_project_open (f->path, SF_DB_OPEN_CHECK, NULL);
  g_assert_cmpuint (sf_test_n_items (sf_project_get_flats (project)), ==, 1);
}

/* Two windows (or the command line while the window is open): each sees the other's edits,
 * and the one closed first leaves the other's log alone. */
static void
test_two_connections (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(SfProject) a = sf_test_create_project (f->path);
  g_autoptr(SfProject) b = sf_project_open (f->path, SF_DB_OPEN_DEFAULT, NULL);
  g_autofree char *flat = sf_test_add_flat (a, "De Zilverreiger");
  g_autofree char *other = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (b);
  g_clear_object (&a);
  g_assert_true (side_file_exists (f->path, "-wal"));
  other = sf_test_add_flat (b, "Het Baken");
  g_assert_true (sf_project_catch_up (b, &error));
  g_assert_cmpuint (sf_test_n_items (sf_project_get_flats (b)), ==, 2);
  g_clear_object (&b);
  assert_one_file (f->path);
  b = sf_project_open (f->path, SF_DB_OPEN_READ_ONLY | SF_DB_OPEN_CHECK, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sf_test_n_items (sf_project_get_flats (b)), ==, 2);
}

/* What leaves the library is a copy, one file with nothing to fold in, also while the
 * project is open and being edited. */
static void
test_copies_are_one_file (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autofree char *library_dir = g_build_filename (f->dir, "bibliotheek", NULL);
  g_autoptr(SfLibrary) library = sf_library_new (library_dir);
  g_autofree char *copy = g_build_filename (f->dir, "kopie.startfoto", NULL);
  g_autofree char *shared = g_build_filename (f->dir, "voor-een-collega.startfoto", NULL);
  g_autofree char *flat = sf_test_add_flat (project, "De Zilverreiger");
  g_autofree char *imported_path = NULL;
  g_autoptr(SfProject) imported = NULL;
  g_autoptr(SfProject) opened = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (sf_db_copy_to_file (sf_project_get_db (project), copy, &error));
  g_assert_no_error (error);
  assert_one_file (copy);
  g_assert_cmpint (header_mode (copy), ==, 1);
  g_assert_true (sf_project_export_copy (project, shared, FALSE, &error));
  g_assert_no_error (error);
  assert_one_file (shared);
  g_assert_cmpint (header_mode (shared), ==, 1);

  g_assert_cmpint (g_mkdir_with_parents (library_dir, 0700), ==, 0);
  imported_path = sf_library_import (library, f->path, &error);
  g_assert_no_error (error);
  assert_one_file (imported_path);
  imported = sf_project_open (imported_path, SF_DB_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sf_test_n_items (sf_project_get_flats (imported)), ==, 1);
  opened = sf_project_open (copy, SF_DB_OPEN_READ_ONLY | SF_DB_OPEN_CHECK, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sf_test_n_items (sf_project_get_flats (opened)), ==, 1);
}

/* A file someone else's SQLite left in write-ahead-log mode, with or without its log: read as
 * it is, and nothing written beside it or into it. */
static void
test_look_writes_nothing (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *theirs = g_build_filename (f->dir, "van-elders.startfoto", NULL);
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  g_autofree char *theirs_wal = g_strconcat (theirs, "-wal", NULL);
  g_autofree char *before = NULL, *before_wal = NULL;
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autoptr(SfProject) looked = NULL;
  g_autoptr(SfLibraryEntry) entry = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (sf_project_set_field (project, SF_PROJECT_FIELD_NAME, "Eerst", NULL));
  g_assert_cmpint (sqlite3_exec (sf_db_get_handle (sf_project_get_db (project)),
                                 "PRAGMA wal_checkpoint (TRUNCATE)", NULL, NULL, NULL), ==,
                   SQLITE_OK);
  sf_test_copy_file (f->path, theirs);
  g_assert_cmpint (header_mode (theirs), ==, 2);
  before = sf_test_file_digest (theirs);

  looked = sf_project_open (theirs, SF_DB_OPEN_READ_ONLY | SF_DB_OPEN_CHECK, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sf_project_get_name (looked), ==, "Eerst");
  g_clear_object (&looked);
  assert_one_file (theirs);
  g_assert_cmpstr (sf_test_file_digest (theirs), ==, before);

  /* Now with a log holding a later change, as a crash leaves it. */
  g_assert_true (sf_project_set_field (project, SF_PROJECT_FIELD_NAME, "Later", NULL));
  sf_test_copy_file (wal, theirs_wal);
  before_wal = sf_test_file_digest (theirs_wal);
  entry = sf_library_entry_read (theirs, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sf_library_entry_get_name (entry), ==, "Later");
  g_assert_cmpstr (sf_test_file_digest (theirs), ==, before);
  g_assert_cmpstr (sf_test_file_digest (theirs_wal), ==, before_wal);
  g_assert_false (side_file_exists (theirs, "-shm"));
}

/* The same crash in the library: the welcome list settles the file and lists it with the
 * change, and leaves it one file. */
static void
test_hot_log_in_library (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *ours = g_build_filename (f->dir, "ons.startfoto", NULL);
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  g_autofree char *ours_wal = g_strconcat (ours, "-wal", NULL);
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autoptr(SfLibraryEntry) entry = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (sf_project_set_field (project, SF_PROJECT_FIELD_NAME, "Later", NULL));
  sf_test_copy_file (f->path, ours);
  sf_test_copy_file (wal, ours_wal);

  entry = sf_library_entry_read (ours, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sf_library_entry_get_name (entry), ==, "Later");
  assert_one_file (ours);
  g_assert_cmpint (header_mode (ours), ==, 1);
}

/* An action writes what it changed and the time of the last change, not the project's row:
 * with a name of 2 MB (one of 400 MB made every edit take seconds) the log grows by a few
 * pages per edit, not by the name. */
static void
test_edit_leaves_project_row (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(SfProject) project = NULL;
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  g_autofree char *flat = NULL;
  GStatBuf st;

  g_object_unref (sf_test_create_project (f->path));
  sf_test_exec_on_file (f->path, "UPDATE project SET name = printf ('%.2000000c', 'x')");
  project = sf_project_open (f->path, SF_DB_OPEN_DEFAULT, NULL);
  g_assert_cmpint (sqlite3_exec (sf_db_get_handle (sf_project_get_db (project)),
                                 "PRAGMA wal_checkpoint (TRUNCATE)", NULL, NULL, NULL), ==,
                   SQLITE_OK);
  for (int i = 0; i < 3; i++)
    {
      g_free (flat);
      flat = sf_test_add_flat (project, "De Zilverreiger");
      g_usleep (G_USEC_PER_SEC / 2);
    }
  g_assert_cmpint (g_stat (wal, &st), ==, 0);
  g_assert_cmpint (st.st_size, <, 200 * 1024);
  g_assert_cmpuint (strlen (sf_project_get_name (project)), ==, 2000000);
}

/* A window edits while the command line copies the project (--export-copy, an import): each
 * copy is whole, passes the checks and holds every edit finished before it began. */
static void
test_copy_while_writing (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *dest = g_build_filename (f->dir, "kopie.startfoto", NULL);
  guint done = 0;
  int acks[2];
  pid_t pid;

  /* A connection must not cross a fork: the child opens its own. */
  g_object_unref (sf_test_create_project (f->path));
  g_assert_cmpint (pipe (acks), ==, 0);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      SfProject *project = sf_project_open (f->path, SF_DB_OPEN_DEFAULT, NULL);

      close (acks[0]);
      while (project != NULL)
        {
          g_autofree char *flat = sf_project_add_flat (project, &(SfFlatFields) { "Flat" },
                                                       NULL);

          if (flat == NULL || write (acks[1], "+", 1) != 1)
            _exit (1);
        }
      _exit (1);
    }
  close (acks[1]);

  for (guint copies = 0; copies < 20; copies++)
    {
      g_autoptr(SfProject) source = NULL, copy = NULL;
      g_autoptr(GError) error = NULL;
      char buffer[4096];
      ssize_t n;

      /* Every edit the child finished so far. */
      g_unix_set_fd_nonblocking (acks[0], TRUE, NULL);
      while ((n = read (acks[0], buffer, sizeof buffer)) > 0)
        done += (guint) n;
      source = sf_project_open (f->path, SF_DB_OPEN_READ_ONLY | SF_DB_OPEN_CHECK, &error);
      g_assert_no_error (error);
      g_assert_true (sf_project_export_copy (source, dest, TRUE, &error));
      g_assert_no_error (error);
      assert_one_file (dest);
      copy = sf_project_open (dest, SF_DB_OPEN_READ_ONLY | SF_DB_OPEN_CHECK, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (sf_test_n_items (sf_project_get_flats (copy)), >=, done);
      g_assert_true (g_unlink (dest) == 0);
    }
  kill (pid, SIGKILL);
  waitpid (pid, NULL, 0);
  close (acks[0]);
  /* The copies were made while edits went on. */
  g_assert_cmpuint (done, >, 0);
}

typedef struct
{
  const char *path;
  GMutex      lock;
  GCond       cond;
  gboolean    reading;
  gulong      hold_ms;
} Reader;

/* Another reader (the welcome list, another program) with a read open for a while. */
static gpointer
read_for_a_while (gpointer data)
{
  Reader *reader = data;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (reader->path, &db, SQLITE_OPEN_READONLY, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "BEGIN; SELECT count (*) FROM flat", NULL, NULL, NULL), ==,
                   SQLITE_OK);
  g_mutex_lock (&reader->lock);
  reader->reading = TRUE;
  g_cond_signal (&reader->cond);
  g_mutex_unlock (&reader->lock);
  g_usleep (reader->hold_ms * 1000);
  sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
  sqlite3_close (db);
  return NULL;
}

static GThread *
start_reader (Reader *reader)
{
  GThread *thread = g_thread_new ("reader", read_for_a_while, reader);

  g_mutex_lock (&reader->lock);
  while (!reader->reading)
    g_cond_wait (&reader->cond, &reader->lock);
  g_mutex_unlock (&reader->lock);
  return thread;
}

/* Closed while the welcome list reads it: the project waits for the read and is one file. */
static void
test_close_while_read (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autofree char *flat = sf_test_add_flat (project, "De Zilverreiger");
  Reader reader = { f->path, .hold_ms = 100 };
  GThread *thread = start_reader (&reader);

  g_clear_object (&project);
  g_thread_join (thread);
  assert_one_file (f->path);
  g_assert_cmpint (header_mode (f->path), ==, 1);
}

/* Opened for editing while another program reads it for longer than the wait: it opens, and
 * edits with the rollback journal, as safely. */
static void
test_open_while_read (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(SfProject) project = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *mode = NULL;
  g_autofree char *flat = NULL;
  Reader reader = { f->path, .hold_ms = 1500 };
  GThread *thread;

  g_object_unref (sf_test_create_project (f->path));
  thread = start_reader (&reader);
  project = sf_project_open (f->path, SF_DB_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  mode = journal_mode (project);
  g_assert_cmpstr (mode, ==, "delete|\n");
  g_thread_join (thread);
  flat = sf_test_add_flat (project, "De Zilverreiger");
  g_assert_nonnull (flat);
}

/* A crash while the project was open leaves its log and the log's index: the welcome list
 * folds them in and leaves one file with every change. */
static void
test_crash_while_open (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(SfLibraryEntry) entry = NULL;
  g_autoptr(GError) error = NULL;
  int ready[2];
  char byte;
  pid_t pid;

  g_object_unref (sf_test_create_project (f->path));
  g_assert_cmpint (pipe (ready), ==, 0);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      SfProject *project = sf_project_open (f->path, SF_DB_OPEN_DEFAULT, NULL);

      if (project == NULL ||
          !sf_project_set_field (project, SF_PROJECT_FIELD_NAME, "Voor de crash", NULL) ||
          write (ready[1], "+", 1) != 1)
        _exit (1);
      pause ();
      _exit (1);
    }
  close (ready[1]);
  g_assert_cmpint (read (ready[0], &byte, 1), ==, 1);
  close (ready[0]);
  kill (pid, SIGKILL);
  waitpid (pid, NULL, 0);
  g_assert_true (side_file_exists (f->path, "-wal"));
  g_assert_true (side_file_exists (f->path, "-shm"));

  entry = sf_library_entry_read (f->path, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sf_library_entry_get_name (entry), ==, "Voor de crash");
  assert_one_file (f->path);
  g_assert_cmpint (header_mode (f->path), ==, 1);
}

/* Opening for editing is no change: the first look for other writers' changes finds none. */
static void
test_open_is_no_change (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(SfProject) project = NULL;
  guint changes = 0;

  g_object_unref (sf_test_create_project (f->path));
  project = sf_project_open (f->path, SF_DB_OPEN_DEFAULT, NULL);
  g_signal_connect_swapped (project, "changed", G_CALLBACK (count_change), &changes);
  g_assert_true (sf_project_catch_up (project, NULL));
  g_assert_cmpuint (changes, ==, 0);
}

/* A log left beside a name by an earlier project (its file removed by hand after a crash) is
 * not taken by a new project made under that name, nor by a copy put there. */
static void
test_stale_log (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *old_path = g_build_filename (f->dir, "oud.startfoto", NULL);
  g_autofree char *old_wal = g_strconcat (old_path, "-wal", NULL);
  g_autofree char *path_wal = g_strconcat (f->path, "-wal", NULL);
  g_autofree char *copy = g_build_filename (f->dir, "kopie.startfoto", NULL);
  g_autofree char *copy_wal = g_strconcat (copy, "-wal", NULL);
  SfProjectFields fields = { "Nieuw project", "Leiden", "", NULL };
  g_autoptr(SfProject) old = sf_test_create_project (old_path);
  g_autoptr(SfProject) project = NULL;
  g_autoptr(SfProject) copied = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (sf_project_set_field (old, SF_PROJECT_FIELD_NAME, "Oud project", NULL));
  sf_test_copy_file (old_wal, path_wal);
  sf_test_copy_file (old_wal, copy_wal);

  project = sf_project_create (f->path, &fields, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sf_project_get_name (project), ==, "Nieuw project");
  g_assert_true (sf_db_copy_to_file (sf_project_get_db (project), copy, &error));
  g_assert_no_error (error);
  copied = sf_project_open (copy, SF_DB_OPEN_READ_ONLY | SF_DB_OPEN_CHECK, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sf_project_get_name (copied), ==, "Nieuw project");
}

/* An image whose header happens to hold a 2 where SQLite says "write-ahead log" is no
 * project, and is said to be none (not a project left in the middle of a change). */
static void
test_not_sqlite_with_a_two (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  char bytes[128] = "\x89PNG\r\n\x1a\n";

  bytes[18] = 2;
  bytes[19] = 2;
  g_assert_true (g_file_set_contents (f->path, bytes, sizeof bytes, NULL));
  g_assert_null (sf_project_open (f->path, SF_DB_OPEN_READ_ONLY | SF_DB_OPEN_CHECK, &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_NOT_SQLITE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  SF_TEST_DIR_ADD ("/store/wal/open-then-at-rest", test_open_then_at_rest);
  SF_TEST_DIR_ADD ("/store/wal/two-connections", test_two_connections);
  SF_TEST_DIR_ADD ("/store/wal/copies-are-one-file", test_copies_are_one_file);
  SF_TEST_DIR_ADD ("/store/wal/look-writes-nothing", test_look_writes_nothing);
  SF_TEST_DIR_ADD ("/store/wal/hot-log-in-library", test_hot_log_in_library);
  SF_TEST_DIR_ADD ("/store/wal/edit-leaves-project-row", test_edit_leaves_project_row);
  SF_TEST_DIR_ADD ("/store/wal/copy-while-writing", test_copy_while_writing);
  SF_TEST_DIR_ADD ("/store/wal/close-while-read", test_close_while_read);
  SF_TEST_DIR_ADD ("/store/wal/open-while-read", test_open_while_read);
  SF_TEST_DIR_ADD ("/store/wal/crash-while-open", test_crash_while_open);
  SF_TEST_DIR_ADD ("/store/wal/open-is-no-change", test_open_is_no_change);
  SF_TEST_DIR_ADD ("/store/wal/not-sqlite-with-a-two", test_not_sqlite_with_a_two);
  SF_TEST_DIR_ADD ("/store/wal/stale-log", test_stale_log);

  return g_test_run ();
}
