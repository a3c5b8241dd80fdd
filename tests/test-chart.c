/* test-chart.c: the chart module draws what it is given, without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

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

  /* What is drawn there is the series' colour. */
  g_assert_cmphex (pixel (surface, (int) (r0.x + r0.width / 2), (int) (r0.y + r0.height / 2)),
                   ==, series_pixel (0));
  g_assert_cmphex (pixel (surface, (int) (r1.x + r1.width / 2), (int) (r1.y + r1.height / 2)),
                   ==, series_pixel (1));
  g_assert_cmphex (pixel (surface, (int) (c1.x + c1.width / 2), (int) (c1.y + c1.height / 2)),
                   ==, series_pixel (1));
  /* Right of the shorter bar, after its number, the background shows. */
  g_assert_cmphex (pixel (surface, WIDTH - 2, (int) (b0.y + b0.height / 2)), ==, 0xffffff);

  /* Labels are written left of the bars; totals right of them. */
  g_assert_cmpuint (count_ink (surface, 0, (int) b0.y, (int) b0.x - 4,
                               (int) (b0.y + b0.height)), >, 20);
  g_assert_cmpuint (count_ink (surface, (int) (b0.x + b0.width + 2), (int) b0.y,
                               (int) (b0.x + b0.width + 30), (int) (b0.y + b0.height)), >, 5);
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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/chart/bars", test_bars);
  g_test_add_func ("/chart/empty", test_empty);
  g_test_add_func ("/chart/pdf", test_pdf);
  return g_test_run ();
}
