/* sf-toplevel.h: the window a widget is shown in, for dialogs to stand over
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* NULL when @widget is NULL or not (yet) in a window. */
GtkWindow *sf_toplevel_of (GtkWidget *widget);

G_END_DECLS
