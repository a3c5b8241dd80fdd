/* sf-store-util.h: small helpers every store module needs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-db.h"

G_BEGIN_DECLS

const char *sf_store_or_empty       (const char  *text);
const char *sf_store_or_null        (const char  *id);
gboolean    sf_store_is_blank       (const char  *text);
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

guint       sf_store_count          (SfDb        *db,
                                     const char  *sql,
                                     int          parameter);

G_END_DECLS
