/* sf-plan-timeline.c: step 4's plan as a timeline by quarter, and its statuses' names
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sf-project-plan.h"
#include "sf-plan-timeline.h"

const char *
sf_plan_status_label (SfActionStatus status)
{
  switch (status)
    {
    case SF_ACTION_OPEN:
      return C_("action status", "open");
    case SF_ACTION_UNDER_WAY:
      return C_("action status", "under way");
    case SF_ACTION_DONE:
      return C_("action status", "done");
    case SF_ACTION_DROPPED:
      return C_("action status", "dropped");
    case SF_ACTION_N_STATUSES:
    default:
      g_return_val_if_reached ("");
    }
}

SfTimeline *
sf_plan_timeline_new_for (GListModel *actions)
{
  const char *names[SF_ACTION_N_STATUSES];
  SfTimeline *timeline = sf_timeline_new (_("The plan by quarter"));

  G_STATIC_ASSERT (SF_ACTION_N_STATUSES <= SF_TIMELINE_MAX_STATUSES);
  for (guint s = 0; s < SF_ACTION_N_STATUSES; s++)
    names[s] = sf_plan_status_label (s);
  sf_timeline_set_statuses (timeline, SF_ACTION_N_STATUSES, names);
  sf_timeline_set_empty_text (timeline, _("The plan has no actions yet."));
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(SfPlanAction) action = g_list_model_get_item (actions, i);
      int year = 0, quarter = 0;

      if (!sf_plan_due_quarter (sf_plan_action_get_due (action), &year, &quarter))
        quarter = 0;
      sf_timeline_add (timeline, sf_plan_action_get_responsible (action), year, quarter,
                       sf_plan_action_get_status (action));
    }
  return timeline;
}

SfTimeline *
sf_plan_timeline_new (SfProject *project)
{
  return sf_plan_timeline_new_for (sf_project_get_plan (project));
}
