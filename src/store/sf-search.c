/* sf-search.c: finding text anywhere in a project, accent-insensitive (FTS5)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One FTS5 table holds the searchable text of every row, with the row's table and id. It is
 * kept by the store, not by triggers (trusted_schema off forbids FTS5 in triggers): after
 * every action, undo and redo, the rows in its changeset are indexed anew, inside the same
 * transaction. The index's tables stay out of the changesets (sf-undo.c), so undo never
 * touches them directly. The unicode61 tokenizer drops diacritics: "client" finds "cliënt".
 *
 * An action that changes many rows (an import of figures) only takes them out of the index:
 * indexing ten thousand figures would double the import's time. The next search puts in
 * what the index lacks, which also completes a file from before flats and figures could be
 * found; a count tells when there is nothing to do.
 *
 * The names of step 3's figures are matched when searching, not indexed: most come from the
 * method, translated into the language the app runs in at that moment.
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "sf-inventory.h"
#include "sf-project.h"
#include "sf-search.h"
#include "sf-store-error.h"

typedef struct
{
  const char *table;
  const char *text;             /* the searchable text of a row: an expression on its columns */
  guint       step;             /* the method step it belongs to; 0: the project's overview */
  const char *confidential_sql; /* whether one row is marked confidential, or NULL */
} Source;

/* A column's text and a separator, or nothing for an empty one. */
#define PART(column) "coalesce (nullif (" column ", '') || ' · ', '')"

static const Source sources[] = {
  { "answer", "text", 1, "SELECT confidential FROM answer WHERE id = ?1" },
  { "statement", "text", 2, "SELECT confidential FROM statement WHERE id = ?1" },
  { "key_point", "text", 1, "SELECT confidential FROM key_point WHERE id = ?1" },
  { "interview", "notes", 1, "SELECT notes_confidential FROM interview WHERE id = ?1" },
  { "session", "notes", 2, "SELECT notes_confidential FROM session WHERE id = ?1" },
  { "partner", "organisation || ' ' || notes", 1, NULL },
  /* The parts that say something, apart, so that a hit's snippet reads well: "Proefstraat
   * 2-128 · Woonstichting Voorbeeld". */
  { "flat", "rtrim (" PART ("name") " || " PART ("address") " || " PART ("corporation")
    ", ' ·')", 0, NULL },
  /* A figure: its description, source, period and note, and the text in a structured value
   * (kinds of reports, activities and who organises them). */
  { "indicator_value",
    "rtrim (" PART ("value_text") " || " PART ("source") " || " PART ("period") " || "
    PART ("note") " || " PART ("CASE WHEN json_valid (value_json) THEN (SELECT group_concat "
    "(j.value, ' · ') FROM json_tree (value_json) AS j WHERE j.type = 'text') END")
    ", ' ·')", 3, NULL },
};

void
sf_search_hit_free (SfSearchHit *hit)
{
  if (hit == NULL)
    return;
  g_free (hit->kind);
  g_free (hit->ref);
  g_free (hit->snippet);
  g_free (hit->context);
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

/* More rows of one table than this in one action are left for the next search to index. */
#define INDEX_AT_ONCE_MAX 500

/* Takes the rows of @source whose ids are in @ids (a JSON array) out of the index; with
 * @insert, puts those that still exist back in with their text as it is now. A few
 * statements for any number of rows. */
static gboolean
index_rows (SfDb          *db,
            const Source  *source,
            const char    *ids,
            gboolean       insert,
            GError       **error)
{
  g_autofree char *insert_sql =
    g_strdup_printf ("INSERT INTO search_fts (text, kind, ref) SELECT %s, '%s', id FROM %s "
                     "WHERE id IN (SELECT value FROM json_each (?1))",
                     source->text, source->table, source->table);
  sqlite3_stmt *stmt;
  sqlite3_int64 last = 0;

  if (!sf_db_run (db, error, "DELETE FROM search_fts WHERE rowid IN (SELECT doc FROM "
                  "search_fts_ref WHERE ref IN (SELECT value FROM json_each (?1)))", "s", ids) ||
      !sf_db_run (db, error, "DELETE FROM search_fts_ref "
                  "WHERE ref IN (SELECT value FROM json_each (?1))", "s", ids))
    return FALSE;
  if (!insert)
    return TRUE;
  /* What is inserted next comes after the last row there is now. */
  stmt = sf_db_prepare (db, "SELECT rowid FROM search_fts ORDER BY rowid DESC LIMIT 1", error);
  if (stmt == NULL)
    return FALSE;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    last = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (!sf_db_run (db, error, insert_sql, "s", ids))
    return FALSE;
  stmt = sf_db_prepare (db, "INSERT INTO search_fts_ref (ref, doc) "
                            "SELECT ref, rowid FROM search_fts WHERE rowid > ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, last);
  return sf_db_step_done (db, stmt, error);
}

gboolean
sf_search_sync (SfDb        *db,
                const void  *changeset,
                int          size,
                GHashTable  *tables,
                GError     **error)
{
  g_autoptr(GHashTable) done = NULL;
  JsonBuilder *ids[G_N_ELEMENTS (sources)] = { NULL };
  guint n_ids[G_N_ELEMENTS (sources)] = { 0 };
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
  while (sqlite3changeset_next (iter) == SQLITE_ROW)
    {
      const char *table;
      int n_columns, op, indirect;
      sqlite3_value *pk = NULL;
      const Source *source;
      const char *ref;
      guint i;

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
      i = (guint) (source - sources);
      if (ids[i] == NULL)
        {
          ids[i] = json_builder_new ();
          json_builder_begin_array (ids[i]);
        }
      json_builder_add_string_value (ids[i], ref);
      n_ids[i]++;
    }
  sqlite3changeset_finalize (iter);

  for (guint i = 0; i < G_N_ELEMENTS (sources); i++)
    {
      g_autoptr(JsonNode) array = NULL;
      g_autofree char *json = NULL;

      if (ids[i] == NULL)
        continue;
      json_builder_end_array (ids[i]);
      array = json_builder_get_root (ids[i]);
      json = json_to_string (array, FALSE);
      ok = ok && index_rows (db, &sources[i], json, n_ids[i] <= INDEX_AT_ONCE_MAX, error);
      g_object_unref (ids[i]);
    }
  return ok;
}

/* Whether every row of every source has its entry: the entries are as many as the rows. */
static gboolean
index_is_complete (SfDb     *db,
                   gboolean *complete,
                   GError  **error)
{
  static char *sql = NULL;
  sqlite3_stmt *stmt;
  int rc;

  if (g_once_init_enter (&sql))
    {
      GString *count = g_string_new ("SELECT (SELECT count (*) FROM search_fts_ref) = 0");

      for (guint i = 0; i < G_N_ELEMENTS (sources); i++)
        g_string_append_printf (count, " + (SELECT count (*) FROM %s)", sources[i].table);
      g_once_init_leave (&sql, g_string_free (count, FALSE));
    }
  stmt = sf_db_prepare (db, sql, error);
  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  *complete = rc == SQLITE_ROW && sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    {
      sf_store_set_sqlite_error (error, sf_db_get_handle (db), rc, sf_db_get_path (db));
      return FALSE;
    }
  return TRUE;
}

/* Indexes the rows the index lacks, in a transaction of its own. */
static gboolean
complete_index (SfDb    *db,
                GError **error)
{
  gboolean complete = FALSE;
  gboolean ok = TRUE;

  if (!index_is_complete (db, &complete, error))
    return FALSE;
  if (complete)
    return TRUE;
  if (!sf_db_exec (db, "BEGIN IMMEDIATE", error))
    return FALSE;
  for (guint i = 0; ok && i < G_N_ELEMENTS (sources); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT json_group_array (id) FROM %s AS row "
                                              "WHERE NOT EXISTS (SELECT 1 FROM search_fts_ref "
                                              "WHERE ref = row.id)", sources[i].table);
      sqlite3_stmt *stmt = sf_db_prepare (db, sql, error);
      g_autofree char *missing = NULL;
      int rc;

      if (stmt == NULL)
        {
          ok = FALSE;
          break;
        }
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        missing = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      else
        sf_store_set_sqlite_error (error, sf_db_get_handle (db), rc, sf_db_get_path (db));
      sqlite3_reset (stmt);
      ok = missing != NULL &&
           (g_str_equal (missing, "[]") || index_rows (db, &sources[i], missing, TRUE, error));
    }
  if (ok)
    ok = sf_db_exec (db, "COMMIT", error);
  if (!ok)
    sqlite3_exec (sf_db_get_handle (db), "ROLLBACK", NULL, NULL, NULL);
  return ok;
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

/* One integer about one row, 0 when there is none. */
static int
row_int (SfDb       *db,
         const char *sql,
         const char *ref)
{
  sqlite3_stmt *stmt = sf_db_prepare (db, sql, NULL);
  int value = 0;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, ref, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  return value;
}

/* A key point belongs to step 2 when it comes from a session. */
static guint
step_of (SfDb         *db,
         const Source *source,
         const char   *ref)
{
  if (g_str_equal (source->table, "key_point") &&
      row_int (db, "SELECT session_id IS NOT NULL FROM key_point WHERE id = ?1", ref))
    return 2;
  return source->step;
}

/* "Number of residents · De Zilverreiger": which figure, of which flat. FALSE for a figure
 * hidden from step 3, which is not shown there. */
static gboolean
describe_figure (SfProject   *project,
                 SfSearchHit *hit)
{
  SfDb *db = sf_project_get_db (project);
  sqlite3_stmt *stmt = sf_db_prepare (db, "SELECT indicator_id, (SELECT name FROM flat "
                                          "WHERE flat.id = flat_id), flat_id IS NULL "
                                          "FROM indicator_value WHERE id = ?1", NULL);
  SfIndicator *indicator = NULL;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, hit->ref, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *flat = (const char *) sqlite3_column_text (stmt, 1);

      indicator = sf_project_find_indicator (project,
                                             (const char *) sqlite3_column_text (stmt, 0));
      if (indicator != NULL)
        hit->context = g_strdup_printf ("%s · %s", sf_indicator_get_name (indicator),
                                        sqlite3_column_int (stmt, 2) ? _("Whole neighbourhood")
                                                                     : flat ? flat : "");
    }
  sqlite3_reset (stmt);
  return indicator != NULL && !sf_indicator_get_hidden (indicator);
}

/* The name with each of its words that a word of @query begins marked, as FTS5's snippet
 * marks its matches. */
static char *
mark_words (const char  *name,
            char       **query)
{
  g_autoptr(GString) marked = g_string_new (NULL);
  g_auto(GStrv) words = g_strsplit (name, " ", -1);

  for (guint i = 0; words[i] != NULL; i++)
    {
      gboolean match = FALSE;

      for (guint j = 0; !match && query[j] != NULL; j++)
        match = *query[j] != '\0' && g_str_match_string (query[j], words[i], TRUE);
      g_string_append_printf (marked, match ? "%s\x02%s\x03" : "%s%s", i > 0 ? " " : "",
                              words[i]);
    }
  return g_string_free (g_steal_pointer (&marked), FALSE);
}

/* The figures of step 3 whose name (the users' own, or the method's as shown) holds every
 * word of @text at the start of one of its words, accents ignored, as the index matches. */
static void
find_figure_names (SfProject  *project,
                   const char *text,
                   GPtrArray  *hits)
{
  GListModel *indicators = sf_project_get_indicators (project);
  g_auto(GStrv) query = g_strsplit_set (text, " \t\n", -1);

  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(SfIndicator) indicator = g_list_model_get_item (indicators, i);
      const char *name = sf_indicator_get_name (indicator);
      SfSearchHit *hit;

      if (sf_indicator_get_hidden (indicator) || !g_str_match_string (text, name, TRUE))
        continue;
      hit = g_new0 (SfSearchHit, 1);
      hit->kind = g_strdup ("indicator");
      hit->ref = g_strdup (sf_record_get_id (SF_RECORD (indicator)));
      hit->step = 3;
      hit->snippet = mark_words (name, query);
      g_ptr_array_add (hits, hit);
    }
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
  g_autoptr(GError) index_error = NULL;
  sqlite3_stmt *stmt;
  int rc;

  if (query == NULL)
    return g_steal_pointer (&hits);
  /* Without, a search misses what is not indexed yet: no reason not to show the rest. */
  if (!complete_index (db, &index_error))
    g_warning ("The search index could not be completed: %s", index_error->message);
  /* The figures named so first: the name says most about what a figure is. */
  find_figure_names (project, text, hits);
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
      const Source *source = find_source (hit->kind);

      if (source == NULL) /* a figure's name */
        continue;
      hit->step = step_of (db, source, hit->ref);
      if (source->confidential_sql != NULL)
        hit->confidential = row_int (db, source->confidential_sql, hit->ref) != 0;
      if (g_str_equal (hit->kind, "indicator_value") && !describe_figure (project, hit))
        g_ptr_array_remove_index (hits, i--);
    }
  if (hits->len > limit)
    g_ptr_array_set_size (hits, limit);
  return g_steal_pointer (&hits);
}
