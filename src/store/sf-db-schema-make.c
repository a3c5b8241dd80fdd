/* sf-db-schema-make.c: a database's schema as text, and the one the migrations make
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Apart from the check, so that the build's generator (sf-schema-gen.c) can use it too.
 */
#include "config.h"

#include "sf-db-schema.h"
#include "sf-migrations.h"

/* SQLite's own statistics (of ANALYZE) are not part of what is compared. */
#define SCHEMA_SQL "SELECT name, type || ' ' || tbl_name || ' ' || ifnull (sql, '') " \
                   "FROM main.sqlite_schema WHERE name NOT LIKE 'sqlite\\_stat%' ESCAPE '\\' " \
                   "ORDER BY name"

GPtrArray *
sf_db_schema_read (sqlite3 *handle)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (sqlite3_prepare_v2 (handle, SCHEMA_SQL, -1, &stmt, NULL) != SQLITE_OK)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *name = (const char *) sqlite3_column_text (stmt, 0);

      if (name == NULL)
        continue;
      g_ptr_array_add (rows, g_strdup (name));
      g_ptr_array_add (rows, g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
    }
  sqlite3_finalize (stmt);
  return rc == SQLITE_DONE ? g_steal_pointer (&rows) : NULL;
}

GPtrArray *
sf_db_schema_make (const SfMigration *migrations,
                   guint              n_migrations,
                   int                version)
{
  GPtrArray *rows = NULL;
  sqlite3 *mem = NULL;
  gboolean made;

  if (sqlite3_open_v2 (":memory:", &mem, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK)
    {
      sqlite3_close (mem);
      return NULL;
    }
  sf_migrations_add_functions (mem);
  made = TRUE;
  for (guint i = 0; made && i < n_migrations && migrations[i].version <= version; i++)
    made = sqlite3_exec (mem, migrations[i].sql, NULL, NULL, NULL) == SQLITE_OK;
  if (made)
    rows = sf_db_schema_read (mem);
  sqlite3_close (mem);
  return rows;
}
