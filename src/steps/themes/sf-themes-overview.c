/* sf-themes-overview.c: how often each theme comes up, as a chart and as rows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "sf-project-themes.h"
#include "sf-theme-use-row.h"
#include "sf-themes-overview.h"
#include "themes-resources.h"

/* The width the chart's height is worked out for, before the area has one of its own. */
#define CHART_FALLBACK_WIDTH 600.0

struct _SfThemesOverview
{
  AdwPreferencesGroup parent_instance;

  GtkWidget *chart_area;
  GtkWidget *uses_list;

  SfProject *project;
  SfChart   *chart;
  gboolean   dirty;
  guint      idle;
};

G_DEFINE_FINAL_TYPE (SfThemesOverview, sf_themes_overview, ADW_TYPE_PREFERENCES_GROUP)

SfChart *
sf_themes_chart_new (SfProject *project)
{
  g_autoptr(GPtrArray) uses = NULL;
  g_autoptr(GError) error = NULL;
  const char *series[] = { _("Step 1"), _("Step 2") };
  SfChart *chart;

  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);

  chart = sf_chart_new (_("Themes per step"));
  sf_chart_set_series (chart, G_N_ELEMENTS (series), series);
  sf_chart_set_empty_text (chart, _("No themes yet"));
  uses = sf_project_theme_overview (project, &error);
  if (uses == NULL)
    {
      g_warning ("Cannot read the theme overview: %s", error->message);
      return chart;
    }
  for (guint i = 0; i < uses->len; i++)
    {
      SfThemeUse *use = g_ptr_array_index (uses, i);
      double values[] = { use->step1_points, use->step2_points };

      sf_chart_add_bar (chart, use->name, values);
    }
  return chart;
}

static void
draw_chart (GtkDrawingArea *area,
            cairo_t        *cr,
            int             width,
            int             height,
            gpointer        user_data)
{
  SfThemesOverview *self = user_data;

  if (self->chart == NULL)
    return;
  /* The chart is laid out in points, as in the PDF; on screen a point is 4/3 of a pixel. */
  cairo_scale (cr, SF_THEMES_CHART_SCALE, SF_THEMES_CHART_SCALE);
  sf_chart_draw (self->chart, cr, width / SF_THEMES_CHART_SCALE);
}

static void
rebuild (SfThemesOverview *self)
{
  g_autoptr(GPtrArray) uses = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  g_clear_handle_id (&self->idle, g_source_remove);
  self->dirty = FALSE;

  g_clear_pointer (&self->chart, sf_chart_free);
  self->chart = sf_themes_chart_new (self->project);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (self->chart_area),
                                       (int) ceil (SF_THEMES_CHART_SCALE *
                                                   sf_chart_get_height (self->chart,
                                                                        CHART_FALLBACK_WIDTH)));
  gtk_widget_queue_draw (self->chart_area);

  while ((child = gtk_widget_get_first_child (self->uses_list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->uses_list), child);
  uses = sf_project_theme_overview (self->project, &error);
  if (uses == NULL)
    {
      g_warning ("Cannot read the theme overview: %s", error->message);
      return;
    }
  for (guint i = 0; i < uses->len; i++)
    gtk_list_box_append (GTK_LIST_BOX (self->uses_list),
                         sf_theme_use_row_new (g_ptr_array_index (uses, i)));
  gtk_widget_set_visible (self->uses_list, uses->len > 0);
}

static gboolean
idle_cb (gpointer user_data)
{
  SfThemesOverview *self = user_data;

  self->idle = 0;
  rebuild (self);
  return G_SOURCE_REMOVE;
}

static void
project_changed_cb (SfThemesOverview *self)
{
  self->dirty = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)) && self->idle == 0)
    self->idle = g_idle_add (idle_cb, self);
}

void
sf_themes_overview_set_project (SfThemesOverview *self,
                                SfProject        *project)
{
  const char *tables[] = { "tag", "theme", "key_point", "statement" };

  g_return_if_fail (SF_IS_THEMES_OVERVIEW (self));
  g_return_if_fail (SF_IS_PROJECT (project));
  g_return_if_fail (self->project == NULL);

  self->project = g_object_ref (project);
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *signal = g_strdup_printf ("changed::%s", tables[i]);

      g_signal_connect_object (project, signal, G_CALLBACK (project_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }
  rebuild (self);
}

SfChart *
sf_themes_overview_get_chart (SfThemesOverview *self)
{
  g_return_val_if_fail (SF_IS_THEMES_OVERVIEW (self), NULL);
  g_return_val_if_fail (self->project != NULL, NULL);

  if (self->dirty || self->chart == NULL)
    rebuild (self);
  return self->chart;
}

static void
sf_themes_overview_map (GtkWidget *widget)
{
  SfThemesOverview *self = SF_THEMES_OVERVIEW (widget);

  GTK_WIDGET_CLASS (sf_themes_overview_parent_class)->map (widget);
  if (self->dirty)
    rebuild (self);
}

static void
sf_themes_overview_dispose (GObject *object)
{
  SfThemesOverview *self = SF_THEMES_OVERVIEW (object);

  g_clear_handle_id (&self->idle, g_source_remove);
  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);
  g_clear_object (&self->project);
  g_clear_pointer (&self->chart, sf_chart_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_THEMES_OVERVIEW);
  G_OBJECT_CLASS (sf_themes_overview_parent_class)->dispose (object);
}

static void
sf_themes_overview_class_init (SfThemesOverviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_themes_overview_dispose;
  widget_class->map = sf_themes_overview_map;

  /* Referring to the resource keeps its object file in the static library's link. */
  (void) sf_themes_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-themes-overview.ui");
  gtk_widget_class_bind_template_child (widget_class, SfThemesOverview, chart_area);
  gtk_widget_class_bind_template_child (widget_class, SfThemesOverview, uses_list);
}

static void
sf_themes_overview_init (SfThemesOverview *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->chart_area), draw_chart, self, NULL);
}
