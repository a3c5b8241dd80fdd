/* sf-partner-links.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The tables and columns are the store's own constants, never user text.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sf-partner-links.h"
#include "sf-store-error.h"
#include "sf-store-util.h"

gboolean
sf_partner_links_set (SfDb                  *db,
                      const SfPartnerLinks  *links,
                      const char            *owner_id,
                      const char * const    *partner_ids,
                      const char            *except,
                      GError               **error)
{
  g_autofree char *exists = g_strdup_printf ("SELECT 1 FROM %s WHERE id = ?1",
                                             links->owner_table);
  g_autofree char *clear = g_strdup_printf ("DELETE FROM %s WHERE %s = ?1", links->table,
                                            links->owner_column);
  g_autofree char *add = g_strdup_printf ("INSERT OR IGNORE INTO %s (id, %s, partner_id) "
                                          "SELECT ?1, ?2, id FROM partner "
                                          "WHERE id = ?3 AND id IS NOT ?4", links->table,
                                          links->owner_column);
  gboolean found = FALSE;

  if (!sf_store_row_exists (db, exists, owner_id, NULL, &found, error))
    return FALSE;
  if (!found)
    {
      g_set_error_literal (error, SF_STORE_ERROR, SF_STORE_ERROR_NOT_FOUND,
                           _("This item is no longer in the project."));
      return FALSE;
    }
  if (!sf_db_run (db, error, clear, "s", owner_id))
    return FALSE;
  for (guint i = 0; partner_ids != NULL && partner_ids[i] != NULL; i++)
    {
      g_autofree char *id = g_uuid_string_random ();

      if (!sf_db_run (db, error, add, "ssss", id, owner_id, partner_ids[i], except))
        return FALSE;
    }
  return TRUE;
}

GStrv
sf_partner_links_get (SfDb                  *db,
                      const SfPartnerLinks  *links,
                      const char            *owner_id)
{
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_autofree char *sql = g_strdup_printf ("SELECT partner_id FROM %s "
                                          "JOIN partner ON partner.id = partner_id "
                                          "WHERE %s = ?1 ORDER BY partner.created, "
                                          "partner.rowid", links->table, links->owner_column);
  sqlite3_stmt *stmt = sf_db_prepare (db, sql, NULL);

  if (stmt == NULL)
    return g_strv_builder_end (ids);
  sqlite3_bind_text (stmt, 1, owner_id, -1, SQLITE_TRANSIENT);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_strv_builder_add (ids, (const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return g_strv_builder_end (ids);
}
