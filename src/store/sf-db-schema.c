/* sf-db-schema.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A project file can come from anywhere. One with a trigger of its own would run it on the next
 * edit (one could clear every confidential mark before the report is made); one with a changed
 * table could hold what the code trusts never to be there (a NULL id). Each file is compared
 * with the schema the migrations make, built once in memory: what differs is refused.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sf-db-schema.h"
#include "sf-migrations.h"
#include "sf-store-error.h"

/* SQLite's own tables (the statistics of ANALYZE, say) are not part of what we compare. */
#define SCHEMA_SQL "SELECT name, type || ' ' || tbl_name || ' ' || ifnull (sql, '') " \
                   "FROM main.sqlite_schema WHERE name NOT LIKE 'sqlite\\_stat%' ESCAPE '\\'"

G_LOCK_DEFINE_STATIC (expected);

/* name -> "type table sql", for every entry of @handle's schema; NULL if it cannot be read. */
static GHashTable *
read_schema (sqlite3 *handle)
{
  g_autoptr(GHashTable) schema = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (sqlite3_prepare_v2 (handle, SCHEMA_SQL, -1, &stmt, NULL) != SQLITE_OK)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *name = (const char *) sqlite3_column_text (stmt, 0);

      if (name != NULL)
        g_hash_table_insert (schema, g_strdup (name),
                             g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
    }
  sqlite3_finalize (stmt);
  return rc == SQLITE_DONE ? g_steal_pointer (&schema) : NULL;
}

/* What @migrations up to @version make from an empty database; kept for each list and version
 * (any thread may open files). */
static GHashTable *
expected_schema (const SfMigration *migrations,
                 guint              n_migrations,
                 int                version)
{
  static GHashTable *made_by;
  g_autofree char *key = g_strdup_printf ("%p/%d", (gconstpointer) migrations, version);
  GHashTable *schema;
  sqlite3 *mem = NULL;

  G_LOCK (expected);
  if (made_by == NULL)
    made_by = g_hash_table_new (g_str_hash, g_str_equal);
  schema = g_hash_table_lookup (made_by, key);
  if (schema == NULL && sqlite3_open_v2 (":memory:", &mem, SQLITE_OPEN_READWRITE, NULL) == SQLITE_OK)
    {
      gboolean made = TRUE;

      sf_migrations_add_functions (mem);
      for (guint i = 0; made && i < n_migrations && migrations[i].version <= version; i++)
        made = sqlite3_exec (mem, migrations[i].sql, NULL, NULL, NULL) == SQLITE_OK;
      schema = made ? read_schema (mem) : NULL;
      if (schema != NULL)
        g_hash_table_insert (made_by, g_steal_pointer (&key), schema);
    }
  sqlite3_close (mem);
  G_UNLOCK (expected);
  return schema;
}

void
sf_db_schema_prepare (const SfMigration *migrations,
                      guint              n_migrations,
                      int                version)
{
  expected_schema (migrations, n_migrations, version);
}

gboolean
sf_db_schema_check (sqlite3            *handle,
                    const char         *path,
                    const SfMigration  *migrations,
                    guint               n_migrations,
                    int                 version,
                    GError            **error)
{
  GHashTable *expected = expected_schema (migrations, n_migrations, version);
  g_autoptr(GHashTable) actual = read_schema (handle);
  g_autofree char *name = g_filename_display_basename (path);
  gboolean foreign = FALSE;
  GHashTableIter iter;
  gpointer key, value;

  if (expected == NULL || actual == NULL)
    {
      g_set_error (error, SF_STORE_ERROR, SF_STORE_ERROR_DAMAGED,
                   _("“%s”: The project file is damaged and cannot be used."), name);
      return FALSE;
    }
  g_hash_table_iter_init (&iter, actual);
  while (!foreign && g_hash_table_iter_next (&iter, &key, &value))
    foreign = g_strcmp0 (g_hash_table_lookup (expected, key), value) != 0;
  if (foreign)
    {
      g_set_error (error, SF_STORE_ERROR, SF_STORE_ERROR_FOREIGN,
                   _("“%s” holds parts that Startfoto did not make, such as a changed table or "
                     "a trigger. It is not opened, so that nothing in it can act on the "
                     "project."), name);
      return FALSE;
    }
  /* Only what we make, but not all of it: a table is missing. */
  if (g_hash_table_size (actual) != g_hash_table_size (expected))
    {
      g_set_error (error, SF_STORE_ERROR, SF_STORE_ERROR_DAMAGED,
                   _("“%s”: The project file is damaged and cannot be used."), name);
      return FALSE;
    }
  return TRUE;
}
