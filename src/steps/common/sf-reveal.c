/* sf-reveal.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sf-reveal.h"

static gboolean
focus_when_placed (GtkWidget     *widget,
                   GdkFrameClock *clock,
                   gpointer       user_data)
{
  if (!gtk_widget_get_mapped (widget) || gtk_widget_get_height (widget) == 0)
    return G_SOURCE_CONTINUE;
  /* An expander row takes the focus on its header, the first thing in it. */
  gtk_widget_child_focus (widget, GTK_DIR_TAB_FORWARD);
  return G_SOURCE_REMOVE;
}

void
sf_reveal_focus_when_placed (GtkWidget *widget)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  gtk_widget_add_tick_callback (widget, focus_when_placed, NULL, NULL);
}
