/* sf-preconditions-summary.h: the preconditions as a table, read-only, in large type
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Per precondition the status per flat and the partners' choice: for the meeting's presenter
 * window on the beamer at questions 3-5. The detailed table (the comparison view) adds the
 * concepts it comes from and the partners' vision. Nothing here is confidential; it follows
 * the project's changes.
 */
#pragma once

#include <gtk/gtk.h>

#include "sf-project.h"

G_BEGIN_DECLS

#define SF_TYPE_PRECONDITIONS_SUMMARY (sf_preconditions_summary_get_type ())
G_DECLARE_FINAL_TYPE (SfPreconditionsSummary, sf_preconditions_summary, SF,
                      PRECONDITIONS_SUMMARY, GtkWidget)

GtkWidget *sf_preconditions_summary_new          (SfProject *project);
/* With Thuisplusflat, Lang Leven Thuisflat, our choice and vision, side by side. */
GtkWidget *sf_preconditions_summary_new_detailed (SfProject *project);

G_END_DECLS
