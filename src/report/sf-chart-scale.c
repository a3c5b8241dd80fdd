/* sf-chart-scale.c: the scale a bar chart's bars are drawn on, its ticks and their numbers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "sf-chart-private.h"

#define MAX_STEPS 5 /* of a scale, from 0 to its end */

/* A stacked bar's total: the known values; an estimate when one of them is. */
double
sf_chart_bar_total (SfChart           *chart,
                    SfChartBar        *bar,
                    SfChartValueFlags *flags)
{
  SfChartValueFlags total_flags = SF_CHART_VALUE_UNKNOWN;
  double total = 0;

  for (guint s = 0; s < chart->n_series; s++)
    {
      if (bar->flags[s] & SF_CHART_VALUE_UNKNOWN)
        continue;
      total_flags &= ~SF_CHART_VALUE_UNKNOWN;
      total += bar->values[s];
      if ((bar->flags[s] & SF_CHART_VALUE_ESTIMATE) && bar->values[s] > 0)
        total_flags |= SF_CHART_VALUE_ESTIMATE;
    }
  if (flags)
    *flags = total_flags;
  return total;
}

/* The largest value drawn: of one bar, or of all. */
static double
data_max (SfChart *chart,
          guint    only_bar)
{
  double max = 0;

  for (guint i = 0; i < chart->bars->len; i++)
    {
      SfChartBar *bar = g_ptr_array_index (chart->bars, i);

      if (chart->per_bar && i != only_bar)
        continue;
      if (chart->mode == SF_CHART_STACKED)
        max = MAX (max, sf_chart_bar_total (chart, bar, NULL));
      else
        for (guint s = 0; s < chart->n_series; s++)
          if (!(bar->flags[s] & SF_CHART_VALUE_UNKNOWN))
            max = MAX (max, bar->values[s]);
    }
  return max;
}

/* Counts: every value drawn (of one bar, or of all) is a whole number. */
static gboolean
all_whole (SfChart *chart,
           guint    only_bar)
{
  for (guint i = 0; i < chart->bars->len; i++)
    {
      SfChartBar *bar = g_ptr_array_index (chart->bars, i);

      if (chart->per_bar && i != only_bar)
        continue;
      for (guint s = 0; s < chart->n_series; s++)
        if (!(bar->flags[s] & SF_CHART_VALUE_UNKNOWN) &&
            fabs (bar->values[s] - round (bar->values[s])) > 1e-9)
          return FALSE;
    }
  return TRUE;
}

/* The scale a bar is drawn on: from 0 to @end in steps of 1, 2, 2.5 or 5 times a power of
 * ten, at most MAX_STEPS of them, whole numbers for counts. A share is drawn against the
 * whole, 0 to 100 % in quarters, never against the largest share: 19 % is a fifth of the bar
 * length, whatever the other values. */
void
sf_chart_scale_of (SfChart *chart,
                   guint    bar,
                   double  *end,
                   double  *step)
{
  static const double mantissas[] = { 1, 2, 2.5, 5 };
  double max = data_max (chart, bar), power;
  gboolean whole = chart->format == SF_CHART_FORMAT_EURO
                   || (chart->format == SF_CHART_FORMAT_NUMBER && all_whole (chart, bar));

  if (chart->format == SF_CHART_FORMAT_PERCENT && max <= 1)
    {
      *end = 1;
      *step = 0.25;
      return;
    }
  if (max <= 0)
    max = 1;
  if (!isfinite (max))
    max = G_MAXDOUBLE; /* a stacked total of huge values */
  power = pow (10, floor (log10 (max / MAX_STEPS)));
  for (guint tries = 0; tries < 32; tries++, power *= 10)
    for (guint m = 0; m < G_N_ELEMENTS (mantissas); m++)
      {
        double candidate = mantissas[m] * power, steps = ceil (max / candidate - 1e-9);

        if (whole && (candidate < 1 || candidate != round (candidate)))
          continue;
        if (steps <= MAX_STEPS && isfinite (steps * candidate))
          {
            *step = candidate;
            *end = steps * candidate;
            return;
          }
      }
  /* Only for values past any sense (near the largest double): one step to the largest. */
  *end = *step = max;
}

/* A tick's number: as many decimals as the step needs, none left over. */
static char *
tick_text (SfChart *chart,
           double   value)
{
  return sf_chart_format_number (chart->format, 3, value);
}

/* The height of a tick's number. */
double
sf_chart_tick_height (void)
{
  g_autoptr(PangoLayout) layout = sf_chart_make_layout ("0", SF_CHART_VALUE_SIZE, FALSE, FALSE,
                                                        -1, 0);

  return sf_chart_layout_height (layout);
}

gboolean
sf_chart_get_scale (SfChart      *chart,
                    guint         bar_index,
                    SfChartScale *scale)
{
  SfChartRow *row;

  if (bar_index >= chart->bars->len || chart->last_width <= 0 ||
      chart->rows->len != chart->bars->len || chart->mode == SF_CHART_DONUT)
    return FALSE;
  row = &g_array_index (chart->rows, SfChartRow, bar_index);
  scale->x = chart->bars_x;
  scale->length = chart->bars_length;
  scale->end = row->end;
  scale->step = row->step;
  return TRUE;
}

/* A scale: a line up from each tick between @top and @bottom (the zero darker: the bars'
 * base), and the ticks' numbers under @bottom. */
void
sf_chart_draw_scale (SfChart    *chart,
                     cairo_t    *cr,
                     SfChartRow *row,
                     double      top,
                     double      bottom)
{
  guint n = (guint) round (row->end / row->step);

  cairo_save (cr);
  for (guint i = 0; i <= n; i++)
    {
      double x = chart->bars_x + i * row->step / row->end * chart->bars_length;
      g_autofree char *text = tick_text (chart, i * row->step);
      g_autoptr(PangoLayout) layout = sf_chart_make_layout (text, SF_CHART_VALUE_SIZE, FALSE,
                                                            FALSE, -1, 0);

      sf_chart_set_grey (cr, i == 0 ? 0.55 : 0.85);
      cairo_set_line_width (cr, i == 0 ? 0.75 : 0.5);
      cairo_move_to (cr, x, top);
      cairo_line_to (cr, x, bottom);
      cairo_stroke (cr);
      sf_chart_set_grey (cr, 0.4);
      sf_chart_show_layout (cr, layout, x - sf_chart_layout_width (layout) / 2,
                            bottom + SF_CHART_AXIS_GAP);
    }
  cairo_restore (cr);
}
