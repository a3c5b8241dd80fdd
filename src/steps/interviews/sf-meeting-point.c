/* sf-meeting-point.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sf-meeting-point.h"
#include "interviews-resources.h"

struct _SfMeetingPoint
{
  GtkBox parent_instance;

  GtkWidget *text;
  GtkWidget *caption;
};

G_DEFINE_FINAL_TYPE (SfMeetingPoint, sf_meeting_point, GTK_TYPE_BOX)

static void
sf_meeting_point_class_init (SfMeetingPointClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  /* Referring to the resource keeps its object file in the static library's link. */
  (void) sf_interviews_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-meeting-point.ui");
  gtk_widget_class_bind_template_child (widget_class, SfMeetingPoint, text);
  gtk_widget_class_bind_template_child (widget_class, SfMeetingPoint, caption);
}

static void
sf_meeting_point_init (SfMeetingPoint *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sf_meeting_point_new (const char *text,
                      const char *caption)
{
  SfMeetingPoint *self = g_object_new (SF_TYPE_MEETING_POINT, NULL);
  gboolean has_caption = caption != NULL && *caption != '\0';

  gtk_label_set_text (GTK_LABEL (self->text), text);
  gtk_label_set_text (GTK_LABEL (self->caption), has_caption ? caption : "");
  gtk_widget_set_visible (self->caption, has_caption);
  return GTK_WIDGET (self);
}
