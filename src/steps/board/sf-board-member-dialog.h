/* sf-board-member-dialog.h: adds or edits a board member (name and function) of a partner
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sf-project-board.h"

G_BEGIN_DECLS

#define SF_TYPE_BOARD_MEMBER_DIALOG (sf_board_member_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SfBoardMemberDialog, sf_board_member_dialog, SF, BOARD_MEMBER_DIALOG,
                      AdwWindow)

/* Adds a member to @partner (when @member is NULL) or edits @member. */
GtkWidget *sf_board_member_dialog_new (GtkWidget     *parent,
                                       SfProject     *project,
                                       SfPartner     *partner,
                                       SfBoardMember *member);

G_END_DECLS
