/* fuzz-project.c: a fuzz target for project files, through every way the app opens one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One input is a project file, or a seed: the file with its side files (a crash's journal, a
 * WAL), in this container:
 *   "SFSEED1\n", then records of: one byte (bits 0-1: 0 the file, 1 "-journal", 2 "-wal",
 *   3 "-shm"; bit 7: the bytes are zlib-compressed), the length (4 bytes, little-endian), the
 *   bytes. A later record for the same file replaces an earlier one; a record cut short keeps
 *   what there is. Anything else is the project file itself.
 * Compression keeps a seed with a huge cell small; tests/fuzz-project-seeds.py writes them.
 *
 * Each input is laid out afresh for each path, as the app meets such a file:
 *   - from elsewhere: the welcome screen's read of a file from elsewhere, the checked open
 *     (read-only, as --info and exports do), --info in text and JSON, the import into a
 *     library, then the imported copy opened, edited and the edit undone. Looking and
 *     importing never change the file or its side files.
 *   - in the library: the welcome list (the file is listed, readable or with what is wrong),
 *     then opened as the app opens a project of the list, edited, the edit undone, and listed
 *     again without a problem.
 * Any crash, sanitizer report, failed assertion or hang is a defect in the store.
 *
 * Built by meson with a standalone driver (sf-fuzz-driver.c) that runs every file of
 * tests/fuzz-project-corpus/ (or of the folders and files given), as a regular test. In a
 * build folder configured for libFuzzer, meson also builds fuzz-project-libfuzzer:
 *   CC=clang meson setup build-fuzz -Dc_args=-fsanitize=fuzzer-no-link \
 *     -Db_sanitize=address,undefined -Db_lundef=false
 *   meson compile -C build-fuzz tests/fuzz-project-libfuzzer
 *   mkdir -p new-corpus && build-fuzz/tests/fuzz-project-libfuzzer -fork=1 -ignore_crashes=1 \
 *     -ignore_timeouts=1 -max_len=200000 -timeout=30 -rss_limit_mb=4096 -max_total_time=720 \
 *     new-corpus tests/fuzz-project-corpus
 *   build-fuzz/tests/fuzz-project-libfuzzer -merge=1 tests/fuzz-project-corpus new-corpus
 * (with ASAN_OPTIONS=detect_leaks=0:abort_on_error=1: GLib's caches are not leaks). What it
 * finds is kept in the corpus as found-*, named for what it showed.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <sqlite3.h>

#include "sf-copy.h"
#include "sf-fuzz-driver.h"
#include "sf-info.h"
#include "sf-library.h"
#include "sf-project.h"

#define SEED_MAGIC "SFSEED1\n"
#define N_FILES 4
/* More than the store's 16 MB cap on a cell, less than what would swamp the machine. */
#define MAX_INFLATED (40 * 1024 * 1024)

static const char * const suffixes[N_FILES] = { "", "-journal", "-wal", "-shm" };

typedef struct
{
  GBytes *files[N_FILES]; /* NULL: no such file */
} Seed;

static void
seed_clear (Seed *seed)
{
  for (guint i = 0; i < N_FILES; i++)
    g_clear_pointer (&seed->files[i], g_bytes_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Seed, seed_clear)

static char *root_dir;
static GString *printed;

/* ---- reading an input ------------------------------------------------------------------- */

static GBytes *
inflate (const guint8 *data,
         gsize         size)
{
  g_autoptr(GConverter) z = G_CONVERTER (g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_ZLIB));
  g_autoptr(GByteArray) out = g_byte_array_new ();
  guint8 buffer[65536];
  gsize read = 0;

  for (;;)
    {
      gsize n_read = 0, n_written = 0;
      GConverterResult result;

      result = g_converter_convert (z, data + read, size - read, buffer, sizeof buffer,
                                    G_CONVERTER_INPUT_AT_END, &n_read, &n_written, NULL);
      if (result == G_CONVERTER_ERROR)
        break;
      read += n_read;
      g_byte_array_append (out, buffer, n_written);
      if (result == G_CONVERTER_FINISHED || out->len > MAX_INFLATED ||
          (n_read == 0 && n_written == 0))
        break;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}

static void
seed_read (Seed         *seed,
           const guint8 *data,
           gsize         size)
{
  gsize pos = strlen (SEED_MAGIC);

  if (size < pos || memcmp (data, SEED_MAGIC, pos) != 0)
    {
      seed->files[0] = g_bytes_new (data, size);
      return;
    }
  while (pos + 5 <= size)
    {
      guint kind = data[pos] & 3;
      gboolean compressed = (data[pos] & 0x80) != 0;
      gsize length = data[pos + 1] | data[pos + 2] << 8 | data[pos + 3] << 16 |
                     (gsize) data[pos + 4] << 24;

      pos += 5;
      length = MIN (length, size - pos);
      g_clear_pointer (&seed->files[kind], g_bytes_unref);
      seed->files[kind] = compressed ? inflate (data + pos, length)
                                     : g_bytes_new (data + pos, length);
      pos += length;
    }
  if (seed->files[0] == NULL)
    seed->files[0] = g_bytes_new (NULL, 0);
}

/* Whether SQLite can read the file's schema at all: what cannot is refused by the one open
 * tried on it, so that the fuzzer spends its time on files that go further. */
static gboolean
seed_is_database (Seed *seed)
{
  gsize size = 0;
  const guint8 *data = g_bytes_get_data (seed->files[0], &size);
  sqlite3 *db = NULL;
  unsigned char *copy;
  int rc;

  for (guint i = 1; i < N_FILES; i++)
    if (seed->files[i] != NULL)
      return TRUE; /* a journal or WAL can make a database of anything */
  if (size == 0)
    return TRUE;
  copy = sqlite3_malloc64 (size);
  g_assert_nonnull (copy);
  memcpy (copy, data, size);
  /* An in-memory database has no WAL: read a WAL-mode file as a rollback one. */
  if (size >= 20 && copy[18] == 2 && copy[19] == 2)
    copy[18] = copy[19] = 1;
  sqlite3_open_v2 (":memory:", &db, SQLITE_OPEN_READWRITE, NULL);
  rc = sqlite3_deserialize (db, "main", copy, size, size,
                            SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_READONLY);
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (db, "SELECT count (*) FROM sqlite_schema", NULL, NULL, NULL);
  sqlite3_close (db);
  return rc == SQLITE_OK;
}

/* ---- laying it out ---------------------------------------------------------------------- */

static void
empty_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_unlink (path);
    }
}

static char *
make_dir (const char *name)
{
  char *dir = g_build_filename (root_dir, name, NULL);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  empty_dir (dir);
  return dir;
}

static void
remove_root (void)
{
  const char * const dirs[] = { "elsewhere", "library", "imported", "check" };

  for (guint i = 0; i < G_N_ELEMENTS (dirs); i++)
    {
      g_autofree char *dir = g_build_filename (root_dir, dirs[i], NULL);

      empty_dir (dir);
      g_rmdir (dir);
    }
  g_rmdir (root_dir);
}

static char *
lay_out (Seed       *seed,
         const char *dir_name)
{
  g_autofree char *dir = make_dir (dir_name);
  g_autofree char *path = g_build_filename (dir, "project.startfoto", NULL);

  for (guint i = 0; i < N_FILES; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
      gsize size = 0;
      const char *data;

      if (seed->files[i] == NULL)
        continue;
      data = g_bytes_get_data (seed->files[i], &size);
      g_file_set_contents_full (file, data ? data : "", size, G_FILE_SET_CONTENTS_NONE, 0600,
                                &error);
      g_assert_no_error (error);
    }
  return g_steal_pointer (&path);
}

/* Looking at a file from elsewhere, or importing it, leaves it and its side files as they
 * were, and makes no new ones; all but the WAL's index (-shm), which every reader writes to,
 * and a WAL beside an empty file, which SQLite removes as stale (a database in WAL mode is
 * never empty). */
static void
assert_unchanged (Seed       *seed,
                  const char *path)
{
  g_autofree char *dir_name = g_path_get_dirname (path);
  g_autoptr(GDir) dir = g_dir_open (dir_name, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (dir_name, name, NULL);
      guint i = 0;

      while (i < N_FILES && !(seed->files[i] != NULL && g_str_has_prefix (file, path) &&
                              g_str_equal (file + strlen (path), suffixes[i])))
        i++;
      if (i == N_FILES)
        g_error ("%s was made by looking at %s", name, path);
    }
  for (guint i = 0; i < N_FILES; i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
      g_autofree char *contents = NULL;
      g_autoptr(GBytes) now = NULL;
      gsize size = 0;

      if (seed->files[i] == NULL || g_str_equal (suffixes[i], "-shm") ||
          (g_str_equal (suffixes[i], "-wal") && g_bytes_get_size (seed->files[0]) == 0))
        continue;
      g_assert_true (g_file_get_contents (file, &contents, &size, NULL));
      now = g_bytes_new_static (contents, size);
      if (!g_bytes_equal (seed->files[i], now))
        g_error ("%s changed (%zu bytes, now %zu)", file, g_bytes_get_size (seed->files[i]), size);
    }
}

/* ---- the paths -------------------------------------------------------------------------- */

static void
read_entry (SfLibraryEntry *entry)
{
  g_assert_nonnull (sf_library_entry_get_path (entry));
  g_assert_nonnull (sf_library_entry_get_name (entry));
  g_assert_nonnull (sf_library_entry_get_modified (entry));
  if (sf_library_entry_get_problem (entry) == NULL)
    {
      g_assert_nonnull (sf_library_entry_get_municipality (entry));
      g_assert_cmpuint (sf_library_entry_get_steps_done (entry), <=, 5);
    }
  sf_library_entry_get_project_id (entry);
  sf_library_entry_get_is_example (entry);
}

/* The welcome list of a library holding the one file: it is listed (with what is wrong with it
 * if it cannot be read), unless it reads as the example, which has a button of its own. */
static SfLibraryEntry *
list_library (const char *dir,
              const char *path)
{
  g_autoptr(SfLibrary) library = sf_library_new (dir);
  GListModel *projects = sf_library_get_projects (library);
  g_autoptr(SfLibraryEntry) entry = NULL;

  sf_library_refresh (library);
  g_assert_cmpuint (g_list_model_get_n_items (projects), <=, 1);
  if (g_list_model_get_n_items (projects) == 0)
    {
      g_autoptr(SfLibraryEntry) read = sf_library_entry_read (path, FALSE, NULL);

      g_assert_true (read != NULL && sf_library_entry_get_is_example (read));
      return NULL;
    }
  entry = g_list_model_get_item (projects, 0);
  g_assert_cmpstr (sf_library_entry_get_path (entry), ==, path);
  read_entry (entry);
  return g_steal_pointer (&entry);
}

static void
read_lists (SfProject *project)
{
  GListModel *flats = sf_project_get_flats (project);

  for (guint i = 0; i < g_list_model_get_n_items (flats); i++)
    {
      g_autoptr(SfFlat) flat = g_list_model_get_item (flats, i);

      g_assert_nonnull (sf_record_get_id (SF_RECORD (flat)));
      g_assert_nonnull (sf_flat_get_name (flat));
    }
  g_list_model_get_n_items (sf_project_get_partners (project));
  for (guint step = 1; step <= 5; step++)
    {
      g_assert_cmpint (sf_project_get_step_status (project, step), >=, SF_STEP_NOT_STARTED);
      g_assert_cmpint (sf_project_get_step_status (project, step), <=, SF_STEP_DONE);
      g_list_model_get_n_items (sf_project_get_questions (project, step));
    }
  sf_project_count_steps_done (project);
}

/* Whether SQLite's own full check finds fault with the file where it can be written (only
 * there does it check the CHECK constraints; only the full one compares indexes with their
 * tables): the default open of a library file does not look. */
static gboolean
seed_is_damaged (Seed *seed)
{
  g_autofree char *path = lay_out (seed, "check");
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gboolean ok = FALSE;

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL) == SQLITE_OK &&
      sqlite3_prepare_v2 (db, "PRAGMA integrity_check (1)", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    ok = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0;
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return !ok;
}

/* An undo succeeds; of a @damaged file (the default open of a library file does not check),
 * it may fail, with a message. */
static gboolean
undo (SfProject *project,
      gboolean   damaged)
{
  g_autoptr(GError) error = NULL;

  if (sf_project_undo (project, &error))
    return TRUE;
  if (!damaged)
    g_assert_no_error (error);
  g_assert_nonnull (error);
  return FALSE;
}

/* An edit of the project's name and one of its first flat, each undone: every edit succeeds
 * or says why, an undone edit is gone, and no edit changes what is confidential. What SQLite
 * does with a @damaged file is only asked to be no crash and every failure said. */
static void
edit_and_undo (SfProject *project,
               gboolean   damaged)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strdup (sf_project_get_name (project));
  guint confidential = sf_project_count_confidential (project);
  GListModel *flats = sf_project_get_flats (project);

  read_lists (project);
  if (!sf_project_set_field (project, SF_PROJECT_FIELD_NAME, "Gefuzzt project", &error))
    {
      g_assert_nonnull (error);
      return;
    }
  g_assert_cmpstr (sf_project_get_name (project), ==, "Gefuzzt project");
  g_assert_cmpuint (sf_project_count_confidential (project), ==, confidential);
  if (!undo (project, damaged))
    return;
  if (!damaged)
    g_assert_cmpstr (sf_project_get_name (project), ==, name);

  if (g_list_model_get_n_items (flats) > 0)
    {
      g_autoptr(SfFlat) flat = g_list_model_get_item (flats, 0);
      g_autofree char *id = g_strdup (sf_record_get_id (SF_RECORD (flat)));
      SfFlatFields fields = { "Gefuzzte flat", "", "", 12 };

      if (sf_project_update_flat (project, id, &fields, &error))
        {
          g_assert_true (damaged ||
                         sf_project_count_confidential (project) == confidential);
          undo (project, damaged);
        }
      else
        g_assert_nonnull (error);
    }
  read_lists (project);
}

static void
discard_print (const char *text)
{
}

static void
keep_print (const char *text)
{
  g_string_append (printed, text);
}

/* `startfoto --info` as the app runs it; the JSON it prints is JSON. */
static int
run_info (const char *path,
          gboolean    as_json)
{
  GPrintFunc old_print = g_set_print_handler (keep_print);
  GPrintFunc old_printerr = g_set_printerr_handler (discard_print);
  int status;

  g_string_truncate (printed, 0);
  status = sf_info_print (path, as_json);
  g_set_print_handler (old_print);
  g_set_printerr_handler (old_printerr);
  if (status == 0 && as_json)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(GError) error = NULL;

      json_parser_load_from_data (parser, printed->str, printed->len, &error);
      g_assert_no_error (error);
    }
  g_assert_true (status == 0 || printed->len == 0);
  return status;
}

static void
from_elsewhere (Seed *seed)
{
  g_autofree char *path = lay_out (seed, "elsewhere");
  g_autofree char *library_dir = make_dir ("imported");
  g_autoptr(SfLibrary) library = sf_library_new (library_dir);
  g_autoptr(SfLibraryEntry) entry = NULL;
  g_autoptr(SfProject) project = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *imported = NULL;
  gboolean readable;

  entry = sf_library_entry_read (path, TRUE, &error);
  g_assert_true ((entry != NULL) != (error != NULL));
  if (entry != NULL)
    read_entry (entry);
  g_clear_error (&error);

  project = sf_project_open (path, SF_DB_OPEN_READ_ONLY | SF_DB_OPEN_CHECK, &error);
  g_assert_true ((project != NULL) != (error != NULL));
  readable = project != NULL;
  if (project != NULL)
    read_lists (project);
  g_clear_object (&project);
  g_clear_error (&error);

  g_assert_cmpint (run_info (path, FALSE), ==, readable ? 0 : 1);
  g_assert_cmpint (run_info (path, TRUE), ==, readable ? 0 : 1);

  imported = sf_library_import (library, path, &error);
  /* The import checks more than a look does (see sf_library_import ()). */
  g_assert_true (imported == NULL || readable);
  g_assert_true ((imported != NULL) != (error != NULL));
  g_clear_error (&error);
  assert_unchanged (seed, path);
  if (imported == NULL)
    return;

  /* What was imported is a project of the library like any other. */
  project = sf_project_open (imported, SF_DB_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  edit_and_undo (project, FALSE);
  g_clear_object (&project);
  g_clear_object (&entry);
  entry = sf_library_entry_read (imported, FALSE, &error);
  g_assert_no_error (error);
  g_assert_false (sf_library_entry_get_is_example (entry));
}

static void
in_library (Seed *seed)
{
  g_autofree char *path = lay_out (seed, "library");
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(SfLibraryEntry) entry = list_library (dir, path);
  g_autoptr(SfProject) project = NULL;
  g_autoptr(GError) error = NULL;
  gboolean damaged = seed_is_damaged (seed);

  project = sf_project_open (path, SF_DB_OPEN_DEFAULT, &error);
  g_assert_true ((project != NULL) != (error != NULL));
  if (project == NULL)
    return;
  edit_and_undo (project, damaged);
  g_clear_object (&project);

  /* A project that opens and takes edits is listed without a problem afterwards. */
  g_clear_object (&entry);
  entry = list_library (dir, path);
  g_assert_true (damaged || entry == NULL || sf_library_entry_get_problem (entry) == NULL);
}

/* Warnings and messages are the store saying what it refused; criticals stay fatal. */
static GLogWriterOutput
log_writer (GLogLevelFlags   level,
            const GLogField *fields,
            gsize            n_fields,
            gpointer         user_data)
{
  if ((level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL)) == 0 &&
      g_getenv ("SF_FUZZ_VERBOSE") == NULL)
    return G_LOG_WRITER_HANDLED;
  return g_log_writer_default (level, fields, n_fields, user_data);
}

static void
setup (void)
{
  g_autoptr(GError) error = NULL;

  if (root_dir != NULL)
    return;
  g_log_set_writer_func (log_writer, NULL, NULL);
  g_log_set_always_fatal (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL);
  root_dir = g_dir_make_tmp ("startfoto-fuzz-XXXXXX", &error);
  g_assert_no_error (error);
  printed = g_string_new (NULL);
  atexit (remove_root);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_auto(Seed) seed = { { NULL } };

  setup ();
  seed_read (&seed, data, size);
  if (!seed_is_database (&seed))
    {
      g_autofree char *path = lay_out (&seed, "elsewhere");
      g_autoptr(GError) error = NULL;
      g_autoptr(SfProject) project = sf_project_open (path, SF_DB_OPEN_READ_ONLY |
                                                            SF_DB_OPEN_CHECK, &error);

      g_assert_null (project);
      g_assert_nonnull (error);
      return 0;
    }
  from_elsewhere (&seed);
  in_library (&seed);
  return 0;
}

#ifndef SF_FUZZ_LIBFUZZER
int
main (int   argc,
      char *argv[])
{
  return sf_fuzz_run_corpus (argc, argv, "fuzz-project");
}
#endif
