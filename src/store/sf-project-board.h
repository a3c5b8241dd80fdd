/* sf-project-board.h: step 5's board meeting, each partner's board members and each board's
 * support for the intended decisions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-board-form.h"
#include "sf-board-meeting.h"
#include "sf-board-member.h"
#include "sf-board-support.h"
#include "sf-project.h"

G_BEGIN_DECLS

typedef struct {
  const char *date;     /* "" or a date as sf_date_to_iso () reads it */
  const char *place;    /* NULL: "" */
  const char *question; /* the question put to the boards; NULL: "" */
} SfBoardMeetingFields;

typedef struct {
  SfBoardStance    stance;
  const char *conditions; /* NULL: "" */
  const char *commitment; /* NULL: "" */
  const char *mandate;    /* NULL: "" */
  const char *date;       /* "" or a date as sf_date_to_iso () reads it */
} SfBoardSupportFields;

/* The one board meeting, made by the first change to it (or nothing yet). Borrowed. */
GListModel     *sf_project_get_board_meetings      (SfProject                   *self);
/* The meeting, or NULL while nothing about it was set. Borrowed. */
SfBoardMeeting *sf_project_get_board_meeting       (SfProject                   *self);
gboolean        sf_project_set_board_meeting       (SfProject                   *self,
                                                    const SfBoardMeetingFields  *fields,
                                                    GError                     **error);
gboolean        sf_project_set_board_held          (SfProject                   *self,
                                                    gboolean                     held,
                                                    GError                     **error);
/* The project leader's mark that the deck is ready to present (the meeting made if need be). */
gboolean        sf_project_set_deck_ready          (SfProject                   *self,
                                                    gboolean                     ready,
                                                    GError                     **error);

/* Every board member, in the register's order of partners, then as added. Borrowed. */
GListModel     *sf_project_get_board_members       (SfProject                   *self);
/* Adds a person @name with the function @function to @partner_id's board; returns its id. */
char           *sf_project_add_board_member        (SfProject                   *self,
                                                    const char                  *partner_id,
                                                    const char                  *name,
                                                    const char                  *function,
                                                    GError                     **error);
gboolean        sf_project_update_board_member     (SfProject                   *self,
                                                    const char                  *id,
                                                    const char                  *name,
                                                    const char                  *function,
                                                    GError                     **error);
gboolean        sf_project_set_board_attendance    (SfProject                   *self,
                                                    const char                  *id,
                                                    SfAttendance                 attendance,
                                                    GError                     **error);
/* Removes the member and the person made for them. */
gboolean        sf_project_remove_board_member     (SfProject                   *self,
                                                    const char                  *id,
                                                    GError                     **error);

/* The partners with a board (one member or more), in the register's order: their ids. */
GStrv           sf_project_get_board_partners      (SfProject                   *self);

/* Every answer recorded (of SfBoardSupport). Borrowed. */
GListModel     *sf_project_get_board_supports      (SfProject                   *self);
/* The answer of @partner_id's board to @decision_id, or NULL (no decision yet). Borrowed. */
SfBoardSupport *sf_project_find_board_support      (SfProject                   *self,
                                                    const char                  *partner_id,
                                                    const char                  *decision_id);
gboolean        sf_project_set_board_support       (SfProject                   *self,
                                                    const char                  *partner_id,
                                                    const char                  *decision_id,
                                                    const SfBoardSupportFields  *fields,
                                                    GError                     **error);

/* The form of each partner's support that was set (of SfBoardForm). Borrowed. */
GListModel     *sf_project_get_board_forms         (SfProject                   *self);
SfBoardFormKind sf_project_get_board_form          (SfProject                   *self,
                                                    const char                  *partner_id);
gboolean        sf_project_set_board_form          (SfProject                   *self,
                                                    const char                  *partner_id,
                                                    SfBoardFormKind              form,
                                                    GError                     **error);

/* Whether every partner with a board supports @decision_id, with or without conditions
 * (and there is such a partner): the conditions are recorded with the answer, and a yes on
 * conditions is the board's yes. */
gboolean        sf_project_boards_support_decision (SfProject                   *self,
                                                    const char                  *decision_id);
/* Marks @decision_id taken (SF_DECISION_TAKEN) in step 4's list as one action, dated the
 * board meeting's date when it has none; refused unless every board supports it. */
gboolean        sf_project_mark_decision_taken     (SfProject                   *self,
                                                    const char                  *decision_id,
                                                    GError                     **error);
/* The partners with a board, and in @supporting those whose board supports every decision
 * put to the boards (proposed, or answered by a board) and has answered one at least. */
guint           sf_project_count_supporting_boards (SfProject                   *self,
                                                    guint                       *supporting);

G_END_DECLS
