/* sf-change-summary.h: what an action's changeset changed, row by row
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

typedef struct _SfChangeSummary SfChangeSummary;

SfChangeSummary *sf_change_summary_new          (const void          *changeset,
                                                 int                  size);
void             sf_change_summary_free         (SfChangeSummary     *self);
/* @columns of @table (by name, looked up once, when a list is set up) as the mask that
 * sf_change_summary_updated_rows () takes. */
guint64          sf_change_summary_column_mask  (sqlite3             *handle,
                                                 const char          *table,
                                                 const char * const  *columns);
/* The ids of the rows of @tables[0] that were updated, when that is all that changed in
 * @tables: no row came or went, no other of @tables changed, and none of @moving_columns of
 * @tables[0] (what a list is ordered or filtered by) changed. Then re-reading those rows is
 * enough to show the change. NULL otherwise. */
GPtrArray       *sf_change_summary_updated_rows (SfChangeSummary     *self,
                                                 const char * const  *tables,
                                                 guint64              moving_columns);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SfChangeSummary, sf_change_summary_free)

G_END_DECLS
