/* sf-project-key-points.c: the key points of step 1's partners and step 2's sessions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Checks that need the file (does the partner still exist?) run inside the action, so that
 * they see what the action changes and a refusal rolls everything back.
 *
 * Removals delete the rows that depend on the removed one themselves, children first,
 * rather than leaving them to ON DELETE CASCADE: then redo does not depend on foreign-key
 * actions while a changeset is applied. (SQLite 3.40 runs them there: a cascade would remove
 * the children before the changeset does, and its own delete of them would conflict.)
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sf-project-interviews.h"
#include "sf-project-interviews-private.h"
#include "sf-project-private.h"
#include "sf-store-error.h"
#include "sf-store-text.h"
#include "sf-store-util.h"

/* ---- key points ------------------------------------------------------------------------- */

typedef struct
{
  const char *id;
  const char *owner_id;   /* the partner (step 1) or session (step 2) */
  gboolean    of_session;
  const char *text;
  int         value;      /* confidential, or the new position */
} KeyPointChange;

static gboolean
check_key_point_text (const char  *text,
                      GError     **error)
{
  if (!sf_store_text_is_blank (text))
    return TRUE;
  g_set_error_literal (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID,
                       _("A key point cannot be empty."));
  return FALSE;
}

static gboolean
do_add_key_point (SfDb     *db,
                  gpointer  data,
                  GError  **error)
{
  KeyPointChange *change = data;

  if (change->of_session)
    return sf_store_require_row (db, "SELECT 1 FROM session WHERE id = ?1", change->owner_id,
                                 error) &&
           sf_db_run (db, error,
                      "INSERT INTO key_point (id, session_id, position, text) VALUES (?1, ?2, "
                      "(SELECT coalesce (max (position) + 1, 0) FROM key_point "
                      "WHERE session_id = ?2), ?3)",
                      "sss", change->id, change->owner_id, change->text);
  return sf_store_require_row (db, "SELECT 1 FROM partner WHERE id = ?1", change->owner_id,
                               error) &&
         sf_db_run (db, error,
                    "INSERT INTO key_point (id, partner_id, position, text) VALUES (?1, ?2, "
                    "(SELECT coalesce (max (position) + 1, 0) FROM key_point "
                    "WHERE partner_id = ?2), ?3)",
                    "sss", change->id, change->owner_id, change->text);
}

static gboolean
do_update_key_point (SfDb     *db,
                     gpointer  data,
                     GError  **error)
{
  KeyPointChange *change = data;

  return sf_db_run (db, error, "UPDATE key_point SET text = ?2 WHERE id = ?1", "ss",
                    change->id, change->text) &&
         sf_store_require_change (db, error);
}

static gboolean
do_set_key_point_confidential (SfDb     *db,
                               gpointer  data,
                               GError  **error)
{
  KeyPointChange *change = data;

  return sf_db_run (db, error, "UPDATE key_point SET confidential = ?2 WHERE id = ?1", "si",
                    change->id, change->value) &&
         sf_store_require_change (db, error);
}

/* The ids of the key points that share @id's partner or session, in their order. */
static GPtrArray *
sibling_key_points (SfDb        *db,
                    const char  *id,
                    GError     **error)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;
  int rc;

  if (!sf_store_require_row (db, "SELECT 1 FROM key_point WHERE id = ?1", id, error))
    return NULL;
  stmt = sf_db_prepare (db, "SELECT sibling.id FROM key_point AS sibling "
                        "JOIN key_point AS moved ON moved.id = ?1 "
                        "WHERE sibling.partner_id IS moved.partner_id "
                        "AND sibling.session_id IS moved.session_id "
                        "ORDER BY sibling.position, sibling.id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (ids, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sf_store_set_sqlite_error (error, sf_db_get_handle (db), rc, sf_db_get_path (db));
      return NULL;
    }
  return g_steal_pointer (&ids);
}

/* Renumbers the whole list 0, 1, 2...: only the rows whose number changes are written, so a
 * move is a small undo step, and gaps left by removals close. */
static gboolean
do_move_key_point (SfDb     *db,
                   gpointer  data,
                   GError  **error)
{
  KeyPointChange *change = data;
  g_autoptr(GPtrArray) ids = sibling_key_points (db, change->id, error);
  guint old_position, new_position;
  gpointer moved;

  if (ids == NULL)
    return FALSE;
  if (!g_ptr_array_find_with_equal_func (ids, change->id, g_str_equal, &old_position))
    return sf_store_not_found (error);
  new_position = MIN ((guint) change->value, ids->len - 1);
  moved = g_ptr_array_steal_index (ids, old_position);
  g_ptr_array_insert (ids, (int) new_position, moved);
  for (guint i = 0; i < ids->len; i++)
    if (!sf_db_run (db, error,
                    "UPDATE key_point SET position = ?2 WHERE id = ?1 AND position != ?2", "si",
                    (const char *) g_ptr_array_index (ids, i), (int) i))
      return FALSE;
  return TRUE;
}

static gboolean
do_remove_key_point (SfDb     *db,
                     gpointer  data,
                     GError  **error)
{
  KeyPointChange *change = data;

  return sf_db_run (db, error, "DELETE FROM key_point_source WHERE key_point_id = ?1", "s",
                    change->id) &&
         sf_db_run (db, error, "DELETE FROM tag WHERE key_point_id = ?1", "s", change->id) &&
         sf_db_run (db, error, "DELETE FROM key_point WHERE id = ?1", "s", change->id) &&
         sf_store_require_change (db, error);
}

static const char * const key_point_tables[] = { "key_point", NULL };

GListModel *
sf_project_get_key_points (SfProject  *self,
                           const char *partner_id)
{
  g_return_val_if_fail (SF_IS_PROJECT (self), NULL);
  return sf_interviews_keyed_list (self, "sf-key-points", SF_TYPE_KEY_POINT,
    "SELECT id, partner_id, session_id, position, text, confidential "
    "FROM key_point WHERE partner_id = ?1 "
    "ORDER BY position, id", key_point_tables, partner_id);
}

GListModel *
sf_project_get_session_key_points (SfProject  *self,
                                   const char *session_id)
{
  g_return_val_if_fail (SF_IS_PROJECT (self), NULL);
  return sf_interviews_keyed_list (self, "sf-session-key-points", SF_TYPE_KEY_POINT,
    "SELECT id, partner_id, session_id, position, text, confidential "
    "FROM key_point WHERE session_id = ?1 "
    "ORDER BY position, id", key_point_tables, session_id);
}

static char *
add_key_point (SfProject   *self,
               const char  *owner_id,
               gboolean     of_session,
               const char  *text,
               GError     **error)
{
  g_autofree char *id = g_uuid_string_random ();
  g_autofree char *clean = sf_store_text_clean (text, TRUE);
  KeyPointChange change = { .id = id, .owner_id = owner_id, .of_session = of_session,
                            .text = clean };

  g_return_val_if_fail (SF_IS_PROJECT (self), NULL);
  g_return_val_if_fail (owner_id != NULL, NULL);
  if (!check_key_point_text (clean, error) ||
      !sf_project_run_action (self, _("Add key point"), do_add_key_point, &change, error))
    return NULL;
  return g_steal_pointer (&id);
}

char *
sf_project_add_key_point (SfProject   *self,
                          const char  *partner_id,
                          const char  *text,
                          GError     **error)
{
  return add_key_point (self, partner_id, FALSE, text, error);
}

char *
sf_project_add_session_key_point (SfProject   *self,
                                  const char  *session_id,
                                  const char  *text,
                                  GError     **error)
{
  return add_key_point (self, session_id, TRUE, text, error);
}

gboolean
sf_project_update_key_point (SfProject   *self,
                             const char  *id,
                             const char  *text,
                             GError     **error)
{
  g_autofree char *clean = sf_store_text_clean (text, TRUE);
  KeyPointChange change = { .id = id, .text = clean };

  g_return_val_if_fail (SF_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);
  return check_key_point_text (clean, error) &&
         sf_project_run_action (self, _("Edit key point"), do_update_key_point, &change, error);
}

gboolean
sf_project_set_key_point_confidential (SfProject   *self,
                                       const char  *id,
                                       gboolean     confidential,
                                       GError     **error)
{
  KeyPointChange change = { .id = id, .value = confidential != 0 };

  g_return_val_if_fail (SF_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);
  return sf_project_run_action (self, confidential ? _("Mark key point as confidential")
                                                   : _("Mark key point as not confidential"),
                                do_set_key_point_confidential, &change, error);
}

gboolean
sf_project_move_key_point (SfProject   *self,
                           const char  *id,
                           guint        new_position,
                           GError     **error)
{
  KeyPointChange change = { .id = id, .value = (int) MIN (new_position, (guint) G_MAXINT) };

  g_return_val_if_fail (SF_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);
  return sf_project_run_action (self, _("Move key point"), do_move_key_point, &change, error);
}

gboolean
sf_project_remove_key_point (SfProject   *self,
                             const char  *id,
                             GError     **error)
{
  KeyPointChange change = { .id = id };

  g_return_val_if_fail (SF_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);
  return sf_project_run_action (self, _("Remove key point"), do_remove_key_point, &change,
                                error);
}

