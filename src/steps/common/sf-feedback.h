/* sf-feedback.h: telling the user what happened: undo toasts and error dialogs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sf-project.h"

G_BEGIN_DECLS

void sf_feedback_undo_toast (GtkWidget    *widget,
                             SfProject    *project,
                             const char   *title);
void sf_feedback_toast      (GtkWidget    *widget,
                             const char   *title);
void sf_feedback_error      (GtkWidget    *widget,
                             const char   *heading,
                             const GError *error);

/* How the store removes a record by its id (sf_project_remove_partner (), say). */
typedef gboolean (*SfRemoveFunc) (SfProject   *project,
                                  const char  *id,
                                  GError     **error);

/* A row's remove button: removes @id with @remove, then says @removed in a toast with Undo
 * (in the toast overlay above @row), or shows @not_removed with the reason. The row may go
 * away with what it shows: nothing of it is used once @remove has run. */
void sf_feedback_remove     (GtkWidget    *row,
                             SfProject    *project,
                             SfRemoveFunc  remove,
                             const char   *id,
                             const char   *removed,
                             const char   *not_removed);
/* A dialog's remove button: removes @id with @remove, then closes @dialog and says @removed
 * in a toast with Undo over @parent (where the dialog was opened from; NULL: no toast); or
 * shows @not_removed with the reason, and the dialog stays. */
void sf_feedback_remove_in_dialog (GtkWindow    *dialog,
                                   GtkWidget    *parent,
                                   SfProject    *project,
                                   SfRemoveFunc  remove,
                                   const char   *id,
                                   const char   *removed,
                                   const char   *not_removed);

G_END_DECLS
