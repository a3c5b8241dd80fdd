/* sf-plan-section.h: step 4's plan for the coming year (questions 7-8)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The timeline by quarter, then the actions by quarter ("plan-list", an SfPlanRow each, under
 * a heading per quarter), with "plan.add" (a new action) and "plan.agreed" (what one partner
 * agreed to do, to copy or print).
 */
#pragma once

#include <adwaita.h>

#include "sf-project.h"

G_BEGIN_DECLS

#define SF_TYPE_PLAN_SECTION (sf_plan_section_get_type ())
G_DECLARE_FINAL_TYPE (SfPlanSection, sf_plan_section, SF, PLAN_SECTION, AdwPreferencesGroup)

GtkWidget *sf_plan_section_new    (SfProject     *project);
/* Scrolls to the action @action_id (a search hit of kind "plan_action") and opens it; FALSE
 * when the plan has no such action. */
gboolean   sf_plan_section_reveal (SfPlanSection *self,
                                   const char    *action_id);

/* Exports the plan to @file as CSV (what plan.export does once a file is chosen): a toast when
 * done, an error dialog when not. */
gboolean   sf_plan_section_export_to (SfPlanSection *self,
                                      GFile         *file);

G_END_DECLS
