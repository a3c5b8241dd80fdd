/* sf-chart-legend.c: a bar chart's legend, under its title: the series and "estimate"
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sf-chart-private.h"

typedef struct
{
  const char *name;
  gboolean    estimate; /* the hatched swatch */
  guint       series;
} LegendItem;

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
  GArray *items = g_array_new (FALSE, TRUE, sizeof (LegendItem));

  if (chart->bars->len == 0)
    return items;
  for (guint s = 0; chart->n_series > 1 && s < chart->n_series; s++)
    {
      LegendItem item = { chart->series[s], FALSE, s };

      g_array_append_val (items, item);
    }
  if (has_estimate (chart))
    {
      /* Translators: in a chart's legend, next to a hatched swatch */
      LegendItem item = { _("estimate"), TRUE, 0 };

      g_array_append_val (items, item);
    }
  return items;
}

static double
legend_item_width (LegendItem *item)
{
  return SF_CHART_TEXT_SIZE + SF_CHART_PADDING +
         sf_chart_text_width (item->name, SF_CHART_TEXT_SIZE, FALSE) + SF_CHART_PADDING * 3;
}

/* Lays the legend out in lines within @width; draws it when @cr is given. Returns its
 * height. */
double
sf_chart_legend_flow (SfChart *chart,
                      cairo_t *cr,
                      double   y0,
                      double   width)
{
  g_autoptr(GArray) items = legend_items (chart);
  double x = 0, y = y0, line = SF_CHART_TEXT_SIZE * 1.4;

  if (items->len == 0)
    return 0;
  for (guint i = 0; i < items->len; i++)
    {
      LegendItem *item = &g_array_index (items, LegendItem, i);
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
          double r = 0.45, g = 0.45, b = 0.45;

          if (!item->estimate)
            sf_chart_series_colour (item->series, &r, &g, &b);
          cairo_rectangle (cr, x, y + 2, SF_CHART_TEXT_SIZE, SF_CHART_TEXT_SIZE);
          sf_chart_fill_path (cr, r, g, b, item->estimate);
          sf_chart_set_grey (cr, 0.2);
          sf_chart_show_layout (cr, layout, x + SF_CHART_TEXT_SIZE + SF_CHART_PADDING,
                                y + 2 + (SF_CHART_TEXT_SIZE -
                                         sf_chart_layout_height (layout)) / 2);
        }
      x += item_width;
    }
  return y - y0 + line + SF_CHART_PADDING;
}
