/* sf-meeting-card.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A card without points says so, in the same words whether there are none or only
 * confidential ones: the group is not told that a partner said something confidential.
 */
#include "config.h"

#include "sf-meeting-card.h"
#include "sf-meeting-point.h"
#include "interviews-resources.h"

struct _SfMeetingCard
{
  GtkBox parent_instance;

  GtkWidget *heading;
  GtkWidget *subtitle;
  GtkWidget *empty_label;
  GtkWidget *last;  /* the points come after it */
};

G_DEFINE_FINAL_TYPE (SfMeetingCard, sf_meeting_card, GTK_TYPE_BOX)

static void
sf_meeting_card_class_init (SfMeetingCardClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  /* Referring to the resource keeps its object file in the static library's link. */
  (void) sf_interviews_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-meeting-card.ui");
  gtk_widget_class_bind_template_child (widget_class, SfMeetingCard, heading);
  gtk_widget_class_bind_template_child (widget_class, SfMeetingCard, subtitle);
  gtk_widget_class_bind_template_child (widget_class, SfMeetingCard, empty_label);
}

static void
sf_meeting_card_init (SfMeetingCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->last = self->subtitle;
}

GtkWidget *
sf_meeting_card_new (const char *heading,
                     const char *subtitle)
{
  SfMeetingCard *self = g_object_new (SF_TYPE_MEETING_CARD, NULL);

  gtk_label_set_text (GTK_LABEL (self->heading), heading);
  gtk_label_set_text (GTK_LABEL (self->subtitle), subtitle != NULL ? subtitle : "");
  gtk_widget_set_visible (self->subtitle, subtitle != NULL);
  return GTK_WIDGET (self);
}

void
sf_meeting_card_add_point (SfMeetingCard *self,
                           const char    *text,
                           const char    *caption)
{
  GtkWidget *point;

  g_return_if_fail (SF_IS_MEETING_CARD (self));

  point = sf_meeting_point_new (text, caption);
  gtk_box_insert_child_after (GTK_BOX (self), point, self->last);
  self->last = point;
  gtk_widget_set_visible (self->empty_label, FALSE);
}
