/* sf-icon-button.h: a flat, round button with an icon, a tooltip and an accessible name
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkWidget *sf_icon_button_new (const char *icon_name,
                               const char *label);
void       sf_icon_button_set (GtkWidget  *button,
                               const char *icon_name,
                               const char *label);

G_END_DECLS
