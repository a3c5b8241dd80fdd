/* sf-role-row.h: a role, typed or picked from the roles a step of the method names
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An entry row with a menu button ("view-more") whose items are the step's roles in sentence
 * case. An item activates "dialog.pick-role" (s: the role) on the dialog the row is in, which
 * passes it on to sf_role_row_pick (): the dialogs keep their actions, the row its menu. In a
 * template: <object class="SfRoleRow"> with "step" and "menu-label" (the button's tooltip and
 * accessible name).
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SF_TYPE_ROLE_ROW (sf_role_row_get_type ())
G_DECLARE_FINAL_TYPE (SfRoleRow, sf_role_row, SF, ROLE_ROW, AdwEntryRow)

GtkWidget *sf_role_row_new  (guint       step,
                             const char *title,
                             const char *menu_label);
/* Puts @role in the row and the focus there. */
void       sf_role_row_pick (SfRoleRow  *self,
                             const char *role);

G_END_DECLS
