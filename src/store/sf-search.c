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
 * An action with a large changeset (an import of figures) leaves the index to the next
 * search instead, which builds it anew: reading and indexing ten thousand figures would
 * double the import's time. A mark in the index says so: an entry that links no row. The
 * same search completes the index of a file from before flats and figures could be found;
 * counting its entries and the rows tells when there is nothing to do.
 *
 * The names of step 3's figures are matched when searching, not indexed: most come from the
 * method, translated into the language the app runs in at that moment.
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "sf-project-figures.h"
#include "sf-project-private.h"
#include "sf-project.h"
#include "sf-search.h"
#include "sf-store-error.h"
#include "sf-store-text.h"

typedef struct
{
  const char *table;
  const char *text_sql;         /* the searchable text of one row, by id */
  guint       step;             /* the method step it belongs to; 0: the project's overview */
  const char *confidential_sql; /* whether one row is marked confidential, or NULL */
} Source;

/* A column's text and a separator, or nothing for an empty one. */
#define PART(column) "coalesce (nullif (" column ", '') || ' · ', '')"

static const Source sources[] = {
  { "answer", "SELECT text FROM answer WHERE id = ?1", 1,
    "SELECT confidential FROM answer WHERE id = ?1" },
  { "statement", "SELECT text FROM statement WHERE id = ?1", 2,
    "SELECT confidential FROM statement WHERE id = ?1" },
  { "key_point", "SELECT text FROM key_point WHERE id = ?1", 1,
    "SELECT confidential FROM key_point WHERE id = ?1" },
  { "interview", "SELECT notes FROM interview WHERE id = ?1", 1,
    "SELECT notes_confidential FROM interview WHERE id = ?1" },
  { "session", "SELECT notes FROM session WHERE id = ?1", 2,
    "SELECT notes_confidential FROM session WHERE id = ?1" },
  { "partner", "SELECT organisation || ' ' || notes FROM partner WHERE id = ?1", 1, NULL },
  /* The parts that say something, apart, so that a hit's snippet reads well: "Proefstraat
   * 2-128 · Woonstichting Voorbeeld". */
  { "flat", "SELECT rtrim (" PART ("name") " || " PART ("address") " || " PART ("corporation")
    ", ' ·') FROM flat WHERE id = ?1", 0, NULL },
  /* A figure: its description, source, period and note, and the text in a structured value
   * (kinds of reports, activities and who organises them). */
  { "indicator_value",
    "SELECT rtrim (" PART ("value_text") " || " PART ("source") " || " PART ("period") " || "
    PART ("note") " || " PART ("CASE WHEN json_valid (value_json) THEN (SELECT group_concat "
    "(j.value, ' · ') FROM json_tree (value_json) AS j WHERE j.type = 'text') END")
    ", ' ·') FROM indicator_value WHERE id = ?1", 3, NULL },
  /* A precondition of the project's own, and the partners' vision on any of them. */
  { "precondition", "SELECT rtrim (" PART ("text") " || " PART ("vision") ", ' ·') "
    "FROM precondition WHERE id = ?1", 4, NULL },
  { "plan_action", "SELECT rtrim (" PART ("what") " || " PART ("why") ", ' ·') "
    "FROM plan_action WHERE id = ?1", 4, NULL },
  { "decision", "SELECT rtrim (" PART ("text") " || " PART ("reasoning") " || " PART ("how")
    ", ' ·') FROM decision WHERE id = ?1", 4, NULL },
  { "consideration", "SELECT note FROM consideration WHERE id = ?1", 4,
    "SELECT confidential FROM consideration WHERE id = ?1" },
  { "remark", "SELECT rtrim (" PART ("text") " || " PART ("reason") ", ' ·') "
    "FROM remark WHERE id = ?1", 4, "SELECT confidential FROM remark WHERE id = ?1" },
  { "review_note", "SELECT text FROM review_note WHERE id = ?1", 4,
    "SELECT confidential FROM review_note WHERE id = ?1" },
  /* Step 5: the question put to the boards, and a board's conditions, commitment and
   * mandate. */
  { "board_meeting", "SELECT question FROM board_meeting WHERE id = ?1", 5, NULL },
  { "board_support", "SELECT rtrim (" PART ("conditions") " || " PART ("commitment") " || "
    PART ("mandate") ", ' ·') FROM board_support WHERE id = ?1", 5, NULL },
  /* Step 5's slides: the user's titles, texts and speaker notes. */
  { "slide", "SELECT rtrim (" PART ("title") " || " PART ("body") " || " PART ("notes")
    ", ' ·') FROM slide WHERE id = ?1", 5, NULL },
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

/* A changeset larger than this (about five hundred figures) leaves the index to the next
 * search. */
#define INDEX_AT_ONCE_MAX_SIZE (128 * 1024)

/* An entry that links no row: the index is to be built anew (ids are never empty). */
#define STALE_MARK_SQL "INSERT OR IGNORE INTO search_fts_ref (ref, doc) VALUES ('', 0)"

/* Indexes the row @ref of @source anew: out of the index, and back in with its text as it is
 * now if it still exists. */
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
    text = sf_store_column_text (stmt, 0);
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
  if (size > INDEX_AT_ONCE_MAX_SIZE)
    return sf_db_exec (db, STALE_MARK_SQL, error);
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

/* Whether the index is whole: an entry for each row, each linked to its row, no mark. */
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
      GString *count = g_string_new ("SELECT (SELECT count (*) FROM search_fts_ref) = "
                                     "(SELECT count (*) FROM search_fts_docsize) AND "
                                     "(SELECT count (*) FROM search_fts_ref) = 0");

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

/* Builds the index anew when it is not whole, in a transaction of its own. */
static gboolean
complete_index (SfDb    *db,
                GError **error)
{
  gboolean complete = FALSE;

  if (!index_is_complete (db, &complete, error))
    return FALSE;
  if (complete)
    return TRUE;
  if (!sf_db_exec (db, "BEGIN IMMEDIATE", error))
    return FALSE;
  if (sf_search_rebuild (db, error) && sf_db_exec (db, "COMMIT", error))
    return TRUE;
  sqlite3_exec (sf_db_get_handle (db), "ROLLBACK", NULL, NULL, NULL);
  return FALSE;
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
      hit->snippet = sf_store_column_text (stmt, 2);
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
