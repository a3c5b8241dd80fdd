/* sf-indicator-dialog.h: a window to add an indicator of the users' own to step 3
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sf-method.h"
#include "sf-project.h"

G_BEGIN_DECLS

#define SF_TYPE_INDICATOR_DIALOG (sf_indicator_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SfIndicatorDialog, sf_indicator_dialog, SF, INDICATOR_DIALOG, AdwWindow)

/* @parent: the widget the dialog belongs to (its window becomes the dialog's parent, and the
 * toast appears there). Present it yourself. */
GtkWidget  *sf_indicator_dialog_new    (GtkWidget       *parent,
                                        SfProject       *project);

/* A readable name of an indicator type, e.g. "Numbers per age group". */
const char *sf_indicator_type_label    (SfIndicatorType  type);

G_END_DECLS
