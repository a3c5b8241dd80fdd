/* sf-tagged-row.h: a key point (step 1 or 2) or a statement (step 2) as a row to work on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An expander row: its title is the text, its subtitle who said it (a statement) and its
 * themes. Opened, it edits the text in place, marks it confidential, and adds or removes
 * themes; every change is one undoable action. Step 1's key points, step 2's key points and
 * step 2's statements all use it, so that they are worked on in the same way; a key point's
 * row is an SfKeyPointRow (sf-key-point-row.h), which adds moving and sources.
 *
 * Widget names: the row "key-point-row" or "statement-row"; in it "key-point-text" or
 * "statement-text", "key-point-confidential" or "statement-confidential", the themes
 * "key-point-themes" or "statement-themes" (each pill with a button "untag"), "theme-entry",
 * "remove-key-point" or "remove-statement", for key points "move-up" and "move-down", and the
 * mark "confidential-marker". Its action group, "key-point" or "statement": remove,
 * confidential (boolean state), tag (s: a theme's name), untag (s: a theme's id) and, for key
 * points, move-up and move-down. Callers add their own rows (the speaker under the text, the
 * sources with adw_expander_row_add_row ()) and actions (sf_tagged_row_get_actions ()).
 */
#pragma once

#include <adwaita.h>

#include "sf-project.h"
#include "sf-record.h"

G_BEGIN_DECLS

#define SF_TYPE_TAGGED_ROW (sf_tagged_row_get_type ())
G_DECLARE_DERIVABLE_TYPE (SfTaggedRow, sf_tagged_row, SF, TAGGED_ROW, AdwExpanderRow)

struct _SfTaggedRowClass
{
  AdwExpanderRowClass parent_class;
};

/* @item is an SfKeyPoint or an SfStatement of @project; @after_text, a row shown right
 * under the text (or NULL). */
GtkWidget  *sf_tagged_row_new         (SfProject *project,
                                       SfRecord  *item,
                                       GtkWidget *after_text);
/* @row is an SfTaggedRow. */
SfRecord   *sf_tagged_row_get_item    (GtkWidget *row);
SfProject  *sf_tagged_row_get_project (GtkWidget *row);
GActionMap *sf_tagged_row_get_actions (GtkWidget *row);
/* Opens the row and puts the focus in its text (the page scrolls to it). */
void        sf_tagged_row_show        (GtkWidget *row);
/* The row in @list_box whose item has the id @id, or NULL. */
GtkWidget  *sf_tagged_row_find        (GtkWidget  *list_box,
                                       const char *id);

G_END_DECLS
