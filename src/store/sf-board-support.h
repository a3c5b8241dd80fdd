/* sf-board-support.h: one board's answer to one intended decision of step 5
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-record.h"

G_BEGIN_DECLS

/* Stored as these numbers. */
typedef enum {
  SF_BOARD_STANCE_UNDECIDED   = 0, /* nog geen besluit */
  SF_BOARD_STANCE_SUPPORTS    = 1, /* steunt */
  SF_BOARD_STANCE_CONDITIONAL = 2, /* steunt onder voorwaarden */
  SF_BOARD_STANCE_AGAINST     = 3, /* steunt niet */
  SF_BOARD_STANCE_N_VALUES
} SfBoardStance;

#define SF_TYPE_BOARD_SUPPORT (sf_board_support_get_type ())
G_DECLARE_FINAL_TYPE (SfBoardSupport, sf_board_support, SF, BOARD_SUPPORT, SfRecord)

const char *sf_board_support_get_partner_id (SfBoardSupport *self);
const char *sf_board_support_get_decision_id (SfBoardSupport *self);
SfBoardStance sf_board_support_get_stance (SfBoardSupport *self);
const char *sf_board_support_get_conditions (SfBoardSupport *self);
/* What the partner commits: people, money, a place. */
const char *sf_board_support_get_commitment (SfBoardSupport *self);
/* The mandate or reference, e.g. "collegebesluit d.d. ...". */
const char *sf_board_support_get_mandate (SfBoardSupport *self);
/* An ISO date, or "". */
const char *sf_board_support_get_date (SfBoardSupport *self);

G_END_DECLS
