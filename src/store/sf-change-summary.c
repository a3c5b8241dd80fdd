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
  GStrv       columns;
  GHashTable *changed_columns; /* names, borrowed from columns */
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
  g_hash_table_unref (changes->changed_columns);
  g_strfreev (changes->columns);
  g_free (changes);
}

/* The table's column names in the changeset's order (its schema's), read once. */
static GStrv
read_column_names (sqlite3    *handle,
                   const char *table)
{
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (handle, "SELECT name FROM pragma_table_info (?1) ORDER BY cid", -1,
                          &stmt, NULL) == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, table, -1, SQLITE_STATIC);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        g_strv_builder_add (names, (const char *) sqlite3_column_text (stmt, 0));
    }
  sqlite3_finalize (stmt);
  return g_strv_builder_end (names);
}

static void
add_update (TableChanges           *changes,
            sqlite3                *handle,
            sqlite3_changeset_iter *iter,
            const char             *table,
            int                     n_columns)
{
  unsigned char *pk = NULL;
  sqlite3_value *value;

  if (changes->columns == NULL)
    changes->columns = read_column_names (handle, table);
  sqlite3changeset_pk (iter, &pk, NULL);
  for (int i = 0; i < n_columns; i++)
    {
      if (pk[i] && sqlite3changeset_old (iter, i, &value) == SQLITE_OK && value != NULL)
        g_ptr_array_add (changes->updated_ids,
                         g_strdup ((const char *) sqlite3_value_text (value)));
      /* An update holds a new value only for the columns it changed. A column the schema
       * does not name (it cannot be, but the file is not ours to trust) counts as moving. */
      else if (sqlite3changeset_new (iter, i, &value) == SQLITE_OK && value != NULL)
        {
          if ((guint) i < g_strv_length (changes->columns))
            g_hash_table_add (changes->changed_columns, changes->columns[i]);
          else
            changes->rows_came_or_went = TRUE;
        }
    }
}

SfChangeSummary *
sf_change_summary_new (sqlite3    *handle,
                       const void *changeset,
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
          changes->changed_columns = g_hash_table_new (g_str_hash, g_str_equal);
          g_hash_table_insert (self->tables, g_strdup (table), changes);
        }
      if (op == SQLITE_UPDATE)
        add_update (changes, handle, iter, table, n_columns);
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

GPtrArray *
sf_change_summary_updated_rows (SfChangeSummary    *self,
                                const char * const *tables,
                                const char * const *moving_columns)
{
  TableChanges *changes = g_hash_table_lookup (self->tables, tables[0]);

  if (changes == NULL || changes->rows_came_or_went || changes->updated_ids->len == 0)
    return NULL;
  for (guint i = 1; tables[i] != NULL; i++)
    if (g_hash_table_contains (self->tables, tables[i]))
      return NULL;
  for (guint i = 0; moving_columns != NULL && moving_columns[i] != NULL; i++)
    if (g_hash_table_contains (changes->changed_columns, moving_columns[i]))
      return NULL;
  return g_ptr_array_ref (changes->updated_ids);
}
