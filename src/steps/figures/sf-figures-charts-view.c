/* sf-figures-charts-view.c: the charts of step 3 on screen, for all flats
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The charts are built by the report module (sf-inventory-charts.c), so that the page shows
 * exactly what the PDF will, each drawn by an SfChartArea.
 */
#include "config.h"

#include "sf-chart-area.h"
#include "sf-figures-charts-view.h"

struct _SfFiguresChartsView
{
  AdwBin     parent_instance;

  SfProject *project;
  GtkWidget *areas[SF_INVENTORY_CHART_N];
};

G_DEFINE_FINAL_TYPE (SfFiguresChartsView, sf_figures_charts_view, ADW_TYPE_BIN)

void
sf_figures_charts_view_refresh (SfFiguresChartsView *self)
{
  g_return_if_fail (SF_IS_FIGURES_CHARTS_VIEW (self));

  for (guint i = 0; i < SF_INVENTORY_CHART_N; i++)
    sf_chart_area_set_chart (SF_CHART_AREA (self->areas[i]),
                          sf_inventory_chart_new (self->project, i));
}

SfChart *
sf_figures_charts_view_get_chart (SfFiguresChartsView *self,
                                    SfInventoryChart       which)
{
  g_return_val_if_fail (SF_IS_FIGURES_CHARTS_VIEW (self), NULL);
  g_return_val_if_fail (which < SF_INVENTORY_CHART_N, NULL);

  return sf_chart_area_get_chart (SF_CHART_AREA (self->areas[which]));
}

static void
sf_figures_charts_view_dispose (GObject *object)
{
  SfFiguresChartsView *self = SF_FIGURES_CHARTS_VIEW (object);

  g_clear_object (&self->project);
  G_OBJECT_CLASS (sf_figures_charts_view_parent_class)->dispose (object);
}

static void
sf_figures_charts_view_class_init (SfFiguresChartsViewClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sf_figures_charts_view_dispose;
}

static void
sf_figures_charts_view_init (SfFiguresChartsView *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  for (guint i = 0; i < SF_INVENTORY_CHART_N; i++)
    {
      GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      GtkWidget *area = sf_chart_area_new (SF_INVENTORY_CHARTS_SCALE);

      gtk_widget_set_name (area, "inventory-chart");
      gtk_widget_set_hexpand (area, TRUE);
      gtk_widget_set_margin_top (area, 12);
      gtk_widget_set_margin_bottom (area, 12);
      gtk_widget_set_margin_start (area, 12);
      gtk_widget_set_margin_end (area, 12);
      gtk_widget_add_css_class (card, "card");
      gtk_box_append (GTK_BOX (card), area);
      gtk_box_append (GTK_BOX (box), card);
      self->areas[i] = area;
    }
  adw_bin_set_child (ADW_BIN (self), box);
}

GtkWidget *
sf_figures_charts_view_new (SfProject *project)
{
  SfFiguresChartsView *self;

  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);

  self = g_object_new (SF_TYPE_FIGURES_CHARTS_VIEW, NULL);
  self->project = g_object_ref (project);
  sf_figures_charts_view_refresh (self);
  return GTK_WIDGET (self);
}
