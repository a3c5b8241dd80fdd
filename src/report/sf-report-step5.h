/* sf-report-step5.h: what the report's step 5 chapter and the glance share (private to
 * src/report)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-board-form.h"
#include "sf-board-meeting.h"
#include "sf-board-support.h"
#include "sf-report-chapters.h"

G_BEGIN_DECLS

const char *sf_report_stance_label       (SfBoardStance     stance);
const char *sf_report_board_form_label   (SfBoardFormKind   form);
/* The decisions put to the boards: step 4's proposals, and those a board answered (of
 * SfDecision), in step 4's order. */
GPtrArray  *sf_report_board_decisions    (SfReportContext  *ctx);
/* The partners with a board, in the register's order (of SfPartner). */
GPtrArray  *sf_report_board_partners     (SfReportContext  *ctx);
/* "Conditions: …; Mandate: …" of an answer, or NULL when it has nothing attached. */
char       *sf_report_support_details    (SfReportContext  *ctx,
                                          SfBoardSupport   *support);
/* "supports 3 of 3 decisions" per partner with a board, for the glance (nothing when no
 * decision was put to a board). */
void        sf_report_add_support_counts (SfReportContext *ctx);
/* "Held · 20 januari 2027 · Stadskantoor": whether, when and where the boards met. */
void        sf_report_add_board_meeting_line (SfReportContext *ctx,
                                              SfBoardMeeting  *meeting);
/* Who of each partner's board attended the board meeting, as a table (none without members). */
void        sf_report_add_board_attendance (SfReportContext *ctx);

G_END_DECLS
