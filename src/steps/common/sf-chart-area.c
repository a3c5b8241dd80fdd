/* sf-chart-area.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The chart asks for the height its width needs (height-for-width), since labels wrap and
 * legends flow onto more lines when the window is narrow.
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "sf-chart-area.h"

struct _SfChartArea
{
  GtkWidget              parent_instance;
  gpointer               drawing; /* owned: an SfChart, or what @kind draws */
  const SfChartAreaKind *kind;
  double                 scale;   /* pixels per point */
};

G_DEFINE_FINAL_TYPE (SfChartArea, sf_chart_area, GTK_TYPE_WIDGET)

#define FALLBACK_WIDTH 480 /* points, before the widget knows its width */

static GtkSizeRequestMode
chart_area_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
chart_area_measure (GtkWidget      *widget,
                    GtkOrientation  orientation,
                    int             for_size,
                    int            *minimum,
                    int            *natural,
                    int            *minimum_baseline,
                    int            *natural_baseline)
{
  SfChartArea *self = SF_CHART_AREA (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 240;
      *natural = (int) (FALLBACK_WIDTH * self->scale);
      return;
    }
  if (self->drawing == NULL)
    *minimum = *natural = 0;
  else
    {
      double width = for_size > 0 ? for_size / self->scale : FALLBACK_WIDTH;

      *minimum = *natural = (int) ceil (self->scale *
                                        self->kind->get_height (self->drawing, width));
    }
}

static void
chart_area_snapshot (GtkWidget   *widget,
                     GtkSnapshot *snapshot)
{
  SfChartArea *self = SF_CHART_AREA (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (self->drawing == NULL || width <= 0 || height <= 0)
    return;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  /* The chart is laid out in points, as in the PDF. */
  cairo_scale (cr, self->scale, self->scale);
  self->kind->draw (self->drawing, cr, width / self->scale);
  cairo_destroy (cr);
}

static void
chart_area_finalize (GObject *object)
{
  SfChartArea *self = SF_CHART_AREA (object);

  if (self->drawing != NULL)
    self->kind->free (self->drawing);
  G_OBJECT_CLASS (sf_chart_area_parent_class)->finalize (object);
}

static void
sf_chart_area_class_init (SfChartAreaClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = chart_area_finalize;
  widget_class->get_request_mode = chart_area_get_request_mode;
  widget_class->measure = chart_area_measure;
  widget_class->snapshot = chart_area_snapshot;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
sf_chart_area_init (SfChartArea *self)
{
  self->scale = 1;
}

/* What the chart shows, in words, for a screen reader: per bar its label and values. */
static char *
chart_summary (SfChart *chart)
{
  GString *text = g_string_new (NULL);

  if (sf_chart_get_n_bars (chart) == 0)
    return g_strdup (sf_chart_get_empty_text (chart));
  for (guint i = 0; i < sf_chart_get_n_bars (chart); i++)
    {
      g_string_append_printf (text, "%s%s:", i > 0 ? "; " : "", sf_chart_get_bar_label (chart, i));
      for (guint s = 0; s < sf_chart_get_n_series (chart); s++)
        {
          const char *name = sf_chart_get_series_name (chart, s);
          g_autofree char *number = NULL;
          SfChartValueFlags flags;
          double value;

          sf_chart_get_value (chart, i, s, &value, &flags);
          if (flags & SF_CHART_VALUE_UNKNOWN)
            number = g_strdup (_("unknown"));
          else if (flags & SF_CHART_VALUE_ESTIMATE)
            {
              g_autofree char *plain = sf_chart_format_value (chart, value);

              /* Translators: a value in a chart that is an estimate, e.g. "25 % (estimate)" */
              number = g_strdup_printf (_("%s (estimate)"), plain);
            }
          else
            number = sf_chart_format_value (chart, value);
          g_string_append_printf (text, "%s %s%s%s", s > 0 ? "," : "", name ? name : "",
                                  name ? " " : "", number);
        }
    }
  return g_string_free (text, FALSE);
}

static const SfChartAreaKind chart_kind = {
  (double (*) (gpointer, double)) sf_chart_get_height,
  (void (*) (gpointer, cairo_t *, double)) sf_chart_draw,
  (GDestroyNotify) sf_chart_free,
};

void
sf_chart_area_set_drawing (SfChartArea           *self,
                           gpointer               drawing,
                           const SfChartAreaKind *kind,
                           const char            *title,
                           const char            *description)
{
  g_return_if_fail (SF_IS_CHART_AREA (self));
  g_return_if_fail (drawing != NULL && kind != NULL);

  if (self->drawing != NULL)
    self->kind->free (self->drawing);
  self->drawing = drawing;
  self->kind = kind;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
sf_chart_area_set_chart (SfChartArea *self,
                         SfChart     *chart)
{
  g_autofree char *summary = NULL;

  g_return_if_fail (SF_IS_CHART_AREA (self));
  g_return_if_fail (chart != NULL);

  summary = chart_summary (chart);
  sf_chart_area_set_drawing (self, chart, &chart_kind, sf_chart_get_title (chart), summary);
}

GtkWidget *
sf_chart_area_new (double scale)
{
  SfChartArea *self;

  g_return_val_if_fail (scale > 0, NULL);

  self = g_object_new (SF_TYPE_CHART_AREA, NULL);
  self->scale = scale;
  return GTK_WIDGET (self);
}

SfChart *
sf_chart_area_get_chart (SfChartArea *self)
{
  g_return_val_if_fail (SF_IS_CHART_AREA (self), NULL);
  return self->kind == &chart_kind ? self->drawing : NULL;
}

gpointer
sf_chart_area_get_drawing (SfChartArea *self)
{
  g_return_val_if_fail (SF_IS_CHART_AREA (self), NULL);
  return self->drawing;
}
