/* sf-undo.c: undo and redo of user actions, as SQLite changesets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each user action runs in one transaction watched by an sqlite3session; its changeset is the
 * undo entry. A bulk write (a CSV import) writes the same changeset itself instead, which
 * costs far less (sf-changeset-writer.c). Undo applies the changeset inverted, redo applies it
 * as it is. The same changesets will later serve to merge two copies of a project.
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "sf-db-journal.h"
#include "sf-store-error.h"
#include "sf-undo.h"

typedef struct _SfUndoStep Entry;

struct _SfUndoStep
{
  char *label;
  void *changeset;
  int   size;
};

struct _SfUndoStack
{
  GPtrArray    *undo; /* of Entry, newest last */
  GPtrArray    *redo; /* of Entry, next to redo last */
  SfChangesFunc on_changes;
  SfActionFunc  follow_up;
  const char   *follow_up_table;
};

static void
entry_free (gpointer data)
{
  Entry *entry = data;

  g_free (entry->label);
  sqlite3_free (entry->changeset);
  g_free (entry);
}

SfUndoStack *
sf_undo_stack_new (SfChangesFunc  on_changes,
                   SfActionFunc   follow_up,
                   const char    *follow_up_table)
{
  SfUndoStack *stack = g_new0 (SfUndoStack, 1);

  stack->on_changes = on_changes;
  stack->follow_up = follow_up;
  stack->follow_up_table = follow_up_table;
  stack->undo = g_ptr_array_new_with_free_func (entry_free);
  stack->redo = g_ptr_array_new_with_free_func (entry_free);
  return stack;
}

void
sf_undo_stack_free (SfUndoStack *stack)
{
  if (stack == NULL)
    return;
  g_ptr_array_unref (stack->undo);
  g_ptr_array_unref (stack->redo);
  g_free (stack);
}

static void
collect_tables (void       *changeset,
                int         size,
                GHashTable *tables)
{
  sqlite3_changeset_iter *iter = NULL;

  if (tables == NULL || sqlite3changeset_start (&iter, size, changeset) != SQLITE_OK)
    return;
  while (sqlite3changeset_next (iter) == SQLITE_ROW)
    {
      const char *table;
      int n_columns, op, indirect;

      sqlite3changeset_op (iter, &table, &n_columns, &op, &indirect);
      /* A large action changes thousands of rows of a few tables. */
      if (!g_hash_table_contains (tables, table))
        g_hash_table_add (tables, g_strdup (table));
    }
  sqlite3changeset_finalize (iter);
}

/* Search indexes are kept by triggers, which run again when a changeset is applied: their
 * own tables stay out of the changesets, or undo would change them twice. SQLite asks once
 * per table, the first time an action changes it, which also tells (@user_data, optional)
 * what tables an action changed without reading its changeset again. */
static int
is_recorded (void       *user_data,
             const char *table)
{
  GHashTable *touched = user_data;

  if (strstr (table, "_fts") != NULL)
    return 0;
  if (touched != NULL && !g_hash_table_contains (touched, table))
    g_hash_table_add (touched, g_strdup (table));
  return 1;
}

static void
add_tables (GHashTable *tables,
            GHashTable *more)
{
  GHashTableIter iter;
  gpointer table;

  if (tables == NULL)
    return;
  g_hash_table_iter_init (&iter, more);
  while (g_hash_table_iter_next (&iter, &table, NULL))
    if (!g_hash_table_contains (tables, table))
      g_hash_table_add (tables, g_strdup (table));
}

static void
rollback (SfDb *db)
{
  sqlite3_exec (sf_db_get_handle (db), "ROLLBACK", NULL, NULL, NULL);
}

/* Runs the stack's follow-up, unrecorded, and counts its table among those changed. */
static gboolean
follow_up (SfUndoStack  *stack,
           SfDb         *db,
           GHashTable   *touched,
           GError      **error)
{
  if (stack->follow_up == NULL)
    return TRUE;
  if (!stack->follow_up (db, NULL, error))
    return FALSE;
  if (!g_hash_table_contains (touched, stack->follow_up_table))
    g_hash_table_add (touched, g_strdup (stack->follow_up_table));
  return TRUE;
}

/* Ends an action whose changes are in @changeset (taken over): runs the follow-up, tells
 * on_changes, commits and keeps it as the newest undo step, or gives it in @step to be kept
 * later (sf_undo_stack_keep ()). An action that changed nothing leaves no step (NULL) and no
 * new "last change". */
static gboolean
finish_record (SfUndoStack   *stack,
               SfDb          *db,
               const char    *label,
               void          *changeset,
               int            size,
               GHashTable    *touched,
               GHashTable    *changed_tables,
               Entry        **step,
               GError       **error)
{
  Entry *entry;

  if (size == 0)
    {
      sqlite3_free (changeset);
      rollback (db);
      return TRUE;
    }
  if (!follow_up (stack, db, touched, error) ||
      (stack->on_changes != NULL && !stack->on_changes (db, changeset, size, touched, error)) ||
      !sf_db_commit (db, error))
    {
      sqlite3_free (changeset);
      rollback (db);
      return FALSE;
    }

  add_tables (changed_tables, touched);
  entry = g_new0 (Entry, 1);
  entry->label = g_strdup (label);
  entry->changeset = changeset;
  entry->size = size;
  if (step != NULL)
    *step = entry;
  else
    sf_undo_stack_keep (stack, entry);
  return TRUE;
}

void
sf_undo_stack_keep (SfUndoStack *stack,
                    SfUndoStep  *step)
{
  g_ptr_array_add (stack->undo, step);
  g_ptr_array_set_size (stack->redo, 0);
}

void
sf_undo_step_free (SfUndoStep *step)
{
  if (step != NULL)
    entry_free (step);
}

gboolean
sf_undo_stack_record (SfUndoStack   *stack,
                      SfDb          *db,
                      const char    *label,
                      SfActionFunc   func,
                      gpointer       user_data,
                      GHashTable    *changed_tables,
                      GError       **error)
{
  g_autoptr(GHashTable) touched = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sqlite3 *handle = sf_db_get_handle (db);
  sqlite3_session *session = NULL;
  void *changeset = NULL;
  int size = 0, rc;

  rc = sqlite3session_create (handle, "main", &session);
  if (rc == SQLITE_OK)
    {
      sqlite3session_table_filter (session, is_recorded, touched);
      rc = sqlite3session_attach (session, NULL);
    }
  if (rc != SQLITE_OK)
    {
      sf_store_set_sqlite_error (error, handle, rc, sf_db_get_path (db));
      sqlite3session_delete (session);
      return FALSE;
    }

  if (!sf_db_exec (db, "BEGIN IMMEDIATE", error))
    {
      sqlite3session_delete (session);
      return FALSE;
    }
  if (!func (db, user_data, error))
    {
      sqlite3session_delete (session);
      rollback (db);
      return FALSE;
    }
  /* Saving what was already there changes nothing: the session sees such updates, but
   * leaves them out of the changeset. */
  rc = sqlite3session_changeset (session, &size, &changeset);
  sqlite3session_delete (session);
  if (rc != SQLITE_OK)
    {
      sqlite3_free (changeset);
      sf_store_set_sqlite_error (error, handle, rc, sf_db_get_path (db));
      rollback (db);
      return FALSE;
    }
  return finish_record (stack, db, label, changeset, size, touched, changed_tables, NULL,
                        error);
}

/* Like sf_undo_stack_record (), for an action that writes its own changeset: @func must put
 * every change it makes into the writer (see sf-changeset-writer.h). */
gboolean
sf_undo_stack_record_written (SfUndoStack         *stack,
                              SfDb                *db,
                              const char          *label,
                              SfWrittenActionFunc  func,
                              gpointer             user_data,
                              GHashTable          *changed_tables,
                              GError             **error)
{
  return sf_undo_stack_record_written_apart (stack, db, label, func, user_data, changed_tables,
                                             NULL, error);
}

gboolean
sf_undo_stack_record_written_apart (SfUndoStack         *stack,
                                    SfDb                *db,
                                    const char          *label,
                                    SfWrittenActionFunc  func,
                                    gpointer             user_data,
                                    GHashTable          *changed_tables,
                                    SfUndoStep         **step,
                                    GError             **error)
{
  g_autoptr(GHashTable) touched = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(SfChangesetWriter) writer = sf_changeset_writer_new ();
  void *changeset;
  int size = 0;

  if (!sf_db_exec (db, "BEGIN IMMEDIATE", error))
    return FALSE;
  if (!func (db, user_data, writer, error))
    {
      rollback (db);
      return FALSE;
    }
  sf_changeset_writer_add_tables (writer, touched);
  changeset = sf_changeset_writer_steal (writer, &size);
  if (changeset == NULL && size > 0)
    {
      sf_store_set_sqlite_error (error, sf_db_get_handle (db), SQLITE_TOOBIG,
                                 sf_db_get_path (db));
      rollback (db);
      return FALSE;
    }
  return finish_record (stack, db, label, changeset, size, touched, changed_tables, step,
                        error);
}

static int
on_conflict (void                   *user_data,
             int                     conflict,
             sqlite3_changeset_iter *iter)
{
  /* Every change goes through this stack, so a conflict means the file was changed behind
   * our back: stop rather than guess. */
  return SQLITE_CHANGESET_ABORT;
}

static gboolean
apply_in_transaction (SfUndoStack *stack,
                      SfDb        *db,
                      Entry       *entry,
                      int          flags,
                      GHashTable  *changed_tables,
                      GError     **error)
{
  g_autoptr(GHashTable) touched = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sqlite3 *handle = sf_db_get_handle (db);
  int rc;

  /* The changeset already holds every row that ON DELETE CASCADE / SET NULL changed: with
   * the foreign-key actions on, they would run again and the changeset's own change of those
   * rows would then conflict. (SQLite 3.42 has SQLITE_CHANGESETAPPLY_FKNOACTION for this;
   * the pragma is ignored inside a transaction, so it is set before BEGIN.) */
  if (!sf_db_exec (db, "PRAGMA foreign_keys = OFF", error) ||
      !sf_db_exec (db, "BEGIN IMMEDIATE", error))
    return FALSE;
  rc = sqlite3changeset_apply_v2 (handle, entry->size, entry->changeset, NULL, on_conflict,
                                  NULL, NULL, NULL, flags);
  if (rc != SQLITE_OK)
    {
      if (rc == SQLITE_ABORT)
        g_set_error_literal (error, SF_STORE_ERROR, SF_STORE_ERROR_FAILED,
                             _("The change could not be undone or redone, because the project "
                               "was changed outside Startfoto."));
      else
        sf_store_set_sqlite_error (error, handle, rc, sf_db_get_path (db));
      rollback (db);
      return FALSE;
    }
  collect_tables (entry->changeset, entry->size, touched);
  if (!follow_up (stack, db, touched, error) ||
      (stack->on_changes != NULL &&
       !stack->on_changes (db, entry->changeset, entry->size, touched, error)) ||
      !sf_db_commit (db, error))
    {
      rollback (db);
      return FALSE;
    }
  add_tables (changed_tables, touched);
  return TRUE;
}

static gboolean
apply (SfUndoStack *stack,
       SfDb        *db,
       Entry       *entry,
       int          flags,
       GHashTable  *changed_tables,
       GError     **error)
{
  gboolean ok = apply_in_transaction (stack, db, entry, flags, changed_tables, error);

  sf_db_exec (db, "PRAGMA foreign_keys = ON", NULL);
  return ok;
}

gboolean
sf_undo_stack_undo (SfUndoStack  *stack,
                    SfDb         *db,
                    GHashTable   *changed_tables,
                    GError      **error)
{
  Entry *entry;

  if (stack->undo->len == 0)
    return TRUE;
  entry = g_ptr_array_index (stack->undo, stack->undo->len - 1);
  if (!apply (stack, db, entry, SQLITE_CHANGESETAPPLY_INVERT, changed_tables, error))
    return FALSE;
  g_ptr_array_add (stack->redo, g_ptr_array_steal_index (stack->undo, stack->undo->len - 1));
  return TRUE;
}

gboolean
sf_undo_stack_redo (SfUndoStack  *stack,
                    SfDb         *db,
                    GHashTable   *changed_tables,
                    GError      **error)
{
  Entry *entry;

  if (stack->redo->len == 0)
    return TRUE;
  entry = g_ptr_array_index (stack->redo, stack->redo->len - 1);
  if (!apply (stack, db, entry, 0, changed_tables, error))
    return FALSE;
  g_ptr_array_add (stack->undo, g_ptr_array_steal_index (stack->redo, stack->redo->len - 1));
  return TRUE;
}

const void *
sf_undo_stack_peek_changeset (SfUndoStack *stack,
                              int         *size)
{
  Entry *entry;

  if (stack->undo->len == 0)
    return NULL;
  entry = g_ptr_array_index (stack->undo, stack->undo->len - 1);
  *size = entry->size;
  return entry->changeset;
}

const char *
sf_undo_stack_get_undo_label (SfUndoStack *stack)
{
  if (stack->undo->len == 0)
    return NULL;
  return ((Entry *) g_ptr_array_index (stack->undo, stack->undo->len - 1))->label;
}

const char *
sf_undo_stack_get_redo_label (SfUndoStack *stack)
{
  if (stack->redo->len == 0)
    return NULL;
  return ((Entry *) g_ptr_array_index (stack->redo, stack->redo->len - 1))->label;
}
