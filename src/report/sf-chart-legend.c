/* sf-chart-legend.c: a chart's legend, under its title: the series (or a timeline's statuses)
 * and "estimate"
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sf-chart-private.h"

static gboolean
has_estimate (SfChart *chart)
{
  for (guint i = 0; i < chart->bars->len; i++)
    {
      SfChartBar *bar = g_ptr_array_index (chart->bars, i);

      for (guint s = 0; s < chart->n_series; s++)
        if (bar->flags[s] & SF_CHART_VALUE_ESTIMATE)
          return TRUE;
    }
  return FALSE;
}

static GArray *
legend_items (SfChart *chart)
{
  GArray *items = g_array_new (FALSE, TRUE, sizeof (SfChartLegendItem));

  if (chart->bars->len == 0)
    return items;
  for (guint s = 0; chart->n_series > 1 && s < chart->n_series; s++)
    {
      SfChartLegendItem item = { chart->series[s], FALSE, { 0 } };

      sf_chart_series_colour (s, &item.colour[0], &item.colour[1], &item.colour[2]);
      g_array_append_val (items, item);
    }
  if (has_estimate (chart))
    {
      /* Translators: in a chart's legend, next to a hatched swatch */
      SfChartLegendItem item = { _("estimate"), TRUE, { 0.45, 0.45, 0.45 } };

      g_array_append_val (items, item);
    }
  return items;
}

static double
legend_item_width (const SfChartLegendItem *item)
{
  return SF_CHART_TEXT_SIZE + SF_CHART_PADDING +
         sf_chart_text_width (item->name, SF_CHART_TEXT_SIZE, FALSE) + SF_CHART_PADDING * 3;
}

double
sf_chart_legend_flow (SfChart *chart,
                      cairo_t *cr,
                      double   y0,
                      double   width)
{
  g_autoptr(GArray) items = legend_items (chart);

  return sf_chart_legend_lay_out ((SfChartLegendItem *) (void *) items->data, items->len, cr, y0,
                                  width);
}

double
sf_chart_legend_lay_out (const SfChartLegendItem *items,
                         guint                    n_items,
                         cairo_t                 *cr,
                         double                   y0,
                         double                   width)
{
  double x = 0, y = y0, line = SF_CHART_TEXT_SIZE * 1.4;

  if (n_items == 0)
    return 0;
  for (guint i = 0; i < n_items; i++)
    {
      const SfChartLegendItem *item = &items[i];
      double item_width = legend_item_width (item);

      if (x > 0 && x + item_width - SF_CHART_PADDING * 3 > width)
        {
          x = 0;
          y += line;
        }
      if (cr != NULL)
        {
          g_autoptr(PangoLayout) layout = sf_chart_make_layout (
            item->name, SF_CHART_TEXT_SIZE, FALSE, FALSE,
            width - SF_CHART_TEXT_SIZE - SF_CHART_PADDING, 0);

          cairo_rectangle (cr, x, y + 2, SF_CHART_TEXT_SIZE, SF_CHART_TEXT_SIZE);
          sf_chart_fill_path (cr, item->colour[0], item->colour[1], item->colour[2],
                              item->estimate);
          sf_chart_set_grey (cr, 0.2);
          sf_chart_show_layout (cr, layout, x + SF_CHART_TEXT_SIZE + SF_CHART_PADDING,
                                y + 2 + (SF_CHART_TEXT_SIZE -
                                         sf_chart_layout_height (layout)) / 2);
        }
      x += item_width;
    }
  return y - y0 + line + SF_CHART_PADDING;
}
