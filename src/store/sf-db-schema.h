/* sf-db-schema.h: whether a file's schema is exactly the one Startfoto makes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-db.h"

G_BEGIN_DECLS

/* TRUE when the tables, indexes, triggers and views of @handle's main database are the ones
 * that @migrations up to @version make, no more and no other; else FALSE with
 * SF_STORE_ERROR_FOREIGN (or SF_STORE_ERROR_DAMAGED when only some are there). */
gboolean   sf_db_schema_check   (sqlite3            *handle,
                                 const char         *path,
                                 const SfMigration  *migrations,
                                 guint               n_migrations,
                                 int                 version,
                                 GError            **error);

/* A schema as name, description, name, description… ordered by name: the main database's of
 * @handle, or what @migrations up to @version make in memory. NULL if it cannot be read. */
GPtrArray *sf_db_schema_read    (sqlite3            *handle);
GPtrArray *sf_db_schema_make    (const SfMigration  *migrations,
                                 guint               n_migrations,
                                 int                 version);

G_END_DECLS
