/* sf-review-meeting-section.h: step 4's meeting on the page: when, where, who chairs, who
 * attends, and holding it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sf-project.h"

G_BEGIN_DECLS

#define SF_TYPE_REVIEW_MEETING_SECTION (sf_review_meeting_section_get_type ())
G_DECLARE_FINAL_TYPE (SfReviewMeetingSection, sf_review_meeting_section, SF,
                      REVIEW_MEETING_SECTION, AdwPreferencesGroup)

GtkWidget *sf_review_meeting_section_new    (SfProject              *project);
/* Opens the meeting window at the question of the note @id, the note in view; FALSE if the
 * project has no such note. */
gboolean   sf_review_meeting_section_reveal (SfReviewMeetingSection *self,
                                             const char             *id);

G_END_DECLS
