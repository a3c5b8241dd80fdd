/* sf-review-refusal.h: a required field's refusal, said under it in step 4's dialogs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

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

G_END_DECLS
