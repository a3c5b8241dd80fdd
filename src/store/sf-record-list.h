/* sf-record-list.h: a GListModel of the rows a query returns, refreshed in place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "sf-db.h"
#include "sf-record.h"

G_BEGIN_DECLS

#define SF_TYPE_RECORD_LIST (sf_record_list_get_type ())
G_DECLARE_FINAL_TYPE (SfRecordList, sf_record_list, SF, RECORD_LIST, GObject)

SfRecordList *sf_record_list_new     (GType         item_type,
                                      SfDb         *db,
                                      const char   *sql,
                                      int           parameter);
SfRecordList *sf_record_list_new_for_ids (GType               item_type,
                                          SfDb               *db,
                                          const char         *sql,
                                          guint               n_ids,
                                          const char * const *ids);
gboolean      sf_record_list_refresh (SfRecordList *self,
                                      GError      **error);
/* Re-reads only the rows @ids with @row_sql (the list's query for one row, its id bound to
 * ?1). FALSE in @done when a row is not in the list or not found: the list must be re-read
 * whole. */
gboolean      sf_record_list_refresh_rows (SfRecordList *self,
                                           const char   *row_sql,
                                           GPtrArray    *ids,
                                           gboolean     *done,
                                           GError      **error);
SfRecord     *sf_record_list_lookup  (SfRecordList *self,
                                      const char   *id);

G_END_DECLS
