/* sf-merge-weigh.c: each change of a copy weighed against mine, in the merge's scratch copy
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * With a base, a change is the copy's own: taken when mine has that part as the base had it,
 * nothing when mine made the same change, a conflict when mine changed it otherwise. Without
 * a base, only a row mine lacks is taken; a row that differs is a conflict, since who changed
 * it cannot be known, and a row only mine has stays. Foreign keys are checked once at the
 * end: a row the copy added to one mine removed is taken out again, as a conflict.
 */
#include "config.h"

#include <string.h>

#include "sf-merge-weigh-private.h"
#include "sf-store-error.h"

static void finalize (gpointer stmt);

static void
table_free (gpointer data)
{
  Table *t = data;

  for (guint c = 0; c < t->n_columns; c++)
    sqlite3_finalize (t->update[c]);
  sqlite3_finalize (t->select);
  g_hash_table_unref (t->if_base);
  g_free (t->update);
  g_free (t->reference);
  g_strfreev (t->names);
  g_free (t);
}

sqlite3_stmt *
sf_weigh_statement (Weigh      *w,
                    const char *sql)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (w->statements, sql);

  if (stmt == NULL && sqlite3_prepare_v2 (w->plan->scratch, sql, -1, &stmt, NULL) == SQLITE_OK)
    g_hash_table_insert (w->statements, g_strdup (sql), stmt);
  if (stmt != NULL)
    sqlite3_reset (stmt);
  return stmt;
}

Table *
sf_weigh_table (Weigh      *w,
                const char *table)
{
  Table *t = g_hash_table_lookup (w->tables, table);
  g_autoptr(GStrvBuilder) builder = NULL;
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt = NULL;

  if (t != NULL)
    return t;
  t = g_new0 (Table, 1);
  builder = g_strv_builder_new ();
  sql = g_strdup_printf ("SELECT name, EXISTS (SELECT 1 FROM pragma_foreign_key_list ('%s', "
                         "'main') f WHERE f.\"from\" = p.name) FROM pragma_table_info ('%s', "
                         "'main') p ORDER BY cid", table, table);
  sqlite3_prepare_v2 (w->plan->scratch, sql, -1, &stmt, NULL);
  t->reference = g_new0 (gboolean, 1);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));
      t->reference = g_renew (gboolean, t->reference, t->n_columns + 1);
      t->reference[t->n_columns++] = sqlite3_column_int (stmt, 1);
    }
  sqlite3_finalize (stmt);
  t->names = g_strv_builder_end (builder);
  t->update = g_new0 (sqlite3_stmt *, MAX (t->n_columns, 1));
  t->if_base = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, finalize);
  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("SELECT * FROM main.\"%s\" WHERE id = ?1", table);
  sqlite3_prepare_v2 (w->plan->scratch, sql, -1, &t->select, NULL);
  g_hash_table_insert (w->tables, g_strdup (table), t);
  return t;
}

static GStrv
columns_of (Weigh      *w,
            const char *table)
{
  return sf_weigh_table (w, table)->names;
}

/* A conflict as a key, to know one an earlier merge of the same copy recorded. */
static char *
conflict_key (const char    *table,
              const char    *row_id,
              const char    *column,
              sqlite3_value *theirs)
{
  const char *text = theirs != NULL ? (const char *) sqlite3_value_text (theirs) : NULL;

  return g_strdup_printf ("%s\x1f%s\x1f%s\x1f%d\x1f%s", table, row_id, column ? column : "",
                          theirs != NULL ? sqlite3_value_type (theirs) : SQLITE_NULL,
                          text ? text : "");
}

static void
load_known (Weigh *w)
{
  sqlite3_stmt *stmt = sf_weigh_statement (w, "SELECT table_name, row_id, column_name, "
                                              "theirs_value FROM main.merge_conflict");

  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    g_hash_table_add (w->known,
                      conflict_key ((const char *) sqlite3_column_text (stmt, 0),
                                    (const char *) sqlite3_column_text (stmt, 1),
                                    (const char *) sqlite3_column_text (stmt, 2),
                                    sqlite3_column_value (stmt, 3)));
}

/* The copy's row @row_id of @table as a JSON object of its columns, so that the user can
 * still take it once the copy is gone; NULL when the copy has no such row. */
static sqlite3_value *
theirs_row (Weigh      *w,
            const char *table,
            const char *row_id)
{
  GStrv names = columns_of (w, table);
  g_autoptr(GString) sql = g_string_new ("SELECT json_object (");
  sqlite3_stmt *stmt;
  sqlite3_value *row = NULL;

  for (guint c = 0; names[c] != NULL; c++)
    g_string_append_printf (sql, "%s'%s', \"%s\"", c > 0 ? ", " : "", names[c], names[c]);
  g_string_append_printf (sql, ") FROM theirs.\"%s\" WHERE id = ?1", table);
  stmt = sf_weigh_statement (w, sql->str);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, row_id, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    row = sqlite3_value_dup (sqlite3_column_value (stmt, 0));
  sqlite3_reset (stmt);
  return row;
}

void
sf_weigh_conflict (Weigh               *w,
                   const char          *table,
                   const char          *row_id,
                   const char          *column,
                   SfMergeConflictKind  kind,
                   sqlite3_value       *base,
                   sqlite3_value       *mine,
                   sqlite3_value       *theirs)
{
  /* A conflict about a whole row keeps the copy's row, for taking it later. */
  sqlite3_value *row = column == NULL && theirs == NULL ? theirs_row (w, table, row_id) : NULL;
  g_autofree char *key = conflict_key (table, row_id, column, row != NULL ? row : theirs);
  SfMergeConflict *conflict;

  if (g_hash_table_contains (w->known, key))
    {
      sqlite3_value_free (row);
      return; /* decided, or still open, from merging this copy before */
    }
  g_hash_table_add (w->known, g_steal_pointer (&key));
  conflict = g_new0 (SfMergeConflict, 1);
  conflict->table = g_strdup (table);
  conflict->row_id = g_strdup (row_id);
  conflict->column = g_strdup (column);
  conflict->kind = kind;
  conflict->base = base != NULL ? sqlite3_value_dup (base) : NULL;
  conflict->mine = mine != NULL ? sqlite3_value_dup (mine) : NULL;
  conflict->theirs = row != NULL ? row : theirs != NULL ? sqlite3_value_dup (theirs) : NULL;
  g_ptr_array_add (w->plan->conflicts, conflict);
}

/* Mine's row @id of @table, stepped onto (NULL: mine has none). */
sqlite3_stmt *
sf_weigh_mine_row (Weigh         *w,
                   const char    *table,
                   sqlite3_value *id)
{
  sqlite3_stmt *stmt = sf_weigh_table (w, table)->select;

  if (stmt == NULL)
    return NULL;
  sqlite3_reset (stmt);
  sqlite3_bind_value (stmt, 1, id);
  return sqlite3_step (stmt) == SQLITE_ROW ? stmt : NULL;
}

/* Sets column @c of row @id of @table to @value. */
static gboolean
set_column (Weigh         *w,
            const char    *table,
            guint          c,
            sqlite3_value *id,
            sqlite3_value *value)
{
  Table *t = sf_weigh_table (w, table);

  if (t->update[c] == NULL)
    {
      g_autofree char *sql = g_strdup_printf ("UPDATE main.\"%s\" SET \"%s\" = ?1 "
                                              "WHERE id = ?2", table, t->names[c]);

      if (sqlite3_prepare_v2 (w->plan->scratch, sql, -1, &t->update[c], NULL) != SQLITE_OK)
        return FALSE;
    }
  sqlite3_reset (t->update[c]);
  sqlite3_bind_value (t->update[c], 1, value);
  sqlite3_bind_value (t->update[c], 2, id);
  return sqlite3_step (t->update[c]) == SQLITE_DONE;
}

static gboolean
run (Weigh         *w,
     const char    *sql,
     sqlite3_value *id,
     sqlite3_value *value)
{
  sqlite3_stmt *stmt = sf_weigh_statement (w, sql);

  if (stmt == NULL)
    return FALSE;
  if (value != NULL)
    sqlite3_bind_value (stmt, 1, value);
  else
    sqlite3_bind_null (stmt, 1);
  if (id != NULL)
    sqlite3_bind_value (stmt, 2, id);
  return sqlite3_step (stmt) == SQLITE_DONE;
}

static void
take_insert (Weigh               *w,
             sqlite3_changeset_iter *it,
             const char          *table,
             guint                n_columns,
             sqlite3_value       *id)
{
  GStrv names = columns_of (w, table);
  const char *sql = g_hash_table_lookup (w->inserts, table);
  sqlite3_stmt *stmt, *mine;
  int rc;

  /* Mine seldom has the row already: it is looked for only when the insert fails. */
  if (sql == NULL)
    {
      GString *insert = g_string_new (NULL);

      g_string_printf (insert, "INSERT INTO main.\"%s\" VALUES (", table);
      for (guint c = 0; c < n_columns; c++)
        g_string_append_printf (insert, "%s?%u", c > 0 ? ", " : "", c + 1);
      g_string_append (insert, ")");
      sql = insert->str;
      g_hash_table_insert (w->inserts, g_strdup (table), g_string_free (insert, FALSE));
    }
  stmt = sf_weigh_statement (w, sql);
  if (stmt == NULL)
    return;
  for (guint c = 0; c < n_columns; c++)
    {
      sqlite3_value *value = NULL;

      sqlite3changeset_new (it, c, &value);
      sqlite3_bind_value (stmt, c + 1, value);
    }
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    {
      w->plan->counts[sf_merge_table_part (table)].added++;
      g_hash_table_add (w->inserted, g_strdup_printf ("%s\x1f%s", table,
                                                      sqlite3_value_text (id)));
      return;
    }
  mine = sf_weigh_mine_row (w, table, id);
  if (mine == NULL)
    {
      /* Mine added the same thing under another id (a figure of a flat both entered): both
       * added it, and the user says which stays. */
      sf_weigh_conflict (w, table, (const char *) sqlite3_value_text (id), NULL,
                         w->three_way ? SF_MERGE_BOTH_CHANGED : SF_MERGE_DIFFERS, NULL, NULL,
                         NULL);
      return;
    }
  /* Both have the row (an earlier merge, or the same copy merged twice): what differs
   * conflicts, column by column. */
  for (guint c = 0; c < n_columns; c++)
    {
      sqlite3_value *theirs = NULL;

      sqlite3changeset_new (it, c, &theirs);
      if (!sf_merge_value_same (sqlite3_column_value (mine, c), theirs))
        sf_weigh_conflict (w, table, (const char *) sqlite3_value_text (id), names[c],
                           w->three_way ? SF_MERGE_BOTH_CHANGED : SF_MERGE_DIFFERS, NULL,
                           sqlite3_column_value (mine, c), theirs);
    }
}

/* The copy's update of row @id as one statement that changes the row only when mine has, in
 * every column the copy changed, what the base had: by far the most common case, settled
 * without reading mine's row first. FALSE when mine differs (or a key stands in the way):
 * then each column is weighed. */
static gboolean
take_update_if_base (Weigh                  *w,
                     sqlite3_changeset_iter *it,
                     const char             *table,
                     guint                   n_columns,
                     sqlite3_value          *id)
{
  Table *t = sf_weigh_table (w, table);
  gint64 mask = 0;
  sqlite3_stmt *stmt;
  int n = 0, rc;

  if (!w->three_way || n_columns > 63 || n_columns != t->n_columns)
    return FALSE;
  for (guint c = 0; c < n_columns; c++)
    {
      sqlite3_value *theirs = NULL;

      if (sqlite3changeset_new (it, c, &theirs) == SQLITE_OK && theirs != NULL)
        mask |= G_GINT64_CONSTANT (1) << c;
    }
  stmt = g_hash_table_lookup (t->if_base, &mask);
  if (stmt == NULL)
    {
      g_autoptr(GString) sql = g_string_new (NULL);
      g_autoptr(GString) where = g_string_new (NULL);

      g_string_printf (sql, "UPDATE main.\"%s\" SET ", table);
      for (guint c = 0; c < n_columns; c++)
        if (mask & (G_GINT64_CONSTANT (1) << c))
          {
            g_string_append_printf (sql, "%s\"%s\" = ?%u", n++ ? ", " : "", t->names[c],
                                    2 * c + 2);
            g_string_append_printf (where, " AND \"%s\" IS ?%u", t->names[c], 2 * c + 3);
          }
      g_string_append_printf (sql, " WHERE id = ?1%s", where->str);
      if (sqlite3_prepare_v2 (w->plan->scratch, sql->str, -1, &stmt, NULL) != SQLITE_OK)
        return FALSE;
      g_hash_table_insert (t->if_base, g_memdup2 (&mask, sizeof mask), stmt);
    }
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  sqlite3_bind_value (stmt, 1, id);
  for (guint c = 0; c < n_columns; c++)
    if (mask & (G_GINT64_CONSTANT (1) << c))
      {
        sqlite3_value *theirs = NULL, *old = NULL;

        sqlite3changeset_new (it, c, &theirs);
        sqlite3changeset_old (it, c, &old);
        sqlite3_bind_value (stmt, 2 * c + 2, theirs);
        if (old != NULL)
          sqlite3_bind_value (stmt, 2 * c + 3, old);
      }
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE || sqlite3_changes (w->plan->scratch) != 1)
    return FALSE;
  /* Mine's values were the base's: kept for a reference the copy set to a row mine removed
   * (take_out_orphans ()). */
  for (guint c = 0; c < n_columns; c++)
    if ((mask & (G_GINT64_CONSTANT (1) << c)) && t->reference[c])
      {
        sqlite3_value *old = NULL;

        sqlite3changeset_old (it, c, &old);
        g_hash_table_insert (w->originals,
                             g_strdup_printf ("%s\x1f%s\x1f%s", table,
                                              (const char *) sqlite3_value_text (id),
                                              t->names[c]),
                             old != NULL ? sqlite3_value_dup (old) : NULL);
      }
  w->plan->counts[sf_merge_table_part (table)].changed++;
  return TRUE;
}

static void
take_update (Weigh                  *w,
             sqlite3_changeset_iter *it,
             const char             *table,
             guint                   n_columns,
             sqlite3_value          *id)
{
  GStrv names = columns_of (w, table);
  sqlite3_stmt *mine = sf_weigh_mine_row (w, table, id);
  const char *row_id = (const char *) sqlite3_value_text (id);
  g_autoptr(GPtrArray) sets = g_ptr_array_new ();   /* column indexes to set */
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (
    (GDestroyNotify) sqlite3_value_free);              /* theirs, mine, base for each */
  guint n_set = 0;

  if (mine == NULL)
    {
      if (w->three_way)
        sf_weigh_conflict (w, table, row_id, NULL, SF_MERGE_MINE_REMOVED, NULL, NULL, NULL);
      return;
    }
  for (guint c = 0; c < n_columns; c++)
    {
      sqlite3_value *old = NULL, *theirs = NULL, *value = sqlite3_column_value (mine, c);

      if (sqlite3changeset_new (it, c, &theirs) != SQLITE_OK || theirs == NULL)
        continue; /* not changed */
      sqlite3changeset_old (it, c, &old);
      if (sf_merge_value_same (value, theirs))
        continue;
      if (w->three_way && sf_merge_value_same (value, old))
        {
          g_ptr_array_add (sets, GUINT_TO_POINTER (c));
          g_ptr_array_add (values, sqlite3_value_dup (theirs));
          g_ptr_array_add (values, sqlite3_value_dup (value));
          g_ptr_array_add (values, old != NULL ? sqlite3_value_dup (old) : NULL);
        }
      else
        sf_weigh_conflict (w, table, row_id, names[c],
                           w->three_way ? SF_MERGE_BOTH_CHANGED : SF_MERGE_DIFFERS,
                           w->three_way ? old : NULL, value, theirs);
    }
  sqlite3_reset (mine); /* its values are copied; the writes come after the read */
  for (guint i = 0; i < sets->len; i++)
    {
      guint c = GPOINTER_TO_UINT (sets->pdata[i]);
      const char *column = names[c];
      sqlite3_value *theirs = values->pdata[3 * i], *mine_value = values->pdata[3 * i + 1];

      if (set_column (w, table, c, id, theirs))
        {
          n_set++;
          /* Kept, should the copy's value point at a row mine removed (take_out_orphans). */
          if (sf_weigh_table (w, table)->reference[c])
            g_hash_table_insert (w->originals,
                                 g_strdup_printf ("%s\x1f%s\x1f%s", table, row_id, column),
                                 sqlite3_value_dup (mine_value));
        }
      else
        /* Mine has the value elsewhere (a unique key, as a slide's): the user decides. */
        sf_weigh_conflict (w, table, row_id, column,
                           w->three_way ? SF_MERGE_BOTH_CHANGED : SF_MERGE_DIFFERS,
                           values->pdata[3 * i + 2], mine_value, theirs);
    }
  if (n_set > 0)
    w->plan->counts[sf_merge_table_part (table)].changed++;
}

/* Whether a row of mine points at row @id of @table through a foreign key: a row mine added
 * or changed under it, or one the copy removed as well but mine changed, since the copy's
 * removals of rows under it come first (weigh_all ()). */
static gboolean
referenced_in_mine (Weigh         *w,
                    const char    *table,
                    sqlite3_value *id)
{
  GPtrArray *children = g_hash_table_lookup (w->children, table);
  sqlite3_stmt *stmt = NULL;
  gboolean referenced = FALSE;

  /* The schema's foreign keys into @table, read once per table. */
  if (children == NULL)
    {
      g_autofree char *sql = g_strdup_printf (
        "SELECT s.name, f.\"from\" FROM main.sqlite_schema s, "
        "pragma_foreign_key_list (s.name, 'main') f WHERE s.type = 'table' "
        "AND f.\"table\" = '%s' AND (f.\"to\" IS 'id' OR f.\"to\" IS NULL)", table);

      children = g_ptr_array_new_with_free_func (g_free);
      sqlite3_prepare_v2 (w->plan->scratch, sql, -1, &stmt, NULL);
      while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
        g_ptr_array_add (children, g_strdup_printf (
          "SELECT 1 FROM main.\"%s\" WHERE \"%s\" = ?1", sqlite3_column_text (stmt, 0),
          sqlite3_column_text (stmt, 1)));
      sqlite3_finalize (stmt);
      g_hash_table_insert (w->children, g_strdup (table), children);
    }
  for (guint i = 0; !referenced && i < children->len; i++)
    {
      stmt = sf_weigh_statement (w, g_ptr_array_index (children, i));
      if (stmt != NULL)
        {
          sqlite3_bind_value (stmt, 1, id);
          referenced = sqlite3_step (stmt) == SQLITE_ROW;
          sqlite3_reset (stmt);
        }
    }
  return referenced;
}

/* A row the copy removed, kept until the copy's other changes are weighed. */
typedef struct
{
  char           *table;
  guint           n_columns;
  sqlite3_value **old; /* the base's row; old[pk] is its id */
  guint           pk;
} Removal;

static void
removal_free (gpointer data)
{
  Removal *removal = data;

  for (guint c = 0; c < removal->n_columns; c++)
    sqlite3_value_free (removal->old[c]);
  g_free (removal->old);
  g_free (removal->table);
  g_free (removal);
}

static Removal *
removal_new (sqlite3_changeset_iter *it,
             const char             *table,
             guint                   n_columns,
             guint                   pk)
{
  Removal *removal = g_new0 (Removal, 1);

  removal->table = g_strdup (table);
  removal->n_columns = n_columns;
  removal->pk = pk;
  removal->old = g_new0 (sqlite3_value *, n_columns);
  for (guint c = 0; c < n_columns; c++)
    {
      sqlite3_value *old = NULL;

      sqlite3changeset_old (it, c, &old);
      removal->old[c] = old != NULL ? sqlite3_value_dup (old) : NULL;
    }
  return removal;
}

/* The copy removed a row: gone from mine too when mine has it as the base had it and nothing
 * of mine points at it any more; else a conflict, and mine keeps it (with what is under it:
 * a removal never takes mine's work with it). */
static void
take_delete (Weigh   *w,
             Removal *removal)
{
  const char *table = removal->table;
  sqlite3_value *id = removal->old[removal->pk];
  sqlite3_stmt *mine = sf_weigh_mine_row (w, table, id);
  gboolean changed = FALSE;
  g_autofree char *sql = NULL;

  if (mine == NULL)
    return; /* mine removed it too */
  for (guint c = 0; c < removal->n_columns && !changed; c++)
    changed = !sf_merge_value_same (sqlite3_column_value (mine, c), removal->old[c]);
  sqlite3_reset (mine);
  if (changed || referenced_in_mine (w, table, id))
    {
      sf_weigh_conflict (w, table, (const char *) sqlite3_value_text (id), NULL,
                         SF_MERGE_THEIRS_REMOVED, NULL, NULL, NULL);
      return;
    }
  sql = g_strdup_printf ("DELETE FROM main.\"%s\" WHERE id = ?2", table);
  if (run (w, sql, id, NULL))
    w->plan->counts[sf_merge_table_part (table)].removed++;
}

static void
finalize (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static int
recorded (void       *data,
          const char *table)
{
  return strstr (table, "_fts") == NULL && !g_str_equal (table, "last_change");
}

static gboolean
weigh_all (Weigh       *w,
           const void  *changes,
           int          size,
           GError     **error)
{
  g_autoptr(GPtrArray) removals = g_ptr_array_new_with_free_func (removal_free);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sqlite3_changeset_iter *it = NULL;
  int rc = sqlite3changeset_start (&it, size, (void *) changes);

  if (rc != SQLITE_OK)
    {
      sf_store_set_sqlite_error (error, w->plan->scratch, rc, NULL);
      return FALSE;
    }
  while (sqlite3changeset_next (it) == SQLITE_ROW)
    {
      const char *table = NULL;
      int n_columns = 0, op = 0, pk_column = 0, indirect = 0;
      unsigned char *pk = NULL;
      sqlite3_value *id = NULL;

      sqlite3changeset_op (it, &table, &n_columns, &op, &indirect);
      sqlite3changeset_pk (it, &pk, NULL);
      while (pk_column < n_columns && !pk[pk_column])
        pk_column++;
      if (op == SQLITE_INSERT)
        sqlite3changeset_new (it, pk_column, &id);
      else
        sqlite3changeset_old (it, pk_column, &id);
      if (id == NULL)
        continue;
      if (w->plan->since_merged != NULL)
        {
          char *key = sf_merge_change_key (it);
          gboolean since = g_hash_table_contains (w->plan->since_merged, key);

          g_hash_table_add (seen, key);
          if (!since)
            continue; /* taken in by an earlier merge, and not changed in the copy since */
        }
      if (op == SQLITE_INSERT)
        take_insert (w, it, table, n_columns, id);
      else if (op == SQLITE_UPDATE)
        {
          if (!take_update_if_base (w, it, table, n_columns, id))
            take_update (w, it, table, n_columns, id);
        }
      else if (w->three_way) /* without a base, a row only mine has stays */
        g_ptr_array_add (removals, removal_new (it, table, n_columns, pk_column));
    }
  rc = sqlite3changeset_finalize (it);
  if (rc != SQLITE_OK)
    {
      sf_store_set_sqlite_error (error, w->plan->scratch, rc, NULL);
      return FALSE;
    }
  /* Removals last, rows under others first (tables come in the schema's order, parents
   * before the rows that point at them): a row is removed only once nothing points at it. */
  for (guint i = removals->len; i > 0; i--)
    take_delete (w, g_ptr_array_index (removals, i - 1));
  if (w->plan->since_merged != NULL)
    sf_weigh_since_merged (w, seen);
  return sf_weigh_take_out_orphans (w, error);
}

gboolean
sf_merge_weigh (SfMergePlan  *plan,
                const void   *changes,
                int           size,
                GError      **error)
{
  Weigh w = { plan, plan->base_id != NULL };
  sqlite3_session *session = NULL;
  gboolean done;
  int rc;

  w.tables = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, table_free);
  w.known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  w.statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, finalize);
  w.inserted = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  w.originals = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                       (GDestroyNotify) sqlite3_value_free);
  w.inserts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  w.children = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                      (GDestroyNotify) g_ptr_array_unref);
  load_known (&w);
  /* What is made in mine's copy is recorded: that is what applying writes to mine. */
  rc = sqlite3session_create (plan->scratch, "main", &session);
  if (rc == SQLITE_OK)
    {
      sqlite3session_table_filter (session, recorded, NULL);
      rc = sqlite3session_attach (session, NULL);
    }
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (plan->scratch, "BEGIN; PRAGMA defer_foreign_keys = ON", NULL, NULL,
                       NULL);
  done = rc == SQLITE_OK && weigh_all (&w, changes, size, error);
  /* Finalized before the transaction ends. */
  g_hash_table_remove_all (w.statements);
  g_hash_table_remove_all (w.tables);
  if (done)
    rc = sqlite3_exec (plan->scratch, "COMMIT", NULL, NULL, NULL);
  if (done && rc == SQLITE_OK)
    rc = sqlite3session_changeset (session, &plan->size, &plan->changeset);
  if (rc != SQLITE_OK && (error == NULL || *error == NULL))
    sf_store_set_sqlite_error (error, plan->scratch, rc, NULL);
  sqlite3session_delete (session);
  g_hash_table_unref (w.tables);
  g_hash_table_unref (w.known);
  g_hash_table_unref (w.statements);
  g_hash_table_unref (w.inserted);
  g_hash_table_unref (w.originals);
  g_hash_table_unref (w.inserts);
  g_hash_table_unref (w.children);
  return done && rc == SQLITE_OK;
}
