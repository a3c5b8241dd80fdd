/* sf-merge-orphans.c: what a copy added or pointed at under rows mine removed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Foreign keys are checked once, after all the copy's changes are made in the scratch copy of
 * mine: a row the copy added under one mine removed is taken out again, and a value the copy
 * set to point at such a row gets mine's back; each is a conflict.
 */
#include "config.h"

#include "sf-merge-weigh-private.h"
#include "sf-store-error.h"

/* The copy's value of @table's @column of row @id points at a row mine removed: mine's value
 * back, and a conflict. FALSE when the merge did not set it (mine's own dangling key). */
static gboolean
restore_column (Weigh      *w,
                const char *table,
                const char *id,
                const char *column)
{
  g_autofree char *key = g_strdup_printf ("%s\x1f%s\x1f%s", table, id, column);
  sqlite3_value *original = g_hash_table_lookup (w->originals, key);
  g_autofree char *read = NULL, *write = NULL;
  sqlite3_stmt *stmt;
  sqlite3_value *theirs = NULL;

  if (original == NULL)
    return FALSE;
  /* The copy's value, which the merge set (and taking an orphan out may have set to none). */
  read = g_strdup_printf ("SELECT \"%s\" FROM theirs.\"%s\" WHERE id = ?1", column, table);
  stmt = sf_weigh_statement (w, read);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    theirs = sqlite3_value_dup (sqlite3_column_value (stmt, 0));
  sqlite3_reset (stmt);
  sf_weigh_conflict (w, table, id, column, SF_MERGE_PARENT_REMOVED, NULL, original, theirs);
  sqlite3_value_free (theirs);
  write = g_strdup_printf ("UPDATE main.\"%s\" SET \"%s\" = ?1 WHERE id = ?2", table, column);
  stmt = sf_weigh_statement (w, write);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_value (stmt, 1, original);
  sqlite3_bind_text (stmt, 2, id, -1, SQLITE_TRANSIENT);
  return sqlite3_step (stmt) == SQLITE_DONE;
}

/* The value of @table's @column in row @id in mine (main) and in the copy, stepped onto. */
static sqlite3_stmt *
both_values (Weigh      *w,
             const char *table,
             const char *id,
             const char *column)
{
  g_autofree char *sql = g_strdup_printf ("SELECT m.\"%s\", t.\"%s\" FROM main.\"%s\" m "
                                          "LEFT JOIN theirs.\"%s\" t ON t.id = m.id "
                                          "WHERE m.id = ?1", column, column, table, table);
  sqlite3_stmt *stmt = sf_weigh_statement (w, sql);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  return sqlite3_step (stmt) == SQLITE_ROW ? stmt : NULL;
}

/* Taking a row out sets what points at it to nothing (ON DELETE SET NULL), after the foreign
 * keys were checked: a reference the copy set, or one in a row the copy added, that points
 * nowhere now is a conflict too, and a value the merge set gets mine's back. */
static void
restore_nulled (Weigh *w)
{
  GHashTableIter iter;
  gpointer key, original;

  g_hash_table_iter_init (&iter, w->originals);
  while (g_hash_table_iter_next (&iter, &key, &original))
    {
      g_auto(GStrv) parts = g_strsplit (key, "\x1f", 3);
      sqlite3_stmt *stmt;
      gboolean nulled;

      if (g_strv_length (parts) != 3 ||
          (stmt = both_values (w, parts[0], parts[1], parts[2])) == NULL)
        continue;
      nulled = sqlite3_column_type (stmt, 0) == SQLITE_NULL &&
               sqlite3_column_type (stmt, 1) != SQLITE_NULL;
      sqlite3_reset (stmt);
      if (nulled)
        restore_column (w, parts[0], parts[1], parts[2]);
    }
  g_hash_table_iter_init (&iter, w->inserted);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      g_auto(GStrv) parts = g_strsplit (key, "\x1f", 2);
      Table *t = parts[1] != NULL ? sf_weigh_table (w, parts[0]) : NULL;

      for (guint c = 0; t != NULL && c < t->n_columns; c++)
        {
          sqlite3_stmt *stmt = t->reference[c] ? both_values (w, parts[0], parts[1],
                                                              t->names[c]) : NULL;

          if (stmt == NULL)
            continue;
          if (sqlite3_column_type (stmt, 0) == SQLITE_NULL &&
              sqlite3_column_type (stmt, 1) != SQLITE_NULL)
            sf_weigh_conflict (w, parts[0], parts[1], t->names[c], SF_MERGE_PARENT_REMOVED,
                               NULL, sqlite3_column_value (stmt, 0),
                               sqlite3_column_value (stmt, 1));
          sqlite3_reset (stmt);
        }
    }
}

/* Rows the copy added under one mine removed: out again, each a conflict, with the copy's rows
 * under them; a value the copy set to point at a row mine removed: mine's back, a conflict. */
gboolean
sf_weigh_take_out_orphans (Weigh   *w,
                           GError **error)
{
  g_autoptr(GPtrArray) orphans = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  GHashTableIter iter;
  gpointer key;
  sqlite3_stmt *stmt = NULL;

  sqlite3_prepare_v2 (w->plan->scratch,
                      "SELECT c.\"table\", c.rowid, f.\"from\" FROM pragma_foreign_key_check "
                      "(NULL, 'main') c LEFT JOIN pragma_foreign_key_list (c.\"table\", 'main') f "
                      "ON f.id = c.fkid", -1, &stmt, NULL);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      char **orphan = g_new0 (char *, 4);

      orphan[0] = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      orphan[1] = g_strdup_printf ("%lld", (long long) sqlite3_column_int64 (stmt, 1));
      orphan[2] = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      g_ptr_array_add (orphans, orphan);
    }
  sqlite3_finalize (stmt);
  for (guint i = 0; i < orphans->len; i++)
    {
      char **orphan = g_ptr_array_index (orphans, i);
      g_autofree char *read = g_strdup_printf ("SELECT id FROM main.\"%s\" WHERE rowid = %s",
                                               orphan[0], orphan[1]);
      g_autofree char *remove = g_strdup_printf ("DELETE FROM main.\"%s\" WHERE rowid = %s",
                                                 orphan[0], orphan[1]);
      g_autofree char *id = NULL, *row_key = NULL;

      stmt = sf_weigh_statement (w, read);
      if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
        continue; /* gone with another orphan */
      id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      sqlite3_reset (stmt);
      row_key = g_strdup_printf ("%s\x1f%s", orphan[0], id);
      if (!g_hash_table_contains (w->inserted, row_key))
        {
          /* A row of mine is never taken out here; only the copy's value is undone. */
          if (orphan[2] != NULL)
            restore_column (w, orphan[0], id, orphan[2]);
          continue;
        }
      if (sqlite3_exec (w->plan->scratch, remove, NULL, NULL, NULL) != SQLITE_OK)
        {
          sf_store_set_sqlite_error (error, w->plan->scratch,
                                     sqlite3_errcode (w->plan->scratch), NULL);
          return FALSE;
        }
      w->took_out = TRUE;
    }
  /* Only taking out orphans removes what the copy added. */
  if (!w->took_out)
    return TRUE;
  restore_nulled (w);
  /* What the copy added and is not there now (taken out, or under what was taken out): each a
   * conflict, so that nothing of the copy's goes unsaid. */
  g_hash_table_iter_init (&iter, w->inserted);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      g_auto(GStrv) parts = g_strsplit (key, "\x1f", 2);
      g_autofree char *read = g_strdup_printf ("SELECT 1 FROM main.\"%s\" WHERE id = ?1",
                                               parts[0]);

      stmt = sf_weigh_statement (w, read);
      if (stmt == NULL)
        continue;
      sqlite3_bind_text (stmt, 1, parts[1], -1, SQLITE_TRANSIENT);
      if (sqlite3_step (stmt) != SQLITE_ROW)
        {
          sqlite3_reset (stmt);
          sf_weigh_conflict (w, parts[0], parts[1], NULL, SF_MERGE_PARENT_REMOVED, NULL, NULL,
                             NULL);
          w->plan->counts[sf_merge_table_part (parts[0])].added--;
        }
      else
        sqlite3_reset (stmt);
    }
  return TRUE;
}

