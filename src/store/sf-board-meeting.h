/* sf-board-meeting.h: step 5's board meeting: when, where, the question put to the boards, held, and whether its deck is ready
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-record.h"

G_BEGIN_DECLS

#define SF_TYPE_BOARD_MEETING (sf_board_meeting_get_type ())
G_DECLARE_FINAL_TYPE (SfBoardMeeting, sf_board_meeting, SF, BOARD_MEETING, SfRecord)

/* An ISO date, or "". */
const char *sf_board_meeting_get_date (SfBoardMeeting *self);
const char *sf_board_meeting_get_place (SfBoardMeeting *self);
/* What the boards are asked ("Wij vragen u..."). */
const char *sf_board_meeting_get_question (SfBoardMeeting *self);
gboolean    sf_board_meeting_get_held (SfBoardMeeting *self);
/* The project leader marked step 5's deck ready to present. */
gboolean    sf_board_meeting_get_deck_ready (SfBoardMeeting *self);

G_END_DECLS
