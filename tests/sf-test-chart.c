/* sf-test-chart.c: drawing charts on an image or a PDF and reading their pixels, for the
 * chart tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gstdio.h>

#include "sf-test-chart.h"

cairo_surface_t *
sf_test_render_chart (SfChart *chart)
{
  int height = (int) sf_chart_get_height (chart, SF_TEST_CHART_WIDTH) + 1;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, SF_TEST_CHART_WIDTH,
                                                         height);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  sf_chart_draw (chart, cr, SF_TEST_CHART_WIDTH);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

guint32
sf_test_pixel (cairo_surface_t *surface,
               int              x,
               int              y)
{
  unsigned char *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);

  return *(guint32 *) (data + y * stride + x * 4) & 0xffffff;
}

guint32
sf_test_series_pixel (guint series)
{
  double r, g, b;

  sf_chart_series_colour (series, &r, &g, &b);
  return ((guint32) (r * 255 + 0.5) << 16) | ((guint32) (g * 255 + 0.5) << 8) |
         (guint32) (b * 255 + 0.5);
}

guint
sf_test_count_ink (cairo_surface_t *surface,
                   int              x0,
                   int              y0,
                   int              x1,
                   int              y1)
{
  guint ink = 0;

  for (int y = y0; y < y1; y++)
    for (int x = x0; x < x1; x++)
      ink += sf_test_pixel (surface, x, y) != 0xffffff;
  return ink;
}

gboolean
sf_test_near_colour (guint32 a,
                     guint32 b)
{
  for (int shift = 0; shift < 24; shift += 8)
    if (ABS ((int) ((a >> shift) & 0xff) - (int) ((b >> shift) & 0xff)) > 24)
      return FALSE;
  return TRUE;
}

void
sf_test_write_chart_pdf (SfChart    *chart,
                         const char *name)
{
  g_autofree char *dir = g_dir_make_tmp ("startfoto-chart-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *contents = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  gsize length;

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
