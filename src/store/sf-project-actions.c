/* sf-project-actions.c: a project's changes as actions, and undoing and redoing them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An action runs in one transaction, committed at once, and is recorded as a changeset under
 * its label; the time of the last change is set with it, outside what undo records. Undo
 * applies the changeset inverted, redo applies it again; after each, the project re-reads
 * what changed.
 */
#include "config.h"

#include "sf-change-summary.h"
#include "sf-project-parts.h"
#include "sf-project-private.h"
#include "sf-store-util.h"
#include "sf-undo.h"

/* ---- actions ---------------------------------------------------------------------------- */

/* The time of the last change (to the second) and the count of changes (every one). */
gboolean
sf_project_touch (SfDb     *db,
                  gpointer  user_data,
                  GError  **error)
{
  g_autofree char *now = sf_db_now ();

  return sf_db_run (db, error, "UPDATE last_change SET modified = ?1, changes = changes + 1",
                    "s", now);
}

gboolean
sf_project_run_action (SfProject     *self,
                       const char    *label,
                       SfActionFunc   func,
                       gpointer       data,
                       GError       **error)
{
  g_autoptr(GHashTable) tables = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(SfChangeSummary) summary = NULL;
  const void *changeset;
  int size = 0;

  if (!sf_project_catch_up (self, error) ||
      !sf_undo_stack_record (sf_project_get_undo (self), sf_project_get_db (self), label, func,
                             data, tables, error))
    return FALSE;
  /* Nothing changed: no new undo step, and nothing to re-read. */
  if (g_hash_table_size (tables) == 0)
    return TRUE;
  changeset = sf_undo_stack_peek_changeset (sf_project_get_undo (self), &size);
  summary = sf_change_summary_new (changeset, size);
  return sf_project_take_changes (self, tables, summary, error);
}

/* For a bulk write that records its own changes (see sf-changeset-writer.h). */
gboolean
sf_project_run_written_action (SfProject           *self,
                               const char          *label,
                               SfWrittenActionFunc  func,
                               gpointer             data,
                               GError             **error)
{
  g_autoptr(GHashTable) tables = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  return sf_project_catch_up (self, error) &&
         sf_undo_stack_record_written (sf_project_get_undo (self), sf_project_get_db (self), label,
                                       func, data, tables, error) &&
         sf_project_take_changes (self, tables, NULL, error);
}

typedef struct
{
  const char *sql;
  const char *id;
} Delete;

static gboolean
do_delete (SfDb     *db,
           gpointer  data,
           GError  **error)
{
  Delete *del = data;

  return sf_db_run (db, error, del->sql, "s", del->id) && sf_store_require_change (db, error);
}

/* One row, by its id, as the action @label: not found, nothing is recorded. */
gboolean
sf_project_delete_row (SfProject   *self,
                       const char  *label,
                       const char  *sql,
                       const char  *id,
                       GError     **error)
{
  Delete del = { sql, id };

  return sf_project_run_action (self, label, do_delete, &del, error);
}

typedef struct
{
  const char *table;
  const char *column;
  gboolean    value;
} Flag;

static gboolean
do_set_flag (SfDb     *db,
             gpointer  data,
             GError  **error)
{
  Flag *flag = data;
  /* The table and column are the store's own names, never text from elsewhere. */
  g_autofree char *sql = g_strdup_printf ("UPDATE %s SET %s = ?1", flag->table, flag->column);

  return sf_store_ensure_one_row (db, flag->table, error) &&
         sf_db_run (db, error, sql, "i", flag->value ? 1 : 0);
}

gboolean
sf_project_set_one_row_flag (SfProject   *self,
                             const char  *label,
                             const char  *table,
                             const char  *column,
                             gboolean     value,
                             GError     **error)
{
  Flag flag = { table, column, value };

  return sf_project_run_action (self, label, do_set_flag, &flag, error);
}

/* ---- undo and redo ---------------------------------------------------------------------- */

gboolean
sf_project_can_undo (SfProject *self)
{
  return sf_undo_stack_get_undo_label (sf_project_get_undo (self)) != NULL;
}

gboolean
sf_project_can_redo (SfProject *self)
{
  return sf_undo_stack_get_redo_label (sf_project_get_undo (self)) != NULL;
}

const char *
sf_project_get_undo_label (SfProject *self)
{
  return sf_undo_stack_get_undo_label (sf_project_get_undo (self));
}

const char *
sf_project_get_redo_label (SfProject *self)
{
  return sf_undo_stack_get_redo_label (sf_project_get_undo (self));
}

static gboolean
undo_or_redo (SfProject  *self,
              gboolean    undo,
              GError    **error)
{
  g_autoptr(GHashTable) tables = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  SfUndoStack *stack = sf_project_get_undo (self);
  SfDb *db = sf_project_get_db (self);
  gboolean ok = sf_project_catch_up (self, error) &&
                (undo ? sf_undo_stack_undo (stack, db, tables, error)
                      : sf_undo_stack_redo (stack, db, tables, error));

  return ok && sf_project_take_changes (self, tables, NULL, error);
}

gboolean
sf_project_undo (SfProject  *self,
                 GError    **error)
{
  return undo_or_redo (self, TRUE, error);
}

gboolean
sf_project_redo (SfProject  *self,
                 GError    **error)
{
  return undo_or_redo (self, FALSE, error);
}
