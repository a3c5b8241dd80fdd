/* sf-undo.h: undo and redo of user actions, as SQLite changesets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-changeset-writer.h"
#include "sf-db.h"

G_BEGIN_DECLS

typedef struct _SfUndoStack SfUndoStack;
typedef struct _SfUndoStep SfUndoStep;

typedef gboolean (*SfActionFunc) (SfDb     *db,
                                  gpointer  user_data,
                                  GError  **error);

/* An action that records its own changes (a bulk write), see sf-changeset-writer.h. */
typedef gboolean (*SfWrittenActionFunc) (SfDb              *db,
                                         gpointer           user_data,
                                         SfChangesetWriter *changes,
                                         GError           **error);

/* Told, inside the transaction, which rows an action, undo or redo changed; @tables holds at
 * least the names of the tables in @changeset, so that one that cares about other tables
 * need not read it. */
typedef gboolean (*SfChangesFunc) (SfDb       *db,
                                   const void *changeset,
                                   int         size,
                                   GHashTable *tables,
                                   GError    **error);

/* @follow_up runs after every action, undo and redo, in their transaction but outside what
 * undo records (the time of the last change, in @follow_up_table): undo never conflicts on it,
 * and an undo is a change too. */
SfUndoStack *sf_undo_stack_new            (SfChangesFunc  on_changes,
                                           SfActionFunc   follow_up,
                                           const char    *follow_up_table);
void         sf_undo_stack_free           (SfUndoStack  *stack);
gboolean     sf_undo_stack_record         (SfUndoStack  *stack,
                                           SfDb         *db,
                                           const char   *label,
                                           SfActionFunc  func,
                                           gpointer      user_data,
                                           GHashTable   *changed_tables,
                                           GError      **error);
gboolean     sf_undo_stack_record_written (SfUndoStack         *stack,
                                           SfDb                *db,
                                           const char          *label,
                                           SfWrittenActionFunc  func,
                                           gpointer             user_data,
                                           GHashTable          *changed_tables,
                                           GError             **error);
/* The same on @db, a connection of its own (a worker's), without touching the stack: the step
 * (NULL when nothing changed) is given in @step, to be kept with sf_undo_stack_keep () on the
 * stack's own thread. The stack's hooks run on @db. */
gboolean     sf_undo_stack_record_written_apart (SfUndoStack         *stack,
                                                 SfDb                *db,
                                                 const char          *label,
                                                 SfWrittenActionFunc  func,
                                                 gpointer             user_data,
                                                 GHashTable          *changed_tables,
                                                 SfUndoStep         **step,
                                                 GError             **error);
/* Keeps @step (taken over) as the newest undo step; nothing is left to redo. */
void         sf_undo_stack_keep           (SfUndoStack  *stack,
                                           SfUndoStep   *step);
void         sf_undo_step_free            (SfUndoStep   *step);
gboolean     sf_undo_stack_undo           (SfUndoStack  *stack,
                                           SfDb         *db,
                                           GHashTable   *changed_tables,
                                           GError      **error);
gboolean     sf_undo_stack_redo           (SfUndoStack  *stack,
                                           SfDb         *db,
                                           GHashTable   *changed_tables,
                                           GError      **error);
const char  *sf_undo_stack_get_undo_label (SfUndoStack  *stack);
/* The newest undo step's changeset and its @size, or NULL when there is none. */
const void  *sf_undo_stack_peek_changeset (SfUndoStack  *stack,
                                           int          *size);
const char  *sf_undo_stack_get_redo_label (SfUndoStack  *stack);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SfUndoStack, sf_undo_stack_free)

G_END_DECLS
