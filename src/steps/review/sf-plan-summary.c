/* sf-plan-summary.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A handful of labels, made again when the plan changes: a beamer shows only the next few
 * actions, so there is nothing to gain from binding rows.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-due.h"
#include "sf-plan-summary.h"
#include "sf-plan-timeline-view.h"
#include "sf-project-plan.h"
#include "review-resources.h"

/* As many as a beamer shows in large type under the timeline. */
#define N_NEXT 5
/* Screen pixels per chart point: larger than on the page, to read from the back. */
#define BEAMER_SCALE 2.0
#define BEAMER_TEXT_SCALE 1.5

struct _SfPlanSummary
{
  AdwBin     parent_instance;

  SfProject *project;

  GtkWidget *box;
  GtkWidget *next_box;
};

G_DEFINE_FINAL_TYPE (SfPlanSummary, sf_plan_summary, ADW_TYPE_BIN)

static PangoAttrList *
large_type (void)
{
  static PangoAttrList *attributes = NULL;

  if (attributes == NULL)
    {
      attributes = pango_attr_list_new ();
      pango_attr_list_insert (attributes, pango_attr_scale_new (BEAMER_TEXT_SCALE));
    }
  return attributes;
}

static GtkWidget *
next_label (SfPlanAction *action)
{
  g_autofree char *due = sf_due_format (sf_plan_action_get_due (action));
  const char *who = sf_plan_action_get_responsible (action);
  g_autofree char *line = NULL;
  GtkWidget *label;

  if (*due != '\0' && *who != '\0')
    line = g_strdup_printf ("%s — %s · %s", due, sf_plan_action_get_what (action), who);
  else if (*due != '\0' || *who != '\0')
    line = g_strdup_printf ("%s — %s", *due != '\0' ? due : who,
                            sf_plan_action_get_what (action));
  else
    line = g_strdup (sf_plan_action_get_what (action));
  label = gtk_label_new (line);
  gtk_widget_set_name (label, "plan-summary-next");
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  /* Large, to read from the back of the room, but not bold: the heading above is. */
  gtk_label_set_attributes (GTK_LABEL (label), large_type ());
  return label;
}

static void
rebuild (SfPlanSummary *self)
{
  GListModel *plan = sf_project_get_plan (self->project);
  GtkWidget *child;
  guint shown = 0;

  while ((child = gtk_widget_get_first_child (self->next_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->next_box), child);
  for (guint i = 0; i < g_list_model_get_n_items (plan) && shown < N_NEXT; i++)
    {
      g_autoptr(SfPlanAction) action = g_list_model_get_item (plan, i);
      SfActionStatus status = sf_plan_action_get_status (action);

      if (status != SF_ACTION_OPEN && status != SF_ACTION_UNDER_WAY)
        continue;
      gtk_box_append (GTK_BOX (self->next_box), next_label (action));
      shown++;
    }
  if (shown == 0)
    {
      GtkWidget *none = gtk_label_new (_("Nothing left to do in the plan."));

      gtk_label_set_xalign (GTK_LABEL (none), 0);
      gtk_label_set_attributes (GTK_LABEL (none), large_type ());
      gtk_widget_add_css_class (none, "dim-label");
      gtk_box_append (GTK_BOX (self->next_box), none);
    }
}

static void
sf_plan_summary_dispose (GObject *object)
{
  SfPlanSummary *self = SF_PLAN_SUMMARY (object);

  /* AdwBin first, so it does not unparent again the child the template already dropped. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_PLAN_SUMMARY);
  g_clear_object (&self->project);
  G_OBJECT_CLASS (sf_plan_summary_parent_class)->dispose (object);
}

static void
sf_plan_summary_class_init (SfPlanSummaryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_plan_summary_dispose;

  /* Referring to the resource keeps its object file in the static library's link. */
  (void) sf_review_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-plan-summary.ui");
  gtk_widget_class_bind_template_child (widget_class, SfPlanSummary, box);
  gtk_widget_class_bind_template_child (widget_class, SfPlanSummary, next_box);
}

static void
sf_plan_summary_init (SfPlanSummary *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sf_plan_summary_new (SfProject *project)
{
  SfPlanSummary *self;
  GtkWidget *timeline;

  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);

  self = g_object_new (SF_TYPE_PLAN_SUMMARY, NULL);
  self->project = g_object_ref (project);
  /* Under the title, above the next actions. */
  timeline = sf_plan_timeline_view_new (project, BEAMER_SCALE);
  gtk_widget_insert_after (timeline, self->box, gtk_widget_get_first_child (self->box));
  g_signal_connect_object (project, "changed::plan_action", G_CALLBACK (rebuild), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (project, "changed::partner", G_CALLBACK (rebuild), self,
                           G_CONNECT_SWAPPED);
  rebuild (self);
  return GTK_WIDGET (self);
}
