/* sf-db-schema.h: whether a file's schema is exactly the one Startfoto makes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-db.h"

G_BEGIN_DECLS

/* TRUE when the tables, indexes, triggers and views of @handle's main database are the ones
 * that @migrations up to @version make, no more and no other; else FALSE with
 * SF_STORE_ERROR_FOREIGN. */
gboolean sf_db_schema_check (sqlite3            *handle,
                             const char         *path,
                             const SfMigration  *migrations,
                             guint               n_migrations,
                             int                 version,
                             GError            **error);

/* Builds what the check compares with, ahead of the first check (it takes a few ms, once). */
void     sf_db_schema_prepare (const SfMigration  *migrations,
                               guint               n_migrations,
                               int                 version);

G_END_DECLS
