/* sf-confidential-marker.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Readable without colour too: the word is there, not only the lock.
 */
#include "config.h"

#include "sf-confidential-marker.h"
#include "steps-resources.h"

struct _SfConfidentialMarker
{
  GtkBox parent_instance;
};

G_DEFINE_FINAL_TYPE (SfConfidentialMarker, sf_confidential_marker, GTK_TYPE_BOX)

static void
sf_confidential_marker_class_init (SfConfidentialMarkerClass *klass)
{
  /* Referring to the resource keeps its object file in the static library's link. */
  (void) sf_steps_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (GTK_WIDGET_CLASS (klass),
    "/io/github/startfoto/Startfoto/ui/steps/sf-confidential-marker.ui");
}

static void
sf_confidential_marker_init (SfConfidentialMarker *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sf_confidential_marker_new (void)
{
  return g_object_new (SF_TYPE_CONFIDENTIAL_MARKER, NULL);
}
