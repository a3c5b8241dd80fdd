/* sf-slide-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sf-slide-view.h"

#define ASPECT (16.0 / 9.0)

struct _SfSlideView
{
  GtkWidget parent_instance;

  gpointer                 source;
  const SfSlideSourceKind *kind;
  guint                    index;
  GHashTable              *images;   /* slide index -> cairo image surface at the size below */
  int                      image_width, image_height;
  guint                    ahead_id; /* drawing the next slide while idle */
  guint                    renders;
};

G_DEFINE_FINAL_TYPE (SfSlideView, sf_slide_view, GTK_TYPE_WIDGET)

/* The slide's place in the widget: as large as fits at 16:9, centred. */
static void
slide_rect (SfSlideView     *self,
            graphene_rect_t *rect)
{
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  double height = gtk_widget_get_height (GTK_WIDGET (self));
  double w = MIN (width, height * ASPECT);
  double h = w / ASPECT;

  graphene_rect_init (rect, (width - w) / 2, (height - h) / 2, w, h);
}

static void
clear_images (SfSlideView *self)
{
  g_hash_table_remove_all (self->images);
}

static cairo_surface_t *
image_of (SfSlideView *self,
          guint        index,
          int          width,
          int          height)
{
  cairo_surface_t *image;
  cairo_t *cr;

  if (width != self->image_width || height != self->image_height)
    {
      clear_images (self);
      self->image_width = width;
      self->image_height = height;
    }
  image = g_hash_table_lookup (self->images, GUINT_TO_POINTER (index));
  if (image != NULL)
    return image;
  image = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cr = cairo_create (image);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  self->kind->render (self->source, index, cr, width, height);
  cairo_destroy (cr);
  self->renders++;
  g_hash_table_insert (self->images, GUINT_TO_POINTER (index), image);
  return image;
}

static int
pixels (SfSlideView *self,
        double       points)
{
  return MAX (1, (int) (points * gtk_widget_get_scale_factor (GTK_WIDGET (self)) + 0.5));
}

static gboolean
draw_ahead_cb (gpointer data)
{
  SfSlideView *self = data;
  graphene_rect_t rect;

  self->ahead_id = 0;
  slide_rect (self, &rect);
  if (self->index + 1 < self->kind->get_n_slides (self->source) && rect.size.width >= 1)
    image_of (self, self->index + 1, pixels (self, rect.size.width),
              pixels (self, rect.size.height));
  return G_SOURCE_REMOVE;
}

static void
sf_slide_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  SfSlideView *self = SF_SLIDE_VIEW (widget);
  graphene_rect_t rect;
  cairo_surface_t *image;
  cairo_t *cr;

  slide_rect (self, &rect);
  if (self->index >= self->kind->get_n_slides (self->source) || rect.size.width < 1)
    return;
  image = image_of (self, self->index, pixels (self, rect.size.width),
                    pixels (self, rect.size.height));
  cr = gtk_snapshot_append_cairo (snapshot, &rect);
  cairo_translate (cr, rect.origin.x, rect.origin.y);
  cairo_scale (cr, rect.size.width / self->image_width, rect.size.height / self->image_height);
  cairo_set_source_surface (cr, image, 0, 0);
  /* The image has the view's size in pixels: filtering it would only cost time. */
  cairo_pattern_set_filter (cairo_get_source (cr), CAIRO_FILTER_FAST);
  cairo_paint (cr);
  cairo_destroy (cr);
  if (self->ahead_id == 0)
    self->ahead_id = g_idle_add (draw_ahead_cb, self);
}

static void
sf_slide_view_dispose (GObject *object)
{
  SfSlideView *self = SF_SLIDE_VIEW (object);

  g_clear_handle_id (&self->ahead_id, g_source_remove);
  g_clear_pointer (&self->images, g_hash_table_unref);
  G_OBJECT_CLASS (sf_slide_view_parent_class)->dispose (object);
}

static void
sf_slide_view_class_init (SfSlideViewClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sf_slide_view_dispose;
  GTK_WIDGET_CLASS (klass)->snapshot = sf_slide_view_snapshot;
}

static void
sf_slide_view_init (SfSlideView *self)
{
  self->images = g_hash_table_new_full (NULL, NULL, NULL,
                                        (GDestroyNotify) cairo_surface_destroy);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
}

GtkWidget *
sf_slide_view_new (gpointer                 source,
                   const SfSlideSourceKind *kind)
{
  SfSlideView *self;

  g_return_val_if_fail (kind != NULL, NULL);

  self = g_object_new (SF_TYPE_SLIDE_VIEW, NULL);
  self->source = source;
  self->kind = kind;
  return GTK_WIDGET (self);
}

void
sf_slide_view_set_index (SfSlideView *self,
                         guint        index)
{
  g_return_if_fail (SF_IS_SLIDE_VIEW (self));

  if (self->index == index)
    return;
  self->index = index;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
sf_slide_view_get_index (SfSlideView *self)
{
  g_return_val_if_fail (SF_IS_SLIDE_VIEW (self), 0);

  return self->index;
}

void
sf_slide_view_invalidate (SfSlideView *self)
{
  g_return_if_fail (SF_IS_SLIDE_VIEW (self));

  clear_images (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
sf_slide_view_get_renders (SfSlideView *self)
{
  g_return_val_if_fail (SF_IS_SLIDE_VIEW (self), 0);

  return self->renders;
}
