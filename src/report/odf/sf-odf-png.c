/* sf-odf-png.c: a cairo image written as PNG, quickly
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <png.h>

#include "sf-odf-png.h"

static void
append_cb (png_structp  png,
           png_bytep    data,
           png_size_t   length)
{
  g_byte_array_append (png_get_io_ptr (png), data, length);
}

static void
flush_cb (png_structp png)
{
}

/* libpng reports an error by jumping back to png_encode (); the message is kept for it. */
static void
error_cb (png_structp     png,
          png_const_charp message)
{
  char **kept = png_get_error_ptr (png);

  *kept = g_strdup (message);
  png_longjmp (png, 1);
}

static void
warning_cb (png_structp     png,
            png_const_charp message)
{
}

static gboolean
png_encode (cairo_surface_t *surface,
            GByteArray      *out,
            char           **message)
{
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  unsigned char *data = cairo_image_surface_get_data (surface);
  png_structp png;
  png_infop info = NULL;
  gboolean ok = FALSE;

  png = png_create_write_struct (PNG_LIBPNG_VER_STRING, message, error_cb, warning_cb);
  if (png == NULL || (info = png_create_info_struct (png)) == NULL)
    goto out;
  if (setjmp (png_jmpbuf (png)))
    goto out;
  png_set_write_fn (png, out, append_cb, flush_cb);
  png_set_IHDR (png, info, width, height, 8, PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
                PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  png_set_filter (png, PNG_FILTER_TYPE_BASE, PNG_FILTER_SUB);
  png_write_info (png, info);
  /* cairo's RGB24 is a 32-bit xRGB word per pixel, in the machine's byte order. */
  png_set_filler (png, 0, G_BYTE_ORDER == G_LITTLE_ENDIAN ? PNG_FILLER_AFTER
                                                           : PNG_FILLER_BEFORE);
  if (G_BYTE_ORDER == G_LITTLE_ENDIAN)
    png_set_bgr (png);
  for (int y = 0; y < height; y++)
    png_write_row (png, data + (gsize) y * stride);
  png_write_end (png, info);
  ok = TRUE;
out:
  if (png)
    png_destroy_write_struct (&png, info ? &info : NULL);
  return ok;
}

GBytes *
sf_odf_png_encode (cairo_surface_t  *surface,
                   GError          **error)
{
  g_autoptr(GByteArray) out = g_byte_array_new ();
  g_autofree char *message = NULL;

  g_return_val_if_fail (cairo_image_surface_get_format (surface) == CAIRO_FORMAT_RGB24, NULL);

  if (!png_encode (surface, out, &message))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "PNG: %s",
                   message ? message : "out of memory");
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}
