/* sf-plan-timeline.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Built in an idle callback rather than in the edit's own frame: an edit is shown at once,
 * the chart a moment after, and a burst of changes (an undo of many) builds it once.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-chart-area.h"
#include "sf-plan-timeline.h"

struct _SfPlanTimeline
{
  AdwBin     parent_instance;

  SfProject *project;
  GtkWidget *area;
  guint      rebuild_id;
};

G_DEFINE_FINAL_TYPE (SfPlanTimeline, sf_plan_timeline, ADW_TYPE_BIN)

static SfChart *
build_chart (SfProject *project)
{
  /* The report's timeline chart lands with the chart module's "Chart: timeline". */
  (void) project;
  return NULL;
}

static gboolean
rebuild (gpointer data)
{
  SfPlanTimeline *self = data;
  SfChart *chart = build_chart (self->project);

  self->rebuild_id = 0;
  gtk_widget_set_visible (GTK_WIDGET (self), chart != NULL);
  if (chart != NULL)
    sf_chart_area_set_chart (SF_CHART_AREA (self->area), chart);
  return G_SOURCE_REMOVE;
}

static void
changed_cb (SfPlanTimeline *self)
{
  if (self->rebuild_id == 0)
    self->rebuild_id = g_idle_add (rebuild, self);
}

static void
sf_plan_timeline_dispose (GObject *object)
{
  SfPlanTimeline *self = SF_PLAN_TIMELINE (object);

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  g_clear_object (&self->project);
  G_OBJECT_CLASS (sf_plan_timeline_parent_class)->dispose (object);
}

static void
sf_plan_timeline_class_init (SfPlanTimelineClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sf_plan_timeline_dispose;
}

static void
sf_plan_timeline_init (SfPlanTimeline *self)
{
}

GtkWidget *
sf_plan_timeline_new (SfProject *project,
                      double     scale)
{
  SfPlanTimeline *self;

  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);

  self = g_object_new (SF_TYPE_PLAN_TIMELINE, NULL);
  self->project = g_object_ref (project);
  self->area = sf_chart_area_new (scale);
  gtk_widget_set_name (self->area, "plan-timeline");
  gtk_widget_set_hexpand (self->area, TRUE);
  gtk_widget_set_margin_top (self->area, 12);
  gtk_widget_set_margin_bottom (self->area, 12);
  gtk_widget_set_margin_start (self->area, 12);
  gtk_widget_set_margin_end (self->area, 12);
  gtk_widget_add_css_class (GTK_WIDGET (self), "card");
  adw_bin_set_child (ADW_BIN (self), self->area);
  g_signal_connect_object (project, "changed::plan_action", G_CALLBACK (changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (project, "changed::partner", G_CALLBACK (changed_cb), self,
                           G_CONNECT_SWAPPED);
  rebuild (self);
  return GTK_WIDGET (self);
}

SfChart *
sf_plan_timeline_get_chart (SfPlanTimeline *self)
{
  g_return_val_if_fail (SF_IS_PLAN_TIMELINE (self), NULL);
  return sf_chart_area_get_chart (SF_CHART_AREA (self->area));
}
