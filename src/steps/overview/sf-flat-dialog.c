/* sf-flat-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-feedback.h"
#include "sf-flat-dialog.h"
#include "sf-store-text.h"
#include "sf-text.h"
#include "sf-toplevel.h"
#include "steps-resources.h"

struct _SfFlatDialog
{
  AdwWindow parent_instance;

  SfProject *project;
  SfFlat    *flat;    /* NULL when adding */
  GtkWidget *parent;  /* weak: where a removal's toast goes */

  AdwWindowTitle *window_title;
  GtkWidget      *save_button;
  GtkWidget      *name_row;
  GtkWidget      *address_row;
  GtkWidget      *corporation_row;
  GtkWidget      *dwellings_row;
  GtkWidget      *remove_group;
};

G_DEFINE_FINAL_TYPE (SfFlatDialog, sf_flat_dialog, ADW_TYPE_WINDOW)

static void
set_row_text (GtkWidget  *row,
              const char *text)
{
  sf_text_set_loaded (GTK_EDITABLE (row), text != NULL ? text : "");
}

static gboolean
parse_dwellings (SfFlatDialog *self,
                 int          *dwellings)
{
  return sf_flat_parse_dwellings (gtk_editable_get_text (GTK_EDITABLE (self->dwellings_row)),
                                  dwellings);
}

static void
validate (SfFlatDialog *self)
{
  int dwellings;
  gboolean number_ok = parse_dwellings (self, &dwellings);

  if (number_ok)
    gtk_widget_remove_css_class (self->dwellings_row, "error");
  else
    gtk_widget_add_css_class (self->dwellings_row, "error");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.save",
                                 number_ok &&
                                 !sf_store_text_is_blank (gtk_editable_get_text (
                                                      GTK_EDITABLE (self->name_row))));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SfFlatDialog *self = SF_FLAT_DIALOG (widget);
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (
                                                  GTK_EDITABLE (self->name_row))));
  g_autofree char *new_id = NULL;
  g_autoptr(GError) error = NULL;
  SfFlatFields fields;
  gboolean saved;
  int dwellings;

  if (*name == '\0' || !parse_dwellings (self, &dwellings))
    return;

  fields = (SfFlatFields) {
    .name = name,
    .address = gtk_editable_get_text (GTK_EDITABLE (self->address_row)),
    .corporation = gtk_editable_get_text (GTK_EDITABLE (self->corporation_row)),
    .dwellings = dwellings,
  };
  if (self->flat == NULL)
    saved = (new_id = sf_project_add_flat (self->project, &fields, &error)) != NULL;
  else
    saved = sf_project_update_flat (self->project, sf_record_get_id (SF_RECORD (self->flat)),
                                    &fields, &error);
  if (!saved)
    {
      /* Keep the dialog, and what was typed, so the user can try again. */
      sf_feedback_error (widget, _("The flat could not be saved"), error);
      return;
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SfFlatDialog *self = SF_FLAT_DIALOG (widget);

  if (self->flat != NULL)
    sf_feedback_remove_in_dialog (GTK_WINDOW (self), self->parent, self->project,
                                  sf_project_remove_flat,
                                  sf_record_get_id (SF_RECORD (self->flat)),
                                  _("Flat removed"), _("The flat could not be removed"));
}

static void
sf_flat_dialog_dispose (GObject *object)
{
  SfFlatDialog *self = SF_FLAT_DIALOG (object);

  g_clear_weak_pointer (&self->parent);
  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_FLAT_DIALOG);
  g_clear_object (&self->flat);
  g_clear_object (&self->project);
  G_OBJECT_CLASS (sf_flat_dialog_parent_class)->dispose (object);
}

static void
sf_flat_dialog_class_init (SfFlatDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_flat_dialog_dispose;

  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "dialog.remove", NULL, remove_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  /* Referring to the resource keeps its object file in the static library's link. */
  (void) sf_steps_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-flat-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SfFlatDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, SfFlatDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, SfFlatDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, SfFlatDialog, address_row);
  gtk_widget_class_bind_template_child (widget_class, SfFlatDialog, corporation_row);
  gtk_widget_class_bind_template_child (widget_class, SfFlatDialog, dwellings_row);
  gtk_widget_class_bind_template_child (widget_class, SfFlatDialog, remove_group);
  gtk_widget_class_bind_template_callback (widget_class, validate);
}

static void
sf_flat_dialog_init (SfFlatDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  validate (self);
}

GtkWidget *
sf_flat_dialog_new (GtkWidget *parent,
                    SfProject *project,
                    SfFlat    *flat)
{
  SfFlatDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);
  g_return_val_if_fail (flat == NULL || SF_IS_FLAT (flat), NULL);

  self = g_object_new (SF_TYPE_FLAT_DIALOG, NULL);
  self->project = g_object_ref (project);
  g_set_object (&self->flat, flat);
  g_set_weak_pointer (&self->parent, parent);
  gtk_window_set_transient_for (GTK_WINDOW (self), sf_toplevel_of (parent));

  if (flat == NULL)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("New Flat"));
      gtk_button_set_label (GTK_BUTTON (self->save_button), _("_Add"));
    }
  else
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Flat"));
      gtk_button_set_label (GTK_BUTTON (self->save_button), _("_Save"));
      set_row_text (self->name_row, sf_flat_get_name (flat));
      set_row_text (self->address_row, sf_flat_get_address (flat));
      set_row_text (self->corporation_row, sf_flat_get_corporation (flat));
      if (sf_flat_get_dwellings (flat) >= 0)
        {
          g_autofree char *number = g_strdup_printf ("%d", sf_flat_get_dwellings (flat));

          set_row_text (self->dwellings_row, number);
          if (sf_flat_get_dwellings_estimated (flat))
            adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->dwellings_row),
                                           _("Number of dwellings (estimate)"));
        }
      gtk_widget_set_visible (self->remove_group, TRUE);
    }
  adw_window_title_set_title (self->window_title, gtk_window_get_title (GTK_WINDOW (self)));
  return GTK_WIDGET (self);
}
