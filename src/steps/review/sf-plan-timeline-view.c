/* sf-plan-timeline-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Built again after the frame that shows the change has been painted, never within it: an
 * edit is shown at once (a timeline laid out in the same frame more than doubled an edit's
 * p99 in bench-plan-edit), the timeline in the frame after, and a burst of changes builds it
 * once.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-chart-area.h"
#include "sf-plan-timeline-view.h"

struct _SfPlanTimelineView
{
  AdwBin     parent_instance;

  SfProject     *project;
  GtkWidget     *area;
  gboolean       pending;   /* a change waits to be drawn */
  guint          rebuild_id;
  GdkFrameClock *clock;     /* while waiting for its frame to be painted */
  gulong         painted_id;
};

G_DEFINE_FINAL_TYPE (SfPlanTimelineView, sf_plan_timeline_view, ADW_TYPE_BIN)

static void
draw (gpointer  timeline,
      cairo_t  *cr,
      double    width)
{
  sf_timeline_draw (timeline, cr, width, 0);
}

static const SfChartAreaKind timeline_kind = {
  (double (*) (gpointer, double)) sf_timeline_get_height,
  draw,
  (GDestroyNotify) sf_timeline_free,
};

/* For a screen reader: per quarter, how many actions. */
static char *
describe (SfTimeline *timeline)
{
  GString *text = g_string_new (NULL);

  /* The grid is laid out when measured: at the page's width, as near as matters here. */
  sf_timeline_get_height (timeline, 480);
  for (guint column = 0; column < sf_timeline_get_n_columns (timeline); column++)
    {
      guint n = 0;

      for (guint status = 0; status < SF_ACTION_N_STATUSES; status++)
        n += sf_timeline_get_count (timeline, G_MAXUINT, column, status);
      g_string_append_printf (text, "%s%s: %u", column > 0 ? "; " : "",
                              sf_timeline_get_column_label (timeline, column), n);
    }
  return g_string_free (text, FALSE);
}

static void
stop_waiting (SfPlanTimelineView *self)
{
  if (self->clock != NULL)
    g_clear_signal_handler (&self->painted_id, self->clock);
  g_clear_object (&self->clock);
  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  self->pending = FALSE;
}

static gboolean
rebuild (gpointer data)
{
  SfPlanTimelineView *self = data;
  SfTimeline *timeline = sf_plan_timeline_new (self->project);
  g_autofree char *description = describe (timeline);

  self->rebuild_id = 0;
  stop_waiting (self);
  sf_chart_area_set_drawing (SF_CHART_AREA (self->area), timeline, &timeline_kind,
                             _("The plan by quarter"), description);
  return G_SOURCE_REMOVE;
}

static void
changed_cb (SfPlanTimelineView *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  if (self->pending)
    return;
  self->pending = TRUE;
  /* Not shown: nothing to wait for. */
  if (clock == NULL)
    {
      self->rebuild_id = g_idle_add (rebuild, self);
      return;
    }
  self->clock = g_object_ref (clock);
  self->painted_id = g_signal_connect_swapped (clock, "after-paint", G_CALLBACK (rebuild), self);
  gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_PAINT);
}

static void
sf_plan_timeline_view_dispose (GObject *object)
{
  SfPlanTimelineView *self = SF_PLAN_TIMELINE_VIEW (object);

  stop_waiting (self);
  g_clear_object (&self->project);
  G_OBJECT_CLASS (sf_plan_timeline_view_parent_class)->dispose (object);
}

static void
sf_plan_timeline_view_class_init (SfPlanTimelineViewClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sf_plan_timeline_view_dispose;
}

static void
sf_plan_timeline_view_init (SfPlanTimelineView *self)
{
}

GtkWidget *
sf_plan_timeline_view_new (SfProject *project,
                           double     scale)
{
  SfPlanTimelineView *self;

  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);

  self = g_object_new (SF_TYPE_PLAN_TIMELINE_VIEW, NULL);
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
  /* Those involved do not show on the timeline: actions and partners (its lanes) do. */
  g_signal_connect_object (project, "changed::plan_action", G_CALLBACK (changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (project, "changed::partner", G_CALLBACK (changed_cb), self,
                           G_CONNECT_SWAPPED);
  rebuild (self);
  return GTK_WIDGET (self);
}

SfTimeline *
sf_plan_timeline_view_get_timeline (SfPlanTimelineView *self)
{
  g_return_val_if_fail (SF_IS_PLAN_TIMELINE_VIEW (self), NULL);
  return sf_chart_area_get_drawing (SF_CHART_AREA (self->area));
}
