/* sf-project-remarks.h: remarks on steps 1-3 made while checking the Startfoto together, and
 * what was done with them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-project-plan.h"
#include "sf-remark.h"

G_BEGIN_DECLS

/* As they were made (of SfRemark). */
GListModel *sf_project_get_remarks      (SfProject             *self);
/* On the item @kind/@ref (see sf_remark_get_item_kind ()). */
char       *sf_project_add_remark       (SfProject             *self,
                                         const char            *kind,
                                         const char            *ref,
                                         const char            *text,
                                         gboolean               confidential,
                                         GError               **error);
/* Open again, corrected in place, or dismissed (@reason required then). */
gboolean    sf_project_resolve_remark   (SfProject             *self,
                                         const char            *id,
                                         SfRemarkResolution     resolution,
                                         const char            *reason,
                                         GError               **error);
/* Adds the action @fields to the plan and marks the remark as turned into it, in one step.
 * Returns the action's id. */
char       *sf_project_remark_to_action (SfProject             *self,
                                         const char            *id,
                                         const SfActionFields  *fields,
                                         GError               **error);
gboolean    sf_project_remove_remark    (SfProject             *self,
                                         const char            *id,
                                         GError               **error);
/* How many remarks there are, and how many are still open. */
guint       sf_project_count_remarks    (SfProject             *self,
                                         guint                 *open);

G_END_DECLS
