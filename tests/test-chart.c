/* test-chart.c: the chart module draws what it is given, without a display: bars, their
 * colours and numbers, estimates, unknown values, formats, long labels, an empty chart
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The scale is tested in test-chart-scale.c, the donut in test-chart-donut.c.
 */
#include "config.h"

#include <locale.h>
#include <math.h>

#include "sf-chart.h"
#include "sf-test-chart.h"

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
  surface = sf_test_render_chart (chart);

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
  g_assert_cmphex (sf_test_pixel (surface, (int) r0.x + 3, (int) r0.y + 2), ==,
                   sf_test_series_pixel (0));
  g_assert_cmphex (sf_test_pixel (surface, (int) r1.x + 3, (int) r1.y + 2), ==,
                   sf_test_series_pixel (1));
  g_assert_cmphex (sf_test_pixel (surface, (int) c1.x + 3, (int) c1.y + 2), ==,
                   sf_test_series_pixel (1));
  /* Right of the shorter bar, after its number, the background shows. */
  g_assert_cmphex (sf_test_pixel (surface, SF_TEST_CHART_WIDTH - 2,
                                  (int) (b0.y + b0.height / 2)), ==, 0xffffff);

  /* Labels are written left of the bars; totals right of them. */
  g_assert_cmpuint (sf_test_count_ink (surface, 0, (int) b0.y, (int) b0.x - 4,
                                       (int) (b0.y + b0.height)), >, 20);
  g_assert_cmpuint (sf_test_count_ink (surface, (int) (b0.x + b0.width + 2), (int) b0.y,
                                       (int) (b0.x + b0.width + 30),
                                       (int) (b0.y + b0.height)), >, 5);
  cairo_surface_destroy (surface);

  /* A bar added after a layout is laid out with the others, at the same width: taller, and
   * the longest bar (8) fills the bar area where 4 did. */
  {
    const double d[] = { 8, 0 };
    double height = sf_chart_get_height (chart, SF_TEST_CHART_WIDTH);
    SfChartRect longest, first;

    sf_chart_add_bar (chart, "Zorg", d);
    g_assert_cmpfloat (sf_chart_get_height (chart, SF_TEST_CHART_WIDTH), >, height);
    g_assert_true (sf_chart_get_bar_rect (chart, 3, 0, &longest));
    g_assert_true (sf_chart_get_bar_rect (chart, 0, 0, &first));
    g_assert_cmpfloat_with_epsilon (longest.width, 8.0 / 3 * first.width, 0.01);
  }
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
        same += sf_test_near_colour (sf_test_pixel (surface, x, y), colour);
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
  surface = sf_test_render_chart (chart);
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
  g_assert_cmpfloat (a2.x + a2.width, <, SF_TEST_CHART_WIDTH);
  g_assert_cmpfloat (colour_share (surface, &a2, sf_test_series_pixel (2)), >, 0.99);
  g_assert_cmpfloat (colour_share (surface, &a0, sf_test_series_pixel (0)), >, 0.99);
  /* Every value is written after its bar, the zero too. */
  g_assert_cmpuint (sf_test_count_ink (surface, (int) (b1.x + 2), (int) b1.y, (int) (b1.x + 20),
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
  surface = sf_test_render_chart (chart);
  for (guint s = 0; s < 8; s++)
    {
      SfChartRect rect;

      g_hash_table_add (colours, GUINT_TO_POINTER (sf_test_series_pixel (s) + 1));
      g_assert_true (sf_chart_get_bar_rect (chart, 0, s, &rect));
      g_assert_cmpfloat (colour_share (surface, &rect, sf_test_series_pixel (s)), >, 0.99);
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
  surface = sf_test_render_chart (chart);
  g_assert_true (sf_chart_get_value (chart, 1, 0, NULL, &flags));
  g_assert_cmpint (flags, ==, SF_CHART_VALUE_ESTIMATE);
  g_assert_true (sf_chart_get_bar_rect (chart, 0, 0, &x));
  g_assert_true (sf_chart_get_bar_rect (chart, 1, 0, &e));
  g_assert_cmpfloat_with_epsilon (x.width, e.width, 0.01);
  g_assert_cmpfloat (colour_share (surface, &x, sf_test_series_pixel (0)), >, 0.99);
  share = colour_share (surface, &e, sf_test_series_pixel (0));
  g_assert_cmpfloat (share, >, 0.1);
  g_assert_cmpfloat (share, <, 0.8);
  /* Neither blank: the rest is a lighter tint, not the background. */
  g_assert_cmpfloat (colour_share (surface, &e, 0xffffff), <, 0.1);
  /* The legend names the estimate, although there is one series only: there is ink
   * between the title and the first bar. */
  g_assert_cmpuint (sf_test_count_ink (surface, 0, 22, SF_TEST_CHART_WIDTH, (int) x.y - 2), >, 30);
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
  surface = sf_test_render_chart (chart);
  g_assert_true (sf_chart_get_value (chart, 1, 0, NULL, &flags));
  g_assert_cmpint (flags, ==, SF_CHART_VALUE_UNKNOWN);
  g_assert_true (sf_chart_get_bar_rect (chart, 1, 0, &b0));
  g_assert_true (sf_chart_get_bar_rect (chart, 1, 1, &b1));
  g_assert_true (sf_chart_get_bar_rect (chart, 2, 0, &c0));
  g_assert_true (sf_chart_get_bar_rect (chart, 2, 1, &c1));
  g_assert_cmpfloat (b0.width, ==, 0);
  g_assert_cmpfloat (b1.width, >, 0);
  g_assert_cmpfloat (c0.width, ==, 0);
  /* In the slot: ink (the word), but no sf_test_pixel of the series' colour. */
  {
    SfChartRect slot = { b0.x, b0.y, 60, b0.height };
    SfChartRect zero = { c0.x, c0.y, 60, c0.height };

    g_assert_cmpfloat (colour_share (surface, &slot, sf_test_series_pixel (0)), ==, 0);
    g_assert_cmpuint (sf_test_count_ink (surface, (int) slot.x, (int) slot.y, (int) (slot.x + 60),
                                         (int) (slot.y + slot.height)), >, 20);
    /* The unknown and the zero look different: the zero has only its number "0". */
    g_assert_cmpuint (sf_test_count_ink (surface, (int) zero.x, (int) zero.y, (int) (zero.x + 60),
                                         (int) (zero.y + zero.height)), >,
                      sf_test_count_ink (surface, (int) c1.x, (int) c1.y, (int) (c1.x + 60),
                                         (int) (c1.y + c1.height)) + 20);
  }
  cairo_surface_destroy (surface);

  /* A stacked bar of unknowns only is unknown too. */
  sf_chart_add_bar (empty, "B", (const double[]) { NAN });
  surface = sf_test_render_chart (empty);
  g_assert_true (sf_chart_get_bar_rect (empty, 0, 0, &b0));
  g_assert_cmpfloat (b0.width, ==, 0);
  g_assert_cmpuint (sf_test_count_ink (surface, (int) b0.x, (int) b0.y, (int) b0.x + 60,
                                       (int) (b0.y + b0.height)), >, 20);
  cairo_surface_destroy (surface);
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
  surface = sf_test_render_chart (chart);
  grown = sf_chart_get_height (chart, SF_TEST_CHART_WIDTH) -
          sf_chart_get_height (plain, SF_TEST_CHART_WIDTH);
  /* One line more, not three. */
  g_assert_cmpfloat (grown, >, 6);
  g_assert_cmpfloat (grown, <, 20);
  g_assert_true (sf_chart_get_bar_rect (chart, 1, 0, &long_rect));
  g_assert_true (sf_chart_get_bar_rect (chart, 2, 0, &after));
  g_assert_cmpfloat (after.y - (long_rect.y + long_rect.height), >=, 8);
  /* The label stays left of the bars. */
  g_assert_cmpuint (sf_test_count_ink (surface, (int) long_rect.x - 6, (int) long_rect.y - 8,
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
  surface = sf_test_render_chart (chart);
  g_assert_cmpuint (sf_test_count_ink (surface, 0, 0, SF_TEST_CHART_WIDTH,
                                       cairo_image_surface_get_height (surface)), >, 30);
  cairo_surface_destroy (surface);
}

/* The same drawing goes into a PDF, as the report will need. */
static void
test_pdf (void)
{
  g_autoptr(SfChart) chart = sf_chart_new ("Thema's");
  const double v[] = { 2 };

  sf_chart_add_bar (chart, "Zingeving", v);
  sf_chart_add_bar_full (chart, "Geschat", v,
                         (const SfChartValueFlags[]) { SF_CHART_VALUE_ESTIMATE });
  sf_chart_add_bar (chart, "Onbekend", (const double[]) { NAN });
  sf_test_write_chart_pdf (chart, "chart.pdf");
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
  g_test_add_func ("/chart/format", test_format);
  g_test_add_func ("/chart/long-label", test_long_label);
  g_test_add_func ("/chart/empty", test_empty);
  g_test_add_func ("/chart/pdf", test_pdf);
  return g_test_run ();
}
