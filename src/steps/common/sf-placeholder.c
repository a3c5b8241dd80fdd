/* sf-placeholder.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sf-placeholder.h"

/* A dimmed sentence, spaced as a row, for gtk_list_box_set_placeholder (). */
GtkWidget *
sf_placeholder_new (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_margin_top (label, 18);
  gtk_widget_set_margin_bottom (label, 18);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  return label;
}
