/* sf-watch-set.h: a project's lists, each re-read when a table it shows changes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-change-summary.h"
#include "sf-record-list.h"

G_BEGIN_DECLS

typedef struct _SfWatchSet SfWatchSet;

SfWatchSet   *sf_watch_set_new         (void);
void          sf_watch_set_free        (SfWatchSet          *self);
/* Takes @list, reads it, and re-reads it whenever one of @tables changes. */
SfRecordList *sf_watch_set_add         (SfWatchSet          *self,
                                        SfRecordList        *list,
                                        const char * const  *tables,
                                        GError             **error);
void          sf_watch_set_add_rows    (SfWatchSet          *self,
                                        SfRecordList        *list,
                                        sqlite3             *handle,
                                        const char          *row_sql,
                                        const char * const  *moving_columns);
/* Whether @tables (NULL: all) holds one of @names. */
gboolean      sf_watch_set_changed_any (GHashTable          *tables,
                                        const char * const  *names);
gboolean      sf_watch_set_refresh     (SfWatchSet          *self,
                                        GHashTable          *tables,
                                        SfChangeSummary     *summary,
                                        GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SfWatchSet, sf_watch_set_free)

G_END_DECLS
