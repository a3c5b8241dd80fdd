/* sf-project-interviews-progress.c: how far step 1 is: the roles still missing, and counts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Read straight from the file, for the progress lines (sf-progress.c) and the register.
 */
#include "config.h"

#include "sf-method.h"
#include "sf-project-interviews.h"
#include "sf-project-private.h"
#include "sf-store-util.h"

/* By the roles' keys, never by their words: a file made in Dutch and opened in English (or
 * the reverse) has the same roles. */
GStrv
sf_project_missing_partner_roles (SfProject *self)
{
  const SfMethodStep *step = sf_method_get_step (1);
  g_autoptr(GHashTable) present = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GStrvBuilder) missing = g_strv_builder_new ();
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt;
  SfDb *db;
  int rc;

  g_return_val_if_fail (SF_IS_PROJECT (self), NULL);
  db = sf_project_get_db (self);
  stmt = sf_db_prepare (db, "SELECT DISTINCT role_key FROM partner WHERE role_key IS NOT NULL",
                        &error);
  if (stmt == NULL)
    {
      g_warning ("Cannot read the partners' roles: %s", error->message);
      return g_strv_builder_end (missing);
    }
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_add (present, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  if (rc != SQLITE_DONE)
    g_warning ("Cannot read the partners' roles: %s", sqlite3_errmsg (sf_db_get_handle (db)));
  sqlite3_reset (stmt);
  for (guint i = 0; i < sf_method_step_get_n_roles (step); i++)
    if (!g_hash_table_contains (present, sf_method_step_get_role_key (step, i)))
      g_strv_builder_add (missing, sf_method_step_get_role (step, i));
  return g_strv_builder_end (missing);
}

void
sf_project_count_interviews (SfProject *self,
                             guint      counts[SF_INTERVIEW_N_STATUSES])
{
  SfDb *db;
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_if_fail (SF_IS_PROJECT (self));
  for (guint i = 0; i < SF_INTERVIEW_N_STATUSES; i++)
    counts[i] = 0;
  db = sf_project_get_db (self);
  stmt = sf_db_prepare (db, "SELECT status, count (*) FROM interview GROUP BY status", &error);
  if (stmt == NULL)
    {
      g_warning ("Cannot count the interviews: %s", error->message);
      return;
    }
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int status = sqlite3_column_int (stmt, 0);

      if (status >= 0 && status < SF_INTERVIEW_N_STATUSES)
        counts[status] = (guint) sqlite3_column_int (stmt, 1);
    }
  if (rc != SQLITE_DONE)
    g_warning ("Cannot count the interviews: %s", sqlite3_errmsg (sf_db_get_handle (db)));
  sqlite3_reset (stmt);
}

guint
sf_project_count_answers (SfProject *self)
{
  g_return_val_if_fail (SF_IS_PROJECT (self), 0);
  /* An answer row can exist without text (only marked "not asked" or confidential). */
  return sf_store_count (sf_project_get_db (self),
                         "SELECT count (*) FROM answer "
                         "WHERE length (trim (text, char (32, 9, 10, 13))) > 0", -1);
}

guint
sf_project_count_key_points (SfProject *self,
                             guint      step)
{
  g_return_val_if_fail (SF_IS_PROJECT (self), 0);
  if (step == 1)
    return sf_store_count (sf_project_get_db (self),
                           "SELECT count (*) FROM key_point WHERE partner_id IS NOT NULL", -1);
  if (step == 2)
    return sf_store_count (sf_project_get_db (self),
                           "SELECT count (*) FROM key_point WHERE session_id IS NOT NULL", -1);
  return 0;
}
