/* sf-board-members-section.h: each partner's board members at step 5's meeting, with their
 * function and attendance
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sf-project.h"

G_BEGIN_DECLS

#define SF_TYPE_BOARD_MEMBERS_SECTION (sf_board_members_section_get_type ())
G_DECLARE_FINAL_TYPE (SfBoardMembersSection, sf_board_members_section, SF,
                      BOARD_MEMBERS_SECTION, AdwPreferencesGroup)

GtkWidget *sf_board_members_section_new (SfProject *project);

G_END_DECLS
