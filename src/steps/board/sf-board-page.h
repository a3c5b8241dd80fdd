/* sf-board-page.h: step 5, the presentation to the partners' boards (Bestuurders)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For now the method's texts and the step's own question list (SfStepPage); the step's own
 * parts come here, as step 1's register is in sf-interviews-page.
 */
#pragma once

#include "sf-step-page.h"

G_BEGIN_DECLS

#define SF_TYPE_BOARD_PAGE (sf_board_page_get_type ())
G_DECLARE_FINAL_TYPE (SfBoardPage, sf_board_page, SF, BOARD_PAGE, SfStepPage)

G_END_DECLS
