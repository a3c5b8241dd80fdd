/* sf-project-communication.c: the communication plan (step 4, questions 9 and 13; issue 13)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sf-project-communication.h"
#include "sf-project-parts.h"
#include "sf-project-plan.h"
#include "sf-project-private.h"
#include "sf-store-error.h"
#include "sf-store-text.h"
#include "sf-store-util.h"

GListModel *
sf_project_get_communication (SfProject *self)
{
  g_return_val_if_fail (SF_IS_PROJECT (self), NULL);

  return sf_project_cached_list (
    self, "sf-communication", SF_TYPE_COMMUNICATION,
    "SELECT communication.id, audience, message, means, partner_id, "
    "coalesce (partner.organisation, ''), due FROM communication "
    "LEFT JOIN partner ON partner.id = partner_id "
    "ORDER BY " SF_PLAN_DUE_ORDER ("due") ", communication.created, communication.rowid",
    (const char *[]) { "communication", "partner", NULL });
}

typedef struct
{
  const char                  *id;
  const SfCommunicationFields *fields;
  char                        *message;
  char                        *means;
} Change;

static gboolean
check_fields (const SfCommunicationFields  *fields,
              Change                       *change,
              GError                      **error)
{
  g_return_val_if_fail (fields->audience < SF_AUDIENCE_N, FALSE);
  if (sf_store_text_is_blank (fields->message))
    {
      g_set_error_literal (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID,
                           _("Say what is to be told."));
      return FALSE;
    }
  if (!sf_plan_check_due (fields->due, error))
    return FALSE;
  change->message = sf_store_text_clean (fields->message, TRUE);
  change->means = sf_store_text_clean (fields->means, TRUE);
  return TRUE;
}

static gboolean
do_add (SfDb     *db,
        gpointer  data,
        GError  **error)
{
  Change *change = data;
  const SfCommunicationFields *f = change->fields;
  g_autofree char *now = sf_db_now ();

  return sf_db_run (db, error,
                    "INSERT INTO communication (id, audience, message, means, partner_id, due, "
                    "created) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", "sisssss", change->id,
                    (int) f->audience, change->message, change->means, f->partner_id,
                    f->due ? f->due : "", now);
}

char *
sf_project_add_communication (SfProject                    *self,
                              const SfCommunicationFields  *fields,
                              GError                      **error)
{
  g_autofree char *id = g_uuid_string_random ();
  Change change = { id, fields };
  gboolean ok = check_fields (fields, &change, error) &&
                sf_project_run_action (self, _("Add to the communication plan"), do_add,
                                       &change, error);

  g_free (change.message);
  g_free (change.means);
  return ok ? g_steal_pointer (&id) : NULL;
}

static gboolean
do_update (SfDb     *db,
           gpointer  data,
           GError  **error)
{
  Change *change = data;
  const SfCommunicationFields *f = change->fields;

  return sf_db_run (db, error,
                    "UPDATE communication SET audience = ?2, message = ?3, means = ?4, "
                    "partner_id = ?5, due = ?6 WHERE id = ?1", "sissss", change->id,
                    (int) f->audience, change->message, change->means, f->partner_id,
                    f->due ? f->due : "") &&
         sf_store_require_change (db, error);
}

gboolean
sf_project_update_communication (SfProject                    *self,
                                 const char                   *id,
                                 const SfCommunicationFields  *fields,
                                 GError                      **error)
{
  Change change = { id, fields };
  gboolean ok = check_fields (fields, &change, error) &&
                sf_project_run_action (self, _("Edit the communication plan"), do_update,
                                       &change, error);

  g_free (change.message);
  g_free (change.means);
  return ok;
}

gboolean
sf_project_remove_communication (SfProject   *self,
                                 const char  *id,
                                 GError     **error)
{
  return sf_project_delete_row (self, _("Remove from the communication plan"),
                                "DELETE FROM communication WHERE id = ?1", id, error);
}
