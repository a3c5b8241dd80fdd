/* sf-placeholder.h: what an empty boxed list shows instead of an empty frame
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkWidget *sf_placeholder_new (const char *text);

G_END_DECLS
