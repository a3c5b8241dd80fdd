/* test-chart-donut.c: the chart module's donut: slices, "Other", estimates, long labels
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "sf-chart.h"
#include "sf-test-chart.h"

static SfChart *
donut_new (const char *title)
{
  SfChart *chart = sf_chart_new (title);

  sf_chart_set_mode (chart, SF_CHART_DONUT);
  return chart;
}

/* The sf_test_pixel in the middle of the ring at @angle. */
static guint32
ring_pixel (cairo_surface_t    *surface,
            const SfChartSlice *slice,
            double              angle)
{
  double r = (slice->inner_radius + slice->outer_radius) / 2;

  return sf_test_pixel (surface, (int) (slice->centre_x + r * cos (angle)),
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
        same += sf_test_near_colour (sf_test_pixel (surface,
                                                    (int) (slice->centre_x + r * cos (a)),
                                                    (int) (slice->centre_y + r * sin (a))),
                                     colour);
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
  surface = sf_test_render_chart (chart);
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
  g_assert_cmpfloat (s[0].centre_x + s[0].outer_radius, <, SF_TEST_CHART_WIDTH);

  /* Each drawn slice in its colour (the zero keeps the third for its legend line). */
  g_assert_cmphex (ring_pixel (surface, &s[0], (s[0].start_angle + s[0].end_angle) / 2), ==,
                   sf_test_series_pixel (0));
  g_assert_cmphex (ring_pixel (surface, &s[1], (s[1].start_angle + s[1].end_angle) / 2), ==,
                   sf_test_series_pixel (1));
  g_assert_cmphex (ring_pixel (surface, &s[3], (s[3].start_angle + s[3].end_angle) / 2), ==,
                   sf_test_series_pixel (3));
  /* All round the ring: nothing in the zero's colour. */
  for (double a = 0; a < 2 * G_PI; a += 0.01)
    g_assert_false (sf_test_near_colour (ring_pixel (surface, &s[0], a),
                                         sf_test_series_pixel (2)));
  /* The hole is not painted in the slices' colours; the total is written there. */
  g_assert_cmpuint (sf_test_count_ink (surface, (int) (s[0].centre_x - 10),
                                       (int) (s[0].centre_y - 10), (int) (s[0].centre_x + 10),
                                       (int) (s[0].centre_y + 10)), >, 10);
  g_assert_false (sf_test_near_colour (sf_test_pixel (surface, (int) s[0].centre_x,
                                                      (int) (s[0].centre_y -
                                                             s[0].inner_radius + 2)),
                                       sf_test_series_pixel (0)));
  /* The legend is right of the ring, with a line for the zero and the unknown too: there is
   * ink there at the height of the ring's bottom. */
  g_assert_cmpuint (sf_test_count_ink (surface, (int) (s[0].centre_x + s[0].outer_radius + 60),
                                       (int) s[0].centre_y, SF_TEST_CHART_WIDTH,
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
  sf_chart_get_height (seven, SF_TEST_CHART_WIDTH);
  g_assert_cmpuint (sf_chart_get_n_slices (seven), ==, 7);
  g_assert_true (sf_chart_get_slice (seven, 0, &slice));
  g_assert_cmpstr (slice.label, ==, "Thema 1");

  surface = sf_test_render_chart (ten);
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
    g_assert_cmpfloat (slice_share (surface, &other, sf_test_series_pixel (s)), <, 0.01);
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
  surface = sf_test_render_chart (chart);
  g_assert_true (sf_chart_get_slice (chart, 0, &x));
  g_assert_true (sf_chart_get_slice (chart, 1, &e));
  g_assert_cmpint (e.flags, ==, SF_CHART_VALUE_ESTIMATE);
  g_assert_cmpfloat (slice_share (surface, &x, sf_test_series_pixel (0)), >, 0.99);
  share = slice_share (surface, &e, sf_test_series_pixel (1));
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
  surface = sf_test_render_chart (chart);
  g_assert_cmpuint (sf_test_count_ink (surface, SF_TEST_CHART_WIDTH - 1, 0, SF_TEST_CHART_WIDTH,
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
  surface = sf_test_render_chart (zero);
  g_assert_true (sf_chart_get_slice (zero, 0, &slice));
  g_assert_cmpfloat (slice.start_angle, ==, slice.end_angle);
  g_assert_false (sf_test_near_colour (ring_pixel (surface, &slice, 0.3),
                                       sf_test_series_pixel (0)));
  cairo_surface_destroy (surface);

  sf_chart_set_empty_text (empty, "Nog geen deelnemers");
  surface = sf_test_render_chart (empty);
  g_assert_cmpuint (sf_chart_get_n_slices (empty), ==, 0);
  g_assert_cmpuint (sf_test_count_ink (surface, 0, 0, SF_TEST_CHART_WIDTH,
                                       cairo_image_surface_get_height (surface)), >, 30);
  cairo_surface_destroy (surface);
}

/* The donut goes into a PDF as the bars do. */
static void
test_donut_pdf (void)
{
  g_autoptr(SfChart) chart = donut_new ("Houding");

  sf_chart_add_bar (chart, "Positief", (const double[]) { 3 });
  sf_chart_add_bar_full (chart, "Geschat", (const double[]) { 2 },
                         (const SfChartValueFlags[]) { SF_CHART_VALUE_ESTIMATE });
  sf_chart_add_bar (chart, "Nul", (const double[]) { 0 });
  sf_chart_add_bar (chart, "Onbekend", (const double[]) { NAN });
  sf_test_write_chart_pdf (chart, "donut.pdf");
  g_assert_cmpuint (sf_chart_get_n_slices (chart), ==, 4);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/chart/donut/angles", test_donut_angles);
  g_test_add_func ("/chart/donut/other", test_donut_other);
  g_test_add_func ("/chart/donut/estimate", test_donut_estimate);
  g_test_add_func ("/chart/donut/long-labels", test_donut_long_labels);
  g_test_add_func ("/chart/donut/nothing", test_donut_nothing);
  g_test_add_func ("/chart/donut/pdf", test_donut_pdf);
  return g_test_run ();
}
