/* sf-presenter-list.h: what was said on a question, on the beamer, confidential items left
 * out (step 2's statements, step 4's notes)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SF_TYPE_PRESENTER_LIST (sf_presenter_list_get_type ())
G_DECLARE_FINAL_TYPE (SfPresenterList, sf_presenter_list, SF, PRESENTER_LIST,
                      GtkWidget)

/* @placeholder: what an empty list says. */
GtkWidget *sf_presenter_list_new       (const char      *placeholder);
/* The items to show, or NULL: records with the properties "text" and "confidential". */
void       sf_presenter_list_set_model (SfPresenterList *self,
                                        GListModel      *items);

G_END_DECLS
