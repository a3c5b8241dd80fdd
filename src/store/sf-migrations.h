/* sf-migrations.h: the ordered list of schema versions of a project file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-db.h"

G_BEGIN_DECLS

const SfMigration *sf_migrations_get           (guint   *n_migrations);
/* The SQL functions the migrations use, on the connection that runs them. */
void               sf_migrations_add_functions (sqlite3 *handle);

G_END_DECLS
