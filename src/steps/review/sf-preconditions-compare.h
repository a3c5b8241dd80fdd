/* sf-preconditions-compare.h: the preconditions side by side (the comparison view)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The precondition, whether it belongs to the Thuisplusflat and the Lang Leven Thuisflat, our
 * choice and vision, and the status per flat, as a grid readable on a beamer.
 */
#pragma once

#include <adwaita.h>

#include "sf-project.h"

G_BEGIN_DECLS

#define SF_TYPE_PRECONDITIONS_COMPARE_WINDOW (sf_preconditions_compare_window_get_type ())
G_DECLARE_FINAL_TYPE (SfPreconditionsCompareWindow, sf_preconditions_compare_window, SF,
                      PRECONDITIONS_COMPARE_WINDOW, AdwWindow)

GtkWidget *sf_preconditions_compare_window_new (GtkWidget *parent,
                                                SfProject *project);

G_END_DECLS
