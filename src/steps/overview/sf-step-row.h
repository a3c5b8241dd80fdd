/* sf-step-row.h: a step of the method in the overview: its title, how far it is, and a menu
 * to set its status; activated, it shows the step's page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The menu's items activate "overview.set-step-status" ((uu): the step, the status).
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SF_TYPE_STEP_ROW (sf_step_row_get_type ())
G_DECLARE_FINAL_TYPE (SfStepRow, sf_step_row, SF, STEP_ROW, AdwActionRow)

GtkWidget *sf_step_row_new        (guint       number);
/* The status button's words. */
void       sf_step_row_set_status (SfStepRow  *self,
                                   const char *label);

G_END_DECLS
