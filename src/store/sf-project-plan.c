/* sf-project-plan.c: step 4's plan for the coming year (issue 13)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each action has exactly one partner responsible, others involved, why (a precondition, a
 * theme, in words) and when: a date, or just a quarter, as plans for a year are made.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "sf-partner-links.h"
#include "sf-project-parts.h"
#include "sf-project-plan.h"
#include "sf-project-private.h"
#include "sf-store-error.h"
#include "sf-store-text.h"
#include "sf-store-util.h"

#define PLAN_SQL \
  "SELECT plan_action.id, what, why, precondition_id, theme_id, responsible_id, " \
  "coalesce (partner.organisation, ''), due, status FROM plan_action " \
  "LEFT JOIN partner ON partner.id = plan_action.responsible_id"

GListModel *
sf_project_get_plan (SfProject *self)
{
  gboolean first;
  GListModel *plan;

  g_return_val_if_fail (SF_IS_PROJECT (self), NULL);

  first = g_object_get_data (G_OBJECT (self), "sf-plan") == NULL;
  plan = sf_project_cached_list (
    self, "sf-plan", SF_TYPE_PLAN_ACTION,
    PLAN_SQL " ORDER BY " SF_PLAN_DUE_ORDER ("due") ", plan_action.created, plan_action.rowid",
    (const char *[]) { "plan_action", "partner", NULL });
  /* A plan of hundreds: an edit that moves no action (its status, what it says) re-reads
   * only that action. */
  if (first && SF_IS_RECORD_LIST (plan))
    sf_project_watch_rows (self, SF_RECORD_LIST (plan), PLAN_SQL " WHERE plan_action.id = ?1",
                           (const char *[]) { "due", "created", NULL });
  return plan;
}

gboolean
sf_plan_due_quarter (const char *due,
                     int        *year,
                     int        *quarter)
{
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *midnight = NULL;
  char end;

  if (due == NULL || *due == '\0')
    return FALSE;
  if (sscanf (due, "%4d-Q%1d%c", year, quarter, &end) == 2)
    return *year >= 1900 && *quarter >= 1 && *quarter <= 4;
  midnight = g_strconcat (due, "T00:00:00Z", NULL);
  date = g_date_time_new_from_iso8601 (midnight, NULL);
  if (date == NULL || strlen (due) != 10)
    return FALSE;
  *year = g_date_time_get_year (date);
  *quarter = (g_date_time_get_month (date) - 1) / 3 + 1;
  return TRUE;
}

static const SfPartnerLinks involved = { "plan_action_partner", "action_id", "plan_action" };

typedef struct
{
  const char         *id;
  SfActionDraft       draft;
  const char * const *partner_ids;
} Change;

gboolean
sf_plan_check_due (const char  *due,
                   GError     **error)
{
  int year, quarter;

  if (sf_store_text_is_blank (due) || sf_plan_due_quarter (due, &year, &quarter))
    return TRUE;
  g_set_error_literal (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID,
                       _("Give a date, or a quarter such as 2027-Q1."));
  return FALSE;
}

gboolean
sf_plan_draft_action (SfProject             *self,
                      const SfActionFields  *fields,
                      SfActionDraft         *draft,
                      GError               **error)
{
  g_return_val_if_fail (fields->status < SF_ACTION_N_STATUSES, FALSE);
  if (sf_store_text_is_blank (fields->what))
    {
      g_set_error_literal (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID,
                           _("An action needs to say what is to be done."));
      return FALSE;
    }
  if (fields->responsible_id == NULL ||
      sf_record_list_lookup (SF_RECORD_LIST (sf_project_get_partners (self)),
                             fields->responsible_id) == NULL)
    {
      g_set_error_literal (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID,
                           _("Choose the partner responsible for this action."));
      return FALSE;
    }
  if (!sf_plan_check_due (fields->due, error))
    return FALSE;
  draft->fields = fields;
  draft->what = sf_store_text_clean (fields->what, TRUE);
  draft->why = sf_store_text_clean (fields->why, TRUE);
  return TRUE;
}

void
sf_plan_draft_clear (SfActionDraft *draft)
{
  g_clear_pointer (&draft->what, g_free);
  g_clear_pointer (&draft->why, g_free);
}

gboolean
sf_plan_insert_action (SfDb                 *db,
                       const char           *id,
                       const SfActionDraft  *draft,
                       GError              **error)
{
  const SfActionFields *f = draft->fields;
  g_autofree char *now = sf_db_now ();

  return sf_db_run (db, error,
                    "INSERT INTO plan_action (id, what, why, precondition_id, theme_id, "
                    "responsible_id, due, status, created) "
                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                    "sssssssis", id, draft->what, draft->why, f->precondition_id,
                    f->theme_id, f->responsible_id, f->due ? f->due : "", (int) f->status,
                    now) &&
         (f->involved == NULL ||
          sf_partner_links_set (db, &involved, id, f->involved, f->responsible_id, error));
}

static gboolean
do_add (SfDb     *db,
        gpointer  data,
        GError  **error)
{
  Change *change = data;

  return sf_plan_insert_action (db, change->id, &change->draft, error);
}

char *
sf_project_add_action (SfProject             *self,
                       const SfActionFields  *fields,
                       GError               **error)
{
  g_autofree char *id = g_uuid_string_random ();
  Change change = { id };
  gboolean ok = sf_plan_draft_action (self, fields, &change.draft, error) &&
                sf_project_run_action (self, _("Add action"), do_add, &change, error);

  sf_plan_draft_clear (&change.draft);
  return ok ? g_steal_pointer (&id) : NULL;
}

static gboolean
do_update (SfDb     *db,
           gpointer  data,
           GError  **error)
{
  Change *change = data;
  const SfActionFields *f = change->draft.fields;

  return sf_db_run (db, error,
                    "UPDATE plan_action SET what = ?2, why = ?3, precondition_id = ?4, "
                    "theme_id = ?5, responsible_id = ?6, due = ?7, status = ?8 WHERE id = ?1",
                    "sssssssi", change->id, change->draft.what, change->draft.why,
                    f->precondition_id,
                    f->theme_id, f->responsible_id, f->due ? f->due : "", (int) f->status) &&
         sf_store_require_change (db, error) &&
         /* The one responsible is not among the others involved. */
         sf_db_run (db, error, "DELETE FROM plan_action_partner "
                               "WHERE action_id = ?1 AND partner_id = ?2", "ss",
                    change->id, f->responsible_id) &&
         (f->involved == NULL ||
          sf_partner_links_set (db, &involved, change->id, f->involved, f->responsible_id,
                                error));
}

gboolean
sf_project_update_action (SfProject             *self,
                          const char            *id,
                          const SfActionFields  *fields,
                          GError               **error)
{
  Change change = { id };
  gboolean ok = sf_plan_draft_action (self, fields, &change.draft, error) &&
                sf_project_run_action (self, _("Edit action"), do_update, &change, error);

  sf_plan_draft_clear (&change.draft);
  return ok;
}

gboolean
sf_project_remove_action (SfProject   *self,
                          const char  *id,
                          GError     **error)
{
  return sf_project_delete_row (self, _("Remove action"),
                                "DELETE FROM plan_action WHERE id = ?1", id, error);
}

/* The one responsible is never among the others involved. */
static gboolean
do_set_partners (SfDb     *db,
                 gpointer  data,
                 GError  **error)
{
  Change *change = data;
  g_autofree char *responsible = NULL;
  sqlite3_stmt *stmt = sf_db_prepare (db, "SELECT responsible_id FROM plan_action WHERE id = ?1",
                                      error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, change->id, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    responsible = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return sf_partner_links_set (db, &involved, change->id, change->partner_ids, responsible,
                               error);
}

gboolean
sf_project_set_action_partners (SfProject           *self,
                                const char          *id,
                                const char * const  *partner_ids,
                                GError             **error)
{
  Change change = { id, .partner_ids = partner_ids };

  return sf_project_run_action (self, _("Change who is involved"), do_set_partners, &change,
                                error);
}

GStrv
sf_project_get_action_partners (SfProject  *self,
                                const char *id)
{
  return sf_partner_links_get (sf_project_get_db (self), &involved, id);
}

guint
sf_project_count_actions (SfProject *self,
                          guint     *done)
{
  return sf_store_count_where (sf_project_get_db (self), "plan_action", "status", SF_ACTION_DONE,
                               done);
}
