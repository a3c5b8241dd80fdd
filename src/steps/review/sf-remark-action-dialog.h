/* sf-remark-action-dialog.h: turning a remark into an action of the plan: what, who is
 * responsible, and in which quarter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sf-project.h"
#include "sf-remark.h"

G_BEGIN_DECLS

void sf_remark_action_dialog_show (GtkWidget *parent,
                                   SfProject *project,
                                   SfRemark  *remark);

G_END_DECLS
