/* sf-store-util.c: small helpers every store module needs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "sf-date.h"
#include "sf-store-error.h"
#include "sf-store-util.h"

const char *
sf_store_or_empty (const char *text)
{
  return text ? text : "";
}

/* An id given as "" means none, as NULL does. */
const char *
sf_store_or_null (const char *id)
{
  return id && *id ? id : NULL;
}

/* Always FALSE, so that "return sf_store_not_found (error);" ends a failing function. */
gboolean
sf_store_not_found (GError **error)
{
  g_set_error_literal (error, SF_STORE_ERROR, SF_STORE_ERROR_NOT_FOUND,
                       _("This item no longer exists in the project."));
  return FALSE;
}

/* After an UPDATE or DELETE by id: the row was there, or the item is gone (another window,
 * an undo) and the user is told so. */
gboolean
sf_store_require_change (SfDb    *db,
                         GError **error)
{
  return sqlite3_changes (sf_db_get_handle (db)) > 0 || sf_store_not_found (error);
}

/* A count from @sql (?1 bound to @parameter when >= 0); 0, and a warning, when the file
 * cannot be read: a count is shown, never acted on. */
/* Runs @sql (one row or none; ?1 = @id, ?2 = @id2 unless NULL); *found tells which. FALSE
 * only on a file error. */
gboolean
sf_store_row_exists (SfDb        *db,
                     const char  *sql,
                     const char  *id,
                     const char  *id2,
                     gboolean    *found,
                     GError     **error)
{
  sqlite3_stmt *stmt = sf_db_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  if (id2 != NULL)
    sqlite3_bind_text (stmt, 2, id2, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      sf_store_set_sqlite_error (error, sf_db_get_handle (db), rc, sf_db_get_path (db));
      return FALSE;
    }
  *found = rc == SQLITE_ROW;
  return TRUE;
}

/* Like sf_store_row_exists (), with a not-found error when there is no row. */
gboolean
sf_store_require_row (SfDb        *db,
                      const char  *sql,
                      const char  *id,
                      GError     **error)
{
  gboolean found = FALSE;

  return sf_store_row_exists (db, sql, id, NULL, &found, error) &&
         (found || sf_store_not_found (error));
}

gboolean
sf_store_get_text (SfDb        *db,
                   const char  *sql,
                   const char  *id,
                   char       **text,
                   GError     **error)
{
  sqlite3_stmt *stmt = sf_db_prepare (db, sql, error);
  int rc;

  *text = NULL;
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      sf_store_set_sqlite_error (error, sf_db_get_handle (db), rc, sf_db_get_path (db));
      return FALSE;
    }
  return *text != NULL || sf_store_not_found (error);
}

/* Free text from before dates were checked may stay as it is (it is never lost), but nothing
 * new that is not a date comes in. */
char *
sf_store_date_for_row (SfDb        *db,
                       const char  *sql,
                       const char  *id,
                       const char  *typed,
                       GError     **error)
{
  g_autoptr(GError) refusal = NULL;
  char *iso = sf_date_to_iso (typed, &refusal);
  gboolean unchanged = FALSE;

  if (iso != NULL)
    return iso;
  if (!sf_store_row_exists (db, sql, id, typed, &unchanged, error))
    return NULL;
  if (unchanged)
    return g_strdup (typed);
  g_propagate_error (error, g_steal_pointer (&refusal));
  return NULL;
}

guint
sf_store_count (SfDb       *db,
                const char *sql,
                int         parameter)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = sf_db_prepare (db, sql, &error);
  guint n = 0;
  int rc;

  if (stmt == NULL)
    {
      g_warning ("Cannot count: %s", error->message);
      return 0;
    }
  if (parameter >= 0)
    sqlite3_bind_int (stmt, 1, parameter);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    n = (guint) sqlite3_column_int64 (stmt, 0);
  else
    g_warning ("Cannot count: %s", sqlite3_errmsg (sf_db_get_handle (db)));
  sqlite3_reset (stmt);
  return n;
}

guint
sf_store_count_where (SfDb       *db,
                      const char *table,
                      const char *column,
                      int         value,
                      guint      *matching)
{
  g_autofree char *all = g_strdup_printf ("SELECT count (*) FROM %s", table);
  g_autofree char *some = g_strdup_printf ("SELECT count (*) FROM %s WHERE %s = ?1", table,
                                           column);

  *matching = sf_store_count (db, some, value);
  return sf_store_count (db, all, -1);
}

/* A random (version 4) UUID, as g_uuid_string_random () makes, written into @out: a bulk
 * write makes thousands, and GLib takes a global lock and a printf for each. */
void
sf_store_random_id (GRand *rand,
                    char   out[37])
{
  static const char hex[] = "0123456789abcdef";
  guint8 bytes[16];
  int n = 0;

  for (int i = 0; i < 16; i += 4)
    {
      guint32 word = g_rand_int (rand);

      memcpy (bytes + i, &word, 4);
    }
  bytes[6] = (bytes[6] & 0x0f) | 0x40; /* version 4 */
  bytes[8] = (bytes[8] & 0x3f) | 0x80; /* the RFC 4122 variant */
  for (int i = 0; i < 16; i++)
    {
      if (i == 4 || i == 6 || i == 8 || i == 10)
        out[n++] = '-';
      out[n++] = hex[bytes[i] >> 4];
      out[n++] = hex[bytes[i] & 0x0f];
    }
  out[n] = '\0';
}

sqlite3_stmt *
sf_store_read_project_row (SfDb        *db,
                           const char  *sql,
                           GError     **error)
{
  sqlite3_stmt *stmt = sf_db_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return stmt;
  if (rc == SQLITE_DONE)
    g_set_error_literal (error, SF_STORE_ERROR, SF_STORE_ERROR_NOT_PROJECT,
                         _("The project file holds no project."));
  else
    sf_store_set_sqlite_error (error, sf_db_get_handle (db), rc, sf_db_get_path (db));
  sqlite3_reset (stmt);
  return NULL;
}

gboolean
sf_store_ensure_one_row (SfDb        *db,
                         const char  *table,
                         GError     **error)
{
  g_autofree char *id = g_uuid_string_random ();
  g_autofree char *now = sf_db_now ();
  /* @table is one of the store's own names, never text from elsewhere. */
  g_autofree char *sql = g_strdup_printf ("INSERT INTO %s (id, created) SELECT ?1, ?2 "
                                          "WHERE NOT EXISTS (SELECT 1 FROM %s)", table, table);

  return sf_db_run (db, error, sql, "ss", id, now);
}

gpointer
sf_store_first_item (GListModel *list)
{
  g_autoptr(GObject) item = NULL;

  if (list == NULL || g_list_model_get_n_items (list) == 0)
    return NULL;
  item = g_list_model_get_item (list, 0);
  return item; /* the list keeps it */
}
