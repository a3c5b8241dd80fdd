/* sf-reword-dialog.h: rewording a step's question, in a dialog over its list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Questions run long: a wrapping text view shows all of one, where an entry would scroll.
 * Enter saves; a question reworded before shows what the method asks.
 */
#pragma once

#include <adwaita.h>

#include "sf-project.h"

G_BEGIN_DECLS

#define SF_TYPE_REWORD_DIALOG (sf_reword_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SfRewordDialog, sf_reword_dialog, SF, REWORD_DIALOG, AdwMessageDialog)

/* Present it yourself; @parent is where a failure is shown. */
GtkWidget *sf_reword_dialog_new (GtkWidget  *parent,
                                 SfProject  *project,
                                 SfQuestion *question);

G_END_DECLS
