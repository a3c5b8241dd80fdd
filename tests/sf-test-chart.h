/* sf-test-chart.h: drawing charts on an image or a PDF and reading their pixels, for the
 * chart tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "sf-chart.h"

G_BEGIN_DECLS

#define SF_TEST_CHART_WIDTH 400

/* @chart drawn SF_TEST_CHART_WIDTH wide on white, as RGB24. */
cairo_surface_t *sf_test_render_chart    (SfChart         *chart);
/* A pixel as 0xrrggbb. */
guint32          sf_test_pixel           (cairo_surface_t *surface,
                                          int              x,
                                          int              y);
/* A series' colour as a pixel. */
guint32          sf_test_series_pixel    (guint            series);
/* How many pixels in [@x0, @x1) x [@y0, @y1) are not white. */
guint            sf_test_count_ink       (cairo_surface_t *surface,
                                          int              x0,
                                          int              y0,
                                          int              x1,
                                          int              y1);
/* Whether two pixels are the same colour, give or take anti-aliasing. */
gboolean         sf_test_near_colour     (guint32          a,
                                          guint32          b);
/* Draws @chart 400 points wide on an A4 PDF page, asserting that it makes a PDF file (called
 * @name, in a temporary folder it then removes). */
void             sf_test_write_chart_pdf (SfChart         *chart,
                                          const char      *name);

G_END_DECLS
