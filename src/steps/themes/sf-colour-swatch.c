/* sf-colour-swatch.c: a small round swatch of a theme's colour, or a thin ring for none
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sf-colour-swatch.h"

#define SWATCH_SIZE 16

struct _SfColourSwatch
{
  GtkDrawingArea parent_instance;

  char *colour;
};

G_DEFINE_FINAL_TYPE (SfColourSwatch, sf_colour_swatch, GTK_TYPE_DRAWING_AREA)

/* A filled circle in the colour; without one, a thin ring in the text colour. */
static void
draw_swatch (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        user_data)
{
  SfColourSwatch *self = SF_COLOUR_SWATCH (area);
  double radius = MIN (width, height) / 2.0 - 1.0;
  GdkRGBA rgba;

  cairo_arc (cr, width / 2.0, height / 2.0, radius, 0, 2 * G_PI);
  if (self->colour != NULL && *self->colour != '\0' && gdk_rgba_parse (&rgba, self->colour))
    {
      gdk_cairo_set_source_rgba (cr, &rgba);
      cairo_fill (cr);
      return;
    }
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (area)), &rgba);
  rgba.alpha *= 0.5;
  gdk_cairo_set_source_rgba (cr, &rgba);
  cairo_set_line_width (cr, 1.5);
  cairo_stroke (cr);
}

void
sf_colour_swatch_set_colour (SfColourSwatch *self,
                             const char     *colour)
{
  g_return_if_fail (SF_IS_COLOUR_SWATCH (self));

  if (g_strcmp0 (self->colour, colour) == 0)
    return;
  g_free (self->colour);
  self->colour = g_strdup (colour);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

GtkWidget *
sf_colour_swatch_new (const char *colour)
{
  SfColourSwatch *self = g_object_new (SF_TYPE_COLOUR_SWATCH, NULL);

  sf_colour_swatch_set_colour (self, colour);
  return GTK_WIDGET (self);
}

static void
sf_colour_swatch_finalize (GObject *object)
{
  SfColourSwatch *self = SF_COLOUR_SWATCH (object);

  g_free (self->colour);
  G_OBJECT_CLASS (sf_colour_swatch_parent_class)->finalize (object);
}

static void
sf_colour_swatch_class_init (SfColourSwatchClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sf_colour_swatch_finalize;
}

static void
sf_colour_swatch_init (SfColourSwatch *self)
{
  GtkWidget *widget = GTK_WIDGET (self);

  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (self), SWATCH_SIZE);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (self), SWATCH_SIZE);
  gtk_widget_set_valign (widget, GTK_ALIGN_CENTER);
  gtk_widget_set_halign (widget, GTK_ALIGN_CENTER);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self), draw_swatch, NULL, NULL);
}
