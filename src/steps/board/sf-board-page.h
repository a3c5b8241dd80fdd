/* sf-board-page.h: step 5, the presentation to the partners' boards (Bestuurders)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The method's texts and questions (SfStepPage), the board meeting, its board members and
 * each board's support for the intended decisions.
 */
#pragma once

#include "sf-step-page.h"

G_BEGIN_DECLS

#define SF_TYPE_BOARD_PAGE (sf_board_page_get_type ())
G_DECLARE_FINAL_TYPE (SfBoardPage, sf_board_page, SF, BOARD_PAGE, SfStepPage)

G_END_DECLS
