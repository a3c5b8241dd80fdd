/* test-store-files.c: project files that cannot be used (not ours, damaged, too new, locked,
 * read-only, a full disk), and older files migrated
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sys/stat.h>
#include <glib/gstdio.h>

#include "sf-copy.h"
#include "sf-db.h"
#include "sf-library.h"
#include "sf-method.h"
#include "sf-project-board.h"
#include "sf-project-mbc.h"
#include "sf-project-preconditions.h"
#include "sf-project-private.h"
#include "sf-project.h"
#include "sf-store-error.h"
#include "sf-test-store.h"

typedef SfTestDir Fixture;

/* ---- bad files -------------------------------------------------------------------------- */

static void
assert_refused (const char *path,
                int         code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SfProject) project = NULL;
  g_autofree char *before = sf_test_file_digest (path);
  g_autofree char *after = NULL;

  project = sf_project_open (path, SF_DB_OPEN_CHECK, &error);
  g_assert_null (project);
  g_assert_error (error, SF_STORE_ERROR, code);
  g_assert_cmpuint (strlen (error->message), >, 10);
  after = sf_test_file_digest (path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_refuse_not_sqlite (Fixture       *f,
                        gconstpointer  data)
{
  g_assert_true (g_file_set_contents (f->path, "Dit is een Word-document, geen project.\n"
                                      "Lorem ipsum dolor sit amet, consectetur adipiscing elit, "
                                      "sed do eiusmod tempor incididunt ut labore.", -1, NULL));
  assert_refused (f->path, SF_STORE_ERROR_NOT_SQLITE);
}

static void
test_refuse_other_sqlite (Fixture       *f,
                          gconstpointer  data)
{
  sf_test_exec_on_file (f->path, "CREATE TABLE places (id INTEGER PRIMARY KEY, url TEXT);"
                                 "INSERT INTO places (url) VALUES ('https://example.org')");
  assert_refused (f->path, SF_STORE_ERROR_NOT_PROJECT);
}

static void
test_refuse_empty (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_true (g_file_set_contents (f->path, "", 0, NULL));
  assert_refused (f->path, SF_STORE_ERROR_NOT_PROJECT);
}

/* Our identity, but not the tables a project has (a table of another shape): refused as
 * foreign, never a crash. */
static void
test_refuse_missing_tables (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = %d;"
                                          "CREATE TABLE project (id TEXT PRIMARY KEY);",
                                          SF_DB_APPLICATION_ID, sf_db_current_version ());
  g_autofree char *library_dir = g_build_filename (f->dir, "library", NULL);
  g_autoptr(SfLibrary) library = sf_library_new (library_dir);
  g_autoptr(GError) error = NULL;
  g_autofree char *imported = NULL;

  sf_test_exec_on_file (f->path, sql);
  assert_refused (f->path, SF_STORE_ERROR_FOREIGN);

  /* Nor does it get into the library to fail there. */
  imported = sf_library_import (library, f->path, &error);
  g_assert_null (imported);
  g_assert_nonnull (error);
  sf_library_refresh (library);
  g_assert_cmpuint (sf_test_n_items (sf_library_get_projects (library)), ==, 0);
}

/* A trigger of the file's own would run on the next edit (every edit touches the project
 * row): one that clears the confidential marks would let confidential text into the report.
 * Such a file is refused by every open, before anything can fire, and kept out of the library. */
static void
test_refuse_trigger (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *library_dir = g_build_filename (f->dir, "library", NULL);
  g_autoptr(SfLibrary) library = sf_library_new (library_dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(SfProject) project = NULL;
  g_autofree char *imported = NULL;

  g_object_unref (sf_test_create_project (f->path));
  sf_test_exec_on_file (f->path, "CREATE TRIGGER leak AFTER UPDATE ON project BEGIN "
                                 "UPDATE statement SET confidential = 0; END");
  assert_refused (f->path, SF_STORE_ERROR_FOREIGN);
  project = sf_project_open (f->path, SF_DB_OPEN_DEFAULT, &error);
  g_assert_null (project);
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_FOREIGN);
  g_clear_error (&error);
  g_assert_null (sf_project_open (f->path, SF_DB_OPEN_READ_ONLY, &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_FOREIGN);
  g_clear_error (&error);

  imported = sf_library_import (library, f->path, &error);
  g_assert_null (imported);
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_FOREIGN);
  sf_library_refresh (library);
  g_assert_cmpuint (sf_test_n_items (sf_library_get_projects (library)), ==, 0);
}

/* A table redefined so that its id may be NULL, with such a row: refused, never a crash (the
 * lists index their rows by id). */
static void
test_refuse_nullable_id (Fixture       *f,
                         gconstpointer  data)
{
  g_object_unref (sf_test_create_project (f->path));
  sf_test_exec_on_file (f->path, "PRAGMA writable_schema = ON;"
                                 "UPDATE sqlite_schema SET sql = replace (sql, "
                                 "  'id TEXT PRIMARY KEY NOT NULL', 'id TEXT PRIMARY KEY') "
                                 "WHERE name = 'flat'");
  sf_test_exec_on_file (f->path, "INSERT INTO flat (id, position, name) VALUES (NULL, 0, 'x')");
  assert_refused (f->path, SF_STORE_ERROR_FOREIGN);
}

/* Values the schema's CHECK constraints forbid, written past them: such a file is kept out of
 * the library (an edit of such a row could never be undone there), and left as it was. */
static void
test_refuse_import_broken_check (Fixture       *f,
                                 gconstpointer  data)
{
  g_autofree char *library_dir = g_build_filename (f->dir, "library", NULL);
  g_autoptr(SfLibrary) library = sf_library_new (library_dir);
  g_autoptr(GError) error = NULL;
  g_autofree char *imported = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GDir) dir = NULL;

  g_object_unref (sf_test_create_project (f->path));
  sf_test_exec_on_file (f->path, "PRAGMA ignore_check_constraints = ON;"
                                 "UPDATE step SET status = 4, by_hand = 1 WHERE number = 1");
  before = sf_test_file_digest (f->path);
  imported = sf_library_import (library, f->path, &error);
  g_assert_null (imported);
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_DAMAGED);
  after = sf_test_file_digest (f->path);
  g_assert_cmpstr (before, ==, after);
  sf_library_refresh (library);
  g_assert_cmpuint (sf_test_n_items (sf_library_get_projects (library)), ==, 0);
  /* Not even a file of it is left there. */
  dir = g_dir_open (library_dir, 0, NULL);
  g_assert_true (dir == NULL || g_dir_read_name (dir) == NULL);
}

/* A file from elsewhere with a name of 20 MB is refused at once with a message (one of 400 MB
 * made every edit take seconds), and left as it was. */
static void
test_refuse_huge_cell (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_object_unref (sf_test_create_project (f->path));
  sf_test_exec_on_file (f->path, "UPDATE project SET name = printf ('%.20000000c', 'x')");
  assert_refused (f->path, SF_STORE_ERROR_INVALID);
  g_assert_null (sf_project_open (f->path, SF_DB_OPEN_READ_ONLY, &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "16 MB"));
}

/* @path and its journal copied to @crashed in the middle of a change, as a crash would leave
 * them: the file half-written (a small cache spills pages early), the journal holding what
 * it was. */
static void
crash_mid_edit (const char *path,
                const char *crashed)
{
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);
  g_autofree char *crashed_journal = g_strconcat (crashed, "-journal", NULL);
  g_autofree char *contents = NULL;
  sqlite3 *db = NULL;
  gsize length;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA cache_size = 1; BEGIN IMMEDIATE;"
                                     "UPDATE project SET name = printf ('%.5000c', 'x');"
                                     "UPDATE question SET text = printf ('%.3000c', 'y');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (crashed, contents, (gssize) length, NULL));
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (journal, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 0);
  g_assert_true (g_file_set_contents (crashed_journal, contents, (gssize) length, NULL));
  sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (db);
}

/* A crash mid-edit leaves a journal that a read-only look cannot roll back. A library file is
 * repaired in place and listed as it was before the change; a file from elsewhere is read as
 * it was from a private copy, and left exactly as it is. */
static void
test_crash_journal (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *ours = g_build_filename (f->dir, "ons.startfoto", NULL);
  g_autofree char *ours_journal = g_strconcat (ours, "-journal", NULL);
  g_autofree char *theirs = g_build_filename (f->dir, "van-elders.startfoto", NULL);
  g_autofree char *theirs_journal = g_strconcat (theirs, "-journal", NULL);
  g_autofree char *before = NULL, *before_journal = NULL;
  g_autoptr(SfLibraryEntry) entry = NULL;
  g_autoptr(SfProject) project = NULL;
  g_autoptr(GError) error = NULL;

  g_object_unref (sf_test_create_project (f->path));
  crash_mid_edit (f->path, ours);
  crash_mid_edit (f->path, theirs);

  entry = sf_library_entry_read (ours, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sf_library_entry_get_name (entry), ==, "Welthuisflat Zuid");
  g_assert_false (g_file_test (ours_journal, G_FILE_TEST_EXISTS));
  project = sf_project_open (ours, SF_DB_OPEN_CHECK, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sf_project_get_name (project), ==, "Welthuisflat Zuid");
  g_clear_object (&project);

  before = sf_test_file_digest (theirs);
  before_journal = sf_test_file_digest (theirs_journal);
  project = sf_project_open (theirs, SF_DB_OPEN_READ_ONLY | SF_DB_OPEN_CHECK, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sf_project_get_name (project), ==, "Welthuisflat Zuid");
  g_clear_object (&project);
  g_assert_cmpstr (sf_test_file_digest (theirs), ==, before);
  g_assert_cmpstr (sf_test_file_digest (theirs_journal), ==, before_journal);
}

/* A public setter given no id says the item does not exist (moving a question crashed). */
static void
test_null_ids (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autoptr(GError) error = NULL;

  g_assert_false (sf_project_move_question (project, NULL, 0, &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (sf_project_reword_question (project, NULL, "Wie?", &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (sf_project_set_question_hidden (project, NULL, TRUE, &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (sf_project_remove_question (project, NULL, &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_NOT_FOUND);
  g_assert_false (sf_project_can_undo (project));
}

/* SQLite keeps whatever bytes a file holds as text: what the store hands on of a file from
 * elsewhere is valid UTF-8 all the same (GTK, Pango and --info's JSON refuse anything else). */
static void
test_broken_utf8 (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autoptr(SfLibraryEntry) entry = NULL;
  g_autoptr(SfFlat) flat = NULL;
  g_autoptr(GError) error = NULL;

  g_free (sf_test_add_flat (project, "De Zilverreiger"));
  g_clear_object (&project);
  sf_test_exec_on_file (f->path, "UPDATE project SET name = CAST (x'4ec3' AS TEXT), "
                                 "municipality = CAST (x'ff4c' AS TEXT);"
                                 "UPDATE flat SET name = CAST (x'5a696c76c3' AS TEXT)");
  project = sf_project_open (f->path, SF_DB_OPEN_READ_ONLY | SF_DB_OPEN_CHECK, &error);
  g_assert_no_error (error);
  g_assert_true (g_utf8_validate (sf_project_get_name (project), -1, NULL));
  g_assert_true (g_str_has_prefix (sf_project_get_name (project), "N"));
  g_assert_true (g_utf8_validate (sf_project_get_municipality (project), -1, NULL));
  flat = g_list_model_get_item (sf_project_get_flats (project), 0);
  g_assert_true (g_utf8_validate (sf_flat_get_name (flat), -1, NULL));
  g_assert_true (g_str_has_prefix (sf_flat_get_name (flat), "Zilv"));
  entry = sf_library_entry_read (f->path, TRUE, &error);
  g_assert_no_error (error);
  g_assert_true (g_utf8_validate (sf_library_entry_get_name (entry), -1, NULL));
  g_assert_true (g_utf8_validate (sf_library_entry_get_municipality (entry), -1, NULL));
}

static void
test_refuse_too_new (Fixture       *f,
                     gconstpointer  data)
{
  g_object_unref (sf_test_create_project (f->path));
  sf_test_exec_on_file (f->path, "PRAGMA user_version = 999");
  assert_refused (f->path, SF_STORE_ERROR_TOO_NEW);
}

static void
test_refuse_truncated (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autoptr(GString) notes = g_string_new (NULL);
  g_autofree char *contents = NULL;
  gsize length;

  /* Enough pages that cutting the file in half loses some of them. */
  for (int i = 0; i < 2000; i++)
    g_string_append (notes, "Aantekening over de flat. ");
  for (int i = 0; i < 20; i++)
    {
      SfPartnerFields partner = { "Partner", "care", "", "", notes->str };
      g_autofree char *id = sf_project_add_partner (project, &partner, NULL);
    }
  g_clear_object (&project);

  g_assert_true (g_file_get_contents (f->path, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (f->path, contents, length / 2, NULL));
  assert_refused (f->path, SF_STORE_ERROR_DAMAGED);
}

static void
test_refuse_corrupted (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_object_unref (sf_test_create_project (f->path));
  g_assert_true (g_file_get_contents (f->path, &contents, &length, NULL));
  /* Scribble over the second page (a table's b-tree), keep the header intact. */
  for (gsize i = 4096 + 8; i < MIN (length, 4096 * 3); i++)
    contents[i] = (char) (i * 7);
  g_assert_true (g_file_set_contents (f->path, contents, length, NULL));
  assert_refused (f->path, SF_STORE_ERROR_DAMAGED);
}

/* A file of the library that SQLite's check finds damaged (an index missing a row of its
 * table: found by fuzz-project) is not opened for editing: an edit to it reported success and
 * its undo left two project rows with one id. */
static void
test_refuse_damaged_for_editing (Fixture       *f,
                                 gconstpointer  data)
{
  g_autofree char *damaged = g_test_build_filename (G_TEST_DIST, "fuzz-project-corpus",
                                                    "found-damaged-v1-undo", NULL);
  g_autoptr(GError) error = NULL;

  sf_test_copy_file (damaged, f->path);
  g_assert_null (sf_project_open (f->path, SF_DB_OPEN_DEFAULT, &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_DAMAGED);
}

static void
test_refuse_locked (Fixture       *f,
                    gconstpointer  data)
{
  sqlite3 *other = NULL;

  g_object_unref (sf_test_create_project (f->path));
  g_assert_cmpint (sqlite3_open (f->path, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "BEGIN EXCLUSIVE", NULL, NULL, NULL), ==, SQLITE_OK);
  assert_refused (f->path, SF_STORE_ERROR_LOCKED);
  sqlite3_exec (other, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (other);
}

static void
test_edit_while_locked (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autoptr(GError) error = NULL;
  sqlite3 *other = NULL;

  g_assert_cmpint (sqlite3_open (f->path, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "BEGIN EXCLUSIVE", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_false (sf_project_set_field (project, SF_PROJECT_FIELD_NAME, "Nieuw", &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_LOCKED);
  g_assert_cmpstr (sf_project_get_name (project), ==, "Welthuisflat Zuid");
  g_assert_false (sf_project_can_undo (project));
  sqlite3_exec (other, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (other);
}

static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(SfProject) project = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_object_unref (sf_test_create_project (f->path));
  before = sf_test_file_digest (f->path);
  project = sf_project_open (f->path, SF_DB_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_false (sf_project_set_field (project, SF_PROJECT_FIELD_NAME, "Nieuw", &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_READ_ONLY);
  g_assert_cmpstr (sf_project_get_name (project), ==, "Welthuisflat Zuid");
  after = sf_test_file_digest (f->path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_export_to_missing_folder (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autoptr(GError) error = NULL;
  g_autofree char *dest = g_build_filename (f->dir, "no-such-folder", "copy.startfoto", NULL);

  g_assert_false (sf_project_export_copy (project, dest, FALSE, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
}

static void
test_disk_full (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) big = g_string_new (NULL);
  SfPartnerFields partner = { "Groot", "care", "", "", NULL };
  g_autofree char *id = NULL;
  sqlite3 *db = sf_db_get_handle (sf_project_get_db (project));

  /* The file may not grow: SQLite answers as it would on a full disk. */
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA max_page_count = 1", NULL, NULL, NULL), ==,
                   SQLITE_OK);
  for (int i = 0; i < 10000; i++)
    g_string_append (big, "0123456789");
  partner.notes = big->str;
  id = sf_project_add_partner (project, &partner, &error);
  g_assert_null (id);
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_DISK_FULL);
  g_assert_cmpuint (sf_test_n_items (sf_project_get_partners (project)), ==, 0);
  g_assert_false (sf_project_can_undo (project));

  /* With space again, the same edit works. */
  g_clear_error (&error);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA max_page_count = 1000000", NULL, NULL, NULL), ==,
                   SQLITE_OK);
  g_free (id);
  id = sf_project_add_partner (project, &partner, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sf_test_n_items (sf_project_get_partners (project)), ==, 1);
}

/* ---- migrations ------------------------------------------------------------------------- */

static const SfMigration test_migrations[] = {
  { 1, "CREATE TABLE thing (id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL);" },
  { 2, "ALTER TABLE thing ADD COLUMN colour TEXT NOT NULL DEFAULT 'blue';" },
  { 3, "CREATE TABLE other (id TEXT PRIMARY KEY NOT NULL);" },
};

static const SfMigration failing_migrations[] = {
  { 1, "CREATE TABLE thing (id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL);" },
  { 2, "ALTER TABLE thing ADD COLUMN colour TEXT NOT NULL DEFAULT 'blue';" },
  { 3, "CREATE TABLE other (id TEXT PRIMARY KEY NOT NULL); SELECT * FROM no_such_table;" },
};

static void
test_migrate_framework (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = g_strconcat (f->path, ".v1.bak", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  SfDb *db;
  struct stat st;

  /* A file at version 1 with a row in it. */
  db = sf_db_open_with (f->path, SF_DB_OPEN_CREATE, test_migrations, 1, &error);
  g_assert_no_error (error);
  g_assert_true (sf_db_exec (db, "INSERT INTO thing VALUES ('a', 'Eerste')", NULL));
  sf_db_free (db);
  before = sf_test_file_digest (f->path);

  /* A failing migration leaves the file as it was: all or nothing. */
  db = sf_db_open_with (f->path, SF_DB_OPEN_DEFAULT, failing_migrations, 3, &error);
  g_assert_null (db);
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpint (sf_test_user_version (f->path), ==, 1);
  g_unlink (backup);

  /* Looking at an older file read-only migrates a copy in memory, never the file. */
  db = sf_db_open_with (f->path, SF_DB_OPEN_READ_ONLY, test_migrations, 3, &error);
  g_assert_no_error (error);
  g_assert_true (sf_db_exec (db, "SELECT colour FROM thing", NULL));
  sf_db_free (db);
  after = sf_test_file_digest (f->path);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));

  /* Opening it for writing keeps a backup of version 1, then migrates 1 -> 3. */
  db = sf_db_open_with (f->path, SF_DB_OPEN_DEFAULT, test_migrations, 3, &error);
  g_assert_no_error (error);
  sf_db_free (db);
  g_assert_cmpint (sf_test_user_version (f->path), ==, 3);
  g_assert_cmpint (sf_test_user_version (backup), ==, 1);
  g_assert_cmpint (g_stat (backup, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  sf_test_exec_on_file (f->path, "SELECT colour FROM thing WHERE id = 'a' AND name = 'Eerste'");
}

static char *
read_text_on_file (const char *path,
                   const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *text;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return text;
}

/* Every released schema version has a fixture file, made by that version; each must open
 * with its content intact at the current version. */
static void
test_migrate_fixtures (Fixture       *f,
                       gconstpointer  data)
{
  for (int version = 1; version <= sf_db_current_version (); version++)
    {
      g_autofree char *name = g_strdup_printf ("v%d.startfoto", version);
      g_autofree char *fixture = g_test_build_filename (G_TEST_DIST, "fixtures", name, NULL);
      g_autofree char *contents = NULL;
      g_autofree char *copy = g_build_filename (f->dir, name, NULL);
      g_autofree char *modified = NULL;
      g_autoptr(SfProject) project = NULL;
      g_autoptr(GError) error = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (fixture, &contents, &length, NULL));
      g_assert_true (g_file_set_contents (copy, contents, length, NULL));
      g_assert_cmpint (sf_test_user_version (copy), ==, version);
      modified = read_text_on_file (copy, version < 6 ? "SELECT modified FROM project"
                                                      : "SELECT modified FROM last_change");

      project = sf_project_open (copy, SF_DB_OPEN_CHECK, &error);
      g_assert_no_error (error);
      g_assert_cmpint (sf_test_user_version (copy), ==, sf_db_current_version ());
      /* The fixtures are copies of the example project of their version. */
      g_assert_cmpstr (sf_project_get_name (project), ==, "Voorbeeldproject De Zilverreiger");
      g_assert_cmpstr (sf_project_get_modified (project), ==, modified);
      g_assert_cmpuint (sf_test_n_items (sf_project_get_flats (project)), ==, 2);
      g_assert_cmpuint (sf_test_n_items (sf_project_get_partners (project)), ==, 5);
      g_assert_cmpstr (sf_partner_get_contact (sf_test_item (sf_project_get_partners (project), 0)), ==,
                       "Fatma Yılmaz");
      g_assert_cmpuint (sf_test_n_items (sf_project_get_questions (project, 1)), ==, 10);
      g_assert_cmpuint (sf_test_n_items (sf_project_get_preconditions (project)), ==, 20);
      g_assert_cmpint (sf_project_get_step_status (project, 1), ==, SF_STEP_IN_PROGRESS);
      /* The board meeting came with version 9, the deck's ready mark with 11 (not set before). */
      if (version >= 9)
        g_assert_true (sf_board_meeting_get_deck_ready (sf_project_get_board_meeting (project)) ==
                       (version >= 11));
      /* The business case came with version 13: one flat has its own staffing costs. */
      g_assert_cmpuint (sf_test_n_items (sf_project_get_mbc_settings (project)), ==,
                        version >= 13 ? 2 : 0);
      if (version < sf_db_current_version ())
        {
          g_autofree char *backup = g_strdup_printf ("%s.v%d.bak", copy, version);

          g_assert_true (g_file_test (backup, G_FILE_TEST_EXISTS));
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  SF_TEST_DIR_ADD ("/store/refuse/not-sqlite", test_refuse_not_sqlite);
  SF_TEST_DIR_ADD ("/store/refuse/other-sqlite", test_refuse_other_sqlite);
  SF_TEST_DIR_ADD ("/store/refuse/empty", test_refuse_empty);
  SF_TEST_DIR_ADD ("/store/refuse/too-new", test_refuse_too_new);
  SF_TEST_DIR_ADD ("/store/refuse/missing-tables", test_refuse_missing_tables);
  SF_TEST_DIR_ADD ("/store/refuse/import-broken-check", test_refuse_import_broken_check);
  SF_TEST_DIR_ADD ("/store/files/broken-utf8", test_broken_utf8);
  SF_TEST_DIR_ADD ("/store/refuse/trigger", test_refuse_trigger);
  SF_TEST_DIR_ADD ("/store/refuse/nullable-id", test_refuse_nullable_id);
  SF_TEST_DIR_ADD ("/store/values/null-ids", test_null_ids);
  SF_TEST_DIR_ADD ("/store/refuse/huge-cell", test_refuse_huge_cell);
  SF_TEST_DIR_ADD ("/store/crash/journal", test_crash_journal);
  SF_TEST_DIR_ADD ("/store/refuse/truncated", test_refuse_truncated);
  SF_TEST_DIR_ADD ("/store/refuse/corrupted", test_refuse_corrupted);
  SF_TEST_DIR_ADD ("/store/refuse/damaged-for-editing", test_refuse_damaged_for_editing);
  SF_TEST_DIR_ADD ("/store/refuse/locked", test_refuse_locked);
  SF_TEST_DIR_ADD ("/store/edit/locked", test_edit_while_locked);
  SF_TEST_DIR_ADD ("/store/edit/read-only", test_read_only);
  SF_TEST_DIR_ADD ("/store/edit/disk-full", test_disk_full);
  SF_TEST_DIR_ADD ("/store/export/missing-folder", test_export_to_missing_folder);
  SF_TEST_DIR_ADD ("/store/migrate/framework", test_migrate_framework);
  SF_TEST_DIR_ADD ("/store/migrate/fixtures", test_migrate_fixtures);

  return g_test_run ();
}
