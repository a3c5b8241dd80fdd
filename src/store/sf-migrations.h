/* sf-migrations.h: the ordered list of schema versions of a project file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-db.h"

G_BEGIN_DECLS

const SfMigration *sf_migrations_get (guint *n_migrations);

G_END_DECLS
