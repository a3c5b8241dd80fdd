/* sf-result-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "figures-resources.h"
#include "sf-result-row.h"

struct _SfResultRow
{
  AdwActionRow parent_instance;

  GtkWidget *marker;
  GtkWidget *value_label;
};

G_DEFINE_FINAL_TYPE (SfResultRow, sf_result_row, ADW_TYPE_ACTION_ROW)

static void
sf_result_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SF_TYPE_RESULT_ROW);
  G_OBJECT_CLASS (sf_result_row_parent_class)->dispose (object);
}

static void
sf_result_row_class_init (SfResultRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = sf_result_row_dispose;

  /* Referring to the resource keeps its object file in the static library's link. */
  (void) sf_figures_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-result-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SfResultRow, marker);
  gtk_widget_class_bind_template_child (widget_class, SfResultRow, value_label);
}

static void
sf_result_row_init (SfResultRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sf_result_row_new (const char *name,
                   const char *title,
                   const char *value,
                   const char *marker,
                   gboolean    dim)
{
  SfResultRow *self = g_object_new (SF_TYPE_RESULT_ROW, NULL);

  gtk_widget_set_name (GTK_WIDGET (self), name);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);
  if (marker != NULL)
    gtk_label_set_text (GTK_LABEL (self->marker), marker);
  else
    {
      adw_action_row_remove (ADW_ACTION_ROW (self), self->marker);
      self->marker = NULL;
    }
  gtk_label_set_text (GTK_LABEL (self->value_label), value);
  if (dim)
    gtk_widget_add_css_class (self->value_label, "dim-label");
  return GTK_WIDGET (self);
}
