/* sf-step-status.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-step-status.h"

const char *
sf_step_status_label (SfStepStatus status)
{
  switch (status)
    {
    case SF_STEP_NOT_STARTED:
      return C_("step status", "Not started");
    case SF_STEP_IN_PROGRESS:
      return C_("step status", "In progress");
    case SF_STEP_DONE:
      return C_("step status", "Done");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
sf_step_status_icon_name (SfStepStatus status)
{
  switch (status)
    {
    case SF_STEP_NOT_STARTED:
      return "radio-symbolic";
    case SF_STEP_IN_PROGRESS:
      return "content-loading-symbolic";
    case SF_STEP_DONE:
      return "emblem-ok-symbolic";
    default:
      g_return_val_if_reached (NULL);
    }
}

/* The labels in the order of SfStepStatus, so that a dropdown's position is the status. */
GtkStringList *
sf_step_status_model_new (void)
{
  GtkStringList *model = gtk_string_list_new (NULL);

  for (SfStepStatus status = SF_STEP_NOT_STARTED; status <= SF_STEP_DONE; status++)
    gtk_string_list_append (model, sf_step_status_label (status));
  return model;
}
