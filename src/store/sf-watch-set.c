/* sf-watch-set.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A list that shows rows joined from other tables is watched for those as well. A list of
 * every row of its first table may also say how to read one row: an action that only updated
 * some of its rows (sf-change-summary.h) then re-reads just those, not all 200 partners for
 * one partner's notes.
 */
#include "config.h"

#include "sf-watch-set.h"

typedef struct
{
  SfRecordList *list;
  GStrv         tables;
  char         *row_sql;        /* the list's query for one row by its id (?1), or NULL */
  guint64       moving_columns; /* what the list's order depends on (sf-change-summary.h) */
} Watch;

struct _SfWatchSet
{
  GPtrArray *watches;
};

static void
watch_free (gpointer data)
{
  Watch *watch = data;

  g_object_unref (watch->list);
  g_strfreev (watch->tables);
  g_free (watch->row_sql);
  g_free (watch);
}

SfWatchSet *
sf_watch_set_new (void)
{
  SfWatchSet *self = g_new0 (SfWatchSet, 1);

  self->watches = g_ptr_array_new_with_free_func (watch_free);
  return self;
}

void
sf_watch_set_free (SfWatchSet *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->watches);
  g_free (self);
}

SfRecordList *
sf_watch_set_add (SfWatchSet          *self,
                  SfRecordList        *list,
                  const char * const  *tables,
                  GError             **error)
{
  Watch *watch = g_new0 (Watch, 1);

  watch->list = list;
  watch->tables = g_strdupv ((char **) tables);
  g_ptr_array_add (self->watches, watch);
  if (!sf_record_list_refresh (watch->list, error))
    return NULL;
  return watch->list;
}

void
sf_watch_set_add_rows (SfWatchSet          *self,
                       SfRecordList        *list,
                       sqlite3             *handle,
                       const char          *row_sql,
                       const char * const  *moving_columns)
{
  for (guint i = 0; i < self->watches->len; i++)
    {
      Watch *watch = g_ptr_array_index (self->watches, i);

      if (watch->list != list)
        continue;
      g_free (watch->row_sql);
      watch->row_sql = g_strdup (row_sql);
      watch->moving_columns = sf_change_summary_column_mask (handle, watch->tables[0],
                                                             moving_columns);
    }
}

gboolean
sf_watch_set_changed_any (GHashTable         *tables,
                          const char * const *names)
{
  if (tables == NULL)
    return TRUE;
  for (guint i = 0; names[i] != NULL; i++)
    if (g_hash_table_contains (tables, names[i]))
      return TRUE;
  return FALSE;
}

static gboolean
refresh_rows (Watch            *watch,
              SfChangeSummary  *summary,
              gboolean         *done,
              GError          **error)
{
  g_autoptr(GPtrArray) ids = NULL;

  *done = FALSE;
  if (summary == NULL || watch->row_sql == NULL)
    return TRUE;
  ids = sf_change_summary_updated_rows (summary, (const char * const *) watch->tables,
                                        watch->moving_columns);
  return ids == NULL || sf_record_list_refresh_rows (watch->list, watch->row_sql, ids, done,
                                                     error);
}

/* Re-reads what shows the changed @tables (everything when NULL); with an action's @summary,
 * only the rows it updated where that is enough. */
gboolean
sf_watch_set_refresh (SfWatchSet       *self,
                      GHashTable       *tables,
                      SfChangeSummary  *summary,
                      GError          **error)
{
  for (guint i = 0; i < self->watches->len; i++)
    {
      Watch *watch = g_ptr_array_index (self->watches, i);
      gboolean done;

      if (!sf_watch_set_changed_any (tables, (const char * const *) watch->tables))
        continue;
      if (!refresh_rows (watch, summary, &done, error) ||
          (!done && !sf_record_list_refresh (watch->list, error)))
        return FALSE;
    }
  return TRUE;
}
