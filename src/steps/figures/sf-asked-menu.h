/* sf-asked-menu.h: who is asked for a figure, as the menu of a button in the figure's row on
 * the page of step 3: a check item per partner, ticked when the partner is asked
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SF_TYPE_ASKED_MENU (sf_asked_menu_get_type ())
G_DECLARE_FINAL_TYPE (SfAskedMenu, sf_asked_menu, SF, ASKED_MENU, GObject)

/* The menu of @button, a GtkMenuButton, whose label names who is asked. Ticking or unticking
 * an item emits "toggled" (the partner's id, and whether the user wants the partner asked);
 * the menu itself changes only with the next sf_asked_menu_update (). */
SfAskedMenu  *sf_asked_menu_new         (GtkWidget   *button);
/* @partners: the project's, of SfPartner; @asked_partners: the ids of those asked, or NULL. */
void          sf_asked_menu_update      (SfAskedMenu *self,
                                         GListModel  *partners,
                                         GPtrArray   *asked_partners);
/* The items' actions, "partner-N" for the Nth partner (in the button's group "asked"). */
GActionGroup *sf_asked_menu_get_actions (SfAskedMenu *self);

G_END_DECLS
