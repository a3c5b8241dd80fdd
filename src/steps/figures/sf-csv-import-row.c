/* sf-csv-import-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "figures-resources.h"
#include "sf-csv-import-row.h"

struct _SfCsvImportRow
{
  AdwActionRow parent_instance;

  GtkWidget *tag;
  GtkWidget *value_label;
};

G_DEFINE_FINAL_TYPE (SfCsvImportRow, sf_csv_import_row, ADW_TYPE_ACTION_ROW)

static void
sf_csv_import_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SF_TYPE_CSV_IMPORT_ROW);
  G_OBJECT_CLASS (sf_csv_import_row_parent_class)->dispose (object);
}

static void
sf_csv_import_row_class_init (SfCsvImportRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = sf_csv_import_row_dispose;

  /* Referring to the resource keeps its object file in the static library's link. */
  (void) sf_figures_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-csv-import-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SfCsvImportRow, tag);
  gtk_widget_class_bind_template_child (widget_class, SfCsvImportRow, value_label);
}

static void
sf_csv_import_row_init (SfCsvImportRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sf_csv_import_row_new (const char *name,
                       const char *title,
                       const char *value,
                       const char *value_name,
                       gboolean    dim)
{
  SfCsvImportRow *self = g_object_new (SF_TYPE_CSV_IMPORT_ROW, NULL);

  gtk_widget_set_name (GTK_WIDGET (self), name);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);
  gtk_label_set_text (GTK_LABEL (self->value_label), value);
  gtk_widget_set_name (self->value_label, value_name);
  if (dim)
    gtk_widget_add_css_class (self->value_label, "dim-label");
  return GTK_WIDGET (self);
}

void
sf_csv_import_row_set_tag (SfCsvImportRow *self,
                           const char     *tag,
                           const char     *tooltip,
                           const char     *style)
{
  g_return_if_fail (SF_IS_CSV_IMPORT_ROW (self));

  gtk_label_set_text (GTK_LABEL (self->tag), tag);
  gtk_widget_set_tooltip_text (self->tag, tooltip);
  gtk_widget_add_css_class (self->tag, style);
  gtk_widget_set_visible (self->tag, TRUE);
}
