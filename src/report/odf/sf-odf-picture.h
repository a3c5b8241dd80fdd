/* sf-odf-picture.h: a report's chart or timeline as the pictures a document embeds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Drawn by the same chart code as the PDF (sf-chart.h, sf-chart-timeline.h), once as SVG
 * (cairo's SVG surface) and once as PNG, the fallback for a reader without SVG.
 */
#pragma once

#include "sf-chart-timeline.h"
#include "sf-chart.h"

G_BEGIN_DECLS

typedef struct
{
  double  width;  /* in points */
  double  height;
  GBytes *svg;
  GBytes *png;
} SfOdfPicture;

/* One of @chart and @timeline, drawn @width points wide and as high as it needs. FALSE with
 * @error when cairo failed. */
gboolean sf_odf_picture_draw  (SfOdfPicture  *picture,
                               SfChart       *chart,
                               SfTimeline    *timeline,
                               double         width,
                               GError       **error);
/* Draws what a picture shows into @cr, @width × @height points from its top left corner. */
typedef void (*SfOdfDrawFunc) (cairo_t  *cr,
                               double    width,
                               double    height,
                               gpointer  data);

/* Whatever @func draws, @width × @height points: a slide's table or tiles. */
gboolean sf_odf_picture_draw_func (SfOdfPicture  *picture,
                                   double         width,
                                   double         height,
                                   SfOdfDrawFunc  func,
                                   gpointer       data,
                                   GError       **error);
void     sf_odf_picture_clear (SfOdfPicture  *picture);

G_END_DECLS
