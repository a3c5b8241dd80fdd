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

/* The project's connection, for the store's own modules (and tests that look past the API). */
SfDb         *sf_project_get_db     (SfProject          *self);

/* One user action: @func runs in one transaction, committed at once, recorded for undo under
 * @label; the lists watching the tables it changed are re-read, then "changed" is emitted. */
gboolean      sf_project_run_action (SfProject          *self,
                                     const char         *label,
                                     SfActionFunc        func,
                                     gpointer            data,
                                     GError            **error);

/* The same, for a bulk write that records its own changes (sf-changeset-writer.h). */
gboolean      sf_project_run_written_action (SfProject           *self,
                                             const char          *label,
                                             SfWrittenActionFunc  func,
                                             gpointer             data,
                                             GError             **error);

/* A list of @item_type rows from @sql (id first; ?1 bound to @parameter when >= 0), re-read
 * whenever one of @tables changes. The project owns it. */
SfRecordList *sf_project_watch_list (SfProject          *self,
                                     GType               item_type,
                                     const char         *sql,
                                     int                 parameter,
                                     const char * const *tables,
                                     GError            **error);

/* For a watched @list of every row of its first table: @row_sql reads one of them by its id
 * (?1) as the list's query does, so that an action that only updates some rows, and none of
 * @moving_columns (what the order depends on), re-reads just those. */
void          sf_project_watch_rows (SfProject          *self,
                                     SfRecordList       *list,
                                     const char         *row_sql,
                                     const char * const *moving_columns);

/* The same, with a row's id (text) bound to ?1: the answers of one interview, say; or with
 * several ids bound to ?1, ?2... (a NULL id binds NULL). */
SfRecordList *sf_project_watch_list_for_id (SfProject          *self,
                                            GType               item_type,
                                            const char         *sql,
                                            const char         *id,
                                            const char * const *tables,
                                            GError            **error);

SfRecordList *sf_project_watch_list_for_ids (SfProject          *self,
                                             GType               item_type,
                                             const char         *sql,
                                             guint               n_ids,
                                             const char * const *ids,
                                             const char * const *tables,
                                             GError            **error);

/* A list made the first time it is asked for and kept on the project under @data_key; one
 * that cannot be read (a damaged file, a failing disk) is shown empty rather than crashing
 * its view. Borrowed. */
GListModel   *sf_project_cached_list (SfProject          *self,
                                      const char         *data_key,
                                      GType               item_type,
                                      const char         *sql,
                                      const char * const *tables);

/* The same as a new reference, or an empty list (with a warning) when it cannot be read, a
 * damaged file, so that its view shows nothing rather than crashing. @ids as for
 * sf_project_watch_list_for_ids (); none: no parameter. */
GListModel   *sf_project_watch_or_empty (SfProject          *self,
                                         GType               item_type,
                                         const char         *sql,
                                         guint               n_ids,
                                         const char * const *ids,
                                         const char * const *tables);

/* A value computed from @tables, kept under @key until one of them changes
 * (sf-project-cache.c); borrowed. */
gpointer      sf_project_cache_lookup   (SfProject          *self,
                                         const char         *key);
void          sf_project_cache_insert   (SfProject          *self,
                                         const char         *key,
                                         gpointer            value,
                                         GDestroyNotify      free_value,
                                         const char * const *tables);
/* Drops the values read from @tables (of table names), or every value when NULL. */
void          sf_project_cache_forget   (SfProject          *self,
                                         GHashTable         *tables);

G_END_DECLS
