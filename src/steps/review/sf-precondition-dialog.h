/* sf-precondition-dialog.h: adding one of the project's own preconditions, or rewording it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sf-precondition.h"
#include "sf-project.h"

G_BEGIN_DECLS

#define SF_TYPE_PRECONDITION_DIALOG (sf_precondition_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SfPreconditionDialog, sf_precondition_dialog, SF, PRECONDITION_DIALOG,
                      AdwMessageDialog)

/* @precondition: one of the project's own to reword, or NULL to add one. */
GtkWidget *sf_precondition_dialog_new (GtkWidget      *parent,
                                       SfProject      *project,
                                       SfPrecondition *precondition);

G_END_DECLS
