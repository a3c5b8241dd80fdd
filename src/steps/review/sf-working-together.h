/* sf-working-together.h: step 4's "working together" (questions 10-12): how decisions are
 * made, how everyone's input is taken into account, and the collaboration arrangement
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Kept in the review meeting (sf-project-review.h) when a text is left or a row applied, one
 * undoable change each. Widget names: "decision-making", "input" (text views),
 * "arrangement" (a combo row), "arrangement-note".
 */
#pragma once

#include <adwaita.h>

#include "sf-project.h"

G_BEGIN_DECLS

#define SF_TYPE_WORKING_TOGETHER (sf_working_together_get_type ())
G_DECLARE_FINAL_TYPE (SfWorkingTogether, sf_working_together, SF, WORKING_TOGETHER,
                      AdwPreferencesGroup)

GtkWidget *sf_working_together_new (SfProject *project);

G_END_DECLS
