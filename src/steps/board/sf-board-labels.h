/* sf-board-labels.h: how step 5's page names a board's stance and the form of its support
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sf-project-board.h"

G_BEGIN_DECLS

/* "Supports", "Supports on conditions"…, translated. */
const char *sf_board_stance_label     (SfBoardStance    stance);
/* The style class that colours it: success, warning, error or dim-label. */
const char *sf_board_stance_style     (SfBoardStance    stance);
/* The stances' labels, in the enum's order, for a combo row. */
GListModel *sf_board_stance_model     (void);
/* The forms' labels, in the enum's order, for a combo row. */
GListModel *sf_board_form_model       (void);
/* The attendances' labels (SfAttendance's order). */
GListModel *sf_board_attendance_model (void);

G_END_DECLS
