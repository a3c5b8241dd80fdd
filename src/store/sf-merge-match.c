/* sf-merge-match.c: without a base, rows that are one thing by the schema's own rules get one id
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Rows are matched by id. But a file migrated apart from mine got its seeded rows (the
 * method's figures and preconditions, which migrations insert) under ids of its own, and two
 * people may each have made the interview of one partner or a theme of one name. Where the
 * schema says a key is unique, a row of the copy with mine's key is mine's row: it takes mine's
 * id (and every reference to it in the copy follows), so it is compared instead of added
 * twice or refused. Never by a name the schema lets repeat: that is how other tools lose data.
 */
#include "config.h"

#include "sf-merge-private.h"
#include "sf-store-error.h"

/* sqlite3_mprintf () (for %w and %Q), in memory g_free () takes. */
static char *
sql_printf (const char *format,
            ...)
{
  va_list args;
  char *made, *copy;

  va_start (args, format);
  made = sqlite3_vmprintf (format, args);
  va_end (args);
  copy = g_strdup (made);
  sqlite3_free (made);
  return copy;
}

/* The columns of unique index @index, quoted and joined as "t.a = m.a AND …"; NULL when one
 * is an expression. */
static char *
index_match (sqlite3    *db,
             const char *index)
{
  g_autoptr(GString) match = g_string_new (NULL);
  g_autofree char *sql = sql_printf ("PRAGMA main.index_info (%Q)", index);
  sqlite3_stmt *stmt = NULL;
  gboolean whole = TRUE;

  sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *column = (const char *) sqlite3_column_text (stmt, 2);
      g_autofree char *quoted = column != NULL ? sql_printf ("%w", column) : NULL;

      whole = whole && column != NULL;
      if (column != NULL)
        g_string_append_printf (match, "%st.\"%s\" = m.\"%s\"", match->len ? " AND " : "",
                                quoted, quoted);
    }
  sqlite3_finalize (stmt);
  return whole && match->len > 0 ? g_string_free (g_steal_pointer (&match), FALSE) : NULL;
}

/* The WHERE of partial index @index as mine's schema has it (our own SQL), or "1". */
static char *
index_where (sqlite3    *db,
             const char *index)
{
  sqlite3_stmt *stmt = NULL;
  char *where = NULL;

  sqlite3_prepare_v2 (db, "SELECT sql FROM main.sqlite_schema WHERE type = 'index' AND "
                          "name = ?1", -1, &stmt, NULL);
  sqlite3_bind_text (stmt, 1, index, -1, SQLITE_STATIC);
  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_text (stmt, 0))
    {
      const char *sql = (const char *) sqlite3_column_text (stmt, 0);
      const char *at = g_strrstr (sql, " WHERE ");

      where = at != NULL ? g_strdup (at + 7) : NULL;
    }
  sqlite3_finalize (stmt);
  return where != NULL ? where : g_strdup ("1");
}

static gboolean
exec (sqlite3     *db,
      const char  *sql,
      GError     **error)
{
  int rc = sqlite3_exec (db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    sf_store_set_sqlite_error (error, db, rc, NULL);
  return rc == SQLITE_OK;
}

/* Gives the rows in temp.sf_remap their new ids in the copy, and every reference to them. */
static gboolean
remap (sqlite3     *db,
       const char  *table,
       GStrv        tables,
       GError     **error)
{
  g_autofree char *sql = NULL;
  gboolean done;

  sql = sql_printf ("UPDATE theirs.\"%w\" SET id = (SELECT new FROM temp.sf_remap "
                         "WHERE old = id) WHERE id IN (SELECT old FROM temp.sf_remap)", table);
  done = exec (db, sql, error);
  for (guint i = 0; done && tables[i] != NULL; i++)
    {
      g_autofree char *keys = sql_printf ("PRAGMA theirs.foreign_key_list (%Q)",
                                               tables[i]);
      sqlite3_stmt *stmt = NULL;

      sqlite3_prepare_v2 (db, keys, -1, &stmt, NULL);
      while (done && stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
        {
          const char *parent = (const char *) sqlite3_column_text (stmt, 2);
          const char *from = (const char *) sqlite3_column_text (stmt, 3);
          g_autofree char *update = NULL;

          if (g_strcmp0 (parent, table) != 0 || from == NULL)
            continue;
          update = sql_printf ("UPDATE theirs.\"%w\" SET \"%w\" = (SELECT new FROM "
                                    "temp.sf_remap WHERE old = \"%w\") WHERE \"%w\" IN "
                                    "(SELECT old FROM temp.sf_remap)",
                                    tables[i], from, from, from);
          done = exec (db, update, error);
        }
      sqlite3_finalize (stmt);
    }
  return done;
}

/* Mine's "created" for the matched rows of @table, when it has one: when a seeded row was
 * stored is the migration's time, not content, and would read as a conflict. */
static gboolean
keep_created (sqlite3     *db,
              const char  *table,
              GError     **error)
{
  g_autofree char *sql = sql_printf ("SELECT 1 FROM pragma_table_info (%Q, 'main') "
                                          "WHERE name = 'created'", table);
  g_autofree char *update = NULL;
  sqlite3_stmt *stmt = NULL;
  gboolean has;

  sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  has = stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_finalize (stmt);
  if (!has)
    return TRUE;
  update = sql_printf ("UPDATE theirs.\"%w\" AS t SET created = m.created FROM "
                            "main.\"%w\" AS m WHERE m.id = t.id AND t.id IN "
                            "(SELECT new FROM temp.sf_remap)", table, table);
  return exec (db, update, error);
}

/* Matches the copy's rows of @table to mine's by each unique index. */
static gboolean
match_table (sqlite3     *db,
             const char  *table,
             GStrv        tables,
             GError     **error)
{
  g_autofree char *sql = sql_printf ("PRAGMA main.index_list (%Q)", table);
  g_autoptr(GPtrArray) indexes = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;
  gboolean done = TRUE;

  sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    if (sqlite3_column_int (stmt, 2) == 1 &&
        g_strcmp0 ((const char *) sqlite3_column_text (stmt, 3), "pk") != 0)
      g_ptr_array_add (indexes, g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
  sqlite3_finalize (stmt);
  for (guint i = 0; done && i < indexes->len; i++)
    {
      g_autofree char *match = index_match (db, g_ptr_array_index (indexes, i));
      g_autofree char *where = index_where (db, g_ptr_array_index (indexes, i));
      g_autofree char *pairs = NULL;

      if (match == NULL)
        continue;
      /* "=" never matches a NULL: a unique key with a NULL in it is no key (SQL's rule). A row
       * mine has under the copy's id, or the copy under mine's, is already matched by id. */
      pairs = sql_printf ("INSERT INTO temp.sf_remap (old, new) SELECT t.id, m.id FROM "
                               "(SELECT * FROM theirs.\"%w\" WHERE %s) AS t JOIN "
                               "(SELECT * FROM main.\"%w\" WHERE %s) AS m ON %s "
                               "WHERE t.id != m.id "
                               "AND NOT EXISTS (SELECT 1 FROM main.\"%w\" WHERE id = t.id) "
                               "AND NOT EXISTS (SELECT 1 FROM theirs.\"%w\" WHERE id = m.id)",
                               table, where, table, where, match, table, table);
      done = exec (db, pairs, error) && remap (db, table, tables, error) &&
             keep_created (db, table, error) && exec (db, "DELETE FROM temp.sf_remap", error);
    }
  return done;
}

gboolean
sf_merge_match_unique (SfMergePlan  *plan,
                       GStrv         tables,
                       GError      **error)
{
  gboolean done;

  /* Parents come before the rows that point at them in the schema's order, so a figure's
   * values meet mine's once their figure has mine's id. References may point at an old id
   * for a moment: foreign keys are checked at the end. */
  if (!exec (plan->scratch, "CREATE TEMP TABLE IF NOT EXISTS sf_remap (old TEXT PRIMARY KEY, "
                            "new TEXT NOT NULL); BEGIN; PRAGMA defer_foreign_keys = ON", error))
    return FALSE;
  done = TRUE;
  for (guint i = 0; done && tables[i] != NULL; i++)
    done = match_table (plan->scratch, tables[i], tables, error);
  if (done)
    return exec (plan->scratch, "COMMIT", error);
  sqlite3_exec (plan->scratch, "ROLLBACK", NULL, NULL, NULL);
  return FALSE;
}
