/* sf-progress.h: how far a step really is, from what the project holds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-project.h"

G_BEGIN_DECLS

char         *sf_project_describe_progress (SfProject *self,
                                            guint      step);

/* The status the work in the file suggests: step 1 is done when every partner's interview is
 * worked out with its key points; step 2 when a session was held and its key points written;
 * step 3 when every figure is gathered. Steps 4 and 5 have no work to count yet. */
SfStepStatus  sf_progress_suggest_status   (SfDb      *db,
                                            guint      step);
/* The steps done, each by the status set by hand or else the one the work suggests: for a
 * file that is only looked at (the welcome screen). */
guint         sf_progress_count_done       (SfDb      *db);

G_END_DECLS
