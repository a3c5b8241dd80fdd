/* sf-project-interviews-private.h: what step 1's store files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-project.h"

G_BEGIN_DECLS

/* The list of @item_type rows that @sql (?1: @ref, an interview's or partner's id) reads,
 * made the first time it is asked for and kept on the project under @data_key, one per @ref,
 * following @tables. A list that cannot be read (a damaged file) is shown empty. */
GListModel *sf_interviews_keyed_list (SfProject          *self,
                                      const char         *data_key,
                                      GType               item_type,
                                      const char         *sql,
                                      const char * const *tables,
                                      const char         *ref);

G_END_DECLS
