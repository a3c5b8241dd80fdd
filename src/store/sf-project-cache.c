/* sf-project-cache.c: values computed from the project's tables, kept until one changes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A view made of many reads (the deck, the report) is made again when only its own text
 * changed, from figures read the same a moment before. A value is kept by its key with the
 * tables it was read from; an action, undo, redo or catching up with another connection
 * (sf_project_take_changes ()) drops those read from a table it changed. Like the project's
 * lists, a value shows what was last read until then.
 */
#include "config.h"

#include "sf-db.h"
#include "sf-project-private.h"
#include "sf-watch-set.h"

#define DATA_KEY "sf-project-cache"

typedef struct
{
  gpointer        value;
  GDestroyNotify  free;
  GStrv           tables;
  gboolean        stale; /* read inside a write: kept only to be freed */
} Entry;

static void
entry_free (gpointer data)
{
  Entry *entry = data;

  if (entry->free != NULL)
    entry->free (entry->value);
  g_strfreev (entry->tables);
  g_free (entry);
}

static GHashTable *
entries (SfProject *self)
{
  GHashTable *table = g_object_get_data (G_OBJECT (self), DATA_KEY);

  if (table == NULL)
    {
      table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, entry_free);
      g_object_set_data_full (G_OBJECT (self), DATA_KEY, table,
                              (GDestroyNotify) g_hash_table_unref);
    }
  return table;
}

/* Inside an action's write, its own changes are not taken in yet: values are read afresh,
 * and what is read then is not looked up again. */
static gboolean
writing (SfProject *self)
{
  return sqlite3_txn_state (sf_db_get_handle (sf_project_get_db (self)), NULL) ==
         SQLITE_TXN_WRITE;
}

gpointer
sf_project_cache_lookup (SfProject  *self,
                         const char *key)
{
  Entry *entry = writing (self) ? NULL : g_hash_table_lookup (entries (self), key);

  return entry != NULL && !entry->stale ? entry->value : NULL;
}

void
sf_project_cache_insert (SfProject          *self,
                         const char         *key,
                         gpointer            value,
                         GDestroyNotify      free_value,
                         const char * const *tables)
{
  Entry *entry = g_new0 (Entry, 1);

  entry->stale = writing (self);
  entry->value = value;
  entry->free = free_value;
  entry->tables = g_strdupv ((char **) tables);
  g_hash_table_replace (entries (self), g_strdup (key), entry);
}

static gboolean
reads_changed (gpointer key,
               gpointer value,
               gpointer changed)
{
  Entry *entry = value;

  return entry->stale ||
         sf_watch_set_changed_any (changed, (const char * const *) entry->tables);
}

void
sf_project_cache_forget (SfProject  *self,
                         GHashTable *tables)
{
  GHashTable *table = g_object_get_data (G_OBJECT (self), DATA_KEY);

  if (table != NULL)
    g_hash_table_foreach_remove (table, reads_changed, tables);
}
