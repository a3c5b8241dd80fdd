/* sf-review-dialog.h: what step 4's dialogs share: a required field's refusal said under
 * it, removing what the dialog shows, and a text view's text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sf-feedback.h"
#include "sf-record.h"

G_BEGIN_DECLS

/* Shows @message in @label (hidden for NULL) and marks @field as in error while it shows. */
void sf_review_refusal_show  (GtkWidget    *label,
                              GtkWidget    *field,
                              const char   *message);
/* After a save failed: the store's refusal of what was typed goes under @field, with the
 * focus there; any other failure is an error message headed @heading over @dialog. */
void sf_review_refusal_after (GtkWidget    *dialog,
                              GtkWidget    *label,
                              GtkWidget    *field,
                              const char   *heading,
                              const GError *error);

/* The dialog's remove button: removes @item with @remove and closes @dialog, @removed said in
 * a toast with Undo over @parent (NULL: none); or says @not_removed with the reason. */
void  sf_review_dialog_remove (GtkWidget    *dialog,
                               GtkWidget    *parent,
                               SfProject    *project,
                               SfRemoveFunc  remove,
                               SfRecord     *item,
                               const char   *removed,
                               const char   *not_removed);
/* All the text of the GtkTextView @view. */
char *sf_review_view_text     (GtkWidget    *view);

G_END_DECLS
