/* sf-project-steps.c: the status of each step of the method in a project
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A step's status follows the work in the project (sf-progress.c) until the user sets it by
 * hand; then it is what the user said, until the user lets it follow the work again.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sf-method.h"
#include "sf-progress.h"
#include "sf-project-private.h"

/* ---- reading ---------------------------------------------------------------------------- */

SfStepStatus
sf_project_get_step_status (SfProject *self,
                            guint      step)
{
  g_autoptr(SfStepState) state = g_list_model_get_item (sf_project_get_steps (self), step - 1);

  if (state != NULL && sf_step_state_get_by_hand (state))
    return (SfStepStatus) sf_step_state_get_status (state);
  return sf_progress_suggest_status (sf_project_get_db (self), step);
}

gboolean
sf_project_get_step_status_by_hand (SfProject *self,
                                    guint      step)
{
  g_autoptr(SfStepState) state = g_list_model_get_item (sf_project_get_steps (self), step - 1);

  return state != NULL && sf_step_state_get_by_hand (state);
}

SfStepStatus
sf_project_get_suggested_step_status (SfProject *self,
                                      guint      step)
{
  return sf_progress_suggest_status (sf_project_get_db (self), step);
}

guint
sf_project_count_steps_done (SfProject *self)
{
  return sf_progress_count_done (sf_project_get_db (self));
}

/* ---- setting ---------------------------------------------------------------------------- */

static gboolean
do_set_step_status (SfDb     *db,
                    gpointer  data,
                    GError  **error)
{
  int *values = data;

  return sf_db_run (db, error, "UPDATE step SET status = ?2, by_hand = ?3 WHERE number = ?1",
                    "iii", values[0], values[1], values[2]);
}

gboolean
sf_project_set_step_status (SfProject     *self,
                            guint          step,
                            SfStepStatus   status,
                            GError       **error)
{
  int values[3] = { (int) step, (int) status, 1 };

  g_return_val_if_fail (step >= 1 && step <= SF_METHOD_N_STEPS, FALSE);
  g_return_val_if_fail (status <= SF_STEP_DONE, FALSE);
  /* Choosing what the step shows already changes nothing. */
  if (sf_project_get_step_status (self, step) == status)
    return TRUE;
  return sf_project_run_action (self, _("Change step status"), do_set_step_status, values, error);
}

gboolean
sf_project_follow_work_step_status (SfProject  *self,
                                    guint       step,
                                    GError    **error)
{
  int values[3] = { (int) step, SF_STEP_NOT_STARTED, 0 };

  g_return_val_if_fail (step >= 1 && step <= SF_METHOD_N_STEPS, FALSE);
  if (!sf_project_get_step_status_by_hand (self, step))
    return TRUE;
  return sf_project_run_action (self, _("Let the status follow the work"), do_set_step_status,
                                values, error);
}
