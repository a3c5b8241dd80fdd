/* sf-new-project-dialog.h: asks what a new project needs, then creates it in the library
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sf-library.h"

G_BEGIN_DECLS

#define SF_TYPE_NEW_PROJECT_DIALOG (sf_new_project_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SfNewProjectDialog, sf_new_project_dialog, SF, NEW_PROJECT_DIALOG, AdwWindow)

GtkWidget *sf_new_project_dialog_new (GtkWindow *parent,
                                      SfLibrary *library);

G_END_DECLS
