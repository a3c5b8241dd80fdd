/* sf-chart-bars.c: a bar chart's rows: their labels, bars, numbers and unknown values
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sf-chart-private.h"

#define BAR_HEIGHT    14.0 /* stacked */
#define GROUP_BAR     11.0 /* one series of a group */
#define GROUP_GAP     2.0
#define BAR_GAP       8.0
#define LABEL_SHARE   0.34 /* of the width, for the labels on the left */
#define LABEL_LINES   2

static double
block_height (SfChart *chart)
{
  if (chart->mode == SF_CHART_GROUPED)
    return chart->n_series * GROUP_BAR + (chart->n_series - 1) * GROUP_GAP;
  return BAR_HEIGHT;
}

/* Where the legend, the labels, the bars and their numbers go, for @width. */
void
sf_chart_bars_layout (SfChart *chart,
                      double   width)
{
  double y = 0, number_width = SF_CHART_TEXT_SIZE * 3, block = block_height (chart), gap;
  g_autoptr(GPtrArray) numbers = g_ptr_array_new_with_free_func (g_free);

  chart->last_width = width;
  y += sf_chart_title_height (chart, width);
  chart->legend_y = y;
  y += sf_chart_legend_flow (chart, NULL, y, width);
  chart->body_y = y;

  /* Room after the bars for the widest number, so that no bar runs into the margin. */
  for (guint i = 0; i < chart->bars->len; i++)
    {
      SfChartBar *bar = g_ptr_array_index (chart->bars, i);

      for (guint s = 0; s < chart->n_series; s++)
        {
          SfChartValueFlags flags = bar->flags[s];
          double value = bar->values[s];

          if (chart->mode == SF_CHART_STACKED)
            {
              if (s > 0)
                break;
              value = sf_chart_bar_total (chart, bar, &flags);
            }
          if (!(flags & SF_CHART_VALUE_UNKNOWN))
            g_ptr_array_add (numbers, sf_chart_value_text (chart, value, flags));
        }
    }
  if (numbers->len > 0)
    number_width = MAX (number_width, sf_chart_widest_text (numbers, SF_CHART_VALUE_SIZE, FALSE) +
                                      SF_CHART_PADDING * 2);
  chart->bars_x = width * LABEL_SHARE + SF_CHART_PADDING * 2;
  chart->bars_length = MAX (width - chart->bars_x - number_width, 1.0);

  /* A scale's numbers under the bars: under each row when it has a scale of its own (with
   * more room between the rows, to tell whose numbers they are), else once under them all. */
  gap = chart->per_bar ? BAR_GAP * 1.5 : BAR_GAP;
  g_array_set_size (chart->rows, chart->bars->len);
  for (guint i = 0; i < chart->bars->len; i++)
    {
      SfChartBar *bar = g_ptr_array_index (chart->bars, i);
      g_autoptr(PangoLayout) label = sf_chart_make_layout (bar->label, SF_CHART_TEXT_SIZE, FALSE,
                                                           FALSE, width * LABEL_SHARE,
                                                           LABEL_LINES);
      SfChartRow *row = &g_array_index (chart->rows, SfChartRow, i);
      double bars = block + (chart->per_bar ? SF_CHART_AXIS_GAP + sf_chart_tick_height () : 0);

      row->y = y;
      row->height = MAX (bars, sf_chart_layout_height (label));
      row->bars_y = y + (row->height - bars) / 2;
      sf_chart_scale_of (chart, i, &row->end, &row->step);
      y += row->height + gap;
    }
  chart->axis_y = y - gap + SF_CHART_AXIS_GAP;
  if (chart->bars->len == 0)
    y += SF_CHART_TEXT_SIZE * 2;
  else if (!chart->per_bar)
    y = chart->axis_y + sf_chart_tick_height ();
  chart->height = y + SF_CHART_PADDING;
}

gboolean
sf_chart_get_bar_rect (SfChart     *chart,
                       guint        bar_index,
                       guint        series,
                       SfChartRect *rect)
{
  double max, offset = 0;
  SfChartRow *row;
  SfChartBar *bar;

  if (bar_index >= chart->bars->len || series >= chart->n_series || chart->last_width <= 0 ||
      chart->rows->len != chart->bars->len || chart->mode == SF_CHART_DONUT)
    return FALSE;
  bar = g_ptr_array_index (chart->bars, bar_index);
  row = &g_array_index (chart->rows, SfChartRow, bar_index);
  max = row->end;
  rect->x = chart->bars_x;
  rect->y = row->bars_y;
  if (chart->mode == SF_CHART_STACKED)
    {
      for (guint s = 0; s < series; s++)
        if (!(bar->flags[s] & SF_CHART_VALUE_UNKNOWN) && max > 0)
          offset += bar->values[s] / max * chart->bars_length;
      rect->x += offset;
      rect->height = BAR_HEIGHT;
    }
  else
    {
      rect->y += series * (GROUP_BAR + GROUP_GAP);
      rect->height = GROUP_BAR;
    }
  rect->width = (bar->flags[series] & SF_CHART_VALUE_UNKNOWN) || max <= 0
                  ? 0 : bar->values[series] / max * chart->bars_length;
  return TRUE;
}

static void
fill_value (cairo_t  *cr,
            double    x,
            double    y,
            double    w,
            double    h,
            double    r,
            double    g,
            double    b,
            gboolean  estimate)
{
  cairo_rectangle (cr, x, y, w, h);
  sf_chart_fill_path (cr, r, g, b, estimate);
}

/* An unknown value: a dashed empty slot with the word in it. */
static void
draw_unknown (cairo_t *cr,
              double   x,
              double   y,
              double   h)
{
  g_autoptr(PangoLayout) layout = sf_chart_make_layout (_("unknown"), SF_CHART_VALUE_SIZE, FALSE,
                                                        TRUE, -1, 0);
  double w = sf_chart_layout_width (layout) + SF_CHART_PADDING * 2;
  const double dash[] = { 2.0, 2.0 };

  cairo_save (cr);
  /* Inset, so that slots one under the other stay apart; white over the scale's lines. */
  cairo_rectangle (cr, x + 0.5, y + 1, w - 1, h - 2);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_fill_preserve (cr);
  sf_chart_set_grey (cr, 0.55);
  cairo_set_line_width (cr, 0.75);
  cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
  cairo_stroke (cr);
  sf_chart_set_grey (cr, 0.4);
  sf_chart_show_layout (cr, layout, x + SF_CHART_PADDING,
                        y + (h - sf_chart_layout_height (layout)) / 2);
  cairo_restore (cr);
}

/* On a white patch the height of the bar: a grid line behind it stays out of the digits. */
static void
draw_number (cairo_t    *cr,
             const char *text,
             double      x,
             double      y,
             double      h)
{
  g_autoptr(PangoLayout) layout = sf_chart_make_layout (text, SF_CHART_VALUE_SIZE, FALSE, FALSE,
                                                        -1, 0);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, x - 1, y, sf_chart_layout_width (layout) + 2, h);
  cairo_fill (cr);
  sf_chart_set_grey (cr, 0.2);
  sf_chart_show_layout (cr, layout, x, y + (h - sf_chart_layout_height (layout)) / 2);
}

/* A number inside a stacked segment where it fits, in black or white after the colour. */
static void
draw_inner_number (SfChart           *chart,
                   cairo_t           *cr,
                   double             value,
                   SfChartValueFlags  flags,
                   SfChartRect       *rect,
                   double             r,
                   double             g,
                   double             b)
{
  g_autofree char *text = sf_chart_value_text (chart, value, flags);
  g_autoptr(PangoLayout) layout = sf_chart_make_layout (text, SF_CHART_VALUE_SIZE, FALSE, FALSE,
                                                        -1, 0);
  double w = sf_chart_layout_width (layout);
  gboolean dark = 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;

  if (w + SF_CHART_PADDING * 2 > rect->width)
    return;
  if (flags & SF_CHART_VALUE_ESTIMATE)
    {
      /* Over the hatching, on a white patch to stay legible. */
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_rectangle (cr, rect->x + (rect->width - w) / 2 - 1, rect->y + 2, w + 2,
                       rect->height - 4);
      cairo_fill (cr);
      dark = FALSE;
    }
  if (dark)
    cairo_set_source_rgb (cr, 1, 1, 1);
  else
    sf_chart_set_grey (cr, 0.1);
  sf_chart_show_layout (cr, layout, rect->x + (rect->width - w) / 2,
                        rect->y + (rect->height - sf_chart_layout_height (layout)) / 2);
}

/* The segments end to end, their numbers inside where there are several, the total after. */
static void
draw_stacked_bar (SfChart    *chart,
                  cairo_t    *cr,
                  guint       index,
                  SfChartBar *bar,
                  SfChartRow *row)
{
  SfChartRect rect = { 0 };
  SfChartValueFlags flags;
  double total = sf_chart_bar_total (chart, bar, &flags), end = chart->bars_x;
  g_autofree char *text = NULL;
  guint n_parts = 0;

  if (flags & SF_CHART_VALUE_UNKNOWN)
    {
      draw_unknown (cr, chart->bars_x, row->bars_y, BAR_HEIGHT);
      return;
    }
  /* Numbers inside the segments only when there is more than one: else the total says it. */
  for (guint s = 0; s < chart->n_series; s++)
    n_parts += !(bar->flags[s] & SF_CHART_VALUE_UNKNOWN) && bar->values[s] > 0;
  for (guint s = 0; s < chart->n_series; s++)
    {
      double r, g, b;

      sf_chart_get_bar_rect (chart, index, s, &rect);
      if (rect.width <= 0)
        continue;
      sf_chart_series_colour (s, &r, &g, &b);
      fill_value (cr, rect.x, rect.y, rect.width, rect.height, r, g, b,
                  bar->flags[s] & SF_CHART_VALUE_ESTIMATE);
      if (rect.x > chart->bars_x)
        {
          /* A white line between segments, for grey-scale print. */
          cairo_set_source_rgb (cr, 1, 1, 1);
          cairo_rectangle (cr, rect.x - 0.5, rect.y, 1.0, rect.height);
          cairo_fill (cr);
        }
      if (n_parts > 1)
        draw_inner_number (chart, cr, bar->values[s], bar->flags[s], &rect, r, g, b);
      end = rect.x + rect.width;
    }
  text = sf_chart_value_text (chart, total, flags);
  draw_number (cr, text, end + SF_CHART_PADDING, row->bars_y, BAR_HEIGHT);
}

/* A thin bar per series, each with its number. */
static void
draw_grouped_bar (SfChart    *chart,
                  cairo_t    *cr,
                  guint       index,
                  SfChartBar *bar)
{
  SfChartRect rect = { 0 };

  for (guint s = 0; s < chart->n_series; s++)
    {
      g_autofree char *text = NULL;
      double r, g, b;

      sf_chart_get_bar_rect (chart, index, s, &rect);
      if (bar->flags[s] & SF_CHART_VALUE_UNKNOWN)
        {
          draw_unknown (cr, rect.x, rect.y, rect.height);
          continue;
        }
      sf_chart_series_colour (s, &r, &g, &b);
      if (rect.width > 0)
        fill_value (cr, rect.x, rect.y, rect.width, rect.height, r, g, b,
                    bar->flags[s] & SF_CHART_VALUE_ESTIMATE);
      text = sf_chart_value_text (chart, bar->values[s], bar->flags[s]);
      draw_number (cr, text, rect.x + rect.width + SF_CHART_PADDING, rect.y, rect.height);
    }
}

static void
draw_bar (SfChart *chart,
          cairo_t *cr,
          guint    index)
{
  SfChartBar *bar = g_ptr_array_index (chart->bars, index);
  SfChartRow *row = &g_array_index (chart->rows, SfChartRow, index);
  g_autoptr(PangoLayout) label = sf_chart_make_layout (bar->label, SF_CHART_TEXT_SIZE, FALSE,
                                                       FALSE, chart->last_width * LABEL_SHARE,
                                                       LABEL_LINES);

  sf_chart_set_grey (cr, 0.2);
  sf_chart_show_layout (cr, label, 0,
                        row->y + (row->height - sf_chart_layout_height (label)) / 2);
  if (chart->mode == SF_CHART_STACKED)
    draw_stacked_bar (chart, cr, index, bar, row);
  else
    draw_grouped_bar (chart, cr, index, bar);
}

/* The legend, the scales and the bars, as sf_chart_bars_layout placed them. */
void
sf_chart_bars_draw (SfChart *chart,
                    cairo_t *cr)
{
  sf_chart_legend_flow (chart, cr, chart->legend_y, chart->last_width);
  if (chart->bars->len == 0)
    {
      sf_chart_draw_empty (chart, cr);
      return;
    }
  for (guint i = 0; i < chart->bars->len; i++)
    {
      SfChartRow *row = &g_array_index (chart->rows, SfChartRow, i);

      if (chart->per_bar)
        sf_chart_draw_scale (chart, cr, row, row->bars_y - 2, row->bars_y + block_height (chart));
    }
  if (!chart->per_bar)
    sf_chart_draw_scale (chart, cr, &g_array_index (chart->rows, SfChartRow, 0),
                         g_array_index (chart->rows, SfChartRow, 0).y,
                         chart->axis_y - SF_CHART_AXIS_GAP);
  for (guint i = 0; i < chart->bars->len; i++)
    draw_bar (chart, cr, i);
}
