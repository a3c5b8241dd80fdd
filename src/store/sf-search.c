/* sf-search.c: finding text anywhere in a project, accent-insensitive (FTS5)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One FTS5 table holds the searchable text of every row, with the row's table and id. It is
 * kept by the store, not by triggers (trusted_schema off forbids FTS5 in triggers): after
 * every action, undo and redo, the rows in its changeset are indexed anew, inside the same
 * transaction. The index's tables stay out of the changesets (sf-undo.c), so undo never
 * touches them directly. The unicode61 tokenizer drops diacritics: "client" finds "cliënt".
 */
#include "config.h"

#include <string.h>

#include "sf-project.h"
#include "sf-search.h"
#include "sf-store-error.h"

typedef struct
{
  const char *table;
  const char *text_sql; /* the searchable text of one row, by id */
} Source;

static const Source sources[] = {
  { "answer", "SELECT text FROM answer WHERE id = ?1" },
  { "statement", "SELECT text FROM statement WHERE id = ?1" },
  { "key_point", "SELECT text FROM key_point WHERE id = ?1" },
  { "interview", "SELECT notes FROM interview WHERE id = ?1" },
  { "session", "SELECT notes FROM session WHERE id = ?1" },
  { "partner", "SELECT organisation || ' ' || notes FROM partner WHERE id = ?1" },
};

void
sf_search_hit_free (SfSearchHit *hit)
{
  if (hit == NULL)
    return;
  g_free (hit->kind);
  g_free (hit->ref);
  g_free (hit->snippet);
  g_free (hit);
}

static const Source *
find_source (const char *table)
{
  for (guint i = 0; i < G_N_ELEMENTS (sources); i++)
    if (g_str_equal (sources[i].table, table))
      return &sources[i];
  return NULL;
}

static gboolean
index_row (SfDb          *db,
           const Source  *source,
           const char    *ref,
           GError       **error)
{
  sqlite3_stmt *stmt;
  g_autofree char *text = NULL;
  int rc;

  if (!sf_db_run (db, error, "DELETE FROM search_fts WHERE rowid = "
                  "(SELECT doc FROM search_fts_ref WHERE ref = ?1)", "s", ref) ||
      !sf_db_run (db, error, "DELETE FROM search_fts_ref WHERE ref = ?1", "s", ref))
    return FALSE;

  stmt = sf_db_prepare (db, source->text_sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, ref, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      sf_store_set_sqlite_error (error, sf_db_get_handle (db), rc, sf_db_get_path (db));
      return FALSE;
    }
  if (text == NULL) /* the row is gone */
    return TRUE;

  return sf_db_run (db, error, "INSERT INTO search_fts (text, kind, ref) VALUES (?1, ?2, ?3)",
                    "sss", text, source->table, ref) &&
         sf_db_run (db, error, "INSERT INTO search_fts_ref (ref, doc) "
                    "VALUES (?1, last_insert_rowid ())", "s", ref);
}

gboolean
sf_search_sync (SfDb        *db,
                const void  *changeset,
                int          size,
                GHashTable  *tables,
                GError     **error)
{
  g_autoptr(GHashTable) done = NULL;
  sqlite3_changeset_iter *iter = NULL;
  gboolean ok = TRUE;
  gboolean searchable = tables == NULL;

  /* Reading a large changeset (an import of figures) costs time; skip one without text. */
  for (guint i = 0; !searchable && i < G_N_ELEMENTS (sources); i++)
    searchable = g_hash_table_contains (tables, sources[i].table);
  if (!searchable)
    return TRUE;
  done = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (sqlite3changeset_start (&iter, size, (void *) changeset) != SQLITE_OK)
    return TRUE;
  while (ok && sqlite3changeset_next (iter) == SQLITE_ROW)
    {
      const char *table;
      int n_columns, op, indirect;
      sqlite3_value *pk = NULL;
      const Source *source;
      const char *ref;

      sqlite3changeset_op (iter, &table, &n_columns, &op, &indirect);
      source = find_source (table);
      if (source == NULL)
        continue;
      /* Every table's primary key is its first column, id. */
      if (op == SQLITE_INSERT)
        sqlite3changeset_new (iter, 0, &pk);
      else
        sqlite3changeset_old (iter, 0, &pk);
      ref = pk ? (const char *) sqlite3_value_text (pk) : NULL;
      if (ref == NULL || g_hash_table_contains (done, ref))
        continue;
      g_hash_table_add (done, g_strdup (ref));
      ok = index_row (db, source, ref, error);
    }
  sqlite3changeset_finalize (iter);
  return ok;
}

/* Indexes every row anew, from nothing: what was in the index before is gone from it, so that a
 * copy whose confidential rows were removed keeps no trace of their words. FTS5's rebuild
 * writes the index's own structures afresh from the indexed text that remains. */
gboolean
sf_search_rebuild (SfDb    *db,
                   GError **error)
{
  if (!sf_db_exec (db, "DELETE FROM search_fts; DELETE FROM search_fts_ref;", error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (sources); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT id FROM %s", sources[i].table);
      g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
      sqlite3_stmt *stmt = sf_db_prepare (db, sql, error);
      int rc;

      if (stmt == NULL)
        return FALSE;
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        if (sqlite3_column_text (stmt, 0) != NULL)
          g_ptr_array_add (ids, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
      sqlite3_reset (stmt);
      if (rc != SQLITE_DONE)
        {
          sf_store_set_sqlite_error (error, sf_db_get_handle (db), rc, sf_db_get_path (db));
          return FALSE;
        }
      for (guint j = 0; j < ids->len; j++)
        if (!index_row (db, &sources[i], g_ptr_array_index (ids, j), error))
          return FALSE;
    }
  return sf_db_exec (db, "INSERT INTO search_fts (search_fts) VALUES ('rebuild')", error);
}

/* Each word the user typed, quoted (so FTS5 syntax in the text means nothing) and matched as
 * a prefix: "cliënt zorg" finds "Cliëntenraad" and "zorgorganisatie". */
static char *
fts_query (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \t\n", -1);
  g_autoptr(GString) query = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *word = g_strstrip (g_strdup (words[i]));
      g_auto(GStrv) quotes = NULL;

      if (*word == '\0')
        continue;
      quotes = g_strsplit (word, "\"", -1);
      g_free (word);
      word = g_strjoinv ("\"\"", quotes);
      g_string_append_printf (query, "%s\"%s\"*", query->len ? " " : "", word);
    }
  return query->len ? g_string_free (g_steal_pointer (&query), FALSE) : NULL;
}

static guint
step_of (SfDb       *db,
         const char *kind,
         const char *ref)
{
  sqlite3_stmt *stmt;
  guint step = 1;

  if (g_str_equal (kind, "statement") || g_str_equal (kind, "session"))
    return 2;
  if (!g_str_equal (kind, "key_point"))
    return 1;
  stmt = sf_db_prepare (db, "SELECT session_id IS NOT NULL FROM key_point WHERE id = ?1", NULL);
  if (stmt == NULL)
    return 1;
  sqlite3_bind_text (stmt, 1, ref, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_int (stmt, 0))
    step = 2;
  sqlite3_reset (stmt);
  return step;
}

GPtrArray *
sf_search_find (SfProject   *project,
                const char  *text,
                guint        limit,
                GError     **error)
{
  SfDb *db = sf_project_get_db (project);
  g_autoptr(GPtrArray) hits = g_ptr_array_new_with_free_func ((GDestroyNotify) sf_search_hit_free);
  g_autofree char *query = fts_query (text ? text : "");
  sqlite3_stmt *stmt;
  int rc;

  if (query == NULL)
    return g_steal_pointer (&hits);
  stmt = sf_db_prepare (db, "SELECT kind, ref, snippet (search_fts, 0, char (2), char (3), "
                            "'…', 12) FROM search_fts WHERE search_fts MATCH ?1 "
                            "ORDER BY rank LIMIT ?2", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, query, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, (int) limit);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SfSearchHit *hit = g_new0 (SfSearchHit, 1);

      hit->kind = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      hit->ref = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      hit->snippet = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      g_ptr_array_add (hits, hit);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sf_store_set_sqlite_error (error, sf_db_get_handle (db), rc, sf_db_get_path (db));
      return NULL;
    }
  for (guint i = 0; i < hits->len; i++)
    {
      SfSearchHit *hit = g_ptr_array_index (hits, i);

      hit->step = step_of (db, hit->kind, hit->ref);
    }
  return g_steal_pointer (&hits);
}
