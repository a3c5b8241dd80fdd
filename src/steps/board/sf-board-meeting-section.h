/* sf-board-meeting-section.h: step 5's board meeting: when, where, held, and the question put
 * to the boards
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sf-project.h"

G_BEGIN_DECLS

#define SF_TYPE_BOARD_MEETING_SECTION (sf_board_meeting_section_get_type ())
G_DECLARE_FINAL_TYPE (SfBoardMeetingSection, sf_board_meeting_section, SF,
                      BOARD_MEETING_SECTION, AdwPreferencesGroup)

GtkWidget *sf_board_meeting_section_new    (SfProject             *project);
/* Moves the focus to the question (a search hit). */
gboolean   sf_board_meeting_section_reveal (SfBoardMeetingSection *self);

G_END_DECLS
