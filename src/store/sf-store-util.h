/* sf-store-util.h: small helpers every store module needs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "sf-db.h"

G_BEGIN_DECLS

const char *sf_store_or_empty       (const char  *text);
const char *sf_store_or_null        (const char  *id);
gboolean    sf_store_not_found      (GError     **error);
gboolean    sf_store_require_change (SfDb        *db,
                                     GError     **error);

void        sf_store_random_id      (GRand       *rand,
                                     char         out[37]);

gboolean    sf_store_row_exists     (SfDb        *db,
                                     const char  *sql,
                                     const char  *id,
                                     const char  *id2,
                                     gboolean    *found,
                                     GError     **error);
gboolean    sf_store_require_row    (SfDb        *db,
                                     const char  *sql,
                                     const char  *id,
                                     GError     **error);

/* The text in the first column of @sql's row for @id (?1); a not-found error without one. */
gboolean    sf_store_get_text       (SfDb        *db,
                                     const char  *sql,
                                     const char  *id,
                                     char       **text,
                                     GError     **error);
/* What to keep as the date of the row @id when @typed (stripped) is typed: ISO 8601, "" for
 * none, or @typed itself when it is the free text the row already has (@sql selects 1 for
 * ?1 = id and ?2 = date); NULL with the date's refusal otherwise. */
char       *sf_store_date_for_row   (SfDb        *db,
                                     const char  *sql,
                                     const char  *id,
                                     const char  *typed,
                                     GError     **error);

/* @sql (columns of the project table) stepped to the project's one row, for the caller to read
 * and reset; NULL with an error when the file holds no project or cannot be read. */
sqlite3_stmt *sf_store_read_project_row (SfDb        *db,
                                         const char  *sql,
                                         GError     **error);

guint       sf_store_count          (SfDb        *db,
                                     const char  *sql,
                                     int          parameter);
/* Makes the one row of @table (a store's constant: a table a project holds once, such as a
 * meeting, whose other columns have defaults) unless it has one. */
gboolean    sf_store_ensure_one_row (SfDb        *db,
                                     const char  *table,
                                     GError     **error);
/* The first item of @list, or NULL; borrowed: the list keeps it. */
gpointer    sf_store_first_item     (GListModel  *list);
/* The rows of @table, and in @matching those whose @column is @value (@table and @column
 * are the store's constants). */
guint       sf_store_count_where    (SfDb        *db,
                                     const char  *table,
                                     const char  *column,
                                     int          value,
                                     guint       *matching);

G_END_DECLS
