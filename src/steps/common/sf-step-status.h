/* sf-step-status.h: how a step's status reads in the user interface
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sf-project.h"

G_BEGIN_DECLS

const char    *sf_step_status_label      (SfStepStatus status);
const char    *sf_step_status_icon_name  (SfStepStatus status);
GtkStringList *sf_step_status_model_new  (void);

G_END_DECLS
