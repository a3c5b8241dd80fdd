/* sf-project-preconditions.c: step 4's preconditions (issue 13)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The partners compare their situation with the Thuisplusflat's and the Lang Leven Thuisflat's
 * preconditions (method data, sf-method-preconditions.c) and their own. A status is set by
 * hand, per flat where the precondition is about the building; five of them step 3 already
 * checks, and its result is offered as the suggestion, never written over a status set by
 * hand: a later change in step 3 shows as a suggestion that differs.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sf-method.h"
#include "sf-project-figures.h"
#include "sf-project-preconditions.h"
#include "sf-project-private.h"
#include "sf-store-error.h"
#include "sf-store-text.h"
#include "sf-store-util.h"

/* The keys of sf_method_precondition_get_requirement (), in the order of SfRequirement. */
static const char * const requirement_keys[SF_REQUIREMENT_N] = {
  "min_dwellings", "common_room", "social_rent", "near_transport_shop", "scooter_storage",
};

void
sf_precondition_state_clear (SfPreconditionState *state)
{
  g_clear_pointer (&state->basis, g_free);
}

GListModel *
sf_project_get_preconditions (SfProject *self)
{
  g_return_val_if_fail (SF_IS_PROJECT (self), NULL);

  return sf_project_cached_list (
    self, "sf-preconditions", SF_TYPE_PRECONDITION,
    "SELECT id, position, method_key, group_key, text, per_flat, choice, vision "
    "FROM precondition ORDER BY position, id",
    (const char *[]) { "precondition", NULL });
}

/* What step 3 says of the building requirement @key for @flat_id. */
static gboolean
suggest (SfProject                  *self,
         const char                 *key,
         const char                 *flat_id,
         const SfRequirementResult  *checks,
         SfPreconditionState        *state,
         GError                    **error)
{
  SfRequirementResult made[SF_REQUIREMENT_N];
  const SfRequirementResult *results = checks != NULL ? checks : made;

  for (guint i = 0; i < SF_REQUIREMENT_N; i++)
    if (g_strcmp0 (requirement_keys[i], key) == 0)
      {
        if (checks == NULL && !sf_project_check_requirements (self, flat_id, made, error))
          return FALSE;
        if (results[i].state == SF_REQUIREMENT_UNKNOWN)
          return TRUE;
        state->suggested = TRUE;
        state->suggestion = results[i].state == SF_REQUIREMENT_MET ? SF_PRECONDITION_MET
                                                                     : SF_PRECONDITION_NOT_YET;
        state->estimate = results[i].estimate;
        return TRUE;
      }
  return TRUE;
}

gboolean
sf_project_get_precondition_state (SfProject            *self,
                                   SfPrecondition       *precondition,
                                   const char           *flat_id,
                                   SfPreconditionState  *state,
                                   GError              **error)
{
  return sf_project_get_precondition_state_checked (self, precondition, flat_id, NULL, NULL,
                                                    state, error);
}

/* The key of a status in sf_project_read_precondition_statuses ()'s table. */
static char *
status_key (const char *precondition_id,
            const char *flat_id)
{
  return g_strconcat (precondition_id, "/", flat_id != NULL ? flat_id : "", NULL);
}

/* A status set by hand, from a row of (status, basis). */
static SfPreconditionState *
status_from_row (sqlite3_stmt *stmt,
                 int           first)
{
  SfPreconditionState *state = g_new0 (SfPreconditionState, 1);
  int status = sqlite3_column_int (stmt, first);

  /* A file from elsewhere can hold any number there. */
  state->status = status >= 0 && status < SF_PRECONDITION_N_STATUSES
                  ? (SfPreconditionStatus) status : SF_PRECONDITION_UNKNOWN;
  state->by_hand = TRUE;
  state->basis = sf_store_text_clean ((const char *) sqlite3_column_text (stmt, first + 1),
                                      FALSE);
  return state;
}

static void
status_free (gpointer state)
{
  sf_precondition_state_clear (state);
  g_free (state);
}

static GHashTable *
read_statuses (SfProject  *self,
               GError    **error)
{
  SfDb *db = sf_project_get_db (self);
  g_autoptr(GHashTable) statuses = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                          status_free);
  sqlite3_stmt *stmt = sf_db_prepare (db, "SELECT precondition_id, flat_id, status, basis "
                                          "FROM precondition_status", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_replace (statuses,
                          status_key ((const char *) sqlite3_column_text (stmt, 0),
                                      (const char *) sqlite3_column_text (stmt, 1)),
                          status_from_row (stmt, 2));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sf_store_set_sqlite_error (error, sf_db_get_handle (db), rc, sf_db_get_path (db));
      return NULL;
    }
  return g_steal_pointer (&statuses);
}

GHashTable *
sf_project_read_precondition_statuses (SfProject  *self,
                                       GError    **error)
{
  static const char * const tables[] = { "precondition_status", "precondition", "flat", NULL };
  GHashTable *statuses = sf_project_cache_lookup (self, "precondition-statuses");

  if (statuses == NULL && (statuses = read_statuses (self, error)) != NULL)
    sf_project_cache_insert (self, "precondition-statuses", statuses,
                             (GDestroyNotify) g_hash_table_unref, tables);
  return statuses != NULL ? g_hash_table_ref (statuses) : NULL;
}

/* The status set by hand for @precondition_id and @flat_id in @statuses, or NULL. */
static const SfPreconditionState *
status_set (GHashTable *statuses,
            const char *precondition_id,
            const char *flat_id)
{
  g_autofree char *key = status_key (precondition_id, flat_id);

  return g_hash_table_lookup (statuses, key);
}

gboolean
sf_project_get_precondition_state_checked (SfProject                  *self,
                                           SfPrecondition             *precondition,
                                           const char                 *flat_id,
                                           const SfRequirementResult  *checks,
                                           GHashTable                 *statuses,
                                           SfPreconditionState        *state,
                                           GError                    **error)
{
  const SfMethodPrecondition *method =
    sf_method_lookup_precondition (sf_precondition_get_method_key (precondition));
  g_autoptr(GHashTable) read = NULL;
  const SfPreconditionState *set;

  *state = (SfPreconditionState) { .basis = g_strdup ("") };
  if (method != NULL && flat_id != NULL &&
      !suggest (self, sf_method_precondition_get_requirement (method), flat_id, checks, state,
                error))
    return FALSE;
  /* All statuses at once, kept by the project until one changes: a view asks for many. */
  if (statuses == NULL)
    {
      if ((read = sf_project_read_precondition_statuses (self, error)) == NULL)
        return FALSE;
      statuses = read;
    }
  set = status_set (statuses, sf_record_get_id (SF_RECORD (precondition)), flat_id);
  if (set != NULL)
    {
      state->status = set->status;
      state->by_hand = TRUE;
      g_free (state->basis);
      state->basis = g_strdup (set->basis);
    }
  else if (state->suggested)
    state->status = state->suggestion;
  return TRUE;
}

/* ---- judging ------------------------------------------------------------------------------ */

typedef struct
{
  const char *id;
  const char *flat_id;
  int         status;
  const char *text;
  int         choice;
  const char *group;
  gboolean    per_flat;
} Change;

/* A precondition about the building is judged per flat, another for the whole project. */
static gboolean
check_scope (SfProject   *self,
             const char  *precondition_id,
             const char  *flat_id,
             GError     **error)
{
  SfPrecondition *precondition =
    SF_PRECONDITION (sf_record_list_lookup (SF_RECORD_LIST (sf_project_get_preconditions (self)),
                                            precondition_id));

  if (precondition == NULL)
    {
      g_set_error_literal (error, SF_STORE_ERROR, SF_STORE_ERROR_NOT_FOUND,
                           _("This precondition is no longer in the project."));
      return FALSE;
    }
  if (sf_precondition_is_per_flat (precondition) != (flat_id != NULL))
    {
      g_set_error_literal (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID,
                           flat_id == NULL
                           ? _("This precondition is judged per flat: choose a flat.")
                           : _("This precondition is judged for the whole project, not per "
                               "flat."));
      return FALSE;
    }
  return TRUE;
}

static gboolean
do_judge (SfDb     *db,
          gpointer  data,
          GError  **error)
{
  Change *change = data;
  g_autofree char *id = g_uuid_string_random ();

  return sf_db_run (db, error,
                    "INSERT INTO precondition_status (id, precondition_id, flat_id, status, "
                    "basis) VALUES (?1, ?2, ?3, ?4, ?5) "
                    "ON CONFLICT DO UPDATE SET status = excluded.status, basis = excluded.basis",
                    "sssis", id, change->id, change->flat_id, change->status, change->text);
}

gboolean
sf_project_judge_precondition (SfProject             *self,
                               const char            *precondition_id,
                               const char            *flat_id,
                               SfPreconditionStatus   status,
                               const char            *basis,
                               GError               **error)
{
  g_autofree char *clean = sf_store_text_clean (basis, TRUE);
  Change change = { precondition_id, flat_id, (int) status, clean };

  g_return_val_if_fail (status < SF_PRECONDITION_N_STATUSES, FALSE);
  return check_scope (self, precondition_id, flat_id, error) &&
         sf_project_run_action (self, _("Judge precondition"), do_judge, &change, error);
}

static gboolean
do_unjudge (SfDb     *db,
            gpointer  data,
            GError  **error)
{
  Change *change = data;

  return sf_db_run (db, error, "DELETE FROM precondition_status "
                               "WHERE precondition_id = ?1 AND flat_id IS ?2", "ss",
                    change->id, change->flat_id);
}

gboolean
sf_project_unjudge_precondition (SfProject   *self,
                                 const char  *precondition_id,
                                 const char  *flat_id,
                                 GError     **error)
{
  Change change = { precondition_id, flat_id };

  return check_scope (self, precondition_id, flat_id, error) &&
         sf_project_run_action (self, _("Reset precondition status"), do_unjudge, &change,
                                error);
}

static gboolean
do_choose (SfDb     *db,
           gpointer  data,
           GError  **error)
{
  Change *change = data;

  return sf_db_run (db, error, "UPDATE precondition SET choice = ?2, vision = ?3 WHERE id = ?1",
                    "sis", change->id, change->choice, change->text) &&
         sf_store_require_change (db, error);
}

gboolean
sf_project_choose_for_precondition (SfProject   *self,
                                    const char  *precondition_id,
                                    SfChoice     choice,
                                    const char  *vision,
                                    GError     **error)
{
  g_autofree char *clean = sf_store_text_clean (vision, TRUE);
  Change change = { precondition_id, .choice = (int) choice, .text = clean };

  g_return_val_if_fail (choice < SF_CHOICE_N, FALSE);
  return sf_project_run_action (self, _("Choose for precondition"), do_choose, &change, error);
}

/* ---- the project's own -------------------------------------------------------------------- */

static char *
check_text (const char  *text,
            GError     **error)
{
  if (sf_store_text_is_blank (text))
    {
      g_set_error_literal (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID,
                           _("A precondition needs a text."));
      return NULL;
    }
  return sf_store_text_clean (text, TRUE);
}

static gboolean
do_add (SfDb     *db,
        gpointer  data,
        GError  **error)
{
  Change *change = data;
  g_autofree char *now = sf_db_now ();

  return sf_db_run (db, error,
                    "INSERT INTO precondition (id, position, group_key, text, per_flat, created) "
                    "VALUES (?1, (SELECT coalesce (max (position), -1) + 1 FROM precondition), "
                    "?2, ?3, ?4, ?5)",
                    "sssis", change->id, change->group, change->text, change->per_flat, now);
}

char *
sf_project_add_precondition (SfProject   *self,
                             const char  *group,
                             const char  *text,
                             gboolean     per_flat,
                             GError     **error)
{
  g_autofree char *id = g_uuid_string_random ();
  g_autofree char *clean = check_text (text, error);
  Change change = { id, .text = clean, .group = group, .per_flat = per_flat != FALSE };

  g_return_val_if_fail (g_strcmp0 (group, "complex") == 0 || g_strcmp0 (group, "offer") == 0,
                        NULL);
  if (clean == NULL ||
      !sf_project_run_action (self, _("Add precondition"), do_add, &change, error))
    return NULL;
  return g_steal_pointer (&id);
}

static gboolean
do_reword (SfDb     *db,
           gpointer  data,
           GError  **error)
{
  Change *change = data;

  return sf_db_run (db, error, "UPDATE precondition SET text = ?2 "
                               "WHERE id = ?1 AND method_key IS NULL", "ss",
                    change->id, change->text) &&
         sf_store_require_change (db, error);
}

static gboolean
do_remove (SfDb     *db,
           gpointer  data,
           GError  **error)
{
  Change *change = data;

  return sf_db_run (db, error, "DELETE FROM precondition WHERE id = ?1 AND method_key IS NULL",
                    "s", change->id) &&
         sf_store_require_change (db, error);
}

/* The method's are the method's: shown in the reader's language, never changed or removed. */
static gboolean
check_own (SfProject   *self,
           const char  *precondition_id,
           GError     **error)
{
  SfRecord *precondition =
    sf_record_list_lookup (SF_RECORD_LIST (sf_project_get_preconditions (self)), precondition_id);

  if (precondition != NULL &&
      sf_precondition_get_method_key (SF_PRECONDITION (precondition)) != NULL)
    {
      g_set_error_literal (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID,
                           _("Only the project’s own preconditions can be changed or removed."));
      return FALSE;
    }
  return TRUE;
}

gboolean
sf_project_reword_precondition (SfProject   *self,
                                const char  *precondition_id,
                                const char  *text,
                                GError     **error)
{
  g_autofree char *clean = check_text (text, error);
  Change change = { precondition_id, .text = clean };

  return clean != NULL && check_own (self, precondition_id, error) &&
         sf_project_run_action (self, _("Edit precondition"), do_reword, &change, error);
}

gboolean
sf_project_remove_precondition (SfProject   *self,
                                const char  *precondition_id,
                                GError     **error)
{
  Change change = { precondition_id };

  return check_own (self, precondition_id, error) &&
         sf_project_run_action (self, _("Remove precondition"), do_remove, &change, error);
}

guint
sf_project_count_preconditions_discussed (SfProject *self,
                                          guint     *total)
{
  SfDb *db = sf_project_get_db (self);

  *total = sf_store_count (db, "SELECT count (*) FROM precondition", -1);
  return sf_store_count (db, "SELECT count (*) FROM precondition WHERE choice != 0 OR id IN "
                             "(SELECT precondition_id FROM precondition_status)", -1);
}
