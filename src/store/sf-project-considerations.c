/* sf-project-considerations.c: what to take into account (step 4, question 6; issue 13)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sf-project-considerations.h"
#include "sf-project-parts.h"
#include "sf-project-private.h"
#include "sf-store-error.h"
#include "sf-store-text.h"
#include "sf-store-util.h"

GListModel *
sf_project_get_considerations (SfProject *self)
{
  g_return_val_if_fail (SF_IS_PROJECT (self), NULL);

  return sf_project_cached_list (
    self, "sf-considerations", SF_TYPE_CONSIDERATION,
    "SELECT consideration.id, kind, note, partner_id, coalesce (partner.organisation, ''), "
    "confidential FROM consideration LEFT JOIN partner ON partner.id = partner_id "
    "ORDER BY kind, consideration.created, consideration.rowid",
    (const char *[]) { "consideration", "partner", NULL });
}

typedef struct
{
  const char                  *id;
  const SfConsiderationFields *fields;
  char                        *note;
} Change;

static char *
check_fields (const SfConsiderationFields  *fields,
              GError                      **error)
{
  g_return_val_if_fail (fields->kind < SF_CONSIDERATION_N_KINDS, NULL);
  if (sf_store_text_is_blank (fields->note))
    {
      g_set_error_literal (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID,
                           _("Say what is to be taken into account."));
      return NULL;
    }
  return sf_store_text_clean (fields->note, TRUE);
}

static gboolean
do_add (SfDb     *db,
        gpointer  data,
        GError  **error)
{
  Change *change = data;
  g_autofree char *now = sf_db_now ();

  return sf_db_run (db, error,
                    "INSERT INTO consideration (id, kind, note, partner_id, confidential, "
                    "created) VALUES (?1, ?2, ?3, ?4, ?5, ?6)", "sissis", change->id,
                    (int) change->fields->kind, change->note, change->fields->partner_id,
                    change->fields->confidential != FALSE, now);
}

char *
sf_project_add_consideration (SfProject                    *self,
                              const SfConsiderationFields  *fields,
                              GError                      **error)
{
  g_autofree char *id = g_uuid_string_random ();
  g_autofree char *note = check_fields (fields, error);
  Change change = { id, fields, note };

  if (note == NULL ||
      !sf_project_run_action (self, _("Add consideration"), do_add, &change, error))
    return NULL;
  return g_steal_pointer (&id);
}

static gboolean
do_update (SfDb     *db,
           gpointer  data,
           GError  **error)
{
  Change *change = data;

  return sf_db_run (db, error,
                    "UPDATE consideration SET kind = ?2, note = ?3, partner_id = ?4, "
                    "confidential = ?5 WHERE id = ?1", "sissi", change->id,
                    (int) change->fields->kind, change->note, change->fields->partner_id,
                    change->fields->confidential != FALSE) &&
         sf_store_require_change (db, error);
}

gboolean
sf_project_update_consideration (SfProject                    *self,
                                 const char                   *id,
                                 const SfConsiderationFields  *fields,
                                 GError                      **error)
{
  g_autofree char *note = check_fields (fields, error);
  Change change = { id, fields, note };

  return note != NULL &&
         sf_project_run_action (self, _("Edit consideration"), do_update, &change, error);
}

gboolean
sf_project_remove_consideration (SfProject   *self,
                                 const char  *id,
                                 GError     **error)
{
  return sf_project_delete_row (self, _("Remove consideration"),
                                "DELETE FROM consideration WHERE id = ?1", id, error);
}
