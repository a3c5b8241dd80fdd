/* sf-project-decisions.c: step 4's decisions list (issue 13)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A decision proposed, not yet taken, is what step 5 puts before the partners' boards: the
 * status says so in the store itself.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sf-date.h"
#include "sf-partner-links.h"
#include "sf-project-decisions.h"
#include "sf-project-parts.h"
#include "sf-project-private.h"
#include "sf-store-error.h"
#include "sf-store-text.h"
#include "sf-store-util.h"

static const SfPartnerLinks agreed = { "decision_partner", "decision_id", "decision" };

GListModel *
sf_project_get_decisions (SfProject *self)
{
  g_return_val_if_fail (SF_IS_PROJECT (self), NULL);

  return sf_project_cached_list (
    self, "sf-decisions", SF_TYPE_DECISION,
    "SELECT id, date, text, reasoning, how, status FROM decision "
    "ORDER BY date = '', date, created, rowid",
    (const char *[]) { "decision", NULL });
}

typedef struct
{
  const char         *id;
  char               *date;
  char               *text;
  char               *reasoning;
  char               *how;
  int                 status;
  const char * const *partner_ids;
} Change;

static void
change_clear (Change *change)
{
  g_free (change->date);
  g_free (change->text);
  g_free (change->reasoning);
  g_free (change->how);
}

static gboolean
check_fields (const SfDecisionFields  *fields,
              Change                  *change,
              GError                 **error)
{
  g_return_val_if_fail (fields->status < SF_DECISION_N_STATUSES, FALSE);
  if (sf_store_text_is_blank (fields->text))
    {
      g_set_error_literal (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID,
                           _("A decision needs to say what was decided."));
      return FALSE;
    }
  change->date = sf_store_text_is_blank (fields->date) ? g_strdup ("")
                                                       : sf_date_to_iso (fields->date, NULL);
  if (change->date == NULL)
    {
      g_set_error_literal (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID,
                           _("The date of the decision cannot be read."));
      return FALSE;
    }
  change->text = sf_store_text_clean (fields->text, TRUE);
  change->reasoning = sf_store_text_clean (fields->reasoning, TRUE);
  change->how = sf_store_text_clean (fields->how, TRUE);
  change->status = (int) fields->status;
  change->partner_ids = fields->agreed;
  return TRUE;
}

static gboolean
do_add (SfDb     *db,
        gpointer  data,
        GError  **error)
{
  Change *change = data;
  g_autofree char *now = sf_db_now ();

  return sf_db_run (db, error,
                    "INSERT INTO decision (id, date, text, reasoning, how, status, created) "
                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", "sssssis", change->id, change->date,
                    change->text, change->reasoning, change->how, change->status, now) &&
         (change->partner_ids == NULL ||
          sf_partner_links_set (db, &agreed, change->id, change->partner_ids, NULL, error));
}

char *
sf_project_add_decision (SfProject               *self,
                         const SfDecisionFields  *fields,
                         GError                 **error)
{
  g_autofree char *id = g_uuid_string_random ();
  Change change = { id };
  gboolean ok = check_fields (fields, &change, error) &&
                sf_project_run_action (self, _("Add decision"), do_add, &change, error);

  change_clear (&change);
  return ok ? g_steal_pointer (&id) : NULL;
}

static gboolean
do_update (SfDb     *db,
           gpointer  data,
           GError  **error)
{
  Change *change = data;

  return sf_db_run (db, error,
                    "UPDATE decision SET date = ?2, text = ?3, reasoning = ?4, how = ?5, "
                    "status = ?6 WHERE id = ?1", "sssssi", change->id, change->date,
                    change->text, change->reasoning, change->how, change->status) &&
         sf_store_require_change (db, error) &&
         (change->partner_ids == NULL ||
          sf_partner_links_set (db, &agreed, change->id, change->partner_ids, NULL, error));
}

gboolean
sf_project_update_decision (SfProject               *self,
                            const char              *id,
                            const SfDecisionFields  *fields,
                            GError                 **error)
{
  Change change = { id };
  gboolean ok = check_fields (fields, &change, error) &&
                sf_project_run_action (self, _("Edit decision"), do_update, &change, error);

  change_clear (&change);
  return ok;
}

gboolean
sf_project_remove_decision (SfProject   *self,
                            const char  *id,
                            GError     **error)
{
  return sf_project_delete_row (self, _("Remove decision"),
                                "DELETE FROM decision WHERE id = ?1", id, error);
}

static gboolean
do_set_partners (SfDb     *db,
                 gpointer  data,
                 GError  **error)
{
  Change *change = data;

  return sf_partner_links_set (db, &agreed, change->id, change->partner_ids, NULL, error);
}

gboolean
sf_project_set_decision_partners (SfProject           *self,
                                  const char          *id,
                                  const char * const  *partner_ids,
                                  GError             **error)
{
  Change change = { id, .partner_ids = partner_ids };

  return sf_project_run_action (self, _("Change who agreed"), do_set_partners, &change, error);
}

GStrv
sf_project_get_decision_partners (SfProject  *self,
                                  const char *id)
{
  return sf_partner_links_get (sf_project_get_db (self), &agreed, id);
}

guint
sf_project_count_decisions (SfProject *self,
                            guint     *proposed)
{
  return sf_store_count_where (sf_project_get_db (self), "decision", "status",
                               SF_DECISION_PROPOSED, proposed);
}
