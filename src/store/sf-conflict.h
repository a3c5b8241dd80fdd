/* sf-conflict.h: a conflict a merge left for the user to decide (a row of merge_conflict)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-merge.h"
#include "sf-record.h"

G_BEGIN_DECLS

#define SF_TYPE_CONFLICT (sf_conflict_get_type ())
G_DECLARE_FINAL_TYPE (SfConflict, sf_conflict, SF, CONFLICT, SfRecord)

const char          *sf_conflict_get_table  (SfConflict *self);
const char          *sf_conflict_get_row_id (SfConflict *self);
/* NULL: the whole row. */
const char          *sf_conflict_get_column (SfConflict *self);
SfMergeConflictKind  sf_conflict_get_kind   (SfConflict *self);
/* The values as text; NULL where there is none. */
const char          *sf_conflict_get_base   (SfConflict *self);
const char          *sf_conflict_get_mine   (SfConflict *self);
const char          *sf_conflict_get_theirs (SfConflict *self);

G_END_DECLS
