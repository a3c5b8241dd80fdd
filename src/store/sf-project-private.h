/* sf-project-private.h: what the store's own modules (interviews, themes, sessions, search)
 * use to add their tables' changes and lists to a project
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-project.h"
#include "sf-record-list.h"
#include "sf-undo.h"

G_BEGIN_DECLS

/* One user action: @func runs in one transaction, committed at once, recorded for undo under
 * @label; the lists watching the tables it changed are re-read, then "changed" is emitted. */
gboolean      sf_project_run_action (SfProject          *self,
                                     const char         *label,
                                     SfActionFunc        func,
                                     gpointer            data,
                                     GError            **error);

/* A list of @item_type rows from @sql (id first; ?1 bound to @parameter when >= 0), re-read
 * whenever one of @tables changes. The project owns it. */
SfRecordList *sf_project_watch_list (SfProject          *self,
                                     GType               item_type,
                                     const char         *sql,
                                     int                 parameter,
                                     const char * const *tables,
                                     GError            **error);

G_END_DECLS
