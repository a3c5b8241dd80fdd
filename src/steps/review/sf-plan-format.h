/* sf-plan-format.h: the plan for the coming year in words: the quarters it is listed by, and
 * what one partner agreed to do
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-project-plan.h"

G_BEGIN_DECLS

/* The heading of the part of the plan @due falls in: its quarter, or "No date yet". */
char       *sf_plan_format_heading  (const char     *due);
/* What @partner_id is responsible for and involved in (dropped actions left out), as a
 * plain text to copy or print; NULL when there is no such partner. */
char       *sf_plan_format_agreed   (SfProject      *project,
                                     const char     *partner_id);

G_END_DECLS
