/* sf-chart.c: bar charts drawn with cairo and pango, the same on screen, in print and in PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A horizontal bar per item, its series stacked, each bar labelled on the left and its total
 * written at its end, with a legend under the title. Horizontal bars keep long Dutch theme
 * names readable. Series colours are from the Okabe-Ito palette, which stays distinct for the
 * common kinds of colour blindness; values are also written as numbers, never colour alone.
 * Units are points: the caller scales the cairo context (1 pt = 1 px on screen at 96 dpi is
 * close enough; a PDF surface is in points already).
 */
#include "config.h"

#include <pango/pangocairo.h>

#include "sf-chart.h"

#define FONT_FAMILY   "Cantarell, Noto Sans, DejaVu Sans, sans-serif"
#define TITLE_SIZE    13.0
#define TEXT_SIZE     10.0
#define BAR_HEIGHT    14.0
#define BAR_GAP       8.0
#define PADDING       4.0
#define LABEL_SHARE   0.38 /* of the width, for the labels on the left */

typedef struct
{
  char   *label;
  double  values[SF_CHART_MAX_SERIES];
} Bar;

struct _SfChart
{
  char      *title;
  char      *empty_text;
  guint      n_series;
  char      *series[SF_CHART_MAX_SERIES];
  GPtrArray *bars; /* of Bar */

  /* Where the last draw put things, for tests and for pointing at a bar. */
  double     last_width;
};

static const double palette[][3] = {
  { 0x00 / 255.0, 0x72 / 255.0, 0xB2 / 255.0 }, /* blue */
  { 0xE6 / 255.0, 0x9F / 255.0, 0x00 / 255.0 }, /* orange */
  { 0x00 / 255.0, 0x9E / 255.0, 0x73 / 255.0 }, /* bluish green */
  { 0xCC / 255.0, 0x79 / 255.0, 0xA7 / 255.0 }, /* reddish purple */
};

static void
bar_free (gpointer data)
{
  Bar *bar = data;

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
  g_free (chart);
}

void
sf_chart_set_series (SfChart     *chart,
                     guint        n_series,
                     const char **names)
{
  g_return_if_fail (n_series >= 1 && n_series <= SF_CHART_MAX_SERIES);
  chart->n_series = n_series;
  for (guint i = 0; i < SF_CHART_MAX_SERIES; i++)
    {
      g_free (chart->series[i]);
      chart->series[i] = i < n_series && names ? g_strdup (names[i]) : NULL;
    }
}

void
sf_chart_add_bar (SfChart      *chart,
                  const char   *label,
                  const double *values)
{
  Bar *bar = g_new0 (Bar, 1);

  bar->label = g_strdup (label);
  for (guint i = 0; i < chart->n_series; i++)
    bar->values[i] = MAX (values[i], 0.0);
  g_ptr_array_add (chart->bars, bar);
}

void
sf_chart_set_empty_text (SfChart    *chart,
                         const char *text)
{
  g_free (chart->empty_text);
  chart->empty_text = g_strdup (text);
}

guint
sf_chart_get_n_bars (SfChart *chart)
{
  return chart->bars->len;
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

static PangoLayout *
make_layout (cairo_t    *cr,
             const char *text,
             double      size,
             gboolean    bold,
             double      width)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string (FONT_FAMILY);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_text (layout, text ? text : "", -1);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  return (double) h / PANGO_SCALE;
}

/* Heights of the title and legend rows: the same in measuring and in drawing. */
static double
header_height (SfChart *chart)
{
  double height = 0;

  if (chart->title && *chart->title)
    height += TITLE_SIZE * 1.4 + PADDING;
  if (chart->n_series > 1)
    height += TEXT_SIZE * 1.4 + PADDING;
  return height;
}

double
sf_chart_get_height (SfChart *chart,
                     double   width)
{
  double body = chart->bars->len == 0 ? TEXT_SIZE * 3
                                      : chart->bars->len * (BAR_HEIGHT + BAR_GAP);

  return header_height (chart) + body + PADDING;
}

static double
max_total (SfChart *chart)
{
  double max = 0;

  for (guint i = 0; i < chart->bars->len; i++)
    {
      Bar *bar = g_ptr_array_index (chart->bars, i);
      double total = 0;

      for (guint s = 0; s < chart->n_series; s++)
        total += bar->values[s];
      max = MAX (max, total);
    }
  return max;
}

static void
bar_area (SfChart *chart,
          double   width,
          double  *x,
          double  *length)
{
  double label_width = width * LABEL_SHARE;
  double number_width = TEXT_SIZE * 3; /* room for the total at the end */

  *x = label_width + PADDING * 2;
  *length = MAX (width - *x - number_width, 1.0);
}

gboolean
sf_chart_get_bar_rect (SfChart     *chart,
                       guint        bar_index,
                       guint        series,
                       SfChartRect *rect)
{
  double x, length, max = max_total (chart), offset = 0;
  Bar *bar;

  if (bar_index >= chart->bars->len || series >= chart->n_series || chart->last_width <= 0)
    return FALSE;
  bar = g_ptr_array_index (chart->bars, bar_index);
  bar_area (chart, chart->last_width, &x, &length);
  for (guint s = 0; s < series; s++)
    offset += max > 0 ? bar->values[s] / max * length : 0;
  rect->x = x + offset;
  rect->y = header_height (chart) + bar_index * (BAR_HEIGHT + BAR_GAP);
  rect->width = max > 0 ? bar->values[series] / max * length : 0;
  rect->height = BAR_HEIGHT;
  return TRUE;
}

static void
draw_legend (SfChart *chart,
             cairo_t *cr,
             double   y)
{
  double x = 0;

  for (guint s = 0; s < chart->n_series; s++)
    {
      g_autoptr(PangoLayout) layout = make_layout (cr, chart->series[s], TEXT_SIZE, FALSE, -1);
      double r, g, b;
      int w, h;

      sf_chart_series_colour (s, &r, &g, &b);
      cairo_set_source_rgb (cr, r, g, b);
      cairo_rectangle (cr, x, y + 2, TEXT_SIZE, TEXT_SIZE);
      cairo_fill (cr);
      cairo_set_source_rgb (cr, 0.2, 0.2, 0.2);
      cairo_move_to (cr, x + TEXT_SIZE + PADDING, y);
      pango_cairo_show_layout (cr, layout);
      pango_layout_get_size (layout, &w, &h);
      x += TEXT_SIZE + PADDING * 2 + (double) w / PANGO_SCALE + PADDING * 3;
    }
}

void
sf_chart_draw (SfChart *chart,
               cairo_t *cr,
               double   width)
{
  double y = 0, x0, length, max;

  chart->last_width = width;
  cairo_save (cr);

  if (chart->title && *chart->title)
    {
      g_autoptr(PangoLayout) layout = make_layout (cr, chart->title, TITLE_SIZE, TRUE, width);

      cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
      cairo_move_to (cr, 0, y);
      pango_cairo_show_layout (cr, layout);
      y += TITLE_SIZE * 1.4 + PADDING;
    }
  if (chart->n_series > 1)
    {
      draw_legend (chart, cr, y);
      y += TEXT_SIZE * 1.4 + PADDING;
    }

  if (chart->bars->len == 0)
    {
      g_autoptr(PangoLayout) layout = make_layout (cr, chart->empty_text, TEXT_SIZE, FALSE,
                                                   width);

      cairo_set_source_rgb (cr, 0.45, 0.45, 0.45);
      cairo_move_to (cr, 0, y + TEXT_SIZE * 0.5);
      pango_cairo_show_layout (cr, layout);
      cairo_restore (cr);
      return;
    }

  bar_area (chart, width, &x0, &length);
  max = max_total (chart);
  for (guint i = 0; i < chart->bars->len; i++)
    {
      Bar *bar = g_ptr_array_index (chart->bars, i);
      g_autoptr(PangoLayout) label = make_layout (cr, bar->label, TEXT_SIZE, FALSE,
                                                  width * LABEL_SHARE);
      g_autoptr(PangoLayout) number = NULL;
      g_autofree char *total_text = NULL;
      double x = x0, total = 0;

      cairo_set_source_rgb (cr, 0.2, 0.2, 0.2);
      cairo_move_to (cr, 0, y + (BAR_HEIGHT - layout_height (label)) / 2);
      pango_cairo_show_layout (cr, label);

      for (guint s = 0; s < chart->n_series; s++)
        {
          double w = max > 0 ? bar->values[s] / max * length : 0;
          double r, g, b;

          total += bar->values[s];
          if (w <= 0)
            continue;
          sf_chart_series_colour (s, &r, &g, &b);
          cairo_set_source_rgb (cr, r, g, b);
          cairo_rectangle (cr, x, y, w, BAR_HEIGHT);
          cairo_fill (cr);
          x += w;
        }

      total_text = g_strdup_printf ("%g", total);
      number = make_layout (cr, total_text, TEXT_SIZE, FALSE, -1);
      cairo_set_source_rgb (cr, 0.2, 0.2, 0.2);
      cairo_move_to (cr, x + PADDING, y + (BAR_HEIGHT - layout_height (number)) / 2);
      pango_cairo_show_layout (cr, number);
      y += BAR_HEIGHT + BAR_GAP;
    }
  cairo_restore (cr);
}
