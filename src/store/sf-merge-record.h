/* sf-merge-record.h: a copy merged into the project, when, and what it brought (a row of
 * merge_record with its conflicts counted)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-project.h"
#include "sf-record.h"

G_BEGIN_DECLS

#define SF_TYPE_MERGE_RECORD (sf_merge_record_get_type ())
G_DECLARE_FINAL_TYPE (SfMergeRecord, sf_merge_record, SF, MERGE_RECORD, SfRecord)

/* When, as ISO 8601 in UTC ("2026-12-07T13:05:00Z"). */
const char *sf_merge_record_get_merged      (SfMergeRecord *self);
/* The copy's file name as it was merged ("kopie-van-anna.startfoto"). */
const char *sf_merge_record_get_copy_name   (SfMergeRecord *self);
guint       sf_merge_record_get_added       (SfMergeRecord *self);
guint       sf_merge_record_get_changed     (SfMergeRecord *self);
guint       sf_merge_record_get_removed     (SfMergeRecord *self);
/* The conflicts the merge brought, and how many of them are not yet decided. */
guint       sf_merge_record_get_n_conflicts (SfMergeRecord *self);
guint       sf_merge_record_get_n_open      (SfMergeRecord *self);

/* The copies merged into the project, newest first (of SfMergeRecord). Borrowed. */
GListModel *sf_project_get_merges           (SfProject     *project);

G_END_DECLS
