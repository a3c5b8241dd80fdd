/* sf-project-parts.h: what the files of SfProject share: sf-project.c (the object, its details
 * and lists), sf-project-actions.c (actions, undo and redo), sf-project-flats-partners.c,
 * sf-project-questions.c and sf-project-steps.c. The store's other modules use
 * sf-project-private.h.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-change-summary.h"
#include "sf-project.h"
#include "sf-undo.h"

G_BEGIN_DECLS

SfUndoStack *sf_project_get_undo     (SfProject   *self);
/* Sets the project's time of the last change and counts the change (the undo stack's
 * follow-up). */
gboolean     sf_project_touch        (SfDb        *db,
                                      gpointer     user_data,
                                      GError     **error);

/* After an action, undo or redo: what shows the changed @tables is re-read (with the
 * action's @summary, if given, only the rows it updated where that is enough), then "changed"
 * is emitted for each. */
gboolean     sf_project_take_changes (SfProject        *self,
                                      GHashTable       *tables,
                                      SfChangeSummary  *summary,
                                      GError          **error);

/* While @busy, every action, undo and redo is refused (SF_STORE_ERROR_LOCKED): an action is
 * being written on a connection of its own. */
void         sf_project_set_busy     (SfProject   *self,
                                      gboolean     busy);

/* Deletes the row with @id by @sql (?1: the id) as the action @label; a row that is not there
 * is an error, and nothing is recorded. */
gboolean     sf_project_delete_row   (SfProject   *self,
                                      const char  *label,
                                      const char  *sql,
                                      const char  *id,
                                      GError     **error);

/* Sets the flag @column of the one row of @table (made if it is not there yet, see
 * sf_store_ensure_one_row ()) to @value as the action @label. */
gboolean     sf_project_set_one_row_flag (SfProject   *self,
                                          const char  *label,
                                          const char  *table,
                                          const char  *column,
                                          gboolean     value,
                                          GError     **error);

G_END_DECLS
