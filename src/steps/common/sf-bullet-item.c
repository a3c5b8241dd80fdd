/* sf-bullet-item.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sf-bullet-item.h"
#include "steps-resources.h"

struct _SfBulletItem
{
  GtkBox parent_instance;

  GtkLabel *label;
};

G_DEFINE_FINAL_TYPE (SfBulletItem, sf_bullet_item, GTK_TYPE_BOX)

static void
sf_bullet_item_class_init (SfBulletItemClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  /* Referring to the resource keeps its object file in the static library's link. */
  (void) sf_steps_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-bullet-item.ui");
  gtk_widget_class_bind_template_child (widget_class, SfBulletItem, label);
}

static void
sf_bullet_item_init (SfBulletItem *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sf_bullet_item_new (const char *text)
{
  SfBulletItem *self = g_object_new (SF_TYPE_BULLET_ITEM, NULL);

  gtk_label_set_text (self->label, text);
  return GTK_WIDGET (self);
}
