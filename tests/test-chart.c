/* test-chart.c: the chart module draws what it is given, without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <math.h>

#include <cairo-pdf.h>
#include <glib/gstdio.h>

#include "sf-chart.h"

#define WIDTH 400

static cairo_surface_t *
render (SfChart *chart)
{
  int height = (int) sf_chart_get_height (chart, WIDTH) + 1;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, height);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  sf_chart_draw (chart, cr, WIDTH);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static guint32
pixel (cairo_surface_t *surface,
       int              x,
       int              y)
{
  unsigned char *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);

  return *(guint32 *) (data + y * stride + x * 4) & 0xffffff;
}

static guint32
series_pixel (guint series)
{
  double r, g, b;

  sf_chart_series_colour (series, &r, &g, &b);
  return ((guint32) (r * 255 + 0.5) << 16) | ((guint32) (g * 255 + 0.5) << 8) |
         (guint32) (b * 255 + 0.5);
}

static guint
count_ink (cairo_surface_t *surface,
           int              x0,
           int              y0,
           int              x1,
           int              y1)
{
  guint ink = 0;

  for (int y = y0; y < y1; y++)
    for (int x = x0; x < x1; x++)
      ink += pixel (surface, x, y) != 0xffffff;
  return ink;
}

/* Bars are as long as their values, stacked per series, in the series' colours. */
static void
test_bars (void)
{
  g_autoptr(SfChart) chart = sf_chart_new ("Thema's");
  const char *series[] = { "Stap 1", "Stap 2" };
  const double a[] = { 3, 1 }, b[] = { 1, 0 }, c[] = { 0, 2 };
  cairo_surface_t *surface;
  SfChartRect r0, r1, b0, c1;

  sf_chart_set_series (chart, 2, series);
  sf_chart_add_bar (chart, "Eenzaamheid", a);
  sf_chart_add_bar (chart, "Veiligheid", b);
  sf_chart_add_bar (chart, "Ontmoeting", c);
  g_assert_cmpuint (sf_chart_get_n_bars (chart), ==, 3);
  surface = render (chart);

  g_assert_true (sf_chart_get_bar_rect (chart, 0, 0, &r0));
  g_assert_true (sf_chart_get_bar_rect (chart, 0, 1, &r1));
  g_assert_true (sf_chart_get_bar_rect (chart, 1, 0, &b0));
  g_assert_true (sf_chart_get_bar_rect (chart, 2, 1, &c1));
  g_assert_false (sf_chart_get_bar_rect (chart, 3, 0, &c1));

  /* The longest bar (4) fills the bar area; the others are in proportion. */
  g_assert_cmpfloat_with_epsilon (r0.width, 3 * r1.width, 0.01);
  g_assert_cmpfloat_with_epsilon (r0.width, 3 * b0.width, 0.01);
  g_assert_cmpfloat_with_epsilon (c1.width, 2 * r1.width, 0.01);
  g_assert_cmpfloat_with_epsilon (r1.x, r0.x + r0.width, 0.01);
  g_assert_cmpfloat (r0.y, <, b0.y);

  /* What is drawn there is the series' colour (near the start: the number is in the middle). */
  g_assert_cmphex (pixel (surface, (int) r0.x + 3, (int) r0.y + 2), ==, series_pixel (0));
  g_assert_cmphex (pixel (surface, (int) r1.x + 3, (int) r1.y + 2), ==, series_pixel (1));
  g_assert_cmphex (pixel (surface, (int) c1.x + 3, (int) c1.y + 2), ==, series_pixel (1));
  /* Right of the shorter bar, after its number, the background shows. */
  g_assert_cmphex (pixel (surface, WIDTH - 2, (int) (b0.y + b0.height / 2)), ==, 0xffffff);

  /* Labels are written left of the bars; totals right of them. */
  g_assert_cmpuint (count_ink (surface, 0, (int) b0.y, (int) b0.x - 4,
                               (int) (b0.y + b0.height)), >, 20);
  g_assert_cmpuint (count_ink (surface, (int) (b0.x + b0.width + 2), (int) b0.y,
                               (int) (b0.x + b0.width + 30), (int) (b0.y + b0.height)), >, 5);
  cairo_surface_destroy (surface);
}

static gboolean
near_colour (guint32 a,
             guint32 b)
{
  for (int shift = 0; shift < 24; shift += 8)
    if (ABS ((int) ((a >> shift) & 0xff) - (int) ((b >> shift) & 0xff)) > 24)
      return FALSE;
  return TRUE;
}

/* The share of the pixels inside @rect that are (nearly) @colour. */
static double
colour_share (cairo_surface_t   *surface,
              const SfChartRect *rect,
              guint32            colour)
{
  guint total = 0, same = 0;

  for (int y = (int) ceil (rect->y) + 1; y < (int) (rect->y + rect->height) - 1; y++)
    for (int x = (int) ceil (rect->x) + 1; x < (int) (rect->x + rect->width) - 1; x++)
      {
        total++;
        same += near_colour (pixel (surface, x, y), colour);
      }
  g_assert_cmpuint (total, >, 0);
  return (double) same / total;
}

/* Grouped: a thin bar per series under each other per category, each on the one scale. */
static void
test_grouped (void)
{
  g_autoptr(SfChart) chart = sf_chart_new ("Zorg");
  const char *series[] = { "Hulp", "Begeleiding", "Wlz" };
  const double a[] = { 10, 20, 40 }, b[] = { 5, 0, 30 };
  SfChartRect a0, a1, a2, b0, b1;
  cairo_surface_t *surface;

  sf_chart_set_series (chart, 3, series);
  sf_chart_set_mode (chart, SF_CHART_GROUPED);
  sf_chart_add_bar (chart, "Flat A", a);
  sf_chart_add_bar (chart, "Flat B", b);
  surface = render (chart);
  g_assert_true (sf_chart_get_bar_rect (chart, 0, 0, &a0));
  g_assert_true (sf_chart_get_bar_rect (chart, 0, 1, &a1));
  g_assert_true (sf_chart_get_bar_rect (chart, 0, 2, &a2));
  g_assert_true (sf_chart_get_bar_rect (chart, 1, 0, &b0));
  g_assert_true (sf_chart_get_bar_rect (chart, 1, 1, &b1));
  /* Side by side: they start at the same x, one under the other, without overlap. */
  g_assert_cmpfloat (a0.x, ==, a1.x);
  g_assert_cmpfloat (a1.x, ==, b0.x);
  g_assert_cmpfloat (a0.y + a0.height, <=, a1.y);
  g_assert_cmpfloat (a1.y + a1.height, <=, a2.y);
  g_assert_cmpfloat (a2.y + a2.height, <, b0.y);
  g_assert_cmpfloat_with_epsilon (a2.width, 4 * a0.width, 0.01);
  g_assert_cmpfloat_with_epsilon (a1.width, 4 * b0.width, 0.01);
  g_assert_cmpfloat (b1.width, ==, 0);
  g_assert_cmpfloat (a2.x + a2.width, <, WIDTH);
  g_assert_cmpfloat (colour_share (surface, &a2, series_pixel (2)), >, 0.99);
  g_assert_cmpfloat (colour_share (surface, &a0, series_pixel (0)), >, 0.99);
  /* Every value is written after its bar, the zero too. */
  g_assert_cmpuint (count_ink (surface, (int) (b1.x + 2), (int) b1.y, (int) (b1.x + 20),
                               (int) (b1.y + b1.height)), >, 5);
  cairo_surface_destroy (surface);
}

/* Eight series, in eight distinct colours; more are refused. */
static void
test_eight_series (void)
{
  g_autoptr(SfChart) chart = sf_chart_new (NULL);
  const char *series[] = { "a", "b", "c", "d", "e", "f", "g", "h" };
  const double v[] = { 1, 1, 1, 1, 1, 1, 1, 1 };
  g_autoptr(GHashTable) colours = g_hash_table_new (NULL, NULL);
  cairo_surface_t *surface;

  g_assert_cmpuint (SF_CHART_MAX_SERIES, ==, 8);
  sf_chart_set_series (chart, 8, series);
  sf_chart_set_mode (chart, SF_CHART_GROUPED);
  sf_chart_add_bar (chart, "x", v);
  surface = render (chart);
  for (guint s = 0; s < 8; s++)
    {
      SfChartRect rect;

      g_hash_table_add (colours, GUINT_TO_POINTER (series_pixel (s) + 1));
      g_assert_true (sf_chart_get_bar_rect (chart, 0, s, &rect));
      g_assert_cmpfloat (colour_share (surface, &rect, series_pixel (s)), >, 0.99);
    }
  g_assert_cmpuint (g_hash_table_size (colours), ==, 8);
  cairo_surface_destroy (surface);
}

/* An estimate is hatched: partly its colour, partly lighter; an exact value is solid. */
static void
test_estimate (void)
{
  g_autoptr(SfChart) chart = sf_chart_new ("Leeftijd");
  const double exact[] = { 40 }, estimate[] = { 40 };
  const SfChartValueFlags exact_flags[] = { SF_CHART_VALUE_EXACT };
  const SfChartValueFlags estimate_flags[] = { SF_CHART_VALUE_ESTIMATE };
  SfChartRect e, x;
  SfChartValueFlags flags;
  cairo_surface_t *surface;
  double share;

  sf_chart_add_bar_full (chart, "Exact", exact, exact_flags);
  sf_chart_add_bar_full (chart, "Geschat", estimate, estimate_flags);
  surface = render (chart);
  g_assert_true (sf_chart_get_value (chart, 1, 0, NULL, &flags));
  g_assert_cmpint (flags, ==, SF_CHART_VALUE_ESTIMATE);
  g_assert_true (sf_chart_get_bar_rect (chart, 0, 0, &x));
  g_assert_true (sf_chart_get_bar_rect (chart, 1, 0, &e));
  g_assert_cmpfloat_with_epsilon (x.width, e.width, 0.01);
  g_assert_cmpfloat (colour_share (surface, &x, series_pixel (0)), >, 0.99);
  share = colour_share (surface, &e, series_pixel (0));
  g_assert_cmpfloat (share, >, 0.1);
  g_assert_cmpfloat (share, <, 0.8);
  /* Neither blank: the rest is a lighter tint, not the background. */
  g_assert_cmpfloat (colour_share (surface, &e, 0xffffff), <, 0.1);
  /* The legend names the estimate, although there is one series only: there is ink
   * between the title and the first bar. */
  g_assert_cmpuint (count_ink (surface, 0, 22, WIDTH, (int) x.y - 2), >, 30);
  cairo_surface_destroy (surface);
}

/* Unknown: no bar, an empty slot with a word in it, and no bar length either. */
static void
test_unknown (void)
{
  g_autoptr(SfChart) chart = sf_chart_new (NULL);
  const char *series[] = { "Hulp", "Wlz" };
  const double a[] = { 0.2, 0.1 }, b[] = { NAN, 0.3 }, c[] = { 0, 0 };
  const SfChartValueFlags c_flags[] = { SF_CHART_VALUE_UNKNOWN, SF_CHART_VALUE_EXACT };
  g_autoptr(SfChart) empty = sf_chart_new (NULL);
  SfChartRect b0, b1, c0, c1;
  SfChartValueFlags flags;
  cairo_surface_t *surface;

  sf_chart_set_series (chart, 2, series);
  sf_chart_set_mode (chart, SF_CHART_GROUPED);
  sf_chart_add_bar (chart, "A", a);
  sf_chart_add_bar (chart, "B", b);
  sf_chart_add_bar_full (chart, "C", c, c_flags);
  surface = render (chart);
  g_assert_true (sf_chart_get_value (chart, 1, 0, NULL, &flags));
  g_assert_cmpint (flags, ==, SF_CHART_VALUE_UNKNOWN);
  g_assert_true (sf_chart_get_bar_rect (chart, 1, 0, &b0));
  g_assert_true (sf_chart_get_bar_rect (chart, 1, 1, &b1));
  g_assert_true (sf_chart_get_bar_rect (chart, 2, 0, &c0));
  g_assert_true (sf_chart_get_bar_rect (chart, 2, 1, &c1));
  g_assert_cmpfloat (b0.width, ==, 0);
  g_assert_cmpfloat (b1.width, >, 0);
  g_assert_cmpfloat (c0.width, ==, 0);
  /* In the slot: ink (the word), but no pixel of the series' colour. */
  {
    SfChartRect slot = { b0.x, b0.y, 60, b0.height };
    SfChartRect zero = { c0.x, c0.y, 60, c0.height };

    g_assert_cmpfloat (colour_share (surface, &slot, series_pixel (0)), ==, 0);
    g_assert_cmpuint (count_ink (surface, (int) slot.x, (int) slot.y, (int) (slot.x + 60),
                                 (int) (slot.y + slot.height)), >, 20);
    /* The unknown and the zero look different: the zero has only its number "0". */
    g_assert_cmpuint (count_ink (surface, (int) zero.x, (int) zero.y, (int) (zero.x + 60),
                                 (int) (zero.y + zero.height)), >,
                      count_ink (surface, (int) c1.x, (int) c1.y, (int) (c1.x + 60),
                                 (int) (c1.y + c1.height)) + 20);
  }
  cairo_surface_destroy (surface);

  /* A stacked bar of unknowns only is unknown too. */
  sf_chart_add_bar (empty, "B", (const double[]) { NAN });
  surface = render (empty);
  g_assert_true (sf_chart_get_bar_rect (empty, 0, 0, &b0));
  g_assert_cmpfloat (b0.width, ==, 0);
  g_assert_cmpuint (count_ink (surface, (int) b0.x, (int) b0.y, (int) b0.x + 60,
                               (int) (b0.y + b0.height)), >, 20);
  cairo_surface_destroy (surface);
}

/* Where @value lands on the scale of @bar: its bar is as long as the value is of the scale. */
static void
assert_on_scale (SfChart *chart,
                 guint    bar,
                 guint    series,
                 double   value)
{
  SfChartScale scale;
  SfChartRect rect;

  g_assert_true (sf_chart_get_scale (chart, bar, &scale));
  g_assert_true (sf_chart_get_bar_rect (chart, bar, series, &rect));
  g_assert_cmpfloat_with_epsilon (rect.x, scale.x, 0.01);
  g_assert_cmpfloat_with_epsilon (rect.width, value / scale.end * scale.length, 0.01);
}

/* The scale of @bar ends at @end, with ticks every @step. */
static void
assert_scale (SfChart *chart,
              guint    bar,
              double   end,
              double   step)
{
  SfChartScale scale;

  g_assert_true (sf_chart_get_scale (chart, bar, &scale));
  g_assert_cmpfloat_with_epsilon (scale.end, end, 1e-9);
  g_assert_cmpfloat_with_epsilon (scale.step, step, 1e-9);
}

/* Shares are drawn against the whole: 19 % is under a fifth of the scale, not all of it, and
 * the scale runs 0-100 % in quarters, however small the shares are. */
static void
test_scale_shares (void)
{
  g_autoptr(SfChart) chart = sf_chart_new ("Zorggebruik");
  const char *series[] = { "Hulp", "Wlz" };
  const double a[] = { 0.19, 0.05 }, b[] = { 0.1, NAN };
  cairo_surface_t *surface;
  SfChartScale scale;
  SfChartRect rect;

  sf_chart_set_series (chart, 2, series);
  sf_chart_set_mode (chart, SF_CHART_GROUPED);
  sf_chart_set_format (chart, SF_CHART_FORMAT_PERCENT);
  sf_chart_add_bar (chart, "Flat A", a);
  sf_chart_add_bar (chart, "Flat B", b);
  g_assert_false (sf_chart_get_scale (chart, 0, &scale)); /* not laid out yet */
  surface = render (chart);
  assert_scale (chart, 0, 1.0, 0.25);
  g_assert_true (sf_chart_get_scale (chart, 0, &scale));
  g_assert_false (sf_chart_get_scale (chart, 2, &scale));
  assert_on_scale (chart, 0, 0, 0.19);
  assert_on_scale (chart, 0, 1, 0.05);
  assert_on_scale (chart, 1, 0, 0.1);
  g_assert_true (sf_chart_get_bar_rect (chart, 0, 0, &rect));
  g_assert_cmpfloat (rect.width, <, scale.length / 4);

  /* The scale's numbers are written under the bars, at 0 and 100 %. */
  g_assert_true (sf_chart_get_bar_rect (chart, 1, 0, &rect));
  g_assert_cmpuint (count_ink (surface, (int) scale.x - 4, (int) (rect.y + rect.height * 3),
                               (int) scale.x + 6, cairo_image_surface_get_height (surface)),
                    >, 5);
  g_assert_cmpuint (count_ink (surface, (int) (scale.x + scale.length) - 10,
                               (int) (rect.y + rect.height * 3),
                               (int) (scale.x + scale.length) + 10,
                               cairo_image_surface_get_height (surface)), >, 10);
  cairo_surface_destroy (surface);

  /* A share over the whole (an error in the figures) still fits: the scale goes past 100 %. */
  sf_chart_add_bar (chart, "Flat C", (const double[]) { 1.3, 0.2 });
  cairo_surface_destroy (render (chart));
  assert_scale (chart, 0, 1.5, 0.5);
  assert_on_scale (chart, 2, 0, 1.3);
}

/* Counts start at zero and end at a round number past the largest, in whole steps; other
 * numbers in round steps; a stacked bar's total counts. */
static void
test_scale_counts (void)
{
  const struct
  {
    double max, end, step;
  } cases[] = {
    { 118, 125, 25 }, { 96, 100, 20 }, { 59, 60, 20 }, { 6, 6, 2 }, { 4, 4, 1 }, { 1, 1, 1 },
    { 0, 1, 1 }, { 3, 3, 1 }, { 26, 30, 10 }, { 1240, 1250, 250 }, { 1.27, 1.5, 0.5 },
    { 0.3, 0.3, 0.1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(SfChart) chart = sf_chart_new (NULL);

      g_test_message ("largest value %g", cases[i].max);
      sf_chart_set_mode (chart, SF_CHART_GROUPED);
      sf_chart_add_bar (chart, "A", (const double[]) { cases[i].max });
      sf_chart_add_bar (chart, "B", (const double[]) { round (cases[i].max / 3) });
      cairo_surface_destroy (render (chart));
      assert_scale (chart, 1, cases[i].end, cases[i].step);
      assert_on_scale (chart, 0, 0, cases[i].max);
    }

  /* Values past any sense still get a finite scale, and draw. */
  {
    g_autoptr(SfChart) chart = sf_chart_new (NULL);
    SfChartScale scale;

    sf_chart_set_series (chart, 2, (const char *[]) { "a", "b" });
    sf_chart_add_bar (chart, "Groot", (const double[]) { G_MAXDOUBLE, G_MAXDOUBLE });
    cairo_surface_destroy (render (chart));
    g_assert_true (sf_chart_get_scale (chart, 0, &scale));
    g_assert_true (isfinite (scale.end) && scale.end > 0);
  }

  {
    g_autoptr(SfChart) chart = sf_chart_new (NULL);
    const char *series[] = { "Stap 1", "Stap 2" };

    sf_chart_set_series (chart, 2, series);
    sf_chart_add_bar (chart, "Eenzaamheid", (const double[]) { 1, 3 });
    sf_chart_add_bar (chart, "Ontmoeting", (const double[]) { 2, 0 });
    cairo_surface_destroy (render (chart));
    assert_scale (chart, 0, 4, 1);
    assert_on_scale (chart, 1, 0, 2);
  }
}

/* Figures of different sizes side by side: each row has a scale of its own, numbered under
 * it, so the rows grow. */
static void
test_scale_per_bar (void)
{
  g_autoptr(SfChart) chart = sf_chart_new (NULL);
  g_autoptr(SfChart) shared = sf_chart_new (NULL);
  const char *series[] = { "A", "B" };
  SfChartScale dwellings, ratio;
  SfChartRect a, b;

  sf_chart_set_series (chart, 2, series);
  sf_chart_set_series (shared, 2, series);
  sf_chart_set_mode (chart, SF_CHART_GROUPED);
  sf_chart_set_mode (shared, SF_CHART_GROUPED);
  sf_chart_set_scale_per_bar (chart, TRUE);
  for (guint i = 0; i < 2; i++)
    {
      SfChart *c = i ? shared : chart;

      sf_chart_add_bar (c, "Woningen", (const double[]) { 96, 64 });
      sf_chart_add_bar (c, "Bewoners per woning", (const double[]) { 118.0 / 96, 81.0 / 64 });
      cairo_surface_destroy (render (c));
    }
  g_assert_true (sf_chart_get_scale (chart, 0, &dwellings));
  g_assert_true (sf_chart_get_scale (chart, 1, &ratio));
  g_assert_cmpfloat (dwellings.end, ==, 100);
  g_assert_cmpfloat (ratio.end, ==, 1.5);
  assert_on_scale (chart, 1, 1, 81.0 / 64);
  g_assert_true (sf_chart_get_bar_rect (chart, 0, 1, &a));
  g_assert_true (sf_chart_get_bar_rect (chart, 1, 0, &b));
  /* Room for the numbers between one row's bars and the next's. */
  g_assert_cmpfloat (b.y - (a.y + a.height), >, 14);
  g_assert_true (sf_chart_get_scale (shared, 1, &ratio));
  g_assert_cmpfloat (ratio.end, ==, 100);
}

/* Numbers and percentages, with the locale's decimal separator, to the one precision: whole
 * percents, other numbers to one decimal, halves rounded up. */
static void
test_format (void)
{
  g_autoptr(SfChart) chart = sf_chart_new (NULL);
  const struct
  {
    SfChartFormat  format;
    double         value;
    const char    *text, *dutch;
  } cases[] = {
    { SF_CHART_FORMAT_NUMBER, 124, "124", "124" },
    { SF_CHART_FORMAT_NUMBER, 1.43, "1.4", "1,4" },
    { SF_CHART_FORMAT_NUMBER, 118.0 / 96, "1.2", "1,2" },
    { SF_CHART_FORMAT_NUMBER, 1.25, "1.3", "1,3" },
    { SF_CHART_FORMAT_NUMBER, 0.04, "0", "0" },
    { SF_CHART_FORMAT_PERCENT, 0.254, "25 %", "25 %" },
    { SF_CHART_FORMAT_PERCENT, 0.125, "13 %", "13 %" },
    { SF_CHART_FORMAT_PERCENT, 31.0 / 118, "26 %", "26 %" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *figure = sf_chart_format_figure (cases[i].format, cases[i].value);
      g_autofree char *value = NULL;

      /* A chart writes its values as the figure is written anywhere else. */
      sf_chart_set_format (chart, cases[i].format);
      value = sf_chart_format_value (chart, cases[i].value);
      g_assert_cmpstr (figure, ==, cases[i].text);
      g_assert_cmpstr (value, ==, figure);
    }

  if (setlocale (LC_NUMERIC, "nl_NL.UTF-8") == NULL)
    {
      g_test_message ("No Dutch locale: the decimal comma is not checked");
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *figure = sf_chart_format_figure (cases[i].format, cases[i].value);

      g_assert_cmpstr (figure, ==, cases[i].dutch);
    }
  setlocale (LC_NUMERIC, "C");
}

/* A long label is wrapped onto a second line: its row grows, the bars stay apart. */
static void
test_long_label (void)
{
  g_autoptr(SfChart) chart = sf_chart_new (NULL);
  g_autoptr(SfChart) plain = sf_chart_new (NULL);
  const char *long_label = "Een heel lange naam van een activiteit die niet op één regel past "
                           "en ook op twee regels niet helemaal, al doet hij nog zo zijn best";
  const double v[] = { 3 };
  SfChartRect long_rect, after;
  cairo_surface_t *surface;
  double grown;

  for (guint i = 0; i < 3; i++)
    {
      sf_chart_add_bar (chart, i == 1 ? long_label : "Kort", v);
      sf_chart_add_bar (plain, "Kort", v);
    }
  surface = render (chart);
  grown = sf_chart_get_height (chart, WIDTH) - sf_chart_get_height (plain, WIDTH);
  /* One line more, not three. */
  g_assert_cmpfloat (grown, >, 6);
  g_assert_cmpfloat (grown, <, 20);
  g_assert_true (sf_chart_get_bar_rect (chart, 1, 0, &long_rect));
  g_assert_true (sf_chart_get_bar_rect (chart, 2, 0, &after));
  g_assert_cmpfloat (after.y - (long_rect.y + long_rect.height), >=, 8);
  /* The label stays left of the bars. */
  g_assert_cmpuint (count_ink (surface, (int) long_rect.x - 6, (int) long_rect.y - 8,
                               (int) long_rect.x - 1, (int) (long_rect.y + 22)), ==, 0);
  cairo_surface_destroy (surface);
}

/* Without data, the chart says so instead of drawing nothing. */
static void
test_empty (void)
{
  g_autoptr(SfChart) chart = sf_chart_new (NULL);
  cairo_surface_t *surface;

  sf_chart_set_empty_text (chart, "Nog geen thema's");
  surface = render (chart);
  g_assert_cmpuint (count_ink (surface, 0, 0, WIDTH,
                               cairo_image_surface_get_height (surface)), >, 30);
  cairo_surface_destroy (surface);
}

/* The same drawing goes into a PDF, as the report will need. */
static void
test_pdf (void)
{
  g_autoptr(SfChart) chart = sf_chart_new ("Thema's");
  const double v[] = { 2 };
  g_autofree char *dir = g_dir_make_tmp ("startfoto-chart-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "chart.pdf", NULL);
  g_autofree char *contents = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  gsize length;

  sf_chart_add_bar (chart, "Zingeving", v);
  sf_chart_add_bar_full (chart, "Geschat", v,
                         (const SfChartValueFlags[]) { SF_CHART_VALUE_ESTIMATE });
  sf_chart_add_bar (chart, "Onbekend", (const double[]) { NAN });
  surface = cairo_pdf_surface_create (path, 595.276, 841.89);
  cr = cairo_create (surface);
  sf_chart_draw (chart, cr, 400);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF"));
  g_assert_cmpuint (length, >, 1000);
  g_unlink (path);
  g_rmdir (dir);
}

/* ---- donut ------------------------------------------------------------------------------ */

static SfChart *
donut_new (const char *title)
{
  SfChart *chart = sf_chart_new (title);

  sf_chart_set_mode (chart, SF_CHART_DONUT);
  return chart;
}

/* The pixel in the middle of the ring at @angle. */
static guint32
ring_pixel (cairo_surface_t    *surface,
            const SfChartSlice *slice,
            double              angle)
{
  double r = (slice->inner_radius + slice->outer_radius) / 2;

  return pixel (surface, (int) (slice->centre_x + r * cos (angle)),
                (int) (slice->centre_y + r * sin (angle)));
}

/* The share of a slice's inside (a little off its edges) that is (nearly) @colour. */
static double
slice_share (cairo_surface_t    *surface,
             const SfChartSlice *slice,
             guint32             colour)
{
  guint total = 0, same = 0;

  for (double r = slice->inner_radius + 3; r < slice->outer_radius - 3; r += 0.5)
    for (double a = slice->start_angle + 0.08; a < slice->end_angle - 0.08; a += 0.3 / r)
      {
        total++;
        same += near_colour (pixel (surface, (int) (slice->centre_x + r * cos (a)),
                                    (int) (slice->centre_y + r * sin (a))), colour);
      }
  g_assert_cmpuint (total, >, 50);
  return (double) same / total;
}

/* Slices as wide as their shares, clockwise from 12 o'clock in the order given, each in its
 * colour; a zero and an unknown are not in the ring, but are slices (for the legend). */
static void
test_donut_angles (void)
{
  g_autoptr(SfChart) chart = donut_new ("Houding");
  const char *series[] = { "Deelnemers" };
  SfChartSlice s[5], none;
  cairo_surface_t *surface;
  SfChartRect rect;
  double full;

  sf_chart_set_series (chart, 1, series);
  sf_chart_add_bar (chart, "Positief", (const double[]) { 3 });
  sf_chart_add_bar (chart, "Twijfelend", (const double[]) { 1 });
  sf_chart_add_bar (chart, "Nul", (const double[]) { 0 });
  sf_chart_add_bar (chart, "Negatief", (const double[]) { 1 });
  sf_chart_add_bar (chart, "Weet niet", (const double[]) { NAN });
  surface = render (chart);
  g_assert_cmpuint (sf_chart_get_n_slices (chart), ==, 5);
  for (guint i = 0; i < 5; i++)
    g_assert_true (sf_chart_get_slice (chart, i, &s[i]));
  g_assert_false (sf_chart_get_slice (chart, 5, &none));
  g_assert_false (sf_chart_get_bar_rect (chart, 0, 0, &rect));

  g_assert_cmpstr (s[0].label, ==, "Positief");
  g_assert_cmpint (s[3].bar, ==, 3);
  g_assert_cmpfloat_with_epsilon (s[0].start_angle, -G_PI / 2, 1e-9);
  full = s[3].end_angle - s[0].start_angle;
  g_assert_cmpfloat_with_epsilon (full, 2 * G_PI, 1e-9);
  g_assert_cmpfloat_with_epsilon (s[0].end_angle - s[0].start_angle, full * 3 / 5, 1e-9);
  g_assert_cmpfloat_with_epsilon (s[1].end_angle - s[1].start_angle, full / 5, 1e-9);
  g_assert_cmpfloat_with_epsilon (s[3].end_angle - s[3].start_angle, full / 5, 1e-9);
  g_assert_cmpfloat (s[1].start_angle, ==, s[0].end_angle);
  /* The zero and the unknown take no room. */
  g_assert_cmpfloat (s[2].start_angle, ==, s[2].end_angle);
  g_assert_cmpfloat (s[3].start_angle, ==, s[1].end_angle);
  g_assert_cmpint (s[4].flags, ==, SF_CHART_VALUE_UNKNOWN);
  g_assert_cmpfloat (s[4].start_angle, ==, s[4].end_angle);
  g_assert_cmpfloat (s[0].inner_radius, >, 0);
  g_assert_cmpfloat (s[0].outer_radius, >, s[0].inner_radius + 10);
  g_assert_cmpfloat (s[0].centre_x + s[0].outer_radius, <, WIDTH);

  /* Each drawn slice in its colour (the zero keeps the third for its legend line). */
  g_assert_cmphex (ring_pixel (surface, &s[0], (s[0].start_angle + s[0].end_angle) / 2), ==,
                   series_pixel (0));
  g_assert_cmphex (ring_pixel (surface, &s[1], (s[1].start_angle + s[1].end_angle) / 2), ==,
                   series_pixel (1));
  g_assert_cmphex (ring_pixel (surface, &s[3], (s[3].start_angle + s[3].end_angle) / 2), ==,
                   series_pixel (3));
  /* All round the ring: nothing in the zero's colour. */
  for (double a = 0; a < 2 * G_PI; a += 0.01)
    g_assert_false (near_colour (ring_pixel (surface, &s[0], a), series_pixel (2)));
  /* The hole is not painted in the slices' colours; the total is written there. */
  g_assert_cmpuint (count_ink (surface, (int) (s[0].centre_x - 10), (int) (s[0].centre_y - 10),
                               (int) (s[0].centre_x + 10), (int) (s[0].centre_y + 10)), >, 10);
  g_assert_false (near_colour (pixel (surface, (int) s[0].centre_x,
                                      (int) (s[0].centre_y - s[0].inner_radius + 2)),
                               series_pixel (0)));
  /* The legend is right of the ring, with a line for the zero and the unknown too: there is
   * ink there at the height of the ring's bottom. */
  g_assert_cmpuint (count_ink (surface, (int) (s[0].centre_x + s[0].outer_radius + 60),
                               (int) s[0].centre_y, WIDTH,
                               (int) (s[0].centre_y + s[0].outer_radius)), >, 30);
  cairo_surface_destroy (surface);
}

/* Seven known values are seven slices; more become the six largest and "Other". */
static void
test_donut_other (void)
{
  g_autoptr(SfChart) seven = donut_new (NULL);
  g_autoptr(SfChart) ten = donut_new (NULL);
  SfChartSlice slice, other;
  cairo_surface_t *surface;

  for (guint i = 1; i <= 10; i++)
    {
      g_autofree char *label = g_strdup_printf ("Thema %u", i);
      double v = i;

      if (i <= 7)
        sf_chart_add_bar (seven, label, &v);
      sf_chart_add_bar (ten, label, &v);
    }
  sf_chart_add_bar (ten, "Onbekend", (const double[]) { NAN });
  sf_chart_get_height (seven, WIDTH);
  g_assert_cmpuint (sf_chart_get_n_slices (seven), ==, 7);
  g_assert_true (sf_chart_get_slice (seven, 0, &slice));
  g_assert_cmpstr (slice.label, ==, "Thema 1");

  surface = render (ten);
  /* Six largest, largest first, "Other" and the unknown. */
  g_assert_cmpuint (sf_chart_get_n_slices (ten), ==, 8);
  for (guint k = 0; k < 6; k++)
    {
      g_assert_true (sf_chart_get_slice (ten, k, &slice));
      g_assert_cmpfloat (slice.value, ==, 10 - k);
      g_assert_cmpint (slice.bar, ==, 9 - (int) k);
    }
  g_assert_true (sf_chart_get_slice (ten, 6, &other));
  g_assert_cmpstr (other.label, ==, "Other");
  g_assert_cmpint (other.bar, ==, -1);
  g_assert_cmpfloat (other.value, ==, 1 + 2 + 3 + 4);
  g_assert_cmpfloat_with_epsilon (other.end_angle - other.start_angle, 2 * G_PI * 10 / 55, 1e-9);
  g_assert_cmpfloat_with_epsilon (other.end_angle, 3 * G_PI / 2, 1e-9);
  g_assert_true (sf_chart_get_slice (ten, 7, &slice));
  g_assert_cmpint (slice.flags, ==, SF_CHART_VALUE_UNKNOWN);
  /* "Other" is grey, none of the palette's colours. */
  for (guint s = 0; s < SF_CHART_MAX_SERIES; s++)
    g_assert_cmpfloat (slice_share (surface, &other, series_pixel (s)), <, 0.01);
  cairo_surface_destroy (surface);
}

/* An estimated slice is hatched: partly its colour, partly a lighter tint; an exact one is
 * solid. The legend names the estimate. */
static void
test_donut_estimate (void)
{
  g_autoptr(SfChart) chart = donut_new ("Leeftijd");
  g_autoptr(SfChart) exact = donut_new ("Leeftijd");
  const double v[] = { 40 };
  SfChartSlice e, x;
  cairo_surface_t *surface;
  double share;

  sf_chart_add_bar (chart, "Exact", v);
  sf_chart_add_bar_full (chart, "Geschat", v,
                         (const SfChartValueFlags[]) { SF_CHART_VALUE_ESTIMATE });
  sf_chart_add_bar (exact, "Exact", v);
  sf_chart_add_bar (exact, "Ook exact", v);
  surface = render (chart);
  g_assert_true (sf_chart_get_slice (chart, 0, &x));
  g_assert_true (sf_chart_get_slice (chart, 1, &e));
  g_assert_cmpint (e.flags, ==, SF_CHART_VALUE_ESTIMATE);
  g_assert_cmpfloat (slice_share (surface, &x, series_pixel (0)), >, 0.99);
  share = slice_share (surface, &e, series_pixel (1));
  g_assert_cmpfloat (share, >, 0.1);
  g_assert_cmpfloat (share, <, 0.8);
  g_assert_cmpfloat (slice_share (surface, &e, 0xffffff), <, 0.1);
  /* One legend line more than without an estimate ("estimate"), at a width that puts the
   * legend under a ring of the largest size in both. */
  g_assert_cmpfloat (sf_chart_get_height (chart, 290), >, sf_chart_get_height (exact, 290) + 8);
  cairo_surface_destroy (surface);
}

/* Long names wrap in the legend (two lines at most), within the width. */
static void
test_donut_long_labels (void)
{
  g_autoptr(SfChart) plain = donut_new (NULL);
  g_autoptr(SfChart) chart = donut_new (NULL);
  const char *long_label = "Een heel lange naam van een categorie die niet op één regel past "
                           "en ook op twee regels niet helemaal, al doet hij nog zo zijn best";
  const double v[] = { 2 };
  cairo_surface_t *surface;
  double grown;

  for (guint i = 0; i < 7; i++)
    {
      sf_chart_add_bar (plain, "Kort", v);
      sf_chart_add_bar (chart, i % 2 ? long_label : "Kort", v);
    }
  /* At a width that puts the legend under the ring (of the same size in both). */
  grown = sf_chart_get_height (chart, 290) - sf_chart_get_height (plain, 290);
  /* Three labels of two lines: three lines more, not more. */
  g_assert_cmpfloat (grown, >, 3 * 8);
  g_assert_cmpfloat (grown, <, 3 * 16);
  surface = render (chart);
  g_assert_cmpuint (count_ink (surface, WIDTH - 1, 0, WIDTH,
                               cairo_image_surface_get_height (surface)), ==, 0);
  cairo_surface_destroy (surface);
}

/* All zero, all unknown or no data at all: no slice is drawn, and the chart still says so. */
static void
test_donut_nothing (void)
{
  g_autoptr(SfChart) zero = donut_new (NULL);
  g_autoptr(SfChart) empty = donut_new (NULL);
  SfChartSlice slice;
  cairo_surface_t *surface;

  sf_chart_add_bar (zero, "Nul", (const double[]) { 0 });
  sf_chart_add_bar (zero, "Onbekend", (const double[]) { NAN });
  surface = render (zero);
  g_assert_true (sf_chart_get_slice (zero, 0, &slice));
  g_assert_cmpfloat (slice.start_angle, ==, slice.end_angle);
  g_assert_false (near_colour (ring_pixel (surface, &slice, 0.3), series_pixel (0)));
  cairo_surface_destroy (surface);

  sf_chart_set_empty_text (empty, "Nog geen deelnemers");
  surface = render (empty);
  g_assert_cmpuint (sf_chart_get_n_slices (empty), ==, 0);
  g_assert_cmpuint (count_ink (surface, 0, 0, WIDTH,
                               cairo_image_surface_get_height (surface)), >, 30);
  cairo_surface_destroy (surface);
}

/* The donut goes into a PDF as the bars do. */
static void
test_donut_pdf (void)
{
  g_autoptr(SfChart) chart = donut_new ("Houding");
  g_autofree char *dir = g_dir_make_tmp ("startfoto-chart-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "donut.pdf", NULL);
  g_autofree char *contents = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  gsize length;

  sf_chart_add_bar (chart, "Positief", (const double[]) { 3 });
  sf_chart_add_bar_full (chart, "Geschat", (const double[]) { 2 },
                         (const SfChartValueFlags[]) { SF_CHART_VALUE_ESTIMATE });
  sf_chart_add_bar (chart, "Nul", (const double[]) { 0 });
  sf_chart_add_bar (chart, "Onbekend", (const double[]) { NAN });
  surface = cairo_pdf_surface_create (path, 595.276, 841.89);
  cr = cairo_create (surface);
  sf_chart_draw (chart, cr, 400);
  g_assert_cmpuint (sf_chart_get_n_slices (chart), ==, 4);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF"));
  g_assert_cmpuint (length, >, 1000);
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/chart/bars", test_bars);
  g_test_add_func ("/chart/grouped", test_grouped);
  g_test_add_func ("/chart/eight-series", test_eight_series);
  g_test_add_func ("/chart/estimate", test_estimate);
  g_test_add_func ("/chart/unknown", test_unknown);
  g_test_add_func ("/chart/scale/shares", test_scale_shares);
  g_test_add_func ("/chart/scale/counts", test_scale_counts);
  g_test_add_func ("/chart/scale/per-bar", test_scale_per_bar);
  g_test_add_func ("/chart/format", test_format);
  g_test_add_func ("/chart/long-label", test_long_label);
  g_test_add_func ("/chart/empty", test_empty);
  g_test_add_func ("/chart/pdf", test_pdf);
  g_test_add_func ("/chart/donut/angles", test_donut_angles);
  g_test_add_func ("/chart/donut/other", test_donut_other);
  g_test_add_func ("/chart/donut/estimate", test_donut_estimate);
  g_test_add_func ("/chart/donut/long-labels", test_donut_long_labels);
  g_test_add_func ("/chart/donut/nothing", test_donut_nothing);
  g_test_add_func ("/chart/donut/pdf", test_donut_pdf);
  return g_test_run ();
}
