/* sf-odf-png.h: a cairo image written as PNG, quickly
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cairo_surface_write_to_png () lets libpng try every row filter on every row, which made the
 * pictures' fallbacks the largest part of an ODF export; a chart is flat colour, for which the
 * one "sub" filter compresses as well.
 */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* @surface: a CAIRO_FORMAT_RGB24 image surface, flushed. NULL with @error on failure. */
GBytes *sf_odf_png_encode (cairo_surface_t  *surface,
                           GError          **error);

G_END_DECLS
