/* sf-change-summary.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * After an action the project re-reads the lists that show the tables it changed. A list of
 * 200 partners re-read for one partner's notes took most of an edit's time; what the
 * changeset says lets a list re-read only the rows that changed, when that is safe.
 */
#include "config.h"

#include "sf-change-summary.h"

typedef struct
{
  gboolean    rows_came_or_went;
  GPtrArray  *updated_ids;
  guint64     changed_columns; /* bit i: column i (cid); the last bit, column 63 or later */
} TableChanges;

struct _SfChangeSummary
{
  GHashTable *tables; /* name -> TableChanges */
};

static void
table_changes_free (gpointer data)
{
  TableChanges *changes = data;

  g_ptr_array_unref (changes->updated_ids);
  g_free (changes);
}

static guint64
column_bit (int column)
{
  return G_GUINT64_CONSTANT (1) << MIN (column, 63);
}

static void
add_update (TableChanges           *changes,
            sqlite3_changeset_iter *iter,
            int                     n_columns)
{
  unsigned char *pk = NULL;
  sqlite3_value *value;

  sqlite3changeset_pk (iter, &pk, NULL);
  for (int i = 0; i < n_columns; i++)
    {
      if (pk[i] && sqlite3changeset_old (iter, i, &value) == SQLITE_OK && value != NULL)
        g_ptr_array_add (changes->updated_ids,
                         g_strdup ((const char *) sqlite3_value_text (value)));
      /* An update holds a new value only for the columns it changed. */
      else if (sqlite3changeset_new (iter, i, &value) == SQLITE_OK && value != NULL)
        changes->changed_columns |= column_bit (i);
    }
}

SfChangeSummary *
sf_change_summary_new (const void *changeset,
                       int         size)
{
  SfChangeSummary *self = g_new0 (SfChangeSummary, 1);
  sqlite3_changeset_iter *iter = NULL;

  self->tables = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, table_changes_free);
  if (sqlite3changeset_start (&iter, size, (void *) changeset) != SQLITE_OK)
    return self;
  while (sqlite3changeset_next (iter) == SQLITE_ROW)
    {
      const char *table;
      int n_columns, op;
      TableChanges *changes;

      sqlite3changeset_op (iter, &table, &n_columns, &op, NULL);
      changes = g_hash_table_lookup (self->tables, table);
      if (changes == NULL)
        {
          changes = g_new0 (TableChanges, 1);
          changes->updated_ids = g_ptr_array_new_with_free_func (g_free);
          g_hash_table_insert (self->tables, g_strdup (table), changes);
        }
      if (op == SQLITE_UPDATE)
        add_update (changes, iter, n_columns);
      else
        changes->rows_came_or_went = TRUE;
    }
  sqlite3changeset_finalize (iter);
  return self;
}

void
sf_change_summary_free (SfChangeSummary *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->tables);
  g_free (self);
}

guint64
sf_change_summary_column_mask (sqlite3            *handle,
                               const char         *table,
                               const char * const *columns)
{
  sqlite3_stmt *stmt = NULL;
  guint64 mask = 0;

  if (sqlite3_prepare_v2 (handle, "SELECT cid, name FROM pragma_table_info (?1)", -1, &stmt,
                          NULL) == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, table, -1, SQLITE_STATIC);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        if (columns != NULL &&
            g_strv_contains (columns, (const char *) sqlite3_column_text (stmt, 1)))
          mask |= column_bit (sqlite3_column_int (stmt, 0));
    }
  sqlite3_finalize (stmt);
  /* Columns past the 63rd share a bit: one of them changing counts as any. */
  return mask | column_bit (63);
}

GPtrArray *
sf_change_summary_updated_rows (SfChangeSummary    *self,
                                const char * const *tables,
                                guint64             moving_columns)
{
  TableChanges *changes = g_hash_table_lookup (self->tables, tables[0]);

  if (changes == NULL || changes->rows_came_or_went || changes->updated_ids->len == 0)
    return NULL;
  for (guint i = 1; tables[i] != NULL; i++)
    if (g_hash_table_contains (self->tables, tables[i]))
      return NULL;
  if (changes->changed_columns & moving_columns)
    return NULL;
  return g_ptr_array_ref (changes->updated_ids);
}
