/* sf-merge-since.c: what a copy took back since it was last merged
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A copy merged before is weighed from its base, for the rows it changed since that merge.
 * A row it changed back to the base's value, or a row it added and then removed, shows no
 * change from the base, yet differs from what was merged. Whether the copy took its own change
 * back or is a second copy of the same base that never had it cannot be told apart (both carry
 * the base's id), so neither is decided silently: each is a conflict, mine kept.
 */
#include "config.h"

#include "sf-merge-weigh-private.h"

/* Row @id of @table in @schema, stepped onto; NULL when the schema has no such row. */
static sqlite3_stmt *
row_in (Weigh      *w,
        const char *schema,
        const char *table,
        const char *id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT * FROM %s.\"%s\" WHERE id = ?1", schema,
                                          table);
  sqlite3_stmt *stmt = sf_weigh_statement (w, sql);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  return sqlite3_step (stmt) == SQLITE_ROW ? stmt : NULL;
}

static void
weigh_row (Weigh      *w,
           const char *table,
           const char *id)
{
  Table *t = sf_weigh_table (w, table);
  sqlite3_stmt *theirs = row_in (w, "theirs", table, id);
  sqlite3_stmt *mine = row_in (w, "main", table, id);
  sqlite3_stmt *merged = row_in (w, "merged", table, id);

  if (theirs == NULL && mine != NULL)
    /* It was merged, and the copy has it no more. */
    sf_weigh_conflict (w, table, id, NULL, SF_MERGE_THEIRS_REMOVED, NULL, NULL, NULL);
  else if (theirs != NULL && mine == NULL)
    /* Mine removed it, and the copy has it as the base had it. */
    sf_weigh_conflict (w, table, id, NULL, SF_MERGE_MINE_REMOVED, NULL, NULL, NULL);
  else if (theirs != NULL && mine != NULL)
    for (guint c = 0; c < t->n_columns; c++)
      {
        sqlite3_value *value = sqlite3_column_value (theirs, c);

        /* The copy's value is the base's; mine's differs (the merged one, or mine's own). */
        if (!sf_merge_value_same (sqlite3_column_value (mine, c), value) &&
            (merged == NULL ||
             !sf_merge_value_same (sqlite3_column_value (merged, c), value)))
          sf_weigh_conflict (w, table, id, t->names[c], SF_MERGE_BOTH_CHANGED, value,
                             sqlite3_column_value (mine, c), value);
      }
  if (theirs != NULL)
    sqlite3_reset (theirs);
  if (mine != NULL)
    sqlite3_reset (mine);
  if (merged != NULL)
    sqlite3_reset (merged);
}

void
sf_weigh_since_merged (Weigh      *w,
                       GHashTable *seen)
{
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, w->plan->since_merged);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      g_auto(GStrv) parts = NULL;

      if (g_hash_table_contains (seen, key))
        continue; /* weighed from the base */
      parts = g_strsplit (key, "/", 2);
      if (parts[0] != NULL && parts[1] != NULL && sf_merge_is_merged_table (parts[0]))
        weigh_row (w, parts[0], parts[1]);
    }
}
