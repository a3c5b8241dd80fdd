/* sf-new-project-dialog.c: asks what a new project needs, then creates it in the library
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-feedback.h"
#include "sf-new-project-dialog.h"
#include "sf-project.h"

struct _SfNewProjectDialog
{
  AdwWindow    parent_instance;

  AdwEntryRow *name_row;
  AdwEntryRow *municipality_row;
  AdwEntryRow *neighbourhood_row;
  AdwEntryRow *concept_row;
  GtkBox      *flats_box;

  SfLibrary   *library;
  GPtrArray   *flats; /* of FlatForm */
};

G_DEFINE_FINAL_TYPE (SfNewProjectDialog, sf_new_project_dialog, ADW_TYPE_WINDOW)

enum { CREATED, N_SIGNALS };
static guint signals[N_SIGNALS];

typedef struct
{
  GtkWidget *box;
  GtkWidget *heading;
  GtkWidget *name;
  GtkWidget *address;
  GtkWidget *corporation;
  GtkWidget *dwellings;
} FlatForm;

static const char *
text_of (GtkWidget *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static gboolean
is_blank (const char *text)
{
  for (; *text; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;
  return TRUE;
}

static void
update_sensitivity (SfNewProjectDialog *self)
{
  gboolean valid = !is_blank (text_of (GTK_WIDGET (self->name_row)));

  for (guint i = 0; i < self->flats->len; i++)
    {
      FlatForm *form = g_ptr_array_index (self->flats, i);
      int dwellings;
      gboolean ok = sf_flat_parse_dwellings (text_of (form->dwellings), &dwellings);

      if (ok)
        gtk_widget_remove_css_class (form->dwellings, "error");
      else
        gtk_widget_add_css_class (form->dwellings, "error");
      valid = valid && ok;
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.create", valid);
}

static void
renumber_flats (SfNewProjectDialog *self)
{
  for (guint i = 0; i < self->flats->len; i++)
    {
      FlatForm *form = g_ptr_array_index (self->flats, i);
      g_autofree char *heading = g_strdup_printf (_("Flat %u"), i + 1);

      gtk_label_set_label (GTK_LABEL (form->heading), heading);
    }
}

static GtkWidget *
entry_row (FlatForm   *form,
           GtkWidget  *list,
           const char *title,
           const char *name)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_set_name (row, name);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  return row;
}

static void
remove_flat (GtkButton          *button,
             SfNewProjectDialog *self)
{
  for (guint i = 0; i < self->flats->len; i++)
    {
      FlatForm *form = g_ptr_array_index (self->flats, i);

      if (gtk_widget_is_ancestor (GTK_WIDGET (button), form->box))
        {
          gtk_box_remove (self->flats_box, form->box);
          g_ptr_array_remove_index (self->flats, i);
          break;
        }
    }
  renumber_flats (self);
  update_sensitivity (self);
}

static void
add_flat_form (SfNewProjectDialog *self)
{
  FlatForm *form = g_new0 (FlatForm, 1);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *list = gtk_list_box_new ();

  form->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  form->heading = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (form->heading), 0);
  gtk_widget_set_hexpand (form->heading, TRUE);
  gtk_widget_add_css_class (form->heading, "heading");
  gtk_box_append (GTK_BOX (header), form->heading);
  if (self->flats->len > 0)
    {
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

      gtk_widget_set_tooltip_text (remove, _("Remove This Flat"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Remove This Flat"), -1);
      gtk_widget_add_css_class (remove, "flat");
      g_signal_connect (remove, "clicked", G_CALLBACK (remove_flat), self);
      gtk_box_append (GTK_BOX (header), remove);
    }
  gtk_box_append (GTK_BOX (form->box), header);

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  form->name = entry_row (form, list, _("Name of the flat"), "new-flat-name");
  form->address = entry_row (form, list, _("Address"), "new-flat-address");
  form->corporation = entry_row (form, list, _("Housing corporation"), "new-flat-corporation");
  form->dwellings = entry_row (form, list, _("Number of dwellings, if known"),
                               "new-flat-dwellings");
  adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (form->dwellings), GTK_INPUT_PURPOSE_DIGITS);
  g_signal_connect_swapped (form->dwellings, "changed", G_CALLBACK (update_sensitivity), self);
  gtk_box_append (GTK_BOX (form->box), list);

  gtk_box_append (self->flats_box, form->box);
  g_ptr_array_add (self->flats, form);
  renumber_flats (self);
}

static gboolean
flat_is_empty (FlatForm *form)
{
  return is_blank (text_of (form->name)) && is_blank (text_of (form->address)) &&
         is_blank (text_of (form->corporation)) && is_blank (text_of (form->dwellings));
}

static void
create_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  SfNewProjectDialog *self = SF_NEW_PROJECT_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(SfProject) project = NULL;
  g_autofree char *path = NULL;
  g_autofree char *name = g_strstrip (g_strdup (text_of (GTK_WIDGET (self->name_row))));
  g_autofree char *municipality =
    g_strstrip (g_strdup (text_of (GTK_WIDGET (self->municipality_row))));
  g_autofree char *neighbourhood =
    g_strstrip (g_strdup (text_of (GTK_WIDGET (self->neighbourhood_row))));
  g_autofree char *concept = g_strstrip (g_strdup (text_of (GTK_WIDGET (self->concept_row))));
  SfProjectFields fields = { name, municipality, neighbourhood, concept };

  if (*name == '\0')
    return;
  path = sf_library_new_path (self->library, &error);
  if (path != NULL)
    project = sf_project_create (path, &fields, &error);
  for (guint i = 0; project != NULL && i < self->flats->len; i++)
    {
      FlatForm *form = g_ptr_array_index (self->flats, i);
      g_autofree char *flat_name = g_strstrip (g_strdup (text_of (form->name)));
      g_autofree char *address = g_strstrip (g_strdup (text_of (form->address)));
      g_autofree char *corporation = g_strstrip (g_strdup (text_of (form->corporation)));
      SfFlatFields flat = { flat_name, address, corporation, -1 };
      g_autofree char *id = NULL;

      if (flat_is_empty (form))
        continue;
      /* Checked as typed (the Create button waits for it): a refusal stays unknown. */
      if (!sf_flat_parse_dwellings (text_of (form->dwellings), &flat.dwellings))
        flat.dwellings = -1;
      id = sf_project_add_flat (project, &flat, &error);
      if (id == NULL)
        break;
    }

  if (project == NULL)
    {
      sf_feedback_error (GTK_WIDGET (self), _("The project could not be created"), error);
      return;
    }
  /* The project exists; a flat that failed is said on the window it opens in. */
  if (error != NULL)
    sf_feedback_error (GTK_WIDGET (gtk_window_get_transient_for (GTK_WINDOW (self))),
                       _("Not all flats could be added"), error);
  g_clear_object (&project);
  g_signal_emit (self, signals[CREATED], 0, path);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
add_flat_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  SfNewProjectDialog *self = SF_NEW_PROJECT_DIALOG (widget);
  FlatForm *form;

  add_flat_form (self);
  form = g_ptr_array_index (self->flats, self->flats->len - 1);
  gtk_widget_grab_focus (form->name);
}

static void
concept_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  SfNewProjectDialog *self = SF_NEW_PROJECT_DIALOG (widget);

  gtk_editable_set_text (GTK_EDITABLE (self->concept_row), g_variant_get_string (param, NULL));
}

static void
sf_new_project_dialog_dispose (GObject *object)
{
  SfNewProjectDialog *self = SF_NEW_PROJECT_DIALOG (object);

  g_clear_object (&self->library);
  g_clear_pointer (&self->flats, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (object), SF_TYPE_NEW_PROJECT_DIALOG);
  G_OBJECT_CLASS (sf_new_project_dialog_parent_class)->dispose (object);
}

static void
sf_new_project_dialog_class_init (SfNewProjectDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = sf_new_project_dialog_dispose;

  /* Emitted with the new project's path once it exists in the library. */
  signals[CREATED] = g_signal_new ("created", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/startfoto/Startfoto/ui/"
                                               "sf-new-project-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SfNewProjectDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, SfNewProjectDialog, municipality_row);
  gtk_widget_class_bind_template_child (widget_class, SfNewProjectDialog, neighbourhood_row);
  gtk_widget_class_bind_template_child (widget_class, SfNewProjectDialog, concept_row);
  gtk_widget_class_bind_template_child (widget_class, SfNewProjectDialog, flats_box);

  gtk_widget_class_install_action (widget_class, "dialog.create", NULL, create_action);
  gtk_widget_class_install_action (widget_class, "dialog.add-flat", NULL, add_flat_action);
  gtk_widget_class_install_action (widget_class, "dialog.concept", "s", concept_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sf_new_project_dialog_init (SfNewProjectDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->flats = g_ptr_array_new_with_free_func (g_free);
  add_flat_form (self);
  g_signal_connect_swapped (self->name_row, "changed", G_CALLBACK (update_sensitivity), self);
  update_sensitivity (self);
}

GtkWidget *
sf_new_project_dialog_new (GtkWindow *parent,
                           SfLibrary *library)
{
  SfNewProjectDialog *self = g_object_new (SF_TYPE_NEW_PROJECT_DIALOG,
                                           "transient-for", parent, NULL);

  self->library = g_object_ref (library);
  return GTK_WIDGET (self);
}
