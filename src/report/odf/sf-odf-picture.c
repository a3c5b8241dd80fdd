/* sf-odf-picture.c: a report's chart or timeline as the pictures a document embeds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo-svg.h>
#include <gio/gio.h>
#include <math.h>

#include "sf-odf-picture.h"
#include "sf-odf-png.h"

/* The PNG at 150 dpi: sharp enough printed, small enough to mail. */
#define PNG_SCALE (150.0 / 72.0)

static cairo_status_t
append_cb (void                *closure,
           const unsigned char *data,
           unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* What a picture shows, drawn from its top left corner in points. */
typedef struct
{
  SfOdfDrawFunc draw;
  gpointer      data;
} Drawing;

static void
draw_chart (cairo_t  *cr,
            double    width,
            double    height,
            gpointer  data)
{
  SfChart **pair = data; /* a chart, or NULL and a timeline */

  if (pair[0] == NULL)
    sf_timeline_draw ((SfTimeline *) pair[1], cr, width, height);
  else
    sf_chart_draw (pair[0], cr, width);
}

static void
draw (cairo_t      *cr,
      Drawing      *drawing,
      SfOdfPicture *picture)
{
  drawing->draw (cr, picture->width, picture->height, drawing->data);
}

static gboolean
finish (cairo_surface_t  *surface,
        cairo_t          *cr,
        GError          **error)
{
  cairo_status_t status = cairo_status (cr);

  cairo_destroy (cr);
  cairo_surface_flush (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s", cairo_status_to_string (status));
  return FALSE;
}

static GBytes *
draw_svg (SfOdfPicture  *picture,
          Drawing       *drawing,
          GError       **error)
{
  g_autoptr(GByteArray) svg = g_byte_array_new ();
  cairo_surface_t *surface = cairo_svg_surface_create_for_stream (append_cb, svg,
                                                                  picture->width,
                                                                  picture->height);
  cairo_t *cr = cairo_create (surface);
  gboolean ok;

  draw (cr, drawing, picture);
  ok = finish (surface, cr, error);
  /* The SVG is written out as the surface finishes. */
  cairo_surface_finish (surface);
  if (ok && cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s",
                   cairo_status_to_string (cairo_surface_status (surface)));
      ok = FALSE;
    }
  cairo_surface_destroy (surface);
  return ok ? g_byte_array_free_to_bytes (g_steal_pointer (&svg)) : NULL;
}

static GBytes *
draw_png (SfOdfPicture  *picture,
          Drawing       *drawing,
          GError       **error)
{
  GBytes *png = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24,
                                        (int) ceil (picture->width * PNG_SCALE),
                                        (int) ceil (picture->height * PNG_SCALE));
  cr = cairo_create (surface);
  /* White, as on paper: RGB24 has no transparency to show through. */
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, PNG_SCALE, PNG_SCALE);
  draw (cr, drawing, picture);
  if (finish (surface, cr, error))
    png = sf_odf_png_encode (surface, error);
  cairo_surface_destroy (surface);
  return png;
}

gboolean
sf_odf_picture_draw_func (SfOdfPicture  *picture,
                          double         width,
                          double         height,
                          SfOdfDrawFunc  func,
                          gpointer       data,
                          GError       **error)
{
  Drawing drawing = { func, data };

  picture->width = width;
  picture->height = height;
  picture->svg = draw_svg (picture, &drawing, error);
  if (picture->svg == NULL)
    return FALSE;
  picture->png = draw_png (picture, &drawing, error);
  return picture->png != NULL;
}

gboolean
sf_odf_picture_draw (SfOdfPicture  *picture,
                     SfChart       *chart,
                     SfTimeline    *timeline,
                     double         width,
                     GError       **error)
{
  gpointer pair[2] = { chart, timeline };

  g_return_val_if_fail ((chart == NULL) != (timeline == NULL), FALSE);

  return sf_odf_picture_draw_func (picture, width,
                                   timeline ? sf_timeline_get_height (timeline, width)
                                            : sf_chart_get_height (chart, width),
                                   draw_chart, pair, error);
}

void
sf_odf_picture_clear (SfOdfPicture *picture)
{
  g_clear_pointer (&picture->svg, g_bytes_unref);
  g_clear_pointer (&picture->png, g_bytes_unref);
}
