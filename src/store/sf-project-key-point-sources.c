/* sf-project-key-point-sources.c: what a key point came from: answers, an interview's notes,
 * statements
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The links are rows of key_point_source, one column per kind of source.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sf-project-interviews.h"
#include "sf-project-interviews-private.h"
#include "sf-project-private.h"
#include "sf-store-error.h"
#include "sf-store-text.h"
#include "sf-store-util.h"

/* What a key point came from: a partner's answers or interview notes (step 1) or its
 * session's statements (step 2). The SQL is picked from these constants, never built. */
typedef struct
{
  const char *check;  /* a row if ?1 may be a source of key point ?2 */
  const char *linked; /* the key point's links of this kind: the source's id, the link's id */
  const char *link;   /* a new link: ?1 its id, ?2 the key point, ?3 the source */
  const char *list;   /* the sources' ids, in their order */
  const char *find;   /* a row if key point ?1 is linked to source ?2 */
  const char *unlink; /* removes the link of key point ?1 to source ?2 */
} SourceKind;

static const SourceKind answer_sources = {
  "SELECT 1 FROM answer WHERE id = ?1",
  "SELECT answer_id, id FROM key_point_source WHERE key_point_id = ?1 AND answer_id IS NOT NULL",
  "INSERT INTO key_point_source (id, key_point_id, answer_id) VALUES (?1, ?2, ?3)",
  "SELECT answer.id FROM key_point_source "
  "JOIN answer ON answer.id = key_point_source.answer_id "
  "JOIN question ON question.id = answer.question_id "
  "WHERE key_point_source.key_point_id = ?1 "
  "ORDER BY question.step, question.position, answer.id",
  "SELECT 1 FROM key_point_source WHERE key_point_id = ?1 AND answer_id = ?2",
  "DELETE FROM key_point_source WHERE key_point_id = ?1 AND answer_id = ?2",
};

/* Only the notes of the interview with the key point's own partner. */
static const SourceKind notes_sources = {
  "SELECT 1 FROM interview JOIN key_point ON key_point.partner_id = interview.partner_id "
  "WHERE interview.id = ?1 AND key_point.id = ?2",
  "SELECT interview_id, id FROM key_point_source "
  "WHERE key_point_id = ?1 AND interview_id IS NOT NULL",
  "INSERT INTO key_point_source (id, key_point_id, interview_id) VALUES (?1, ?2, ?3)",
  "SELECT interview_id FROM key_point_source "
  "WHERE key_point_id = ?1 AND interview_id IS NOT NULL",
  "SELECT 1 FROM key_point_source WHERE key_point_id = ?1 AND interview_id = ?2",
  "DELETE FROM key_point_source WHERE key_point_id = ?1 AND interview_id = ?2",
};

/* Only statements made in the key point's own session. */
static const SourceKind statement_sources = {
  "SELECT 1 FROM statement JOIN key_point ON key_point.session_id = statement.session_id "
  "WHERE statement.id = ?1 AND key_point.id = ?2",
  "SELECT statement_id, id FROM key_point_source "
  "WHERE key_point_id = ?1 AND statement_id IS NOT NULL",
  "INSERT INTO key_point_source (id, key_point_id, statement_id) VALUES (?1, ?2, ?3)",
  "SELECT statement.id FROM key_point_source "
  "JOIN statement ON statement.id = key_point_source.statement_id "
  "LEFT JOIN question ON question.id = statement.question_id "
  "WHERE key_point_source.key_point_id = ?1 "
  "ORDER BY question.position, statement.position, statement.created, statement.id",
  "SELECT 1 FROM key_point_source WHERE key_point_id = ?1 AND statement_id = ?2",
  "DELETE FROM key_point_source WHERE key_point_id = ?1 AND statement_id = ?2",
};

/* ---- the sources of one kind at once ---------------------------------------------------- */

typedef struct
{
  const char       *id;         /* the key point */
  const SourceKind *sources;    /* the kind of the new sources */
  GPtrArray        *source_ids; /* the new sources, without doubles */
} SourcesChange;

/* Only the links that come or go are written: a source that stays keeps its row. */
static gboolean
do_set_key_point_sources (SfDb     *db,
                          gpointer  data,
                          GError  **error)
{
  SourcesChange *change = data;
  const SourceKind *kind = change->sources;
  g_autoptr(GHashTable) old = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  GHashTableIter iter;
  gpointer old_source, link_id;
  sqlite3_stmt *stmt;
  int rc;

  if (!sf_store_require_row (db, "SELECT 1 FROM key_point WHERE id = ?1", change->id, error))
    return FALSE;
  for (guint i = 0; i < change->source_ids->len; i++)
    {
      gboolean found = FALSE;

      if (!sf_store_row_exists (db, kind->check, g_ptr_array_index (change->source_ids, i),
                                change->id, &found, error))
        return FALSE;
      if (!found)
        return sf_store_not_found (error);
    }

  stmt = sf_db_prepare (db, kind->linked, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, change->id, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_insert (old, g_strdup ((const char *) sqlite3_column_text (stmt, 0)),
                         g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sf_store_set_sqlite_error (error, sf_db_get_handle (db), rc, sf_db_get_path (db));
      return FALSE;
    }

  for (guint i = 0; i < change->source_ids->len; i++)
    {
      const char *id = g_ptr_array_index (change->source_ids, i);
      g_autofree char *link = NULL;

      if (g_hash_table_remove (old, id))
        continue;
      link = g_uuid_string_random ();
      if (!sf_db_run (db, error, kind->link, "sss", link, change->id, id))
        return FALSE;
    }
  g_hash_table_iter_init (&iter, old);
  while (g_hash_table_iter_next (&iter, &old_source, &link_id))
    if (!sf_db_run (db, error, "DELETE FROM key_point_source WHERE id = ?1", "s", link_id))
      return FALSE;
  return TRUE;
}

static gboolean
set_sources (SfProject          *self,
             const SourceKind   *kind,
             const char         *key_point_id,
             const char * const *source_ids,
             GError            **error)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  SourcesChange change = { .id = key_point_id, .sources = kind, .source_ids = ids };

  g_return_val_if_fail (SF_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (key_point_id != NULL, FALSE);
  for (guint i = 0; source_ids != NULL && source_ids[i] != NULL; i++)
    if (!g_ptr_array_find_with_equal_func (ids, source_ids[i], g_str_equal, NULL))
      g_ptr_array_add (ids, (gpointer) source_ids[i]);
  return sf_project_run_action (self, _("Change key point sources"), do_set_key_point_sources,
                                &change, error);
}

gboolean
sf_project_set_key_point_sources (SfProject          *self,
                                  const char         *key_point_id,
                                  const char * const *answer_ids,
                                  GError            **error)
{
  return set_sources (self, &answer_sources, key_point_id, answer_ids, error);
}

gboolean
sf_project_set_key_point_statements (SfProject          *self,
                                     const char         *key_point_id,
                                     const char * const *statement_ids,
                                     GError            **error)
{
  return set_sources (self, &statement_sources, key_point_id, statement_ids, error);
}

static GStrv
get_sources (SfProject        *self,
             const SourceKind *kind,
             const char       *key_point_id)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GError) error = NULL;
  SfDb *db;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (SF_IS_PROJECT (self), NULL);
  db = sf_project_get_db (self);
  stmt = sf_db_prepare (db, kind->list, &error);
  if (stmt == NULL)
    {
      g_warning ("Cannot read the sources of a key point: %s", error->message);
      return g_strv_builder_end (builder);
    }
  sqlite3_bind_text (stmt, 1, key_point_id, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));
  if (rc != SQLITE_DONE)
    g_warning ("Cannot read the sources of a key point: %s",
               sqlite3_errmsg (sf_db_get_handle (db)));
  sqlite3_reset (stmt);
  return g_strv_builder_end (builder);
}

GStrv
sf_project_get_key_point_sources (SfProject  *self,
                                  const char *key_point_id)
{
  return get_sources (self, &answer_sources, key_point_id);
}

GStrv
sf_project_get_key_point_statements (SfProject  *self,
                                     const char *key_point_id)
{
  return get_sources (self, &statement_sources, key_point_id);
}

/* ---- sources of any kind ---------------------------------------------------------------- */

static const SourceKind *const source_kinds[] = {
  [SF_SOURCE_ANSWER] = &answer_sources,
  [SF_SOURCE_INTERVIEW_NOTES] = &notes_sources,
  [SF_SOURCE_STATEMENT] = &statement_sources,
};

typedef struct
{
  const char   *key_point_id;
  SfSourceKind  kind;
  const char   *source_id;
  gboolean      chosen;
} SourceChange;

static gboolean
do_set_key_point_source (SfDb     *db,
                         gpointer  data,
                         GError  **error)
{
  SourceChange *change = data;
  const SourceKind *kind = source_kinds[change->kind];
  gboolean may = FALSE, linked = FALSE;
  g_autofree char *id = NULL;

  if (!sf_store_require_row (db, "SELECT 1 FROM key_point WHERE id = ?1", change->key_point_id,
                             error) ||
      !sf_store_row_exists (db, kind->check, change->source_id, change->key_point_id, &may,
                            error) ||
      !(may || sf_store_not_found (error)) ||
      !sf_store_row_exists (db, kind->find, change->key_point_id, change->source_id, &linked,
                            error))
    return FALSE;
  if (linked == change->chosen)
    return TRUE;
  if (!change->chosen)
    return sf_db_run (db, error, kind->unlink, "ss", change->key_point_id, change->source_id);
  id = g_uuid_string_random ();
  return sf_db_run (db, error, kind->link, "sss", id, change->key_point_id, change->source_id);
}

gboolean
sf_project_set_key_point_source (SfProject     *self,
                                 const char    *key_point_id,
                                 SfSourceKind   kind,
                                 const char    *source_id,
                                 gboolean       chosen,
                                 GError       **error)
{
  SourceChange change = { key_point_id, kind, source_id, chosen != 0 };

  g_return_val_if_fail (SF_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (key_point_id != NULL && source_id != NULL, FALSE);
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (source_kinds), FALSE);
  return sf_project_run_action (self, _("Change key point sources"), do_set_key_point_source,
                                &change, error);
}

void
sf_source_candidate_free (SfSourceCandidate *candidate)
{
  if (candidate == NULL)
    return;
  g_free (candidate->id);
  g_free (candidate->heading);
  g_free (candidate->text);
  g_free (candidate->speaker);
  g_free (candidate);
}

/* The question's text as the project words it (the method's, translated, or the user's). */
static char *
question_heading (SfProject  *self,
                  guint       step,
                  const char *question_id)
{
  GListModel *questions = sf_project_get_questions (self, step);

  for (guint i = 0; question_id != NULL && i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(SfQuestion) question = g_list_model_get_item (questions, i);

      if (g_strcmp0 (sf_record_get_id (SF_RECORD (question)), question_id) == 0)
        return g_strdup (sf_question_get_text (question));
    }
  return NULL;
}

/* Each row of @sql (?1: the key point): kind, id, question (or NULL), text, confidential,
 * chosen, speaker (or NULL). */
static void
add_candidates (SfProject  *self,
                GPtrArray  *candidates,
                const char *sql,
                guint       step,
                const char *key_point_id)
{
  SfDb *db = sf_project_get_db (self);
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = sf_db_prepare (db, sql, &error);
  int rc;

  if (stmt == NULL)
    {
      g_warning ("Cannot read what a key point can come from: %s", error->message);
      return;
    }
  sqlite3_bind_text (stmt, 1, key_point_id, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SfSourceCandidate *candidate = g_new0 (SfSourceCandidate, 1);

      candidate->kind = (SfSourceKind) sqlite3_column_int (stmt, 0);
      candidate->id = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      candidate->heading = question_heading (self, step,
                                             (const char *) sqlite3_column_text (stmt, 2));
      candidate->text = sf_store_column_text (stmt, 3);
      candidate->confidential = sqlite3_column_int (stmt, 4) != 0;
      candidate->chosen = sqlite3_column_int (stmt, 5) != 0;
      if (sqlite3_column_type (stmt, 6) != SQLITE_NULL)
        candidate->speaker = sf_store_column_text (stmt, 6);
      g_ptr_array_add (candidates, candidate);
    }
  if (rc != SQLITE_DONE)
    g_warning ("Cannot read what a key point can come from: %s",
               sqlite3_errmsg (sf_db_get_handle (db)));
  sqlite3_reset (stmt);
}

GPtrArray *
sf_project_get_key_point_candidates (SfProject  *self,
                                     const char *key_point_id)
{
  GPtrArray *candidates = g_ptr_array_new_with_free_func (
                            (GDestroyNotify) sf_source_candidate_free);

  g_return_val_if_fail (SF_IS_PROJECT (self), candidates);
  g_return_val_if_fail (key_point_id != NULL, candidates);
  /* A step-1 point: its partner's answers with text, then the interview's notes. */
  add_candidates (self, candidates,
                  "SELECT 0, answer.id, answer.question_id, answer.text, answer.confidential, "
                  "EXISTS (SELECT 1 FROM key_point_source WHERE key_point_id = ?1 "
                  "AND answer_id = answer.id) AS chosen, NULL FROM answer "
                  "JOIN interview ON interview.id = answer.interview_id "
                  "JOIN key_point ON key_point.partner_id = interview.partner_id "
                  "JOIN question ON question.id = answer.question_id "
                  "WHERE key_point.id = ?1 "
                  "AND (length (trim (answer.text, char (32, 9, 10, 13))) > 0 OR chosen) "
                  "ORDER BY question.step, question.position, answer.id", 1, key_point_id);
  add_candidates (self, candidates,
                  "SELECT 1, interview.id, NULL, interview.notes, interview.notes_confidential, "
                  "EXISTS (SELECT 1 FROM key_point_source WHERE key_point_id = ?1 "
                  "AND interview_id = interview.id) AS chosen, NULL FROM interview "
                  "JOIN key_point ON key_point.partner_id = interview.partner_id "
                  "WHERE key_point.id = ?1 "
                  "AND (length (trim (interview.notes, char (32, 9, 10, 13))) > 0 OR chosen)",
                  1, key_point_id);
  /* A step-2 point: its session's statements, by question. */
  add_candidates (self, candidates,
                  "SELECT 2, statement.id, statement.question_id, statement.text, "
                  "statement.confidential, EXISTS (SELECT 1 FROM key_point_source "
                  "WHERE key_point_id = ?1 AND statement_id = statement.id), person.name "
                  "FROM statement "
                  "JOIN key_point ON key_point.session_id = statement.session_id "
                  "LEFT JOIN question ON question.id = statement.question_id "
                  "LEFT JOIN participant ON participant.id = statement.participant_id "
                  "LEFT JOIN person ON person.id = participant.person_id "
                  "WHERE key_point.id = ?1 "
                  "ORDER BY question.position IS NULL, question.position, statement.position, "
                  "statement.id", 2, key_point_id);
  return candidates;
}
