/* sf-icon-button.h: a flat, round button with an icon, a tooltip and an accessible name
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * In a template: <object class="SfIconButton"> with "icon-name" and "tip" (the tooltip and
 * the accessible name, one text).
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SF_TYPE_ICON_BUTTON (sf_icon_button_get_type ())
G_DECLARE_FINAL_TYPE (SfIconButton, sf_icon_button, SF, ICON_BUTTON, GtkButton)

GtkWidget  *sf_icon_button_new     (const char   *icon_name,
                                    const char   *tip);
/* @button is an SfIconButton. */
void        sf_icon_button_set     (GtkWidget    *button,
                                    const char   *icon_name,
                                    const char   *tip);
void        sf_icon_button_set_tip (SfIconButton *self,
                                    const char   *tip);
const char *sf_icon_button_get_tip (SfIconButton *self);

G_END_DECLS
