/* sf-one-line-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sf-one-line-row.h"

/* An AdwActionRow with title-lines or subtitle-lines 1 shows that label as one ellipsized line,
 * but libadwaita 1.2 leaves it wrapping. GTK 4.8's box layout then finds the row's height by
 * binary searches nested three deep over such labels, dozens of text layouts per row (a profile
 * of a project's first frame: 4 ms for the overview's five step rows). A one-line label that
 * does not wrap looks the same and is measured once. Call it after the lines are set; it uses
 * only GTK's API, so a row built otherwise by a later libadwaita is left as it is. */
void
sf_one_line_row_unwrap (GtkWidget *row)
{
  g_return_if_fail (GTK_IS_WIDGET (row));

  if (GTK_IS_LABEL (row) && gtk_label_get_lines (GTK_LABEL (row)) == 1)
    gtk_label_set_wrap (GTK_LABEL (row), FALSE);
  for (GtkWidget *child = gtk_widget_get_first_child (row); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    sf_one_line_row_unwrap (child);
}
