/* sf-project-conflicts.c: the conflicts merges left in a project, and deciding them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An open conflict keeps mine in place until it is decided: mine kept, the copy's value (or
 * row) taken, or a value the user wrote. Each decision is one undoable action. The table and
 * column a conflict names come from a file, so they are checked against the schema before
 * any statement is made with them.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sf-conflict.h"
#include "sf-merge-private.h"
#include "sf-project-conflicts.h"
#include "sf-project-private.h"
#include "sf-store-error.h"
#include "sf-store-util.h"

GListModel *
sf_project_get_conflicts (SfProject *self)
{
  g_return_val_if_fail (SF_IS_PROJECT (self), NULL);

  return sf_project_cached_list (
    self, "sf-conflicts", SF_TYPE_CONFLICT,
    "SELECT id, table_name, row_id, column_name, kind, base_value, mine_value, theirs_value "
    "FROM merge_conflict WHERE decided = 0 ORDER BY rowid",
    (const char *[]) { "merge_conflict", NULL });
}

guint
sf_project_count_open_conflicts (SfProject *self)
{
  g_return_val_if_fail (SF_IS_PROJECT (self), 0);

  return sf_store_count (sf_project_get_db (self),
                         "SELECT count (*) FROM merge_conflict WHERE decided = 0", -1);
}

char *
sf_project_describe_conflict (SfProject  *self,
                              SfConflict *conflict)
{
  SfMergeConflict plain = {
    (char *) sf_conflict_get_table (conflict), (char *) sf_conflict_get_row_id (conflict),
    (char *) sf_conflict_get_column (conflict), sf_conflict_get_kind (conflict),
  };

  g_return_val_if_fail (SF_IS_PROJECT (self), NULL);

  return sf_merge_describe (sf_db_get_handle (sf_project_get_db (self)), FALSE, &plain);
}

char *
sf_project_conflict_value_text (SfProject  *self,
                                SfConflict *conflict,
                                const char *value)
{
  g_return_val_if_fail (SF_IS_PROJECT (self), NULL);

  return sf_merge_describe_value (sf_db_get_handle (sf_project_get_db (self)), FALSE,
                                  sf_conflict_get_table (conflict),
                                  sf_conflict_get_column (conflict), value);
}

gboolean
sf_project_conflict_is_reference (SfProject  *self,
                                  SfConflict *conflict)
{
  g_return_val_if_fail (SF_IS_PROJECT (self), FALSE);

  return sf_merge_column_is_reference (sf_db_get_handle (sf_project_get_db (self)),
                                       sf_conflict_get_table (conflict),
                                       sf_conflict_get_column (conflict));
}

typedef struct
{
  const char      *id;
  SfMergeDecision  decision;
  const char      *value;
} Decide;

/* The conflict's table and column, when the schema has them (else the file made them up). */
static gboolean
read_target (SfDb        *db,
             const char  *id,
             char       **table,
             char       **column,
             int         *kind,
             GError     **error)
{
  sqlite3_stmt *stmt = sf_db_prepare (db, "SELECT c.table_name, c.column_name, c.kind, "
                                          "(SELECT count (*) FROM pragma_table_info "
                                          "  (c.table_name) p WHERE p.name IS c.column_name) "
                                          "FROM merge_conflict c, sqlite_schema s "
                                          "WHERE c.id = ?1 AND c.decided = 0 "
                                          "AND s.type = 'table' AND s.name = c.table_name",
                                      error);
  gboolean found;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  found = sqlite3_step (stmt) == SQLITE_ROW && sf_merge_is_merged_table (
    (const char *) sqlite3_column_text (stmt, 0)) &&
    (sqlite3_column_type (stmt, 1) == SQLITE_NULL || sqlite3_column_int (stmt, 3) == 1);
  if (found)
    {
      *table = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      *column = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      *kind = sqlite3_column_int (stmt, 2);
    }
  sqlite3_reset (stmt);
  if (!found)
    g_set_error_literal (error, SF_STORE_ERROR, SF_STORE_ERROR_NOT_FOUND,
                         _("This conflict was decided already, or is not one of this "
                           "project."));
  return found;
}

/* The copy's whole row back, from the JSON the merge kept of it. */
static gboolean
take_row (SfDb        *db,
          const char  *table,
          const char  *id,
          GError     **error)
{
  g_autofree char *list = NULL;
  g_autofree char *sql = NULL;
  g_autoptr(GString) names = g_string_new (NULL);
  g_autoptr(GString) values = g_string_new (NULL);
  sqlite3_stmt *stmt = sf_db_prepare (db, "SELECT name FROM pragma_table_info (?1)", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *name = (const char *) sqlite3_column_text (stmt, 0);

      g_string_append_printf (names, "%s\"%s\"", names->len ? ", " : "", name);
      g_string_append_printf (values, "%sjson_extract (theirs_value, '$.\"%s\"')",
                              values->len ? ", " : "", name);
    }
  sqlite3_reset (stmt);
  /* A plain insert: never a row of mine replaced (and its own rows removed with it). */
  sql = g_strdup_printf ("INSERT INTO \"%s\" (%s) SELECT %s FROM merge_conflict "
                         "WHERE id = ?1 AND json_valid (theirs_value)", table, names->str,
                         values->str);
  return sf_db_run (db, error, sql, "s", id) && sf_store_require_change (db, error);
}

static gboolean
do_decide (SfDb     *db,
           gpointer  data,
           GError  **error)
{
  Decide *d = data;
  g_autofree char *table = NULL, *column = NULL, *sql = NULL;
  int kind = 0;

  if (!read_target (db, d->id, &table, &column, &kind, error))
    return FALSE;
  if (d->decision == SF_MERGE_EDITED && column == NULL)
    {
      g_set_error_literal (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID,
                           _("A whole row cannot be written by hand: keep yours or take the "
                             "copy's."));
      return FALSE;
    }
  if (d->decision == SF_MERGE_TOOK_THEIRS && column != NULL)
    {
      sql = g_strdup_printf ("UPDATE \"%s\" SET \"%s\" = (SELECT theirs_value FROM "
                             "merge_conflict WHERE id = ?1) WHERE id = (SELECT row_id FROM "
                             "merge_conflict WHERE id = ?1)", table, column);
      if (!sf_db_run (db, error, sql, "s", d->id))
        return FALSE;
    }
  else if (d->decision == SF_MERGE_TOOK_THEIRS && kind == SF_MERGE_THEIRS_REMOVED)
    {
      sql = g_strdup_printf ("DELETE FROM \"%s\" WHERE id = (SELECT row_id FROM "
                             "merge_conflict WHERE id = ?1)", table);
      if (!sf_db_run (db, error, sql, "s", d->id))
        return FALSE;
    }
  else if (d->decision == SF_MERGE_TOOK_THEIRS && !take_row (db, table, d->id, error))
    return FALSE;
  else if (d->decision == SF_MERGE_EDITED)
    {
      sql = g_strdup_printf ("UPDATE \"%s\" SET \"%s\" = ?2 WHERE id = (SELECT row_id FROM "
                             "merge_conflict WHERE id = ?1)", table, column);
      if (!sf_db_run (db, error, sql, "ss", d->id, d->value))
        return FALSE;
    }
  return sf_db_run (db, error, "UPDATE merge_conflict SET decided = ?2 WHERE id = ?1", "si",
                    d->id, (int) d->decision);
}

gboolean
sf_project_decide_conflict (SfProject        *self,
                            const char       *id,
                            SfMergeDecision   decision,
                            const char       *value,
                            GError          **error)
{
  Decide d = { id, decision, value };

  g_return_val_if_fail (SF_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);
  g_return_val_if_fail (decision != SF_MERGE_OPEN, FALSE);
  g_return_val_if_fail (decision != SF_MERGE_EDITED || value != NULL, FALSE);

  return sf_project_run_action (self, decision == SF_MERGE_KEPT_MINE
                                        ? _("Keep my version")
                                        : decision == SF_MERGE_TOOK_THEIRS
                                          ? _("Take the copy's version")
                                          : _("Merge by hand"),
                                do_decide, &d, error);
}
