/* test-chart-scale.c: a bar chart's scale: shares against the whole, round numbers for
 * counts, a scale per bar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "sf-chart.h"
#include "sf-test-chart.h"

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
  surface = sf_test_render_chart (chart);
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
  g_assert_cmpuint (sf_test_count_ink (surface, (int) scale.x - 4,
                                       (int) (rect.y + rect.height * 3), (int) scale.x + 6,
                                       cairo_image_surface_get_height (surface)),
                    >, 5);
  g_assert_cmpuint (sf_test_count_ink (surface, (int) (scale.x + scale.length) - 10,
                                       (int) (rect.y + rect.height * 3),
                                       (int) (scale.x + scale.length) + 10,
                                       cairo_image_surface_get_height (surface)), >, 10);
  cairo_surface_destroy (surface);

  /* A share over the whole (an error in the figures) still fits: the scale goes past 100 %. */
  sf_chart_add_bar (chart, "Flat C", (const double[]) { 1.3, 0.2 });
  cairo_surface_destroy (sf_test_render_chart (chart));
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
      cairo_surface_destroy (sf_test_render_chart (chart));
      assert_scale (chart, 1, cases[i].end, cases[i].step);
      assert_on_scale (chart, 0, 0, cases[i].max);
    }

  /* Values past any sense still get a finite scale, and draw. */
  {
    g_autoptr(SfChart) chart = sf_chart_new (NULL);
    SfChartScale scale;

    sf_chart_set_series (chart, 2, (const char *[]) { "a", "b" });
    sf_chart_add_bar (chart, "Groot", (const double[]) { G_MAXDOUBLE, G_MAXDOUBLE });
    cairo_surface_destroy (sf_test_render_chart (chart));
    g_assert_true (sf_chart_get_scale (chart, 0, &scale));
    g_assert_true (isfinite (scale.end) && scale.end > 0);
  }

  {
    g_autoptr(SfChart) chart = sf_chart_new (NULL);
    const char *series[] = { "Stap 1", "Stap 2" };

    sf_chart_set_series (chart, 2, series);
    sf_chart_add_bar (chart, "Eenzaamheid", (const double[]) { 1, 3 });
    sf_chart_add_bar (chart, "Ontmoeting", (const double[]) { 2, 0 });
    cairo_surface_destroy (sf_test_render_chart (chart));
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
      cairo_surface_destroy (sf_test_render_chart (c));
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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/chart/scale/shares", test_scale_shares);
  g_test_add_func ("/chart/scale/counts", test_scale_counts);
  g_test_add_func ("/chart/scale/per-bar", test_scale_per_bar);
  return g_test_run ();
}
