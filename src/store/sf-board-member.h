/* sf-board-member.h: a board member of a partner at step 5's meeting: a person with a function
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-record.h"
#include "sf-review-attendee.h"

G_BEGIN_DECLS

#define SF_TYPE_BOARD_MEMBER (sf_board_member_get_type ())
G_DECLARE_FINAL_TYPE (SfBoardMember, sf_board_member, SF, BOARD_MEMBER, SfRecord)

const char *sf_board_member_get_partner_id (SfBoardMember *self);
/* The partner's organisation. */
const char *sf_board_member_get_organisation (SfBoardMember *self);
const char *sf_board_member_get_person_id (SfBoardMember *self);
const char *sf_board_member_get_name (SfBoardMember *self);
/* The person's role, e.g. "wethouder". */
const char *sf_board_member_get_function (SfBoardMember *self);
SfAttendance sf_board_member_get_attendance (SfBoardMember *self);

G_END_DECLS
