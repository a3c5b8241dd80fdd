/* sf-interviews-section.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-interview-row.h"
#include "sf-interviews-section.h"
#include "sf-joint-meeting-window.h"
#include "sf-placeholder.h"
#include "interviews-resources.h"

struct _SfInterviewsSection
{
  AdwBin parent_instance;

  SfProject *project;
  GtkWidget *list_box;
};

G_DEFINE_FINAL_TYPE (SfInterviewsSection, sf_interviews_section, ADW_TYPE_BIN)

static GtkWidget *
create_row (gpointer item,
            gpointer project)
{
  return sf_interview_row_new (project, SF_PARTNER (item));
}

static void
joint_meeting_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  SfInterviewsSection *self = SF_INTERVIEWS_SECTION (widget);
  GtkWidget *window = sf_joint_meeting_window_new (widget, self->project);

  gtk_window_present (GTK_WINDOW (window));
}

static void
sf_interviews_section_dispose (GObject *object)
{
  SfInterviewsSection *self = SF_INTERVIEWS_SECTION (object);

  /* AdwBin first, so it does not unparent again the child the template already dropped. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_INTERVIEWS_SECTION);
  g_clear_object (&self->project);
  G_OBJECT_CLASS (sf_interviews_section_parent_class)->dispose (object);
}

static void
sf_interviews_section_class_init (SfInterviewsSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_interviews_section_dispose;
  gtk_widget_class_install_action (widget_class, "interviews.joint-meeting", NULL,
                                   joint_meeting_action);

  /* Referring to the resource keeps its object file in the static library's link. */
  (void) sf_interviews_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-interviews-section.ui");
  gtk_widget_class_bind_template_child (widget_class, SfInterviewsSection, list_box);
}

static void
sf_interviews_section_init (SfInterviewsSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_list_box_set_placeholder (GTK_LIST_BOX (self->list_box), sf_placeholder_new (
    _("Add partners to the register to plan their interviews")));
}

GtkWidget *
sf_interviews_section_new (SfProject *project)
{
  SfInterviewsSection *self;

  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);

  self = g_object_new (SF_TYPE_INTERVIEWS_SECTION, NULL);
  self->project = g_object_ref (project);
  gtk_list_box_bind_model (GTK_LIST_BOX (self->list_box), sf_project_get_partners (project),
                           create_row, project, NULL);
  return GTK_WIDGET (self);
}
