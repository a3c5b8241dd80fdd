/* test-store-lists.c: the project's lists follow every edit, re-reading only the rows an edit
 * updated where that is enough
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "sf-change-summary.h"
#include "sf-project-key-figures.h"
#include "sf-project-private.h"
#include "sf-project-themes.h"
#include "sf-test-store.h"

typedef SfTestDir Fixture;

/* Counts the statements run on a connection that contain @needle. */
typedef struct
{
  const char *needle;
  guint       count;
} Trace;

static int
count_statement (unsigned  type,
                 void     *data,
                 void     *stmt,
                 void     *sql)
{
  Trace *trace = data;
  const char *text = sqlite3_sql (stmt);

  if (text != NULL && strstr (text, trace->needle) != NULL)
    trace->count++;
  return 0;
}

static void
on_items_changed (GListModel *list,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *count)
{
  (*count)++;
}

/* One partner's notes edited: the list shows them at once, in the same row object, without
 * reading all partners again; the other rows stay as they were. */
static void
test_partner_edit (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autofree char *first = sf_test_add_partner (project, "Woonstichting", "housing", "Fatma");
  g_autofree char *second = sf_test_add_partner (project, "Zorggroep", "care", "Joost");
  GListModel *partners = sf_project_get_partners (project);
  SfPartnerFields fields = { "Zorggroep", "care", "", "Joost", "Belt donderdag terug" };
  SfPartner *shown = sf_test_item (partners, 1);
  Trace whole = { "ORDER BY created", 0 };
  guint changes = 0;

  g_signal_connect (partners, "items-changed", G_CALLBACK (on_items_changed), &changes);
  sqlite3_trace_v2 (sf_db_get_handle (sf_project_get_db (project)), SQLITE_TRACE_STMT,
                    count_statement, &whole);
  g_assert_true (sf_project_update_partner (project, second, &fields, NULL));
  g_assert_cmpstr (sf_partner_get_notes (shown), ==, "Belt donderdag terug");
  g_assert_cmpuint (whole.count, ==, 0);
  g_assert_cmpuint (changes, ==, 0);
  g_assert_cmpstr (sf_partner_get_contact (sf_test_item (partners, 0)), ==, "Fatma");

  /* A new contact is a row of another table the list joins: it is all read again. */
  fields.contact = "Joost de Vries";
  g_assert_true (sf_project_update_partner (project, second, &fields, NULL));
  g_assert_cmpstr (sf_partner_get_contact (shown), ==, "Joost de Vries");
  g_assert_cmpuint (whole.count, ==, 1);

  /* Undo brings the notes back by the whole list. */
  g_assert_true (sf_project_undo (project, NULL));
  g_assert_true (sf_project_undo (project, NULL));
  g_assert_cmpstr (sf_partner_get_notes (shown), ==, "");
  g_assert_cmpstr (sf_partner_get_contact (shown), ==, "Joost");
  g_assert_cmpuint (sf_test_n_items (partners), ==, 2);
  sqlite3_trace_v2 (sf_db_get_handle (sf_project_get_db (project)), 0, NULL, NULL);
}

/* A flat renamed is one row read again; its number of dwellings lives in step 3's figures,
 * another table, and is shown all the same. */
static void
test_flat_edit (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autofree char *baken = sf_test_add_flat (project, "Het Baken");
  g_autofree char *reiger = sf_test_add_flat (project, "De Reiger");
  GListModel *flats = sf_project_get_flats (project);
  SfFlatFields fields = { "De Zilverreiger", "Laan 2", "Woonstichting", -1 };

  g_assert_true (sf_project_update_flat (project, reiger, &fields, NULL));
  g_assert_cmpstr (sf_flat_get_name (sf_test_item (flats, 1)), ==, "De Zilverreiger");
  g_assert_cmpstr (sf_flat_get_name (sf_test_item (flats, 0)), ==, "Het Baken");
  fields.dwellings = 96;
  g_assert_true (sf_project_update_flat (project, reiger, &fields, NULL));
  g_assert_cmpint (sf_flat_get_dwellings (sf_test_item (flats, 1)), ==, 96);
  g_assert_cmpuint (sf_test_n_items (flats), ==, 2);
}

/* A list that cannot be read (a failing disk, a damaged file) is an empty list, never NULL:
 * its view shows nothing rather than failing. */
static void
test_unreadable_lists (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  sqlite3 *handle = sf_db_get_handle (sf_project_get_db (project));

  g_assert_cmpint (sqlite3_exec (handle, "PRAGMA foreign_keys = OFF; DROP TABLE tag;"
                                         "DROP TABLE participant; DROP TABLE statement;"
                                         "DROP TABLE session", NULL, NULL, NULL), ==, SQLITE_OK);
  g_test_expect_message ("Startfoto-Store", G_LOG_LEVEL_WARNING, "*Cannot read*");
  g_assert_cmpuint (sf_test_n_items (sf_project_get_themes (project)), ==, 0);
  g_test_expect_message ("Startfoto-Store", G_LOG_LEVEL_WARNING, "*Cannot read*");
  g_assert_cmpuint (sf_test_n_items (sf_project_get_sessions (project)), ==, 0);
  g_test_assert_expected_messages ();
}

/* What a changeset says, on a table of its own. */
static GPtrArray *
updated_rows_after (const char         *sql,
                    const char * const *moving)
{
  sqlite3 *db = NULL;
  sqlite3_session *session = NULL;
  void *changeset = NULL;
  int size = 0;
  g_autoptr(SfChangeSummary) summary = NULL;
  guint64 mask;

  g_assert_cmpint (sqlite3_open (":memory:", &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE item (id TEXT PRIMARY KEY NOT NULL, "
                                     "position INTEGER, name TEXT);"
                                     "CREATE TABLE other (id TEXT PRIMARY KEY NOT NULL);"
                                     "INSERT INTO item VALUES ('a', 0, 'A'), ('b', 1, 'B');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3session_create (db, "main", &session), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3session_attach (session, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3session_changeset (session, &size, &changeset), ==, SQLITE_OK);
  sqlite3session_delete (session);
  summary = sf_change_summary_new (changeset, size);
  mask = sf_change_summary_column_mask (db, "item", moving);
  sqlite3_free (changeset);
  sqlite3_close (db);
  return sf_change_summary_updated_rows (summary, (const char *[]) { "item", "other", NULL },
                                         mask);
}

static void
test_change_summary (void)
{
  const char * const moving[] = { "position", NULL };
  g_autoptr(GPtrArray) renamed = updated_rows_after ("UPDATE item SET name = 'Z' WHERE id = 'b'",
                                                     moving);

  g_assert_nonnull (renamed);
  g_assert_cmpuint (renamed->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (renamed, 0), ==, "b");
  /* A row moved, came, went, or another table the list shows changed: read it all. */
  g_assert_null (updated_rows_after ("UPDATE item SET position = 2 WHERE id = 'a'", moving));
  g_assert_null (updated_rows_after ("INSERT INTO item VALUES ('c', 2, 'C')", moving));
  g_assert_null (updated_rows_after ("DELETE FROM item WHERE id = 'a'", moving));
  g_assert_null (updated_rows_after ("UPDATE item SET name = 'Z' WHERE id = 'a';"
                                     "INSERT INTO other VALUES ('x')", moving));
  g_assert_null (updated_rows_after ("INSERT INTO other VALUES ('x')", moving));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  SF_TEST_DIR_ADD ("/store/lists/partner-edit", test_partner_edit);
  SF_TEST_DIR_ADD ("/store/lists/flat-edit", test_flat_edit);
  SF_TEST_DIR_ADD ("/store/lists/unreadable", test_unreadable_lists);
  g_test_add_func ("/store/lists/change-summary", test_change_summary);

  return g_test_run ();
}
