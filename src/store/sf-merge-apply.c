/* sf-merge-apply.c: a planned merge written to mine as one undoable action
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The plan's changeset was recorded in a copy of mine, so sqlite3changeset_apply_v2 () meets
 * no conflict in mine itself; should it meet one (mine changed meanwhile), the whole action
 * is rolled back and mine stays exactly as it was. The merge and its conflicts are recorded in
 * the same transaction, so undo takes all of it back.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sf-changeset-writer.h"
#include "sf-file.h"
#include "sf-merge-private.h"
#include "sf-project-parts.h"
#include "sf-project-private.h"
#include "sf-store-error.h"
#include "sf-store-util.h"

/* Mine's foreign keys act as they did in the plan's copy: a row may already be gone with its
 * parent (ON DELETE CASCADE), or already hold part of an update (ON DELETE SET NULL), before
 * the changeset reaches it. An update whose every column holds either the value it had in the
 * copy or the one it gets is the plan's own; its other columns still change. Anything else
 * means mine is not what the plan was made from, and the whole merge is rolled back. */
static int
refuse_conflict (void                   *data,
                 int                     type,
                 sqlite3_changeset_iter *it)
{
  const char *table = NULL;
  int n_columns = 0, op = 0, indirect = 0;
  gboolean pending = FALSE;

  sqlite3changeset_op (it, &table, &n_columns, &op, &indirect);
  if (type == SQLITE_CHANGESET_NOTFOUND && op == SQLITE_DELETE)
    return SQLITE_CHANGESET_OMIT;
  if (type == SQLITE_CHANGESET_DATA && op == SQLITE_DELETE)
    return SQLITE_CHANGESET_REPLACE;
  if (type != SQLITE_CHANGESET_DATA || op != SQLITE_UPDATE)
    return SQLITE_CHANGESET_ABORT;
  for (int c = 0; c < n_columns; c++)
    {
      sqlite3_value *was = NULL, *wanted = NULL, *current = NULL;

      if (sqlite3changeset_new (it, c, &wanted) != SQLITE_OK || wanted == NULL ||
          sqlite3changeset_old (it, c, &was) != SQLITE_OK ||
          sqlite3changeset_conflict (it, c, &current) != SQLITE_OK)
        continue; /* a column the update leaves as it is */
      if (sf_merge_value_same (wanted, current))
        continue;
      if (was == NULL || !sf_merge_value_same (was, current))
        return SQLITE_CHANGESET_ABORT;
      pending = TRUE;
    }
  return pending ? SQLITE_CHANGESET_REPLACE : SQLITE_CHANGESET_OMIT;
}

static gboolean
record_conflict (SfDb             *db,
                 const char       *merge_id,
                 SfMergeConflict  *conflict,
                 GError          **error)
{
  sqlite3_stmt *stmt = sf_db_prepare (db, "INSERT INTO merge_conflict (id, merge_id, "
                                          "table_name, row_id, column_name, kind, base_value, "
                                          "mine_value, theirs_value) "
                                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)", error);
  g_autofree char *id = g_uuid_string_random ();
  sqlite3_value *values[3] = { conflict->base, conflict->mine, conflict->theirs };

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, merge_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, conflict->table, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, conflict->row_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, conflict->column, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 6, conflict->kind);
  for (guint i = 0; i < 3; i++)
    if (values[i] != NULL)
      sqlite3_bind_value (stmt, 7 + i, values[i]);
    else
      sqlite3_bind_null (stmt, 7 + i);
  return sf_db_step_done (db, stmt, error);
}

/* After the changes, in the same transaction: no row points at one that is gone, and the file
 * is whole; else the merge is rolled back and mine stays as it was. */
static gboolean
check_merged (SfDb     *db,
              GError  **error)
{
  sqlite3_stmt *stmt = sf_db_prepare (db, "PRAGMA foreign_key_check", error);
  gboolean whole;

  if (stmt == NULL)
    return FALSE;
  whole = sqlite3_step (stmt) == SQLITE_DONE;
  sqlite3_reset (stmt);
  stmt = whole ? sf_db_prepare (db, "PRAGMA quick_check", error) : NULL;
  whole = stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW &&
          g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0;
  if (stmt != NULL)
    sqlite3_reset (stmt);
  if (!whole && (error == NULL || *error == NULL))
    g_set_error_literal (error, SF_STORE_ERROR, SF_STORE_ERROR_DAMAGED,
                         _("Merging would leave the project inconsistent, so nothing was "
                           "merged."));
  return whole;
}

static void
set_changed_error (GError **error)
{
  g_set_error_literal (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID,
                       _("The project changed since the merge was prepared. Prepare it "
                         "again."));
}

/* The merge's record and its conflicts, in the same transaction. */
static gboolean
record_merge (SfDb         *db,
              SfMergePlan  *plan,
              const char   *id,
              GError      **error)
{
  g_autofree char *now = sf_db_now ();
  guint added = 0, changed = 0, removed = 0;

  for (guint part = 0; part < SF_MERGE_N_PARTS; part++)
    {
      added += plan->counts[part].added;
      changed += plan->counts[part].changed;
      removed += plan->counts[part].removed;
    }
  if (!sf_db_run (db, error, "INSERT INTO merge_record (id, merged, copy_name, base_id, added, "
                             "changed, removed) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", "ssssiii",
                  id, now, plan->copy_name, plan->base_id, (int) added, (int) changed,
                  (int) removed))
    return FALSE;
  for (guint i = 0; i < plan->conflicts->len; i++)
    if (!record_conflict (db, id, g_ptr_array_index (plan->conflicts, i), error))
      return FALSE;
  return TRUE;
}

/* The plan's changeset is, row for row, what applying it does to mine (it was recorded in a
 * copy of mine, cascades and all, and mine has not changed since): it is the undo record as
 * it is, with the merge's record added. A session over the whole project would record the
 * same again, at the cost of a second pass over every row. */
static gboolean
do_merge (SfDb              *db,
          gpointer           data,
          SfChangesetWriter *writer,
          GError           **error)
{
  SfMergePlan *plan = data;
  g_autofree char *id = g_uuid_string_random ();
  sqlite3 *handle = sf_db_get_handle (db);
  sqlite3_session *session = NULL;
  void *recorded = NULL;
  int size = 0, rc = SQLITE_OK;

  /* Checked again in this transaction, which holds the file's write lock: another window or
   * the command line may have written since the plan was checked on the main thread. */
  if (sf_merge_mine_changes (handle) != plan->mine_changes)
    {
      set_changed_error (error);
      return FALSE;
    }
  if (plan->size > 0)
    rc = sqlite3changeset_apply_v2 (handle, plan->size, plan->changeset, NULL, refuse_conflict,
                                    NULL, NULL, NULL, SQLITE_CHANGESETAPPLY_NOSAVEPOINT);
  if (rc == SQLITE_OK)
    rc = sqlite3session_create (handle, "main", &session);
  if (rc == SQLITE_OK)
    rc = sqlite3session_attach (session, "merge_record");
  if (rc == SQLITE_OK)
    rc = sqlite3session_attach (session, "merge_conflict");
  if (rc != SQLITE_OK)
    {
      if (session != NULL) /* sqlite3session_delete () does not take NULL */
        sqlite3session_delete (session);
      sf_store_set_sqlite_error (error, handle, rc, sf_db_get_path (db));
      return FALSE;
    }
  if (!check_merged (db, error) || !record_merge (db, plan, id, error))
    {
      sqlite3session_delete (session);
      return FALSE;
    }
  rc = sqlite3session_changeset (session, &size, &recorded);
  sqlite3session_delete (session);
  if (rc == SQLITE_OK &&
      (!sf_changeset_writer_append (writer, plan->changeset, plan->size) ||
       !sf_changeset_writer_append (writer, recorded, size)))
    rc = SQLITE_CORRUPT;
  sqlite3_free (recorded);
  if (rc != SQLITE_OK)
    {
      sf_store_set_sqlite_error (error, handle, rc, sf_db_get_path (db));
      return FALSE;
    }
  g_free (plan->merge_id);
  plan->merge_id = g_strdup (id);
  return TRUE;
}

/* The copy as it was merged, for the next merge of it (sf_merge_merged_path ()). Mine is merged
 * by now: without this file, a later merge weighs all the copy changed since its base, as
 * before, so failing here only warns. */
static void
keep_merged (SfMergePlan *plan)
{
  g_autofree char *path = NULL;
  g_autofree char *dir = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3_int64 size = 0;
  unsigned char *data;

  if (plan->base_id == NULL || plan->merge_id == NULL)
    return;
  path = sf_merge_merged_path (plan->bases_dir, plan->project_id, plan->merge_id);
  dir = g_path_get_dirname (path);
  data = sqlite3_serialize (plan->scratch, "theirs", &size, 0);
  if (data == NULL || g_mkdir_with_parents (dir, 0700) != 0)
    g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_FAILED, dir);
  else
    {
      sf_merge_prune_kept (dir);
      sf_file_write_private (path, (const char *) data, (gsize) size, &error);
    }
  sqlite3_free (data);
  if (error != NULL)
    g_warning ("The merged copy was not kept: %s", error->message);
}

/* The plan is of mine as it was: a change since would be written over. */
static gboolean
check_unchanged (SfProject    *mine,
                 SfMergePlan  *plan,
                 GError      **error)
{
  if (sf_merge_mine_changes (sf_db_get_handle (sf_project_get_db (mine))) ==
      plan->mine_changes)
    return TRUE;
  set_changed_error (error);
  return FALSE;
}

gboolean
sf_project_apply_merge (SfProject    *mine,
                        SfMergePlan  *plan,
                        GError      **error)
{
  g_return_val_if_fail (SF_IS_PROJECT (mine), FALSE);
  g_return_val_if_fail (plan != NULL, FALSE);

  if (!check_unchanged (mine, plan, error))
    return FALSE;
  if (sf_merge_plan_is_empty (plan))
    return TRUE; /* the same copy again: nothing to do, nothing to undo */
  if (!sf_project_run_written_action (mine, _("Merge a copy"), do_merge, plan, error))
    return FALSE;
  keep_merged (plan);
  return TRUE;
}

/* ---- on a worker ---------------------------------------------------------------------- */

typedef struct
{
  SfMergePlan *plan;   /* the caller's */
  char        *path;
  GHashTable  *tables; /* what the merge changed */
  SfUndoStep  *step;
  GTask       *outer;  /* the caller's task, ended on the main thread */
} Apply;

static void
apply_free (Apply *apply)
{
  g_free (apply->path);
  g_hash_table_unref (apply->tables);
  sf_undo_step_free (apply->step);
  g_clear_object (&apply->outer);
  g_free (apply);
}

/* Mine's own connection stays with the main thread, whose lists read it meanwhile (they see
 * mine as it was until the merge commits): the merge gets a connection of its own. */
static void
apply_thread (GTask        *task,
              gpointer      source,
              gpointer      task_data,
              GCancellable *cancellable)
{
  Apply *apply = task_data;
  GError *error = NULL;
  g_autoptr(SfDb) db = sf_db_open (apply->path, SF_DB_OPEN_DEFAULT, &error);

  if (db != NULL &&
      sf_undo_stack_record_written_apart (sf_project_get_undo (SF_PROJECT (source)), db,
                                          _("Merge a copy"), do_merge, apply->plan,
                                          apply->tables, &apply->step, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/* Back on the main thread: the undo step kept, the lists read again, then the caller told. */
static void
applied_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  SfProject *mine = SF_PROJECT (source);
  Apply *apply = g_task_get_task_data (G_TASK (result));
  GTask *outer = g_steal_pointer (&apply->outer);
  GError *error = NULL;

  sf_project_set_busy (mine, FALSE);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_task_return_error (outer, error);
      g_object_unref (outer);
      return;
    }
  if (apply->step != NULL)
    sf_undo_stack_keep (sf_project_get_undo (mine), g_steal_pointer (&apply->step));
  /* Merged by now, whatever the lists' reading says. The file's data version is left as it
   * was: another window may have written meanwhile, and the next action catches up. */
  keep_merged (apply->plan);
  if (!sf_project_take_changes (mine, apply->tables, NULL, &error))
    {
      g_task_return_error (outer, error);
      g_object_unref (outer);
      return;
    }
  g_task_return_boolean (outer, TRUE);
  g_object_unref (outer);
}

void
sf_project_apply_merge_async (SfProject           *mine,
                              SfMergePlan         *plan,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) outer = g_task_new (mine, cancellable, callback, user_data);
  g_autoptr(GTask) inner = NULL;
  GError *error = NULL;
  Apply *apply;

  g_return_if_fail (SF_IS_PROJECT (mine));
  g_return_if_fail (plan != NULL);

  g_task_set_source_tag (outer, sf_project_apply_merge_async);
  /* Anything written before this point is in the state checked; nothing after it, since
   * the project refuses actions until the merge is taken in. */
  if (!sf_project_catch_up (mine, &error) || !check_unchanged (mine, plan, &error))
    {
      g_task_return_error (outer, error);
      return;
    }
  if (sf_merge_plan_is_empty (plan))
    {
      g_task_return_boolean (outer, TRUE);
      return;
    }
  apply = g_new0 (Apply, 1);
  apply->plan = plan;
  apply->path = g_strdup (sf_db_get_path (sf_project_get_db (mine)));
  apply->tables = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  apply->outer = g_object_ref (outer);
  sf_project_set_busy (mine, TRUE);
  inner = g_task_new (mine, NULL, applied_cb, NULL);
  g_task_set_task_data (inner, apply, (GDestroyNotify) apply_free);
  g_task_run_in_thread (inner, apply_thread);
}

gboolean
sf_project_apply_merge_finish (SfProject     *mine,
                               GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, mine), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
