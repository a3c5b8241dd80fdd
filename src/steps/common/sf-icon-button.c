/* sf-icon-button.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Lists put several of these on every row. gtk_widget_set_tooltip_text () costs about a third
 * of a millisecond per widget in GTK 4.8, which adds up to seconds for a long list, so the
 * tooltip is given only when GTK asks for it (query-tooltip).
 */
#include "config.h"

#include "sf-icon-button.h"

static gboolean
query_tooltip_cb (GtkWidget  *button,
                  int         x,
                  int         y,
                  gboolean    keyboard_mode,
                  GtkTooltip *tooltip)
{
  const char *label = g_object_get_data (G_OBJECT (button), "sf-label");

  if (label == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, label);
  return TRUE;
}

void
sf_icon_button_set (GtkWidget  *button,
                    const char *icon_name,
                    const char *label)
{
  g_return_if_fail (GTK_IS_BUTTON (button));

  gtk_button_set_icon_name (GTK_BUTTON (button), icon_name);
  g_object_set_data_full (G_OBJECT (button), "sf-label", g_strdup (label), g_free);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

GtkWidget *
sf_icon_button_new (const char *icon_name,
                    const char *label)
{
  GtkWidget *button = gtk_button_new ();

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "circular");
  gtk_widget_set_has_tooltip (button, TRUE);
  g_signal_connect (button, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);
  sf_icon_button_set (button, icon_name, label);
  return button;
}
