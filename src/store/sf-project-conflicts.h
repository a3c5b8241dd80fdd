/* sf-project-conflicts.h: the conflicts merges left in a project, and deciding them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-conflict.h"
#include "sf-merge.h"

G_BEGIN_DECLS

/* The conflicts still open, in the order the merges found them (of SfConflict). Borrowed. */
GListModel *sf_project_get_conflicts        (SfProject       *self);
guint       sf_project_count_open_conflicts (SfProject       *self);
/* What @conflict is about, in the words of its step. */
char       *sf_project_describe_conflict    (SfProject       *self,
                                             SfConflict      *conflict);
/* One of @conflict's values as the user reads it: a reference to another row by that row's
 * name; "—" for none. */
char       *sf_project_conflict_value_text  (SfProject       *self,
                                             SfConflict      *conflict,
                                             const char      *value);
/* Whether @conflict's values refer to other rows: one side is chosen, none is edited. */
gboolean    sf_project_conflict_is_reference (SfProject      *self,
                                              SfConflict     *conflict);
/* Decides the open conflict @id, as one undoable action: mine kept; the copy's value taken
 * (its row, for a row mine removed; the row gone, for one the copy removed); or, for a
 * column, @value written (SF_MERGE_EDITED). */
gboolean    sf_project_decide_conflict      (SfProject       *self,
                                             const char      *id,
                                             SfMergeDecision  decision,
                                             const char      *value,
                                             GError         **error);

G_END_DECLS
