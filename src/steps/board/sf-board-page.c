/* sf-board-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sf-board-page.h"

struct _SfBoardPage
{
  SfStepPage parent_instance;
};

G_DEFINE_FINAL_TYPE (SfBoardPage, sf_board_page, SF_TYPE_STEP_PAGE)

static void
sf_board_page_class_init (SfBoardPageClass *klass)
{
}

static void
sf_board_page_init (SfBoardPage *self)
{
}

