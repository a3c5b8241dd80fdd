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
SfRecord     *sf_record_list_lookup  (SfRecordList *self,
                                      const char   *id);

G_END_DECLS
