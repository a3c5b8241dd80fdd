/* sf-chart.c: bar charts drawn with cairo and pango, the same on screen, in print and in PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A horizontal row per category, labelled on the left (wrapped to two lines at most), with
 * a legend under the title. Horizontal bars keep long Dutch names readable. Series colours
 * are from the Okabe-Ito palette, which stays distinct for the common kinds of colour
 * blindness; since its colours are much alike in grey, values are also written as numbers
 * (in stacked bars inside a segment where they fit) and stacked segments are kept apart by a
 * white line. Estimates are hatched and outlined and their numbers start with "≈"; unknown
 * values are an empty dashed slot saying so, never a bar of zero. Bars start at zero on a
 * scale with light lines up from its numbered ticks: a share against the whole (0-100 %),
 * never stretched to the largest value (which made 19 % look like everyone).
 *
 * Units are points: the caller scales the cairo context. This file holds the chart's data,
 * its colours and fills, and measures and draws it with the parts in files of their own,
 * sharing sf-chart-private.h: the text and numbers (sf-chart-text.c), the scale
 * (sf-chart-scale.c), the legend (sf-chart-legend.c), the bars (sf-chart-bars.c) and the
 * donut (sf-chart-donut.c).
 */
#include "config.h"

#include <math.h>

#include "sf-chart-private.h"

#define HATCH_SPACING 4.0

static const double palette[SF_CHART_MAX_SERIES][3] = {
  { 0x00 / 255.0, 0x72 / 255.0, 0xB2 / 255.0 }, /* blue */
  { 0xE6 / 255.0, 0x9F / 255.0, 0x00 / 255.0 }, /* orange */
  { 0x00 / 255.0, 0x9E / 255.0, 0x73 / 255.0 }, /* bluish green */
  { 0xCC / 255.0, 0x79 / 255.0, 0xA7 / 255.0 }, /* reddish purple */
  { 0x56 / 255.0, 0xB4 / 255.0, 0xE9 / 255.0 }, /* sky blue */
  { 0xD5 / 255.0, 0x5E / 255.0, 0x00 / 255.0 }, /* vermillion */
  { 0xF0 / 255.0, 0xE4 / 255.0, 0x42 / 255.0 }, /* yellow */
  { 0x00 / 255.0, 0x00 / 255.0, 0x00 / 255.0 }, /* black */
};

static void
bar_free (gpointer data)
{
  SfChartBar *bar = data;

  g_free (bar->label);
  g_free (bar);
}

SfChart *
sf_chart_new (const char *title)
{
  SfChart *chart = g_new0 (SfChart, 1);

  chart->title = g_strdup (title);
  chart->n_series = 1;
  chart->bars = g_ptr_array_new_with_free_func (bar_free);
  chart->rows = g_array_new (FALSE, TRUE, sizeof (SfChartRow));
  chart->slices = NULL;
  return chart;
}

void
sf_chart_free (SfChart *chart)
{
  if (chart == NULL)
    return;
  g_free (chart->title);
  g_free (chart->empty_text);
  for (guint i = 0; i < SF_CHART_MAX_SERIES; i++)
    g_free (chart->series[i]);
  g_ptr_array_unref (chart->bars);
  g_array_unref (chart->rows);
  g_clear_pointer (&chart->slices, g_array_unref);
  g_free (chart);
}

void
sf_chart_set_series (SfChart     *chart,
                     guint        n_series,
                     const char **names)
{
  g_return_if_fail (n_series >= 1 && n_series <= SF_CHART_MAX_SERIES);
  g_return_if_fail (chart->bars->len == 0);

  chart->n_series = n_series;
  for (guint i = 0; i < SF_CHART_MAX_SERIES; i++)
    {
      g_free (chart->series[i]);
      chart->series[i] = i < n_series && names ? g_strdup (names[i]) : NULL;
    }
  chart->laid_out = FALSE;
}

void
sf_chart_set_mode (SfChart     *chart,
                   SfChartMode  mode)
{
  chart->mode = mode;
  chart->laid_out = FALSE;
}

void
sf_chart_set_format (SfChart       *chart,
                     SfChartFormat  format)
{
  chart->format = format;
  chart->laid_out = FALSE;
}

void
sf_chart_set_scale_per_bar (SfChart  *chart,
                            gboolean  per_bar)
{
  chart->per_bar = per_bar;
  chart->laid_out = FALSE;
}

void
sf_chart_add_bar_full (SfChart                 *chart,
                       const char              *label,
                       const double            *values,
                       const SfChartValueFlags *flags)
{
  SfChartBar *bar = g_new0 (SfChartBar, 1);

  bar->label = g_strdup (label);
  for (guint i = 0; i < chart->n_series; i++)
    {
      bar->flags[i] = flags ? flags[i] : SF_CHART_VALUE_EXACT;
      if (!isfinite (values[i]))
        bar->flags[i] |= SF_CHART_VALUE_UNKNOWN;
      if (bar->flags[i] & SF_CHART_VALUE_UNKNOWN)
        bar->flags[i] = SF_CHART_VALUE_UNKNOWN;
      else
        bar->values[i] = MAX (values[i], 0.0);
    }
  g_ptr_array_add (chart->bars, bar);
  chart->laid_out = FALSE;
}

void
sf_chart_add_bar (SfChart      *chart,
                  const char   *label,
                  const double *values)
{
  sf_chart_add_bar_full (chart, label, values, NULL);
}

void
sf_chart_set_empty_text (SfChart    *chart,
                         const char *text)
{
  g_free (chart->empty_text);
  chart->empty_text = g_strdup (text);
  chart->laid_out = FALSE;
}

const char *
sf_chart_get_title (SfChart *chart)
{
  return chart->title;
}

const char *
sf_chart_get_empty_text (SfChart *chart)
{
  return chart->empty_text;
}

SfChartMode
sf_chart_get_mode (SfChart *chart)
{
  return chart->mode;
}

guint
sf_chart_get_n_series (SfChart *chart)
{
  return chart->n_series;
}

const char *
sf_chart_get_series_name (SfChart *chart,
                          guint    series)
{
  g_return_val_if_fail (series < chart->n_series, NULL);
  return chart->series[series];
}

guint
sf_chart_get_n_bars (SfChart *chart)
{
  return chart->bars->len;
}

const char *
sf_chart_get_bar_label (SfChart *chart,
                        guint    bar)
{
  g_return_val_if_fail (bar < chart->bars->len, NULL);
  return ((SfChartBar *) g_ptr_array_index (chart->bars, bar))->label;
}

gboolean
sf_chart_get_value (SfChart           *chart,
                    guint              bar_index,
                    guint              series,
                    double            *value,
                    SfChartValueFlags *flags)
{
  SfChartBar *bar;

  if (bar_index >= chart->bars->len || series >= chart->n_series)
    return FALSE;
  bar = g_ptr_array_index (chart->bars, bar_index);
  if (value)
    *value = bar->values[series];
  if (flags)
    *flags = bar->flags[series];
  return TRUE;
}

void
sf_chart_series_colour (guint   series,
                        double *red,
                        double *green,
                        double *blue)
{
  const double *c = palette[series % G_N_ELEMENTS (palette)];

  *red = c[0];
  *green = c[1];
  *blue = c[2];
}

/* ---- drawing ---------------------------------------------------------------------------- */

void
sf_chart_set_grey (cairo_t *cr,
                   double   level)
{
  cairo_set_source_rgb (cr, level, level, level);
}

/* An estimate: the colour lightened, hatched and outlined in the colour itself, so that it
 * reads as "not quite solid" in colour and in grey alike. Any shape: the donut's slices too. */
void
sf_chart_fill_path (cairo_t  *cr,
                    double    r,
                    double    g,
                    double    b,
                    gboolean  estimate)
{
  cairo_path_t *path;
  double x1, y1, x2, y2, h;

  if (!estimate)
    {
      cairo_set_source_rgb (cr, r, g, b);
      cairo_fill (cr);
      return;
    }
  cairo_save (cr);
  cairo_path_extents (cr, &x1, &y1, &x2, &y2);
  h = y2 - y1;
  path = cairo_copy_path (cr);
  cairo_clip (cr);
  cairo_set_source_rgb (cr, 1 - (1 - r) * 0.3, 1 - (1 - g) * 0.3, 1 - (1 - b) * 0.3);
  cairo_paint (cr);
  cairo_set_source_rgb (cr, r, g, b);
  cairo_set_line_width (cr, 1.5);
  for (double hx = x1 - h; hx < x2; hx += HATCH_SPACING)
    {
      cairo_move_to (cr, hx, y2);
      cairo_line_to (cr, hx + h, y1);
    }
  cairo_stroke (cr);
  /* Twice as wide as the outline shows: the clip keeps its inner half. */
  cairo_append_path (cr, path);
  cairo_set_line_width (cr, 2.0);
  cairo_stroke (cr);
  cairo_path_destroy (path);
  cairo_restore (cr);
}

/* A report measures a chart, places it and draws it, each at the same width: laid out once. */
static void
lay_out (SfChart *chart,
         double   width)
{
  if (chart->laid_out && chart->last_width == width)
    return;
  if (chart->mode == SF_CHART_DONUT)
    sf_chart_donut_layout (chart, width);
  else
    sf_chart_bars_layout (chart, width);
  chart->laid_out = TRUE;
}

double
sf_chart_get_height (SfChart *chart,
                     double   width)
{
  lay_out (chart, width);
  return chart->height;
}

void
sf_chart_draw (SfChart *chart,
               cairo_t *cr,
               double   width)
{
  lay_out (chart, width);
  cairo_save (cr);
  sf_chart_draw_title (chart, cr, width);
  if (chart->mode == SF_CHART_DONUT)
    sf_chart_donut_draw (chart, cr);
  else
    sf_chart_bars_draw (chart, cr);
  cairo_restore (cr);
}
