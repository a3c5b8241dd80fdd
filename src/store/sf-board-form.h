/* sf-board-form.h: the form of a partner's support as a whole at step 5
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-record.h"

G_BEGIN_DECLS

/* Stored as these numbers. */
typedef enum {
  SF_BOARD_FORM_NONE      = 0, /* nog niet */
  SF_BOARD_FORM_STATEMENT = 1, /* steunverklaring */
  SF_BOARD_FORM_INTENT    = 2, /* intentieverklaring */
  SF_BOARD_FORM_AGREEMENT = 3, /* bestuurlijk akkoord */
  SF_BOARD_FORM_N_VALUES
} SfBoardFormKind;

#define SF_TYPE_BOARD_FORM (sf_board_form_get_type ())
G_DECLARE_FINAL_TYPE (SfBoardForm, sf_board_form, SF, BOARD_FORM, SfRecord)

const char *sf_board_form_get_partner_id (SfBoardForm *self);
SfBoardFormKind sf_board_form_get_form (SfBoardForm *self);

G_END_DECLS
