/* sf-preconditions-compare.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sf-preconditions-compare.h"
#include "sf-preconditions-summary.h"
#include "sf-toplevel.h"

struct _SfPreconditionsCompareWindow
{
  AdwWindow parent_instance;

  GtkScrolledWindow *scrolled;
};

G_DEFINE_FINAL_TYPE (SfPreconditionsCompareWindow, sf_preconditions_compare_window,
                     ADW_TYPE_WINDOW)

static void
sf_preconditions_compare_window_class_init (SfPreconditionsCompareWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-preconditions-compare.ui");
  gtk_widget_class_bind_template_child (widget_class, SfPreconditionsCompareWindow, scrolled);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sf_preconditions_compare_window_init (SfPreconditionsCompareWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sf_preconditions_compare_window_new (GtkWidget *parent,
                                     SfProject *project)
{
  SfPreconditionsCompareWindow *self;
  GtkWidget *table;

  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);

  self = g_object_new (SF_TYPE_PRECONDITIONS_COMPARE_WINDOW,
                       "transient-for", sf_toplevel_of (parent),
                       NULL);
  table = sf_preconditions_summary_new_detailed (project);
  gtk_widget_set_margin_start (table, 24);
  gtk_widget_set_margin_end (table, 24);
  gtk_widget_set_margin_top (table, 18);
  gtk_widget_set_margin_bottom (table, 24);
  gtk_scrolled_window_set_child (self->scrolled, table);
  return GTK_WIDGET (self);
}
