/* sf-list-more.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-list-more.h"

#define SLICE_KEY "sf-list-more-slice"

static void
update (GtkWidget *more)
{
  GtkSliceListModel *slice = g_object_get_data (G_OBJECT (more), SLICE_KEY);
  guint n = g_list_model_get_n_items (gtk_slice_list_model_get_model (slice));
  g_autofree char *label = NULL;

  /* Translators: under a long list, as in "Show All 400" */
  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Show All %u", "Show All %u", n), n);
  gtk_button_set_label (GTK_BUTTON (more), label);
  gtk_widget_set_visible (more, n > gtk_slice_list_model_get_size (slice));
}

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  GtkWidget  *more)
{
  update (more);
}

GtkWidget *
sf_list_more_bind (GtkListBox                 *box,
                   GListModel                 *model,
                   guint                       first,
                   GtkListBoxCreateWidgetFunc  create,
                   gpointer                    data)
{
  GtkSliceListModel *slice;
  GtkWidget *more;

  g_return_val_if_fail (GTK_IS_LIST_BOX (box), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (model), NULL);

  slice = gtk_slice_list_model_new (g_object_ref (model), 0, first);
  more = gtk_button_new ();
  gtk_widget_set_name (more, "show-all");
  gtk_widget_set_halign (more, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_top (more, 12);
  gtk_widget_add_css_class (more, "pill");
  g_object_set_data_full (G_OBJECT (more), SLICE_KEY, slice, g_object_unref);
  g_signal_connect_swapped (more, "clicked", G_CALLBACK (sf_list_more_show_all), more);
  g_signal_connect_object (model, "items-changed", G_CALLBACK (items_changed_cb), more, 0);
  gtk_list_box_bind_model (box, G_LIST_MODEL (slice), create, data, NULL);
  update (more);
  return more;
}

void
sf_list_more_show_all (GtkWidget *more)
{
  GtkSliceListModel *slice;

  g_return_if_fail (GTK_IS_BUTTON (more));

  slice = g_object_get_data (G_OBJECT (more), SLICE_KEY);
  gtk_slice_list_model_set_size (slice, G_MAXUINT);
  update (more);
}
