/* sf-bullet-item.h: one item of a bulleted list (a step's roles), its text wrapping beside
 * the bullet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SF_TYPE_BULLET_ITEM (sf_bullet_item_get_type ())
G_DECLARE_FINAL_TYPE (SfBulletItem, sf_bullet_item, SF, BULLET_ITEM, GtkBox)

GtkWidget *sf_bullet_item_new (const char *text);

G_END_DECLS
