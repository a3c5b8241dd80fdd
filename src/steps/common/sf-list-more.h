/* sf-list-more.h: a long list shown in part at first, with a button that shows the rest
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A page of a large project would otherwise make hundreds of rows before its first frame
 * (step 4's remarks, actions, decisions). The rows shown follow the model as a bound list box
 * does; the button says how many there are and is hidden while all are shown.
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Binds @box to the first @first items of @model; returns the button, for the caller to put
 * under the list. */
GtkWidget *sf_list_more_bind     (GtkListBox                 *box,
                                  GListModel                 *model,
                                  guint                       first,
                                  GtkListBoxCreateWidgetFunc  create,
                                  gpointer                    data);
/* Shows every item (a search hit may be further down). */
void       sf_list_more_show_all (GtkWidget                  *more);

G_END_DECLS
