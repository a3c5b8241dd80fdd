/* sf-test-store.c: what the store tests share: projects in temporary folders, list items,
 * flats, partners and step-3 values
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <glib/gi18n.h>
#include <locale.h>

#include "sf-project-private.h"
#include "sf-test-store.h"

SfProject *
sf_test_create_project (const char *path)
{
  g_autoptr(GError) error = NULL;
  SfProjectFields fields = { "Welthuisflat Zuid", "Leiden", "Zuidwest", NULL };
  SfProject *project = sf_project_create (path, &fields, &error);

  g_assert_no_error (error);
  g_assert_nonnull (project);
  return project;
}

/* Closes @project and opens its file again: what is there is what was committed. */
SfProject *
sf_test_reopen (SfProject  *project,
                const char *path)
{
  g_autoptr(GError) error = NULL;
  SfProject *again;

  g_object_unref (project);
  again = sf_project_open (path, SF_DB_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_nonnull (again);
  return again;
}

/* gettext and the C library's locale in Dutch ("nl") or English ("en"), as the app starts in
 * them: the store's and the method's texts follow. */
void
sf_test_set_language (const char *language)
{
  gboolean dutch = g_str_equal (language, "nl");

  g_assert_nonnull (bindtextdomain (GETTEXT_PACKAGE, g_getenv ("SF_TEST_LOCALEDIR")));
  g_assert_nonnull (bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8"));
  g_setenv ("LANGUAGE", language, TRUE);
  /* Dutch needs the nl_NL.UTF-8 locale (Debian: /etc/locale.gen, then locale-gen). */
  g_assert_nonnull (setlocale (LC_ALL, dutch ? "nl_NL.UTF-8" : "C.UTF-8"));
}

char *
sf_test_day_from_today (int    days,
                        char **iso)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) day = g_date_time_add_days (now, days);

  *iso = g_date_time_format (day, "%Y-%m-%d");
  return g_strdup_printf ("%d-%d-%d", g_date_time_get_day_of_month (day),
                          g_date_time_get_month (day), g_date_time_get_year (day));
}

/* The file's schema version (PRAGMA user_version), read past the store. */
int
sf_test_user_version (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int version = -1;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    version = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return version;
}

/* Runs @sql on the closed file @path, bypassing the store. */
char *
sf_test_file_digest (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

void
sf_test_copy_file (const char *from,
                   const char *to)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (from, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (to, contents, (gssize) length, NULL));
}

void
sf_test_exec_on_file (const char *path,
                      const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

void
sf_test_remove_tree (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        sf_test_remove_tree (path);
      else
        g_unlink (path);
    }
  g_rmdir (dir);
}

guint
sf_test_n_items (GListModel *list)
{
  return g_list_model_get_n_items (list);
}

gpointer
sf_test_item (GListModel *list,
              guint       position)
{
  gpointer it = g_list_model_get_item (list, position);

  g_assert_nonnull (it);
  g_object_unref (it); /* the list keeps it alive */
  return it;
}

/* A count straight from the file, past the store's own API. */
guint
sf_test_count_rows (SfProject  *project,
                    const char *sql)
{
  sqlite3 *db = sf_db_get_handle (sf_project_get_db (project));
  sqlite3_stmt *stmt = NULL;
  guint n = 0;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = (guint) sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

char *
sf_test_add_flat (SfProject  *project,
                  const char *name)
{
  g_autoptr(GError) error = NULL;
  SfFlatFields fields = { name, "", "", -1 };
  char *id = sf_project_add_flat (project, &fields, &error);

  g_assert_no_error (error);
  g_assert_nonnull (id);
  return id;
}

char *
sf_test_add_partner (SfProject  *project,
                     const char *organisation,
                     const char *domain,
                     const char *contact)
{
  g_autoptr(GError) error = NULL;
  SfPartnerFields fields = { organisation, domain, "", contact, NULL };
  char *id = sf_project_add_partner (project, &fields, &error);

  g_assert_no_error (error);
  g_assert_nonnull (id);
  return id;
}

const char *
sf_test_key_id (SfProject  *project,
                const char *key)
{
  SfIndicator *indicator = sf_project_find_indicator_by_key (project, key);

  g_assert_nonnull (indicator);
  return sf_record_get_id (SF_RECORD (indicator));
}

void
sf_test_set_value (SfProject                    *project,
                   const char                   *key,
                   const char                   *flat_id,
                   const SfIndicatorValueFields *fields)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sf_project_set_indicator_value (project, sf_test_key_id (project, key), flat_id,
                                                 fields, &error));
  g_assert_no_error (error);
}

void
sf_test_set_number (SfProject  *project,
                    const char *key,
                    const char *flat_id,
                    double      number,
                    SfAccuracy  accuracy)
{
  sf_test_set_number_from (project, key, flat_id, number, accuracy, "", "");
}

void
sf_test_set_number_from (SfProject  *project,
                         const char *key,
                         const char *flat_id,
                         double      number,
                         SfAccuracy  accuracy,
                         const char *source,
                         const char *period)
{
  SfIndicatorValueFields fields = { TRUE, number, NULL, NULL, accuracy, source, period, NULL,
                                    SF_VALUE_RECEIVED };

  sf_test_set_value (project, key, flat_id, &fields);
}

void
sf_test_set_json (SfProject  *project,
                  const char *key,
                  const char *flat_id,
                  const char *json,
                  SfAccuracy  accuracy)
{
  SfIndicatorValueFields fields = { FALSE, 0, NULL, json, accuracy, "", "", NULL,
                                    SF_VALUE_RECEIVED };

  sf_test_set_value (project, key, flat_id, &fields);
}

char *
sf_test_dump_rows (SfProject  *project,
                   const char *sql,
                   gboolean    types)
{
  sqlite3 *db = sf_db_get_handle (sf_project_get_db (project));
  GString *out = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      for (int c = 0; c < sqlite3_column_count (stmt); c++)
        {
          if (types)
            g_string_append_printf (out, "%d:", sqlite3_column_type (stmt, c));
          g_string_append_printf (out, "%s|", sqlite3_column_type (stmt, c) == SQLITE_NULL
                                  ? "NULL" : (const char *) sqlite3_column_text (stmt, c));
        }
      g_string_append_c (out, '\n');
    }
  sqlite3_finalize (stmt);
  return g_string_free (out, FALSE);
}

char *
sf_test_dump_tables (SfProject          *project,
                     const char * const *tables)
{
  GString *out = g_string_new (NULL);

  for (guint t = 0; tables[t] != NULL; t++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM %s ORDER BY id", tables[t]);
      g_autofree char *rows = sf_test_dump_rows (project, sql, FALSE);

      g_string_append_printf (out, "%s:\n%s", tables[t], rows);
    }
  return g_string_free (out, FALSE);
}

void
sf_test_dir_set_up (SfTestDir     *f,
                    gconstpointer  data)
{
  f->dir = g_dir_make_tmp ("startfoto-test-XXXXXX", NULL);
  g_assert_nonnull (f->dir);
  f->path = g_build_filename (f->dir, "project.startfoto", NULL);
}

void
sf_test_dir_tear_down (SfTestDir     *f,
                       gconstpointer  data)
{
  sf_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}
