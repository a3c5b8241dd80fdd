/* test-changeset-writer.c: a changeset written by hand is the one the session extension
 * would have made for the same change, byte for byte, so undo and redo treat it alike
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "sf-changeset-writer.h"

/* The key is not the first column, and every type the writer knows is there. */
#define SCHEMA "CREATE TABLE t (n INTEGER, id TEXT PRIMARY KEY NOT NULL, r REAL, s TEXT, j TEXT)"
#define N_COLUMNS 5
#define KEY 1

typedef struct
{
  sqlite3 *db;
  char    *long_text;   /* a length that needs a three-byte varint */
  char    *medium_text; /* two bytes */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  GString *text = g_string_new (NULL);

  g_assert_cmpint (sqlite3_open (":memory:", &f->db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (f->db, SCHEMA, NULL, NULL, NULL), ==, SQLITE_OK);
  while (text->len < 20000)
    g_string_append (text, "Bewoners van de flat — één overzicht; ");
  f->long_text = g_string_free (text, FALSE);
  f->medium_text = g_strndup (f->long_text, 300);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  sqlite3_close (f->db);
  g_free (f->long_text);
  g_free (f->medium_text);
}

static void
bind_row (sqlite3_stmt        *stmt,
          const SfChangeValue *row)
{
  for (int i = 0; i < N_COLUMNS; i++)
    {
      switch (row[i].type)
        {
        case SQLITE_INTEGER:
          sqlite3_bind_int64 (stmt, i + 1, row[i].v.integer);
          break;
        case SQLITE_FLOAT:
          sqlite3_bind_double (stmt, i + 1, row[i].v.real);
          break;
        case SQLITE_TEXT:
          sqlite3_bind_text (stmt, i + 1, row[i].v.text, -1, SQLITE_STATIC);
          break;
        default:
          sqlite3_bind_null (stmt, i + 1);
          break;
        }
    }
}

/* Runs @sql with @row bound under a session, and returns the session's changeset. */
static GBytes *
session_changeset (Fixture             *f,
                   const char          *sql,
                   const SfChangeValue *row)
{
  sqlite3_session *session = NULL;
  sqlite3_stmt *stmt = NULL;
  void *changeset = NULL;
  int size = 0;
  GBytes *bytes;

  g_assert_cmpint (sqlite3session_create (f->db, "main", &session), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3session_attach (session, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (f->db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  bind_row (stmt, row);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  g_assert_cmpint (sqlite3session_changeset (session, &size, &changeset), ==, SQLITE_OK);
  sqlite3session_delete (session);
  bytes = g_bytes_new (changeset, size);
  sqlite3_free (changeset);
  return bytes;
}

static GBytes *
steal_bytes (SfChangesetWriter *writer)
{
  int size = 0;
  void *changeset = sf_changeset_writer_steal (writer, &size);
  GBytes *bytes = g_bytes_new (changeset, size);

  sqlite3_free (changeset);
  return bytes;
}

static void
assert_same_bytes (GBytes *written,
                   GBytes *expected)
{
  gsize n_written, n_expected;
  const guint8 *a = g_bytes_get_data (written, &n_written);
  const guint8 *b = g_bytes_get_data (expected, &n_expected);

  g_assert_cmpuint (n_expected, >, 0);
  g_assert_cmpmem (a, n_written, b, n_expected);
}

static char *
dump (Fixture *f)
{
  GString *out = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (f->db, "SELECT quote (n), id, quote (r), quote (s), "
                                              "quote (j) FROM t ORDER BY id", -1, &stmt,
                                       NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    for (int i = 0; i < N_COLUMNS; i++)
      g_string_append_printf (out, "%s%c", sqlite3_column_text (stmt, i),
                              i + 1 < N_COLUMNS ? '|' : '\n');
  sqlite3_finalize (stmt);
  return g_string_free (out, FALSE);
}

static int
abort_on_conflict (void                   *data,
                   int                     conflict,
                   sqlite3_changeset_iter *iter)
{
  return SQLITE_CHANGESET_ABORT;
}

static void
apply (Fixture *f,
       GBytes  *changeset,
       int      flags)
{
  gsize size;
  const void *data = g_bytes_get_data (changeset, &size);

  g_assert_cmpint (sqlite3changeset_apply_v2 (f->db, (int) size, (void *) data, NULL,
                                              abort_on_conflict, NULL, NULL, NULL, flags),
                   ==, SQLITE_OK);
}

/* Undo (the changeset inverted) gives @before back, redo then @after. */
static void
assert_undo_redo (Fixture    *f,
                  GBytes     *changeset,
                  const char *before,
                  const char *after)
{
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;

  apply (f, changeset, SQLITE_CHANGESETAPPLY_INVERT);
  undone = dump (f);
  g_assert_cmpstr (undone, ==, before);
  apply (f, changeset, 0);
  redone = dump (f);
  g_assert_cmpstr (redone, ==, after);
}

/* An inserted row, with a negative integer, a real, long and short text and a NULL. */
static void
test_insert (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(SfChangesetWriter) writer = sf_changeset_writer_new ();
  SfChangeValue row[N_COLUMNS] = {
    sf_change_integer (-3), sf_change_text ("a1"), sf_change_real (150.5),
    sf_change_text (f->long_text), sf_change_null (),
  };
  SfChangeValue second[N_COLUMNS] = {
    sf_change_integer (G_MAXINT64), sf_change_text ("b2"), sf_change_real (0),
    sf_change_text (f->medium_text), sf_change_text (""),
  };
  g_autoptr(GBytes) expected = NULL;
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GBytes) both = NULL;
  g_autofree char *before = dump (f);
  g_autofree char *after = NULL;

  expected = session_changeset (f, "INSERT INTO t VALUES (?1, ?2, ?3, ?4, ?5)", row);
  sf_changeset_writer_set_table (writer, "t", N_COLUMNS, KEY);
  sf_changeset_writer_insert (writer, row);
  written = steal_bytes (writer);
  assert_same_bytes (written, expected);

  /* A second row, with the largest integer, a real 0, a two-byte length and empty text */
  g_clear_pointer (&expected, g_bytes_unref);
  g_clear_pointer (&written, g_bytes_unref);
  expected = session_changeset (f, "INSERT INTO t VALUES (?1, ?2, ?3, ?4, ?5)", second);
  sf_changeset_writer_set_table (writer, "t", N_COLUMNS, KEY);
  sf_changeset_writer_insert (writer, second);
  written = steal_bytes (writer);
  assert_same_bytes (written, expected);

  /* Both rows, written in one go: undo takes both away, redo brings them back. */
  after = dump (f);
  sf_changeset_writer_set_table (writer, "t", N_COLUMNS, KEY);
  sf_changeset_writer_insert (writer, row);
  sf_changeset_writer_insert (writer, second);
  both = steal_bytes (writer);
  assert_undo_redo (f, both, before, after);
}

/* An update names the key and the changed columns only; one that changes nothing writes
 * nothing, as the session leaves it out. */
static void
test_update (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(SfChangesetWriter) writer = sf_changeset_writer_new ();
  SfChangeValue old_row[N_COLUMNS] = {
    sf_change_integer (7), sf_change_text ("a1"), sf_change_real (12),
    sf_change_text ("oud"), sf_change_text ("{\"bands\": {}}"),
  };
  SfChangeValue new_row[N_COLUMNS] = {
    sf_change_integer (7), sf_change_text ("a1"), sf_change_real (12.25),
    sf_change_text (f->medium_text), sf_change_null (),
  };
  g_autoptr(GBytes) expected = NULL;
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GBytes) nothing = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (f->db, "INSERT INTO t VALUES (?1, ?2, ?3, ?4, ?5)", -1,
                                       &stmt, NULL), ==, SQLITE_OK);
  bind_row (stmt, old_row);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  before = dump (f);

  expected = session_changeset (f, "UPDATE t SET n = ?1, r = ?3, s = ?4, j = ?5 WHERE id = ?2",
                                new_row);
  after = dump (f);
  sf_changeset_writer_set_table (writer, "t", N_COLUMNS, KEY);
  g_assert_true (sf_changeset_writer_update (writer, old_row, new_row));
  written = steal_bytes (writer);
  assert_same_bytes (written, expected);
  assert_undo_redo (f, written, before, after);

  sf_changeset_writer_set_table (writer, "t", N_COLUMNS, KEY);
  g_assert_false (sf_changeset_writer_update (writer, old_row, old_row));
  nothing = steal_bytes (writer);
  g_assert_cmpuint (g_bytes_get_size (nothing), ==, 0);
}

/* The tables with changes are named, once each; one set but left unchanged is not. */
static void
test_tables (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(SfChangesetWriter) writer = sf_changeset_writer_new ();
  g_autoptr(GHashTable) tables = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  SfChangeValue row[N_COLUMNS] = {
    sf_change_integer (1), sf_change_text ("a1"), sf_change_null (), sf_change_text ("x"),
    sf_change_null (),
  };
  int size = -1;
  void *changeset;

  sf_changeset_writer_set_table (writer, "untouched", N_COLUMNS, KEY);
  g_assert_false (sf_changeset_writer_update (writer, row, row));
  sf_changeset_writer_set_table (writer, "t", N_COLUMNS, KEY);
  sf_changeset_writer_insert (writer, row);
  sf_changeset_writer_insert (writer, row);
  sf_changeset_writer_add_tables (writer, tables);
  g_assert_cmpuint (g_hash_table_size (tables), ==, 1);
  g_assert_true (g_hash_table_contains (tables, "t"));

  changeset = sf_changeset_writer_steal (writer, &size);
  g_assert_cmpint (size, >, 0);
  sqlite3_free (changeset);
  changeset = sf_changeset_writer_steal (writer, &size);
  g_assert_null (changeset);
  g_assert_cmpint (size, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/changeset-writer/insert", Fixture, NULL, fixture_set_up, test_insert,
              fixture_tear_down);
  g_test_add ("/changeset-writer/update", Fixture, NULL, fixture_set_up, test_update,
              fixture_tear_down);
  g_test_add ("/changeset-writer/tables", Fixture, NULL, fixture_set_up, test_tables,
              fixture_tear_down);
  return g_test_run ();
}
