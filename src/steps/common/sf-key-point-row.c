/* sf-key-point-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The sources are chosen in a window of their own (sf-source-chooser.h), where long answers
 * and statements can be read whole; it reads them from the store as they are when it opens
 * and follows the store while open.
 */
#include "config.h"

#include "sf-key-point-row.h"
#include "sf-source-chooser.h"
#include "steps-resources.h"

struct _SfKeyPointRow
{
  SfTaggedRow parent_instance;

  AdwActionRow *sources_row;
};

G_DEFINE_FINAL_TYPE (SfKeyPointRow, sf_key_point_row, SF_TYPE_TAGGED_ROW)

static void
update_sources (SfKeyPointRow *self)
{
  g_autofree char *summary = sf_source_summary (
    sf_tagged_row_get_project (GTK_WIDGET (self)),
    sf_record_get_id (sf_tagged_row_get_item (GTK_WIDGET (self))));

  adw_action_row_set_subtitle (self->sources_row, summary);
}

static void
project_changed (SfKeyPointRow *self,
                 const char    *table)
{
  static const char * const tables[] = {
    "key_point_source", "answer", "interview", "statement", NULL
  };

  if (table != NULL && g_strv_contains (tables, table))
    update_sources (self);
}

static void
choose_sources_action (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       self)
{
  GtkWidget *chooser = sf_source_chooser_new (self, sf_tagged_row_get_project (self),
                                              sf_key_point_row_get_point (self));

  gtk_window_present (GTK_WINDOW (chooser));
}

static void
sf_key_point_row_constructed (GObject *object)
{
  static const GActionEntry entries[] = {
    { .name = "choose-sources", .activate = choose_sources_action },
  };
  SfKeyPointRow *self = SF_KEY_POINT_ROW (object);

  G_OBJECT_CLASS (sf_key_point_row_parent_class)->constructed (object);
  g_action_map_add_action_entries (sf_tagged_row_get_actions (GTK_WIDGET (self)), entries,
                                   G_N_ELEMENTS (entries), self);
  g_signal_connect_object (sf_tagged_row_get_project (GTK_WIDGET (self)), "changed",
                           G_CALLBACK (project_changed), self, G_CONNECT_SWAPPED);
  update_sources (self);
}

static void
sf_key_point_row_class_init (SfKeyPointRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sf_key_point_row_constructed;

  /* Referring to the resource keeps its object file in the static library's link. */
  (void) sf_steps_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-key-point-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SfKeyPointRow, sources_row);
}

static void
sf_key_point_row_init (SfKeyPointRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sf_key_point_row_new (SfProject  *project,
                      SfKeyPoint *point)
{
  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);
  g_return_val_if_fail (SF_IS_KEY_POINT (point), NULL);

  return g_object_new (SF_TYPE_KEY_POINT_ROW, "project", project, "item", point, NULL);
}

SfKeyPoint *
sf_key_point_row_get_point (SfKeyPointRow *self)
{
  g_return_val_if_fail (SF_IS_KEY_POINT_ROW (self), NULL);
  return SF_KEY_POINT (sf_tagged_row_get_item (GTK_WIDGET (self)));
}
