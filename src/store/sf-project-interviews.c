/* sf-project-interviews.c: step 1's people and the partners' interviews, and what the step's
 * store files share (sf-project-interviews-private.h)
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

#include "sf-date.h"
#include "sf-project-interviews.h"
#include "sf-project-interviews-private.h"
#include "sf-project-private.h"
#include "sf-store-error.h"
#include "sf-store-text.h"
#include "sf-store-util.h"

/* ---- helpers ---------------------------------------------------------------------------- */

/* Kept in a table on the project so that every view of the same interview shares one model. */
GListModel *
sf_interviews_keyed_list (SfProject          *self,
                          const char         *data_key,
                          GType               item_type,
                          const char         *sql,
                          const char * const *tables,
                          const char         *ref)
{
  GHashTable *lists = g_object_get_data (G_OBJECT (self), data_key);
  GListModel *list;

  g_return_val_if_fail (ref != NULL, NULL);
  if (lists == NULL)
    {
      lists = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
      g_object_set_data_full (G_OBJECT (self), data_key, lists,
                              (GDestroyNotify) g_hash_table_unref);
    }
  list = g_hash_table_lookup (lists, ref);
  if (list == NULL)
    {
      list = sf_project_watch_or_empty (self, item_type, sql, 1, &ref, tables);
      g_hash_table_insert (lists, g_strdup (ref), list);
    }
  return list;
}

/* ---- people ----------------------------------------------------------------------------- */

typedef struct
{
  const char *id;
  const char *name;
  const char *organisation;
  const char *role;
} PersonChange;

static gboolean
check_name (const char  *name,
            GError     **error)
{
  if (!sf_store_text_is_blank (name))
    return TRUE;
  g_set_error_literal (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID,
                       _("A person needs a name."));
  return FALSE;
}

static gboolean
do_add_person (SfDb     *db,
               gpointer  data,
               GError  **error)
{
  PersonChange *change = data;

  return sf_db_run (db, error,
                    "INSERT INTO person (id, name, organisation, role) VALUES (?1, ?2, ?3, ?4)",
                    "ssss", change->id, change->name, change->organisation, change->role);
}

static gboolean
do_update_person (SfDb     *db,
                  gpointer  data,
                  GError  **error)
{
  PersonChange *change = data;

  return sf_db_run (db, error,
                    "UPDATE person SET name = ?2, organisation = ?3, role = ?4 WHERE id = ?1",
                    "ssss", change->id, change->name, change->organisation, change->role) &&
         sf_store_require_change (db, error);
}

GListModel *
sf_project_get_people (SfProject *self)
{
  g_return_val_if_fail (SF_IS_PROJECT (self), NULL);
  return sf_project_cached_list (self, "sf-people", SF_TYPE_PERSON,
                       "SELECT id, name, organisation, role FROM person "
                       "ORDER BY name COLLATE NOCASE, id",
                       (const char *[]) { "person", NULL });
}

char *
sf_project_add_person (SfProject   *self,
                       const char  *name,
                       const char  *organisation,
                       const char  *role,
                       GError     **error)
{
  g_autofree char *id = g_uuid_string_random ();
  g_autofree char *clean_name = sf_store_text_clean (name, TRUE);
  g_autofree char *clean_organisation = sf_store_text_clean (organisation, TRUE);
  g_autofree char *clean_role = sf_store_text_clean (role, TRUE);
  PersonChange change = { id, clean_name, clean_organisation, clean_role };

  g_return_val_if_fail (SF_IS_PROJECT (self), NULL);
  if (!check_name (clean_name, error) ||
      !sf_project_run_action (self, _("Add person"), do_add_person, &change, error))
    return NULL;
  return g_steal_pointer (&id);
}

gboolean
sf_project_update_person (SfProject   *self,
                          const char  *id,
                          const char  *name,
                          const char  *organisation,
                          const char  *role,
                          GError     **error)
{
  g_autofree char *clean_name = sf_store_text_clean (name, TRUE);
  g_autofree char *clean_organisation = sf_store_text_clean (organisation, TRUE);
  g_autofree char *clean_role = sf_store_text_clean (role, TRUE);
  PersonChange change = { id, clean_name, clean_organisation, clean_role };

  g_return_val_if_fail (SF_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);
  return check_name (clean_name, error) &&
         sf_project_run_action (self, _("Edit person"), do_update_person, &change, error);
}

/* ---- interviews ------------------------------------------------------------------------- */

typedef struct
{
  const char *id;
  const char *partner_id;
  const char *interviewer_id; /* NULL: nobody */
  const char *date;
  const char *place;
  int         status;
  const char *notes;
  int         confidential;
} InterviewChange;

static gboolean
check_interviewer (SfDb        *db,
                   const char  *person_id,
                   GError     **error)
{
  return person_id == NULL ||
         sf_store_require_row (db, "SELECT 1 FROM person WHERE id = ?1", person_id, error);
}

gboolean
sf_interview_check_held (const char         *date,
                         SfInterviewStatus   status,
                         GError            **error)
{
  g_autofree char *shown = NULL;

  if (status < SF_INTERVIEW_HELD || !sf_date_is_future (date))
    return TRUE;
  shown = sf_date_format (date, SF_DATE_LONG);
  g_set_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID,
               /* Translators: %s is the interview's date ("14 January 2027"). */
               _("The interview is planned for %s, a day still to come: it can be marked as "
                 "held from that day on. If it was held earlier, change its date."), shown);
  return FALSE;
}

static gboolean
do_plan_interview (SfDb     *db,
                   gpointer  data,
                   GError  **error)
{
  InterviewChange *change = data;
  gboolean exists = FALSE;

  if (!sf_store_require_row (db, "SELECT 1 FROM partner WHERE id = ?1", change->partner_id,
                             error) ||
      !sf_store_row_exists (db, "SELECT 1 FROM interview WHERE partner_id = ?1",
                            change->partner_id, NULL, &exists, error))
    return FALSE;
  if (exists)
    {
      g_set_error_literal (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID,
                           _("This partner already has an interview."));
      return FALSE;
    }
  return check_interviewer (db, change->interviewer_id, error) &&
         sf_db_run (db, error,
                    "INSERT INTO interview (id, partner_id, interviewer_id, date, place, status) "
                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                    "sssssi", change->id, change->partner_id, change->interviewer_id,
                    change->date, change->place, change->status);
}

static gboolean
do_update_interview (SfDb     *db,
                     gpointer  data,
                     GError  **error)
{
  InterviewChange *change = data;
  g_autofree char *date = sf_store_date_for_row (db, "SELECT 1 FROM interview "
                                                 "WHERE id = ?1 AND date = ?2",
                                                 change->id, change->date, error);

  return date != NULL &&
         sf_interview_check_held (date, change->status, error) &&
         check_interviewer (db, change->interviewer_id, error) &&
         sf_db_run (db, error,
                    "UPDATE interview SET interviewer_id = ?2, date = ?3, place = ?4, status = ?5 "
                    "WHERE id = ?1",
                    "ssssi", change->id, change->interviewer_id, date, change->place,
                    change->status) &&
         sf_store_require_change (db, error);
}

static gboolean
do_set_interview_status (SfDb     *db,
                         gpointer  data,
                         GError  **error)
{
  InterviewChange *change = data;
  g_autofree char *date = NULL;

  return sf_store_get_text (db, "SELECT date FROM interview WHERE id = ?1", change->id, &date,
                            error) &&
         sf_interview_check_held (date, change->status, error) &&
         sf_db_run (db, error, "UPDATE interview SET status = ?2 WHERE id = ?1", "si",
                    change->id, change->status) &&
         sf_store_require_change (db, error);
}

static gboolean
do_set_interview_notes (SfDb     *db,
                        gpointer  data,
                        GError  **error)
{
  InterviewChange *change = data;

  return sf_db_run (db, error,
                    "UPDATE interview SET notes = ?2, notes_confidential = ?3 WHERE id = ?1",
                    "ssi", change->id, change->notes, change->confidential) &&
         sf_store_require_change (db, error);
}

static gboolean
do_remove_interview (SfDb     *db,
                     gpointer  data,
                     GError  **error)
{
  const char *id = data;

  return sf_db_run (db, error,
                    "DELETE FROM key_point_source WHERE answer_id IN "
                    "(SELECT id FROM answer WHERE interview_id = ?1) OR interview_id = ?1",
                    "s", id) &&
         sf_db_run (db, error, "DELETE FROM answer WHERE interview_id = ?1", "s", id) &&
         sf_db_run (db, error, "DELETE FROM interview WHERE id = ?1", "s", id) &&
         sf_store_require_change (db, error);
}

GListModel *
sf_project_get_interviews (SfProject *self)
{
  g_return_val_if_fail (SF_IS_PROJECT (self), NULL);
  return sf_project_cached_list (self, "sf-interviews", SF_TYPE_INTERVIEW,
                       "SELECT interview.id, interview.partner_id, partner.organisation, "
                       "interview.interviewer_id, coalesce (person.name, ''), interview.date, "
                       "interview.place, interview.status, interview.notes, "
                       "interview.notes_confidential FROM interview "
                       "JOIN partner ON partner.id = interview.partner_id "
                       "LEFT JOIN person ON person.id = interview.interviewer_id "
                       "ORDER BY partner.created, partner.rowid",
                       (const char *[]) { "interview", "partner", "person", NULL });
}

SfInterview *
sf_project_find_interview (SfProject  *self,
                           const char *partner_id)
{
  GListModel *list = sf_project_get_interviews (self);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SfInterview) interview = g_list_model_get_item (list, i);

      if (g_strcmp0 (sf_interview_get_partner_id (interview), partner_id) == 0)
        return interview; /* the list keeps it alive */
    }
  return NULL;
}

char *
sf_project_plan_interview (SfProject   *self,
                           const char  *partner_id,
                           const char  *interviewer_id,
                           const char  *date,
                           const char  *place,
                           GError     **error)
{
  g_autofree char *id = g_uuid_string_random ();
  g_autofree char *clean_date = sf_date_to_iso (date, error);
  g_autofree char *clean_place = sf_store_text_clean (place, TRUE);
  InterviewChange change = {
    .id = id,
    .partner_id = partner_id,
    .interviewer_id = sf_store_or_null (interviewer_id),
    .date = clean_date,
    .place = clean_place,
    .status = clean_date != NULL && *clean_date ? SF_INTERVIEW_PLANNED : SF_INTERVIEW_TO_PLAN,
  };

  g_return_val_if_fail (SF_IS_PROJECT (self), NULL);
  g_return_val_if_fail (partner_id != NULL, NULL);
  if (clean_date == NULL ||
      !sf_project_run_action (self, _("Plan interview"), do_plan_interview, &change, error))
    return NULL;
  return g_steal_pointer (&id);
}

gboolean
sf_project_update_interview (SfProject          *self,
                             const char         *id,
                             const char         *interviewer_id,
                             const char         *date,
                             const char         *place,
                             SfInterviewStatus   status,
                             GError            **error)
{
  g_autofree char *clean_date = sf_store_text_clean (date, TRUE);
  g_autofree char *clean_place = sf_store_text_clean (place, TRUE);
  InterviewChange change = {
    .id = id,
    .interviewer_id = sf_store_or_null (interviewer_id),
    .date = clean_date,
    .place = clean_place,
    .status = (int) status,
  };

  g_return_val_if_fail (SF_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);
  g_return_val_if_fail ((guint) status < SF_INTERVIEW_N_STATUSES, FALSE);
  return sf_project_run_action (self, _("Edit interview"), do_update_interview, &change, error);
}

gboolean
sf_project_set_interview_status (SfProject          *self,
                                 const char         *id,
                                 SfInterviewStatus   status,
                                 GError            **error)
{
  InterviewChange change = { .id = id, .status = (int) status };

  g_return_val_if_fail (SF_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);
  g_return_val_if_fail ((guint) status < SF_INTERVIEW_N_STATUSES, FALSE);
  return sf_project_run_action (self, _("Change interview status"), do_set_interview_status,
                                &change, error);
}

gboolean
sf_project_set_interview_notes (SfProject   *self,
                                const char  *id,
                                const char  *notes,
                                gboolean     confidential,
                                GError     **error)
{
  g_autofree char *clean_notes = sf_store_text_clean (notes, FALSE);
  InterviewChange change = { .id = id, .notes = clean_notes, .confidential = confidential != 0 };

  g_return_val_if_fail (SF_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);
  return sf_project_run_action (self, _("Edit interview notes"), do_set_interview_notes,
                                &change, error);
}

gboolean
sf_project_remove_interview (SfProject   *self,
                             const char  *id,
                             GError     **error)
{
  g_return_val_if_fail (SF_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);
  return sf_project_run_action (self, _("Remove interview"), do_remove_interview,
                                (gpointer) id, error);
}
