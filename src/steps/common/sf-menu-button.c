/* sf-menu-button.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sf-menu-button.h"

static void
create_popup (GtkMenuButton *button,
              gpointer       model)
{
  gtk_menu_button_set_menu_model (button, model);
}

/* A popover menu is some forty widgets made at once, and a window's menus are seldom opened:
 * made when first opened (by click or F10), they no longer weigh on a project's first frame. */
void
sf_menu_button_set_menu_later (GtkMenuButton *button,
                               GMenuModel    *model)
{
  g_return_if_fail (GTK_IS_MENU_BUTTON (button));
  g_return_if_fail (G_IS_MENU_MODEL (model));

  gtk_menu_button_set_create_popup_func (button, create_popup, g_object_ref (model),
                                         g_object_unref);
}
