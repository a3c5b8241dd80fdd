/* sf-plan-format.h: the plan for the coming year in words: when, the status, and what one
 * partner agreed to do
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-project-plan.h"

G_BEGIN_DECLS

/* "Open", "Under way", "Done", "Dropped" in the app's language. */
const char *sf_plan_status_label    (SfActionStatus  status);
/* "Q2 2027" ("K2 2027" in Dutch). */
char       *sf_plan_format_quarter  (int             year,
                                     int             quarter);
/* A stored due as people read it: "15 March 2027", "Q2 2027"; "" for none. */
char       *sf_plan_format_due      (const char     *due);
/* The heading of the part of the plan @due falls in: its quarter, or "No date yet". */
char       *sf_plan_format_heading  (const char     *due);
/* What @partner_id is responsible for and involved in (dropped actions left out), as a
 * plain text to copy or print; NULL when there is no such partner. */
char       *sf_plan_format_agreed   (SfProject      *project,
                                     const char     *partner_id);

G_END_DECLS
