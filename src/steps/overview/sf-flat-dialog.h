/* sf-flat-dialog.h: a window to add or edit one candidate flat
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sf-project.h"

G_BEGIN_DECLS

#define SF_TYPE_FLAT_DIALOG (sf_flat_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SfFlatDialog, sf_flat_dialog, SF, FLAT_DIALOG, AdwWindow)

/* @parent: the widget the dialog belongs to (its window becomes the dialog's parent, and a
 * removal's toast appears there); @flat: NULL to add a new one. Present it yourself. */
GtkWidget *sf_flat_dialog_new (GtkWidget *parent,
                               SfProject *project,
                               SfFlat    *flat);

G_END_DECLS
