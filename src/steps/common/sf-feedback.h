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

G_END_DECLS
