/* sf-db-schema.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A project file can come from anywhere. One with a trigger of its own would run it on the next
 * edit (one could clear every confidential mark before the report is made); one with a changed
 * table could hold what the code trusts never to be there (a NULL id). Each file is compared
 * with the schema the migrations make (made when the app is built): what differs is refused.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sf-db-schema.h"
#include "sf-migrations.h"
#include "sf-store-error.h"
/* sf_schema_rows and SF_SCHEMA_VERSION, made by sf-schema-gen */
#include "sf-schema-rows.h"

G_LOCK_DEFINE_STATIC (expected);

/* name -> description, from rows as sf_db_schema_read () gives them. */
static GHashTable *
schema_table (const char *const *rows,
              guint              n_rows)
{
  GHashTable *schema = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  for (guint i = 0; i + 1 < n_rows; i += 2)
    g_hash_table_insert (schema, g_strdup (rows[i]), g_strdup (rows[i + 1]));
  return schema;
}

/* What @migrations up to @version make; kept for each list and version (any thread may open
 * files). The app's own list at its newest version was made when it was built. */
static GHashTable *
expected_schema (const SfMigration *migrations,
                 guint              n_migrations,
                 int                version)
{
  static GHashTable *made_by;
  g_autofree char *key = g_strdup_printf ("%p/%d", (gconstpointer) migrations, version);
  GHashTable *schema;
  guint n_app;

  G_LOCK (expected);
  if (made_by == NULL)
    made_by = g_hash_table_new (g_str_hash, g_str_equal);
  schema = g_hash_table_lookup (made_by, key);
  if (schema == NULL)
    {
      if (migrations == sf_migrations_get (&n_app) && version == SF_SCHEMA_VERSION)
        schema = schema_table (sf_schema_rows, G_N_ELEMENTS (sf_schema_rows));
      else
        {
          g_autoptr(GPtrArray) rows = sf_db_schema_make (migrations, n_migrations, version);

          if (rows != NULL)
            schema = schema_table ((const char *const *) rows->pdata, rows->len);
        }
      if (schema != NULL)
        g_hash_table_insert (made_by, g_steal_pointer (&key), schema);
    }
  G_UNLOCK (expected);
  return schema;
}

gboolean
sf_db_schema_check (sqlite3            *handle,
                    const char         *path,
                    const SfMigration  *migrations,
                    guint               n_migrations,
                    int                 version,
                    GError            **error)
{
  GHashTable *expected = expected_schema (migrations, n_migrations, version);
  g_autoptr(GPtrArray) rows = sf_db_schema_read (handle);
  g_autoptr(GHashTable) actual = rows ? schema_table ((const char *const *) rows->pdata, rows->len)
                                      : NULL;
  g_autofree char *name = g_filename_display_basename (path);
  gboolean foreign = FALSE;
  GHashTableIter iter;
  gpointer key, value;

  if (expected == NULL || actual == NULL)
    {
      g_set_error (error, SF_STORE_ERROR, SF_STORE_ERROR_DAMAGED,
                   _("“%s”: The project file is damaged and cannot be used."), name);
      return FALSE;
    }
  g_hash_table_iter_init (&iter, actual);
  while (!foreign && g_hash_table_iter_next (&iter, &key, &value))
    foreign = g_strcmp0 (g_hash_table_lookup (expected, key), value) != 0;
  if (foreign)
    {
      g_set_error (error, SF_STORE_ERROR, SF_STORE_ERROR_FOREIGN,
                   _("“%s” holds parts that Startfoto did not make, such as a changed table or "
                     "a trigger. It is not opened, so that nothing in it can act on the "
                     "project."), name);
      return FALSE;
    }
  /* Only what we make, but not all of it: a table is missing. */
  if (g_hash_table_size (actual) != g_hash_table_size (expected))
    {
      g_set_error (error, SF_STORE_ERROR, SF_STORE_ERROR_DAMAGED,
                   _("“%s”: The project file is damaged and cannot be used."), name);
      return FALSE;
    }
  return TRUE;
}
