/* sf-figures-charts-view.c: the charts of step 3 on screen, for all flats
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The charts are built by the report module (sf-inventory-charts.c), so that the page shows
 * exactly what the PDF will. Each is drawn by a small widget that asks for the height its
 * width needs (height-for-width), since labels wrap and legends flow onto more lines when the
 * window is narrow.
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "sf-figures-charts-view.h"

/* ---- one chart -------------------------------------------------------------------------- */

#define SF_TYPE_INVENTORY_CHART_AREA (sf_inventory_chart_area_get_type ())
G_DECLARE_FINAL_TYPE (SfInventoryChartArea, sf_inventory_chart_area, SF, INVENTORY_CHART_AREA,
                      GtkWidget)

struct _SfInventoryChartArea
{
  GtkWidget  parent_instance;
  SfChart   *chart; /* owned */
};

G_DEFINE_FINAL_TYPE (SfInventoryChartArea, sf_inventory_chart_area, GTK_TYPE_WIDGET)

#define FALLBACK_WIDTH 480 /* points, before the widget knows its width */

static GtkSizeRequestMode
chart_area_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
chart_area_measure (GtkWidget      *widget,
                    GtkOrientation  orientation,
                    int             for_size,
                    int            *minimum,
                    int            *natural,
                    int            *minimum_baseline,
                    int            *natural_baseline)
{
  SfInventoryChartArea *self = SF_INVENTORY_CHART_AREA (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 240;
      *natural = (int) (FALLBACK_WIDTH * SF_INVENTORY_CHARTS_SCALE);
      return;
    }
  if (self->chart == NULL)
    *minimum = *natural = 0;
  else
    {
      double width = for_size > 0 ? for_size / SF_INVENTORY_CHARTS_SCALE : FALLBACK_WIDTH;

      *minimum = *natural = (int) ceil (SF_INVENTORY_CHARTS_SCALE *
                                        sf_chart_get_height (self->chart, width));
    }
}

static void
chart_area_snapshot (GtkWidget   *widget,
                     GtkSnapshot *snapshot)
{
  SfInventoryChartArea *self = SF_INVENTORY_CHART_AREA (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (self->chart == NULL || width <= 0 || height <= 0)
    return;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  /* The chart is laid out in points, as in the PDF; on screen a point is 4/3 of a pixel. */
  cairo_scale (cr, SF_INVENTORY_CHARTS_SCALE, SF_INVENTORY_CHARTS_SCALE);
  sf_chart_draw (self->chart, cr, width / SF_INVENTORY_CHARTS_SCALE);
  cairo_destroy (cr);
}

static void
chart_area_finalize (GObject *object)
{
  SfInventoryChartArea *self = SF_INVENTORY_CHART_AREA (object);

  g_clear_pointer (&self->chart, sf_chart_free);
  G_OBJECT_CLASS (sf_inventory_chart_area_parent_class)->finalize (object);
}

static void
sf_inventory_chart_area_class_init (SfInventoryChartAreaClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = chart_area_finalize;
  widget_class->get_request_mode = chart_area_get_request_mode;
  widget_class->measure = chart_area_measure;
  widget_class->snapshot = chart_area_snapshot;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
sf_inventory_chart_area_init (SfInventoryChartArea *self)
{
}

/* What the chart shows, in words, for a screen reader: per bar its label and values. */
static char *
chart_summary (SfChart *chart)
{
  GString *text = g_string_new (NULL);

  if (sf_chart_get_n_bars (chart) == 0)
    return g_strdup (sf_chart_get_empty_text (chart));
  for (guint i = 0; i < sf_chart_get_n_bars (chart); i++)
    {
      g_string_append_printf (text, "%s%s:", i > 0 ? "; " : "", sf_chart_get_bar_label (chart, i));
      for (guint s = 0; s < sf_chart_get_n_series (chart); s++)
        {
          const char *name = sf_chart_get_series_name (chart, s);
          g_autofree char *number = NULL;
          SfChartValueFlags flags;
          double value;

          sf_chart_get_value (chart, i, s, &value, &flags);
          if (flags & SF_CHART_VALUE_UNKNOWN)
            number = g_strdup (_("unknown"));
          else if (flags & SF_CHART_VALUE_ESTIMATE)
            {
              g_autofree char *plain = sf_chart_format_value (chart, value);

              /* Translators: a value in a chart that is an estimate, e.g. "25 % (estimate)" */
              number = g_strdup_printf (_("%s (estimate)"), plain);
            }
          else
            number = sf_chart_format_value (chart, value);
          g_string_append_printf (text, "%s %s%s%s", s > 0 ? "," : "", name ? name : "",
                                  name ? " " : "", number);
        }
    }
  return g_string_free (text, FALSE);
}

static void
chart_area_set_chart (SfInventoryChartArea *self,
                      SfChart              *chart)
{
  g_autofree char *summary = NULL;

  g_clear_pointer (&self->chart, sf_chart_free);
  self->chart = chart;
  summary = chart_summary (chart);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, sf_chart_get_title (chart),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, summary,
                                  -1);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* ---- the view --------------------------------------------------------------------------- */

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
    chart_area_set_chart (SF_INVENTORY_CHART_AREA (self->areas[i]),
                          sf_inventory_chart_new (self->project, i));
}

SfChart *
sf_figures_charts_view_get_chart (SfFiguresChartsView *self,
                                    SfInventoryChart       which)
{
  g_return_val_if_fail (SF_IS_FIGURES_CHARTS_VIEW (self), NULL);
  g_return_val_if_fail (which < SF_INVENTORY_CHART_N, NULL);

  return SF_INVENTORY_CHART_AREA (self->areas[which])->chart;
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
      GtkWidget *area = g_object_new (SF_TYPE_INVENTORY_CHART_AREA, NULL);

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
