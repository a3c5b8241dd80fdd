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
 * Units are points: the caller scales the cairo context. Text is laid out in a context of
 * its own without hinting, so that measuring (sf_chart_get_height, without a surface) and
 * drawing, on screen or in a PDF, agree. The donut mode is drawn by sf-chart-donut.c, with the
 * text and fill helpers shared through sf-chart-private.h.
 */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "sf-chart-private.h"

#define FONT_FAMILY   SF_CHART_FONT_FAMILY
#define TITLE_SIZE    SF_CHART_TITLE_SIZE
#define TEXT_SIZE     SF_CHART_TEXT_SIZE
#define VALUE_SIZE    SF_CHART_VALUE_SIZE
#define BAR_HEIGHT    14.0 /* stacked */
#define GROUP_BAR     11.0 /* one series of a group */
#define GROUP_GAP     2.0
#define BAR_GAP       8.0
#define PADDING       SF_CHART_PADDING
#define LABEL_SHARE   0.34 /* of the width, for the labels on the left */
#define LABEL_LINES   2
#define HATCH_SPACING 4.0
#define MAX_STEPS     5   /* of a scale, from 0 to its end */
#define AXIS_GAP      3.0 /* between the bars and the numbers of their scale */

typedef SfChartBar Bar;

typedef struct
{
  double y;       /* top of the row */
  double height;  /* the larger of the label and the bars (with their own scale's numbers) */
  double bars_y;  /* top of the bars */
  double end;     /* the value at the end of the scale the row is drawn on */
  double step;    /* between the scale's ticks */
} Row;

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
  chart->rows = g_array_new (FALSE, TRUE, sizeof (Row));
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
}

void
sf_chart_set_mode (SfChart     *chart,
                   SfChartMode  mode)
{
  chart->mode = mode;
}

void
sf_chart_set_format (SfChart       *chart,
                     SfChartFormat  format)
{
  chart->format = format;
}

void
sf_chart_set_scale_per_bar (SfChart  *chart,
                            gboolean  per_bar)
{
  chart->per_bar = per_bar;
}

void
sf_chart_add_bar_full (SfChart                 *chart,
                       const char              *label,
                       const double            *values,
                       const SfChartValueFlags *flags)
{
  Bar *bar = g_new0 (Bar, 1);

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
  return ((Bar *) g_ptr_array_index (chart->bars, bar))->label;
}

gboolean
sf_chart_get_value (SfChart           *chart,
                    guint              bar_index,
                    guint              series,
                    double            *value,
                    SfChartValueFlags *flags)
{
  Bar *bar;

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

/* ---- numbers ---------------------------------------------------------------------------- */

char *
sf_chart_format_number (SfChartFormat format,
                        guint         decimals,
                        double        value)
{
  double shown = format == SF_CHART_FORMAT_PERCENT ? value * 100 : value;
  double power = pow (10, decimals);
  /* Halves away from zero (12,5 % is 13 %), as people round; printf rounds them to even.
   * printf writes the locale's decimal separator (a comma in Dutch). */
  g_autofree char *number = g_strdup_printf ("%.*f", (int) decimals,
                                             round (shown * power) / power);
  const char *point = localeconv ()->decimal_point;
  char *separator = point && *point ? strstr (number, point) : NULL;

  if (separator != NULL)
    {
      char *end = number + strlen (number);

      while (end > separator + strlen (point) && end[-1] == '0')
        *--end = '\0';
      if (end == separator + strlen (point))
        *separator = '\0';
    }
  if (g_str_equal (number, "-0"))
    number[0] = '0', number[1] = '\0';
  if (format == SF_CHART_FORMAT_PERCENT)
    /* Translators: a percentage in a chart; %s is the number, e.g. "25 %" */
    return g_strdup_printf (_("%s %%"), number);
  return g_steal_pointer (&number);
}

/* The one place that decides how precise a figure is written. */
char *
sf_chart_format_figure (SfChartFormat format,
                        double        value)
{
  return sf_chart_format_number (format, format == SF_CHART_FORMAT_PERCENT ? 0 : 1, value);
}

char *
sf_chart_format_value (SfChart *chart,
                       double   value)
{
  return sf_chart_format_figure (chart->format, value);
}

/* What is written for a value: "≈" before an estimate. */
char *
sf_chart_value_text (SfChart           *chart,
                     double             value,
                     SfChartValueFlags  flags)
{
  g_autofree char *number = sf_chart_format_value (chart, value);

  if (flags & SF_CHART_VALUE_ESTIMATE)
    return g_strconcat ("≈ ", number, NULL);
  return g_steal_pointer (&number);
}

/* A stacked bar's total: the known values; an estimate when one of them is. */
static double
bar_total (SfChart           *chart,
           Bar               *bar,
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

static gboolean
has_estimate (SfChart *chart)
{
  for (guint i = 0; i < chart->bars->len; i++)
    {
      Bar *bar = g_ptr_array_index (chart->bars, i);

      for (guint s = 0; s < chart->n_series; s++)
        if (bar->flags[s] & SF_CHART_VALUE_ESTIMATE)
          return TRUE;
    }
  return FALSE;
}

/* The largest value drawn: of one bar, or of all. */
static double
data_max (SfChart *chart,
          guint    only_bar)
{
  double max = 0;

  for (guint i = 0; i < chart->bars->len; i++)
    {
      Bar *bar = g_ptr_array_index (chart->bars, i);

      if (chart->per_bar && i != only_bar)
        continue;
      if (chart->mode == SF_CHART_STACKED)
        max = MAX (max, bar_total (chart, bar, NULL));
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
      Bar *bar = g_ptr_array_index (chart->bars, i);

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
static void
scale_of (SfChart *chart,
          guint    bar,
          double  *end,
          double  *step)
{
  static const double mantissas[] = { 1, 2, 2.5, 5 };
  double max = data_max (chart, bar), power;
  gboolean whole = chart->format == SF_CHART_FORMAT_NUMBER && all_whole (chart, bar);

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

/* ---- text ------------------------------------------------------------------------------- */

static PangoContext *
text_context (void)
{
  /* One per thread, as pango's font maps are: a report is drawn on a worker thread while
   * the window draws its charts. */
  static GPrivate key = G_PRIVATE_INIT (g_object_unref);
  PangoContext *context = g_private_get (&key);

  if (context == NULL)
    {
      cairo_font_options_t *options = cairo_font_options_create ();

      context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
      cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
      cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
      pango_cairo_context_set_font_options (context, options);
      cairo_font_options_destroy (options);
      pango_context_set_round_glyph_positions (context, FALSE);
      g_private_set (&key, context);
    }
  return context;
}

PangoLayout *
sf_chart_make_layout (const char *text,
                      double      size,
                      gboolean    bold,
                      gboolean    italic,
                      double      width,
                      int         lines)
{
  PangoLayout *layout = pango_layout_new (text_context ());
  PangoFontDescription *font = pango_font_description_from_string (FONT_FAMILY);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  if (italic)
    pango_font_description_set_style (font, PANGO_STYLE_ITALIC);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_text (layout, text ? text : "", -1);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      if (lines > 0)
        {
          pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
          pango_layout_set_height (layout, -lines);
        }
    }
  return layout;
}

double
sf_chart_layout_width (PangoLayout *layout)
{
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  return (double) w / PANGO_SCALE;
}

double
sf_chart_layout_height (PangoLayout *layout)
{
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  return (double) h / PANGO_SCALE;
}

void
sf_chart_show_layout (cairo_t     *cr,
                      PangoLayout *layout,
                      double       x,
                      double       y)
{
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static double
text_width (const char *text,
            double      size,
            gboolean    italic)
{
  g_autoptr(PangoLayout) layout = sf_chart_make_layout (text, size, FALSE, italic, -1, 0);

  return sf_chart_layout_width (layout);
}

/* ---- layout ----------------------------------------------------------------------------- */

typedef struct
{
  const char *name;
  gboolean    estimate; /* the hatched swatch */
  guint       series;
} LegendItem;

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
tick_height (void)
{
  g_autoptr(PangoLayout) layout = sf_chart_make_layout ("0", VALUE_SIZE, FALSE, FALSE, -1, 0);

  return sf_chart_layout_height (layout);
}

static double
legend_item_width (LegendItem *item)
{
  return TEXT_SIZE + PADDING + text_width (item->name, TEXT_SIZE, FALSE) + PADDING * 3;
}

/* Lays the legend out in lines within @width; draws it when @cr is given. Returns its
 * height. */
static double
legend_flow (SfChart *chart,
             cairo_t *cr,
             double   y0,
             double   width);

static double
block_height (SfChart *chart)
{
  if (chart->mode == SF_CHART_GROUPED)
    return chart->n_series * GROUP_BAR + (chart->n_series - 1) * GROUP_GAP;
  return BAR_HEIGHT;
}

/* Where the numbers and labels go, for @width. */
static void
compute_layout (SfChart *chart,
                double   width)
{
  double y = 0, number_width = TEXT_SIZE * 3, block = block_height (chart), gap;

  chart->last_width = width;
  y += sf_chart_title_height (chart, width);
  chart->legend_y = y;
  y += legend_flow (chart, NULL, y, width);
  chart->body_y = y;

  /* Room after the bars for the widest number, so that no bar runs into the margin. */
  for (guint i = 0; i < chart->bars->len; i++)
    {
      Bar *bar = g_ptr_array_index (chart->bars, i);

      for (guint s = 0; s < chart->n_series; s++)
        {
          g_autofree char *text = NULL;
          SfChartValueFlags flags = bar->flags[s];
          double value = bar->values[s];

          if (chart->mode == SF_CHART_STACKED)
            {
              if (s > 0)
                break;
              value = bar_total (chart, bar, &flags);
            }
          if (flags & SF_CHART_VALUE_UNKNOWN)
            continue;
          text = sf_chart_value_text (chart, value, flags);
          number_width = MAX (number_width, text_width (text, VALUE_SIZE, FALSE) + PADDING * 2);
        }
    }
  chart->bars_x = width * LABEL_SHARE + PADDING * 2;
  chart->bars_length = MAX (width - chart->bars_x - number_width, 1.0);

  /* A scale's numbers under the bars: under each row when it has a scale of its own (with
   * more room between the rows, to tell whose numbers they are), else once under them all. */
  gap = chart->per_bar ? BAR_GAP * 1.5 : BAR_GAP;
  g_array_set_size (chart->rows, chart->bars->len);
  for (guint i = 0; i < chart->bars->len; i++)
    {
      Bar *bar = g_ptr_array_index (chart->bars, i);
      g_autoptr(PangoLayout) label = sf_chart_make_layout (bar->label, TEXT_SIZE, FALSE, FALSE,
                                                           width * LABEL_SHARE, LABEL_LINES);
      Row *row = &g_array_index (chart->rows, Row, i);
      double bars = block + (chart->per_bar ? AXIS_GAP + tick_height () : 0);

      row->y = y;
      row->height = MAX (bars, sf_chart_layout_height (label));
      row->bars_y = y + (row->height - bars) / 2;
      scale_of (chart, i, &row->end, &row->step);
      y += row->height + gap;
    }
  chart->axis_y = y - gap + AXIS_GAP;
  if (chart->bars->len == 0)
    y += TEXT_SIZE * 2;
  else if (!chart->per_bar)
    y = chart->axis_y + tick_height ();
  chart->height = y + PADDING;
}

double
sf_chart_title_height (SfChart *chart,
                       double   width)
{
  g_autoptr(PangoLayout) title = NULL;

  if (chart->title == NULL || *chart->title == '\0')
    return 0;
  title = sf_chart_make_layout (chart->title, TITLE_SIZE, TRUE, FALSE, width, 3);
  return sf_chart_layout_height (title) + PADDING;
}

double
sf_chart_get_height (SfChart *chart,
                     double   width)
{
  if (chart->mode == SF_CHART_DONUT)
    {
      sf_chart_donut_layout (chart, width);
      return chart->height;
    }
  compute_layout (chart, width);
  return chart->height;
}

gboolean
sf_chart_get_bar_rect (SfChart     *chart,
                       guint        bar_index,
                       guint        series,
                       SfChartRect *rect)
{
  double max, offset = 0;
  Row *row;
  Bar *bar;

  if (bar_index >= chart->bars->len || series >= chart->n_series || chart->last_width <= 0 ||
      chart->rows->len != chart->bars->len || chart->mode == SF_CHART_DONUT)
    return FALSE;
  bar = g_ptr_array_index (chart->bars, bar_index);
  row = &g_array_index (chart->rows, Row, bar_index);
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

gboolean
sf_chart_get_scale (SfChart      *chart,
                    guint         bar_index,
                    SfChartScale *scale)
{
  Row *row;

  if (bar_index >= chart->bars->len || chart->last_width <= 0 ||
      chart->rows->len != chart->bars->len || chart->mode == SF_CHART_DONUT)
    return FALSE;
  row = &g_array_index (chart->rows, Row, bar_index);
  scale->x = chart->bars_x;
  scale->length = chart->bars_length;
  scale->end = row->end;
  scale->step = row->step;
  return TRUE;
}

/* ---- drawing ---------------------------------------------------------------------------- */

static void
set_grey (cairo_t *cr,
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
  g_autoptr(PangoLayout) layout = sf_chart_make_layout (_("unknown"), VALUE_SIZE, FALSE, TRUE,
                                                        -1, 0);
  double w = sf_chart_layout_width (layout) + PADDING * 2;
  const double dash[] = { 2.0, 2.0 };

  cairo_save (cr);
  /* Inset, so that slots one under the other stay apart; white over the scale's lines. */
  cairo_rectangle (cr, x + 0.5, y + 1, w - 1, h - 2);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_fill_preserve (cr);
  set_grey (cr, 0.55);
  cairo_set_line_width (cr, 0.75);
  cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
  cairo_stroke (cr);
  set_grey (cr, 0.4);
  sf_chart_show_layout (cr, layout, x + PADDING, y + (h - sf_chart_layout_height (layout)) / 2);
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
  g_autoptr(PangoLayout) layout = sf_chart_make_layout (text, VALUE_SIZE, FALSE, FALSE, -1, 0);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, x - 1, y, sf_chart_layout_width (layout) + 2, h);
  cairo_fill (cr);
  set_grey (cr, 0.2);
  sf_chart_show_layout (cr, layout, x, y + (h - sf_chart_layout_height (layout)) / 2);
}

/* A scale: a line up from each tick between @top and @bottom (the zero darker: the bars'
 * base), and the ticks' numbers under @bottom. */
static void
draw_scale (SfChart *chart,
            cairo_t *cr,
            Row     *row,
            double   top,
            double   bottom)
{
  guint n = (guint) round (row->end / row->step);

  cairo_save (cr);
  for (guint i = 0; i <= n; i++)
    {
      double x = chart->bars_x + i * row->step / row->end * chart->bars_length;
      g_autofree char *text = tick_text (chart, i * row->step);
      g_autoptr(PangoLayout) layout = sf_chart_make_layout (text, VALUE_SIZE, FALSE, FALSE,
                                                            -1, 0);

      set_grey (cr, i == 0 ? 0.55 : 0.85);
      cairo_set_line_width (cr, i == 0 ? 0.75 : 0.5);
      cairo_move_to (cr, x, top);
      cairo_line_to (cr, x, bottom);
      cairo_stroke (cr);
      set_grey (cr, 0.4);
      sf_chart_show_layout (cr, layout, x - sf_chart_layout_width (layout) / 2,
                            bottom + AXIS_GAP);
    }
  cairo_restore (cr);
}

static double
legend_flow (SfChart *chart,
             cairo_t *cr,
             double   y0,
             double   width)
{
  g_autoptr(GArray) items = legend_items (chart);
  double x = 0, y = y0, line = TEXT_SIZE * 1.4;

  if (items->len == 0)
    return 0;
  for (guint i = 0; i < items->len; i++)
    {
      LegendItem *item = &g_array_index (items, LegendItem, i);
      double item_width = legend_item_width (item);

      if (x > 0 && x + item_width - PADDING * 3 > width)
        {
          x = 0;
          y += line;
        }
      if (cr != NULL)
        {
          g_autoptr(PangoLayout) layout = sf_chart_make_layout (
            item->name, TEXT_SIZE, FALSE, FALSE, width - TEXT_SIZE - PADDING, 0);
          double r = 0.45, g = 0.45, b = 0.45;

          if (!item->estimate)
            sf_chart_series_colour (item->series, &r, &g, &b);
          fill_value (cr, x, y + 2, TEXT_SIZE, TEXT_SIZE, r, g, b, item->estimate);
          set_grey (cr, 0.2);
          sf_chart_show_layout (cr, layout, x + TEXT_SIZE + PADDING,
                                y + 2 + (TEXT_SIZE - sf_chart_layout_height (layout)) / 2);
        }
      x += item_width;
    }
  return y - y0 + line + PADDING;
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
  g_autoptr(PangoLayout) layout = sf_chart_make_layout (text, VALUE_SIZE, FALSE, FALSE, -1, 0);
  double w = sf_chart_layout_width (layout);
  gboolean dark = 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;

  if (w + PADDING * 2 > rect->width)
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
    set_grey (cr, 0.1);
  sf_chart_show_layout (cr, layout, rect->x + (rect->width - w) / 2,
                        rect->y + (rect->height - sf_chart_layout_height (layout)) / 2);
}

static void
draw_bar (SfChart *chart,
          cairo_t *cr,
          guint    index)
{
  Bar *bar = g_ptr_array_index (chart->bars, index);
  Row *row = &g_array_index (chart->rows, Row, index);
  g_autoptr(PangoLayout) label = sf_chart_make_layout (bar->label, TEXT_SIZE, FALSE, FALSE,
                                                       chart->last_width * LABEL_SHARE, LABEL_LINES);
  SfChartRect rect = { 0 };

  set_grey (cr, 0.2);
  sf_chart_show_layout (cr, label, 0,
                        row->y + (row->height - sf_chart_layout_height (label)) / 2);

  if (chart->mode == SF_CHART_STACKED)
    {
      SfChartValueFlags flags;
      double total = bar_total (chart, bar, &flags), end = chart->bars_x;
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
      draw_number (cr, text, end + PADDING, row->bars_y, BAR_HEIGHT);
      return;
    }

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
      draw_number (cr, text, rect.x + rect.width + PADDING, rect.y, rect.height);
    }
}

void
sf_chart_draw_title (SfChart *chart,
                     cairo_t *cr,
                     double   width)
{
  g_autoptr(PangoLayout) layout = NULL;

  if (chart->title == NULL || *chart->title == '\0')
    return;
  layout = sf_chart_make_layout (chart->title, TITLE_SIZE, TRUE, FALSE, width, 3);
  set_grey (cr, 0.1);
  sf_chart_show_layout (cr, layout, 0, 0);
}

void
sf_chart_draw (SfChart *chart,
               cairo_t *cr,
               double   width)
{
  if (chart->mode == SF_CHART_DONUT)
    {
      sf_chart_donut_layout (chart, width);
      cairo_save (cr);
      sf_chart_draw_title (chart, cr, width);
      sf_chart_donut_draw (chart, cr);
      cairo_restore (cr);
      return;
    }
  compute_layout (chart, width);
  cairo_save (cr);
  sf_chart_draw_title (chart, cr, width);
  legend_flow (chart, cr, chart->legend_y, width);

  if (chart->bars->len == 0)
    {
      g_autoptr(PangoLayout) layout = sf_chart_make_layout (chart->empty_text, TEXT_SIZE,
                                                            FALSE, FALSE, width, 2);

      set_grey (cr, 0.45);
      sf_chart_show_layout (cr, layout, 0, chart->body_y + TEXT_SIZE * 0.2);
      cairo_restore (cr);
      return;
    }
  for (guint i = 0; i < chart->bars->len; i++)
    {
      Row *row = &g_array_index (chart->rows, Row, i);

      if (chart->per_bar)
        draw_scale (chart, cr, row, row->bars_y - 2, row->bars_y + block_height (chart));
    }
  if (!chart->per_bar)
    draw_scale (chart, cr, &g_array_index (chart->rows, Row, 0),
                g_array_index (chart->rows, Row, 0).y, chart->axis_y - AXIS_GAP);
  for (guint i = 0; i < chart->bars->len; i++)
    draw_bar (chart, cr, i);
  cairo_restore (cr);
}
