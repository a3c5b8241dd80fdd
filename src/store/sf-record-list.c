/* sf-record-list.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A refresh re-reads the query but keeps each row's object, matched by id, and only updates
 * its properties: widgets bound to a row keep their state (focus, an open editor) when another
 * row changes. items-changed is emitted only when rows come, go or move.
 */
#include "config.h"

#include "sf-record-list.h"
#include "sf-store-error.h"

struct _SfRecordList
{
  GObject     parent_instance;

  GType       item_type;
  SfDb       *db;        /* owned by the project, which outlives its lists */
  char       *sql;       /* selects the id first, then what the item type's load() reads */
  int         parameter; /* bound to ?1 when >= 0 */
  GPtrArray  *ids;       /* or these, bound to ?1, ?2...: rows' ids (NULL binds NULL) */
  GPtrArray  *items;
  GHashTable *by_id;     /* id -> item, borrowed from items */
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SfRecordList, sf_record_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
get_item_type (GListModel *model)
{
  return SF_RECORD_LIST (model)->item_type;
}

static guint
get_n_items (GListModel *model)
{
  return SF_RECORD_LIST (model)->items->len;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  SfRecordList *self = SF_RECORD_LIST (model);

  if (position >= self->items->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static void
sf_record_list_finalize (GObject *object)
{
  SfRecordList *self = SF_RECORD_LIST (object);

  g_hash_table_unref (self->by_id);
  g_ptr_array_unref (self->items);
  g_free (self->sql);
  g_clear_pointer (&self->ids, g_ptr_array_unref);
  G_OBJECT_CLASS (sf_record_list_parent_class)->finalize (object);
}

static void
sf_record_list_class_init (SfRecordListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sf_record_list_finalize;
}

static void
sf_record_list_init (SfRecordList *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
}

SfRecordList *
sf_record_list_new (GType       item_type,
                    SfDb       *db,
                    const char *sql,
                    int         parameter)
{
  SfRecordList *self = g_object_new (SF_TYPE_RECORD_LIST, NULL);

  g_return_val_if_fail (g_type_is_a (item_type, SF_TYPE_RECORD), NULL);
  self->item_type = item_type;
  self->db = db;
  self->sql = g_strdup (sql);
  self->parameter = parameter;
  return self;
}

SfRecordList *
sf_record_list_new_for_ids (GType               item_type,
                            SfDb               *db,
                            const char         *sql,
                            guint               n_ids,
                            const char * const *ids)
{
  SfRecordList *self = sf_record_list_new (item_type, db, sql, -1);

  self->ids = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < n_ids; i++)
    g_ptr_array_add (self->ids, g_strdup (ids[i]));
  return self;
}

gboolean
sf_record_list_refresh_rows (SfRecordList  *self,
                             const char    *row_sql,
                             GPtrArray     *ids,
                             gboolean      *done,
                             GError       **error)
{
  sqlite3_stmt *stmt = sf_db_prepare (self->db, row_sql, error);

  *done = FALSE;
  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < ids->len; i++)
    {
      SfRecord *item = g_hash_table_lookup (self->by_id, g_ptr_array_index (ids, i));
      int rc;

      if (item == NULL)
        return TRUE;
      sqlite3_bind_text (stmt, 1, g_ptr_array_index (ids, i), -1, SQLITE_TRANSIENT);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        sf_record_load (item, stmt);
      sqlite3_reset (stmt);
      if (rc == SQLITE_DONE)
        return TRUE;
      if (rc != SQLITE_ROW)
        {
          sf_store_set_sqlite_error (error, sf_db_get_handle (self->db), rc,
                                     sf_db_get_path (self->db));
          return FALSE;
        }
    }
  *done = TRUE;
  return TRUE;
}

/* NULL for a NULL id too: public setters pass on what they were given. */
SfRecord *
sf_record_list_lookup (SfRecordList *self,
                       const char   *id)
{
  return id != NULL ? g_hash_table_lookup (self->by_id, id) : NULL;
}

gboolean
sf_record_list_refresh (SfRecordList  *self,
                        GError       **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) old = NULL;
  sqlite3_stmt *stmt = sf_db_prepare (self->db, self->sql, error);
  gboolean same_order;
  guint old_len, prefix = 0, suffix = 0;
  int rc;

  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; self->ids != NULL && i < self->ids->len &&
                   (int) i < sqlite3_bind_parameter_count (stmt); i++)
    sqlite3_bind_text (stmt, (int) i + 1, g_ptr_array_index (self->ids, i), -1,
                       SQLITE_TRANSIENT);
  if (self->parameter >= 0)
    sqlite3_bind_int (stmt, 1, self->parameter);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *id = (const char *) sqlite3_column_text (stmt, 0);
      SfRecord *item;

      /* The schema says NOT NULL; a row without an id is left out all the same. */
      if (id == NULL)
        continue;
      item = g_hash_table_lookup (self->by_id, id);
      if (item != NULL)
        g_object_ref (item);
      else
        item = g_object_new (self->item_type, "id", id, NULL);
      sf_record_load (item, stmt);
      g_ptr_array_add (items, item);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sf_store_set_sqlite_error (error, sf_db_get_handle (self->db), rc,
                                 sf_db_get_path (self->db));
      return FALSE;
    }

  same_order = items->len == self->items->len;
  for (guint i = 0; same_order && i < items->len; i++)
    same_order = g_ptr_array_index (items, i) == g_ptr_array_index (self->items, i);
  if (same_order)
    return TRUE;

  old_len = self->items->len;
  old = g_steal_pointer (&self->items);
  self->items = g_steal_pointer (&items);
  g_hash_table_remove_all (self->by_id);
  for (guint i = 0; i < self->items->len; i++)
    {
      SfRecord *item = g_ptr_array_index (self->items, i);

      g_hash_table_insert (self->by_id, (gpointer) sf_record_get_id (item), item);
    }

  /* Report only the stretch that differs, so a list view rebuilds only those rows. */
  while (prefix < old_len && prefix < self->items->len &&
         g_ptr_array_index (old, prefix) == g_ptr_array_index (self->items, prefix))
    prefix++;
  while (suffix < old_len - prefix && suffix < self->items->len - prefix &&
         g_ptr_array_index (old, old_len - 1 - suffix) ==
         g_ptr_array_index (self->items, self->items->len - 1 - suffix))
    suffix++;
  g_list_model_items_changed (G_LIST_MODEL (self), prefix, old_len - prefix - suffix,
                              self->items->len - prefix - suffix);
  return TRUE;
}
