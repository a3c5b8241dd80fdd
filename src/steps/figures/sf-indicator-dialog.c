/* sf-indicator-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Widget names for the tests: "own-indicator-name", "own-indicator-type" (an AdwComboRow in
 * the order of SfIndicatorType), "own-indicator-unit" and "own-indicator-add".
 */
#include "config.h"

#include <glib/gi18n.h>

#include "figures-resources.h"
#include "sf-feedback.h"
#include "sf-indicator-dialog.h"
#include "sf-project-figures.h"
#include "sf-toplevel.h"

struct _SfIndicatorDialog
{
  AdwWindow parent_instance;

  SfProject *project;
  GtkWidget *parent;     /* weak: where the toast goes */

  GtkWidget *add_button;
  GtkWidget *name_row;
  GtkWidget *type_row;
  GtkWidget *unit_row;
};

G_DEFINE_FINAL_TYPE (SfIndicatorDialog, sf_indicator_dialog, ADW_TYPE_WINDOW)

const char *
sf_indicator_type_label (SfIndicatorType type)
{
  switch (type)
    {
    case SF_INDICATOR_COUNT:
      return _("A number");
    case SF_INDICATOR_YES_NO:
      return _("Yes or no");
    case SF_INDICATOR_DISTRIBUTION:
      return _("Numbers per age group");
    case SF_INDICATOR_CATEGORY:
      return _("Only older people or mixed");
    case SF_INDICATOR_CATEGORY_COUNTS:
      return _("Numbers per kind");
    case SF_INDICATOR_ACTIVITIES:
      return _("A list of activities");
    case SF_INDICATOR_N_TYPES:
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
validate (SfIndicatorDialog *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (
                                        GTK_EDITABLE (self->name_row))));

  gtk_widget_set_sensitive (self->add_button, *name != '\0');
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  SfIndicatorDialog *self = SF_INDICATOR_DIALOG (widget);
  guint type = adw_combo_row_get_selected (ADW_COMBO_ROW (self->type_row));
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;

  if (type >= SF_INDICATOR_N_TYPES)
    type = SF_INDICATOR_COUNT;
  id = sf_project_add_indicator (self->project,
                                 gtk_editable_get_text (GTK_EDITABLE (self->name_row)), type,
                                 gtk_editable_get_text (GTK_EDITABLE (self->unit_row)), &error);
  if (id == NULL)
    {
      /* Keep the dialog, and what was typed, so the user can try again. */
      sf_feedback_error (widget, _("The figure could not be added"), error);
      return;
    }
  if (self->parent != NULL)
    sf_feedback_undo_toast (self->parent, self->project, _("Figure added"));
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
sf_indicator_dialog_dispose (GObject *object)
{
  SfIndicatorDialog *self = SF_INDICATOR_DIALOG (object);

  g_clear_weak_pointer (&self->parent);
  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_INDICATOR_DIALOG);
  g_clear_object (&self->project);
  G_OBJECT_CLASS (sf_indicator_dialog_parent_class)->dispose (object);
}

static void
sf_indicator_dialog_class_init (SfIndicatorDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_indicator_dialog_dispose;
  gtk_widget_class_install_action (widget_class, "dialog.add", NULL, add_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  /* Referring to the resource keeps its object file in the static library's link. */
  (void) sf_figures_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-indicator-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SfIndicatorDialog, add_button);
  gtk_widget_class_bind_template_child (widget_class, SfIndicatorDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, SfIndicatorDialog, type_row);
  gtk_widget_class_bind_template_child (widget_class, SfIndicatorDialog, unit_row);
  gtk_widget_class_bind_template_callback (widget_class, validate);
}

static void
sf_indicator_dialog_init (SfIndicatorDialog *self)
{
  g_autoptr(GtkStringList) types = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  for (guint i = 0; i < SF_INDICATOR_N_TYPES; i++)
    gtk_string_list_append (types, sf_indicator_type_label (i));
  adw_combo_row_set_model (ADW_COMBO_ROW (self->type_row), G_LIST_MODEL (types));
  validate (self);
}

GtkWidget *
sf_indicator_dialog_new (GtkWidget *parent,
                         SfProject *project)
{
  SfIndicatorDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);

  self = g_object_new (SF_TYPE_INDICATOR_DIALOG, NULL);
  self->project = g_object_ref (project);
  g_set_weak_pointer (&self->parent, parent);
  gtk_window_set_transient_for (GTK_WINDOW (self), sf_toplevel_of (parent));
  return GTK_WIDGET (self);
}
