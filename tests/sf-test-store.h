/* sf-test-store.h: what the store tests share: projects in temporary folders, list items
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-project.h"

G_BEGIN_DECLS

SfProject *sf_test_create_project (const char *path);
SfProject *sf_test_reopen         (SfProject  *project,
                                   const char *path);
void       sf_test_remove_tree    (const char *dir);
guint      sf_test_n_items        (GListModel *list);
gpointer   sf_test_item           (GListModel *list,
                                   guint       position);
guint      sf_test_count_rows     (SfProject  *project,
                                   const char *sql);

G_END_DECLS
