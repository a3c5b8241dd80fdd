/* sf-merge.c: planning a merge of a copy into a project, in a copy of the project in memory
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A scratch connection holds mine (copied into memory), with the copy ("theirs") and its base
 * attached, each read through the checks every file from elsewhere gets and migrated to this
 * version. sqlite3session_diff () gives what the copy changed since its base, per table; each
 * change is weighed against mine and, where nothing conflicts, made in the scratch copy while
 * a second session records it. That recorded changeset is what applying writes to mine
 * (sf-merge-apply.c), so the preview and the merge are the same changes.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "sf-db.h"
#include "sf-merge-private.h"
#include "sf-project-private.h"
#include "sf-store-error.h"

/* Tables that are not the project's content: the search index, bookkeeping, merging's own. */
gboolean
sf_merge_is_merged_table (const char *table)
{
  return table != NULL && strstr (table, "_fts") == NULL && !g_str_has_prefix (table, "sqlite_") &&
         !g_str_equal (table, "last_change") && !g_str_equal (table, "copy_origin") &&
         !g_str_equal (table, "merge_record") && !g_str_equal (table, "merge_conflict");
}

guint
sf_merge_table_part (const char *table)
{
  static const struct { const char *prefix; guint part; } parts[] = {
    { "interview", 1 }, { "answer", 1 }, { "key_point", 1 },
    { "session", 2 }, { "participant", 2 }, { "statement", 2 },
    { "indicator", 3 },
    { "precondition", 4 }, { "plan_action", 4 }, { "remark", 4 }, { "decision", 4 },
    { "consideration", 4 }, { "communication", 4 }, { "review_", 4 }, { "mbc_", 4 },
    { "board_", 5 }, { "slide", 5 },
    { "theme", SF_MERGE_THEMES }, { "tag", SF_MERGE_THEMES },
  };

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (g_str_has_prefix (table, parts[i].prefix))
      return parts[i].part;
  return 0; /* the project, its flats, partners, people, questions and steps */
}

char *
sf_merge_base_path (const char *bases_dir,
                    const char *project_id,
                    const char *base_id)
{
  g_autofree char *dir = bases_dir != NULL
    ? g_strdup (bases_dir)
    : g_build_filename (g_get_user_data_dir (), APP_ID, "bases", NULL);
  g_autofree char *name = g_strconcat (base_id, ".startfoto", NULL);

  return g_build_filename (dir, project_id, name, NULL);
}

char *
sf_merge_merged_path (const char *bases_dir,
                      const char *project_id,
                      const char *merge_id)
{
  g_autofree char *name = g_strconcat (merge_id, ".startfoto", NULL);
  g_autofree char *base = sf_merge_base_path (bases_dir, project_id, "merged");

  /* A folder beside the bases: "merged" is no UUID, so no base has its name. */
  *strrchr (base, '.') = '\0';
  return g_build_filename (base, name, NULL);
}

/* Two values the same, as SQL's IS sees them (a missing one is NULL). */
gboolean
sf_merge_value_same (sqlite3_value *a,
                     sqlite3_value *b)
{
  int type_a = a != NULL ? sqlite3_value_type (a) : SQLITE_NULL;
  int type_b = b != NULL ? sqlite3_value_type (b) : SQLITE_NULL;

  if (type_a != type_b)
    return FALSE;
  switch (type_a)
    {
    case SQLITE_NULL:
      return TRUE;
    case SQLITE_INTEGER:
      return sqlite3_value_int64 (a) == sqlite3_value_int64 (b);
    case SQLITE_FLOAT:
      return sqlite3_value_double (a) == sqlite3_value_double (b);
    default:
      /* An empty text or blob has no bytes to compare (and may be a NULL pointer). */
      return sqlite3_value_bytes (a) == sqlite3_value_bytes (b) &&
             (sqlite3_value_bytes (a) == 0 ||
              memcmp (sqlite3_value_blob (a), sqlite3_value_blob (b),
                      sqlite3_value_bytes (a)) == 0);
    }
}

void
sf_merge_conflict_free (SfMergeConflict *conflict)
{
  g_free (conflict->table);
  g_free (conflict->row_id);
  g_free (conflict->column);
  sqlite3_value_free (conflict->base);
  sqlite3_value_free (conflict->mine);
  sqlite3_value_free (conflict->theirs);
  g_free (conflict);
}

void
sf_merge_plan_free (SfMergePlan *plan)
{
  if (plan == NULL)
    return;
  g_clear_pointer (&plan->conflicts, g_ptr_array_unref);
  sqlite3_free (plan->changeset);
  g_free (plan->base_id);
  g_free (plan->copy_name);
  g_free (plan->project_id);
  g_free (plan->bases_dir);
  g_free (plan->merge_id);
  g_clear_pointer (&plan->since_merged, g_hash_table_unref);
  if (plan->scratch != NULL)
    sqlite3_close (plan->scratch);
  g_free (plan);
}

gboolean
sf_merge_plan_has_base (SfMergePlan *plan)
{
  return plan->base_id != NULL;
}

const SfMergeCounts *
sf_merge_plan_get_counts (SfMergePlan *plan,
                          guint        part)
{
  g_return_val_if_fail (part < SF_MERGE_N_PARTS, NULL);
  return &plan->counts[part];
}

GPtrArray *
sf_merge_plan_get_conflicts (SfMergePlan *plan)
{
  return plan->conflicts;
}

gboolean
sf_merge_plan_is_empty (SfMergePlan *plan)
{
  return plan->size == 0 && plan->conflicts->len == 0;
}

/* ---- reading the files ------------------------------------------------------------------- */

/* @path, migrated to this version, into the scratch's schema @name; checked as any file from
 * elsewhere with @check (the copy; a base is the library's own). */
static gboolean
attach_file (sqlite3     *scratch,
             const char  *name,
             const char  *path,
             gboolean     check,
             GError     **error)
{
  g_autoptr(SfDb) db = sf_db_open (path, check ? SF_DB_OPEN_READ_ONLY | SF_DB_OPEN_CHECK
                                               : SF_DB_OPEN_READ_ONLY, error);
  g_autofree char *sql = NULL;
  sqlite3_int64 size = 0;
  unsigned char *data;
  int rc;

  if (db == NULL)
    return FALSE;
  data = sqlite3_serialize (sf_db_get_handle (db), "main", &size, 0);
  sql = g_strdup_printf ("ATTACH ':memory:' AS %s", name);
  rc = data != NULL ? sqlite3_exec (scratch, sql, NULL, NULL, NULL) : SQLITE_NOMEM;
  if (rc == SQLITE_OK)
    rc = sqlite3_deserialize (scratch, name, data, size, size,
                              SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE);
  else
    sqlite3_free (data);
  if (rc != SQLITE_OK)
    {
      sf_store_set_sqlite_error (error, scratch, rc, path);
      return FALSE;
    }
  return TRUE;
}

static char *read_text (sqlite3    *db,
                        const char *sql);

gint64
sf_merge_mine_changes (sqlite3 *handle)
{
  g_autofree char *changes = read_text (handle, "SELECT changes FROM main.last_change");

  return changes != NULL ? g_ascii_strtoll (changes, NULL, 10) : -1;
}

static char *
read_text (sqlite3    *db,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *text = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_text (stmt, 0) != NULL)
    text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return text;
}

/* The copy is of this project; its base, when it names one that is kept, is attached. */
static gboolean
attach_sides (SfMergePlan  *plan,
              const char   *theirs_path,
              const char   *bases_dir,
              GError      **error)
{
  g_autofree char *theirs_id = NULL;
  g_autofree char *base_id = NULL;
  g_autofree char *base_path = NULL;

  if (!attach_file (plan->scratch, "theirs", theirs_path, TRUE, error))
    return FALSE;
  theirs_id = read_text (plan->scratch, "SELECT id FROM theirs.project");
  if (g_strcmp0 (theirs_id, plan->project_id) != 0)
    {
      g_set_error (error, SF_STORE_ERROR, SF_STORE_ERROR_OTHER_PROJECT,
                   _("“%s” is a copy of another project: only a copy of this project can be "
                     "merged into it."), theirs_path);
      return FALSE;
    }
  base_id = read_text (plan->scratch, "SELECT id FROM theirs.copy_origin");
  /* The ids name a file: only a real id does, never a path of the copy's choosing. */
  if (base_id != NULL && (!g_uuid_string_is_valid (base_id) ||
                          !g_uuid_string_is_valid (theirs_id)))
    g_clear_pointer (&base_id, g_free);
  if (base_id != NULL)
    base_path = sf_merge_base_path (bases_dir, theirs_id, base_id);
  /* A base that is gone (removed, another computer's) is no base: merged without it. */
  if (base_path != NULL && g_file_test (base_path, G_FILE_TEST_IS_REGULAR))
    {
      if (!attach_file (plan->scratch, "base", base_path, FALSE, error))
        return FALSE;
      plan->base_id = g_steal_pointer (&base_id);
    }
  return TRUE;
}

/* The rows that differ between schemas @from and @to ("table/id"). */
static GHashTable *changed_rows (SfMergePlan  *plan,
                                 const char   *from,
                                 const char   *to,
                                 GError      **error);

/* When this base was merged before, the copy as it was then: what it changed since is all
 * that is weighed again, so that what mine did with the copy's changes (a row it added and
 * mine removed) stands. Undo of that merge takes its record away, and the one before counts. */
static gboolean
attach_merged (SfMergePlan  *plan,
               GError      **error)
{
  sqlite3_stmt *stmt = NULL;
  g_autofree char *path = NULL;

  sqlite3_prepare_v2 (plan->scratch, "SELECT id FROM main.merge_record WHERE base_id = ?1 "
                                     "ORDER BY merged DESC, rowid DESC", -1, &stmt, NULL);
  sqlite3_bind_text (stmt, 1, plan->base_id, -1, SQLITE_STATIC);
  while (path == NULL && stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *id = (const char *) sqlite3_column_text (stmt, 0);

      if (id != NULL && g_uuid_string_is_valid (id))
        path = sf_merge_merged_path (plan->bases_dir, plan->project_id, id);
      if (path != NULL && !g_file_test (path, G_FILE_TEST_IS_REGULAR))
        g_clear_pointer (&path, g_free);
    }
  sqlite3_finalize (stmt);
  if (path == NULL)
    return TRUE;
  if (!attach_file (plan->scratch, "merged", path, FALSE, error))
    return FALSE;
  plan->since_merged = changed_rows (plan, "merged", "theirs", error);
  return plan->since_merged != NULL;
}

/* ---- planning ------------------------------------------------------------------------------ */

static GStrv
table_names (sqlite3 *db)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  sqlite3_stmt *stmt = NULL;

  sqlite3_prepare_v2 (db, "SELECT name FROM main.sqlite_schema WHERE type = 'table' "
                          "ORDER BY rowid", -1, &stmt, NULL);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *name = (const char *) sqlite3_column_text (stmt, 0);

      if (name != NULL && sf_merge_is_merged_table (name))
        g_ptr_array_add (names, g_strdup (name));
    }
  sqlite3_finalize (stmt);
  g_ptr_array_add (names, NULL);
  return (GStrv) g_ptr_array_free (g_steal_pointer (&names), FALSE);
}

/* What turns schema @from into schema @to, for every table of the project. */
static gboolean
diff (SfMergePlan  *plan,
      const char   *from,
      const char   *to,
      int          *size,
      void        **changeset,
      GError      **error)
{
  g_auto(GStrv) tables = table_names (plan->scratch);
  sqlite3_session *session = NULL;
  int rc = sqlite3session_create (plan->scratch, to, &session);

  for (guint i = 0; rc == SQLITE_OK && tables[i] != NULL; i++)
    {
      rc = sqlite3session_attach (session, tables[i]);
      if (rc == SQLITE_OK)
        rc = sqlite3session_diff (session, from, tables[i], NULL);
    }
  if (rc == SQLITE_OK)
    rc = sqlite3session_changeset (session, size, changeset);
  sqlite3session_delete (session);
  if (rc != SQLITE_OK)
    sf_store_set_sqlite_error (error, plan->scratch, rc, NULL);
  return rc == SQLITE_OK;
}

static GHashTable *
changed_rows (SfMergePlan  *plan,
              const char   *from,
              const char   *to,
              GError      **error)
{
  g_autoptr(GHashTable) rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sqlite3_changeset_iter *it = NULL;
  void *changes = NULL;
  int size = 0, rc;

  if (!diff (plan, from, to, &size, &changes, error))
    return NULL;
  rc = sqlite3changeset_start (&it, size, changes);
  while (rc == SQLITE_OK && sqlite3changeset_next (it) == SQLITE_ROW)
    g_hash_table_add (rows, sf_merge_change_key (it));
  if (rc == SQLITE_OK)
    rc = sqlite3changeset_finalize (it);
  sqlite3_free (changes);
  if (rc != SQLITE_OK)
    {
      sf_store_set_sqlite_error (error, plan->scratch, rc, NULL);
      return NULL;
    }
  return g_steal_pointer (&rows);
}

char *
sf_merge_change_key (sqlite3_changeset_iter *it)
{
  const char *table = NULL;
  int n_columns = 0, op = 0, indirect = 0, pk_column = 0;
  unsigned char *pk = NULL;
  sqlite3_value *id = NULL;

  sqlite3changeset_op (it, &table, &n_columns, &op, &indirect);
  sqlite3changeset_pk (it, &pk, NULL);
  while (pk_column < n_columns && !pk[pk_column])
    pk_column++;
  if (pk_column < n_columns)
    {
      if (op == SQLITE_INSERT)
        sqlite3changeset_new (it, pk_column, &id);
      else
        sqlite3changeset_old (it, pk_column, &id);
    }
  return g_strconcat (table, "/", id != NULL ? (const char *) sqlite3_value_text (id) : "",
                      NULL);
}

SfMergePlan *
sf_merge_plan_prepare (SfProject  *mine,
                       GError    **error)
{
  g_autoptr(SfMergePlan) plan = g_new0 (SfMergePlan, 1);

  g_return_val_if_fail (SF_IS_PROJECT (mine), NULL);

  plan->conflicts = g_ptr_array_new_with_free_func ((GDestroyNotify) sf_merge_conflict_free);
  plan->project_id = g_strdup (sf_project_get_id (mine));
  plan->scratch = sf_db_copy_handle_to_memory (sf_db_get_handle (sf_project_get_db (mine)),
                                               sf_db_get_path (sf_project_get_db (mine)),
                                               error);
  if (plan->scratch == NULL)
    return NULL;
  plan->mine_changes = sf_merge_mine_changes (sf_db_get_handle (sf_project_get_db (mine)));
  return g_steal_pointer (&plan);
}

gboolean
sf_merge_plan_read (SfMergePlan  *plan,
                    const char   *theirs_path,
                    const char   *bases_dir,
                    GError      **error)
{
  void *changes = NULL;
  int size = 0;
  gboolean done;

  g_return_val_if_fail (plan != NULL && plan->copy_name == NULL, FALSE);
  g_return_val_if_fail (theirs_path != NULL, FALSE);

  plan->copy_name = g_path_get_basename (theirs_path);
  plan->bases_dir = g_strdup (bases_dir);
  if (!attach_sides (plan, theirs_path, bases_dir, error) ||
      (plan->base_id != NULL && !attach_merged (plan, error)))
    return FALSE;
  /* With a base: what the copy changed since it was made. Without: how it differs from mine,
   * of which only what mine lacks can be taken. */
  if (plan->base_id == NULL)
    {
      g_auto(GStrv) tables = table_names (plan->scratch);

      if (!sf_merge_match_unique (plan, tables, error))
        return FALSE;
    }
  if (!diff (plan, plan->base_id != NULL ? "base" : "main", "theirs", &size, &changes, error))
    return FALSE;
  done = sf_merge_weigh (plan, changes, size, error);
  sqlite3_free (changes);
  return done;
}

SfMergePlan *
sf_merge_plan_new (SfProject   *mine,
                   const char  *theirs_path,
                   const char  *bases_dir,
                   GError     **error)
{
  g_autoptr(SfMergePlan) plan = sf_merge_plan_prepare (mine, error);

  return plan != NULL && sf_merge_plan_read (plan, theirs_path, bases_dir, error)
         ? g_steal_pointer (&plan) : NULL;
}

typedef struct
{
  char *theirs_path;
  char *bases_dir;
} ReadData;

static void
read_data_free (ReadData *data)
{
  g_free (data->theirs_path);
  g_free (data->bases_dir);
  g_free (data);
}

static void
read_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  ReadData *data = task_data;
  SfMergePlan *plan = g_object_get_data (G_OBJECT (task), "sf-plan");
  GError *error = NULL;

  if (sf_merge_plan_read (plan, data->theirs_path, data->bases_dir, &error))
    g_task_return_pointer (task, g_object_steal_data (G_OBJECT (task), "sf-plan"),
                           (GDestroyNotify) sf_merge_plan_free);
  else
    g_task_return_error (task, error);
}

void
sf_merge_plan_new_async (SfProject           *mine,
                         const char          *theirs_path,
                         const char          *bases_dir,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  ReadData *data = g_new0 (ReadData, 1);
  GError *error = NULL;
  SfMergePlan *plan = sf_merge_plan_prepare (mine, &error);

  g_task_set_source_tag (task, sf_merge_plan_new_async);
  if (plan == NULL)
    {
      g_task_return_error (task, error);
      read_data_free (data);
      return;
    }
  data->theirs_path = g_strdup (theirs_path);
  data->bases_dir = g_strdup (bases_dir);
  g_task_set_task_data (task, data, (GDestroyNotify) read_data_free);
  g_object_set_data_full (G_OBJECT (task), "sf-plan", plan,
                          (GDestroyNotify) sf_merge_plan_free);
  g_task_run_in_thread (task, read_thread);
}

SfMergePlan *
sf_merge_plan_new_finish (GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
