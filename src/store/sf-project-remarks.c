/* sf-project-remarks.c: checking the Startfoto together (step 4, questions 1 and 2; issue 13)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A remark ("klopt niet", "mist nog") is tied to the item it is about and is then resolved:
 * corrected in place, turned into an action of the plan, or dismissed with a reason.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sf-project-parts.h"
#include "sf-project-private.h"
#include "sf-project-remarks.h"
#include "sf-store-error.h"
#include "sf-store-text.h"
#include "sf-store-util.h"

GListModel *
sf_project_get_remarks (SfProject *self)
{
  g_return_val_if_fail (SF_IS_PROJECT (self), NULL);

  return sf_project_cached_list (
    self, "sf-remarks", SF_TYPE_REMARK,
    "SELECT id, item_kind, item_ref, text, confidential, resolution, action_id, reason "
    "FROM remark ORDER BY created, rowid",
    (const char *[]) { "remark", NULL });
}

typedef struct
{
  const char    *id;
  const char    *kind;
  const char    *ref;
  char          *text;
  gboolean       confidential;
  int            resolution;
  const char    *action_id;
  SfActionDraft  draft;
} Change;

static gboolean
do_add (SfDb     *db,
        gpointer  data,
        GError  **error)
{
  Change *change = data;
  g_autofree char *now = sf_db_now ();

  return sf_db_run (db, error,
                    "INSERT INTO remark (id, item_kind, item_ref, text, confidential, created) "
                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)", "ssssis", change->id, change->kind,
                    change->ref, change->text, change->confidential != FALSE, now);
}

char *
sf_project_add_remark (SfProject   *self,
                       const char  *kind,
                       const char  *ref,
                       const char  *text,
                       gboolean     confidential,
                       GError     **error)
{
  g_autofree char *id = g_uuid_string_random ();
  Change change = { id, kind, ref, NULL, confidential };
  gboolean ok;

  g_return_val_if_fail (kind != NULL && ref != NULL, NULL);
  if (sf_store_text_is_blank (text))
    {
      g_set_error_literal (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID,
                           _("A remark needs a text."));
      return NULL;
    }
  change.text = sf_store_text_clean (text, TRUE);
  ok = sf_project_run_action (self, _("Add remark"), do_add, &change, error);
  g_free (change.text);
  return ok ? g_steal_pointer (&id) : NULL;
}

static gboolean
do_resolve (SfDb     *db,
            gpointer  data,
            GError  **error)
{
  Change *change = data;

  return sf_db_run (db, error, "UPDATE remark SET resolution = ?2, action_id = ?3, reason = ?4 "
                               "WHERE id = ?1", "siss", change->id, change->resolution,
                    change->action_id, change->text ? change->text : "") &&
         sf_store_require_change (db, error);
}

gboolean
sf_project_resolve_remark (SfProject           *self,
                           const char          *id,
                           SfRemarkResolution   resolution,
                           const char          *reason,
                           GError             **error)
{
  Change change = { id, .resolution = (int) resolution };
  gboolean ok;

  g_return_val_if_fail (resolution != SF_REMARK_ACTION && resolution < SF_REMARK_N_RESOLUTIONS,
                        FALSE);
  if (resolution == SF_REMARK_DISMISSED && sf_store_text_is_blank (reason))
    {
      g_set_error_literal (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID,
                           _("Say why the remark is dismissed."));
      return FALSE;
    }
  if (resolution == SF_REMARK_DISMISSED)
    change.text = sf_store_text_clean (reason, TRUE);
  ok = sf_project_run_action (self, _("Resolve remark"), do_resolve, &change, error);
  g_free (change.text);
  return ok;
}

static gboolean
do_to_action (SfDb     *db,
              gpointer  data,
              GError  **error)
{
  Change *change = data;

  return sf_plan_insert_action (db, change->action_id, &change->draft, error) &&
         do_resolve (db, change, error);
}

char *
sf_project_remark_to_action (SfProject             *self,
                             const char            *id,
                             const SfActionFields  *fields,
                             GError               **error)
{
  g_autofree char *action_id = g_uuid_string_random ();
  Change change = { id, .resolution = SF_REMARK_ACTION, .action_id = action_id };
  gboolean ok = sf_plan_draft_action (self, fields, &change.draft, error) &&
                sf_project_run_action (self, _("Turn remark into action"), do_to_action,
                                       &change, error);

  sf_plan_draft_clear (&change.draft);
  return ok ? g_steal_pointer (&action_id) : NULL;
}

gboolean
sf_project_remove_remark (SfProject   *self,
                          const char  *id,
                          GError     **error)
{
  return sf_project_delete_row (self, _("Remove remark"), "DELETE FROM remark WHERE id = ?1",
                                id, error);
}

guint
sf_project_count_remarks (SfProject *self,
                          guint     *open)
{
  return sf_store_count_where (sf_project_get_db (self), "remark", "resolution", SF_REMARK_OPEN,
                               open);
}
