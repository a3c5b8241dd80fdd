/* sf-theme-rename-dialog.c: asks a theme's new name, and says when it merges two themes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-project-themes.h"
#include "sf-store-text.h"
#include "sf-text.h"
#include "sf-theme-rename-dialog.h"
#include "themes-resources.h"

struct _SfThemeRenameDialog
{
  AdwMessageDialog parent_instance;

  GtkWidget *entry;

  SfProject *project;
  char      *theme_id;
};

G_DEFINE_FINAL_TYPE (SfThemeRenameDialog, sf_theme_rename_dialog, ADW_TYPE_MESSAGE_DIALOG)

static void
entry_changed_cb (SfThemeRenameDialog *self)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (self);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->entry));
  g_autofree char *other = NULL;

  adw_message_dialog_set_response_enabled (dialog, "rename", !sf_store_text_is_blank (text));
  other = sf_store_text_is_blank (text) ? NULL : sf_project_find_theme (self->project, text);
  if (other != NULL && !g_str_equal (other, self->theme_id))
    {
      adw_message_dialog_set_body (dialog, _("A theme with this name exists: the two will be "
                                             "merged into one, with all their tags."));
      adw_message_dialog_set_response_label (dialog, "rename", _("_Merge"));
    }
  else
    {
      adw_message_dialog_set_body (dialog, "");
      adw_message_dialog_set_response_label (dialog, "rename", _("_Rename"));
    }
}

SfThemeRenameDialog *
sf_theme_rename_dialog_new (GtkWindow *parent,
                            SfProject *project,
                            SfTheme   *theme)
{
  SfThemeRenameDialog *self;

  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);
  g_return_val_if_fail (SF_IS_THEME (theme), NULL);

  self = g_object_new (SF_TYPE_THEME_RENAME_DIALOG, "transient-for", parent, NULL);
  self->project = g_object_ref (project);
  self->theme_id = g_strdup (sf_record_get_id (SF_RECORD (theme)));
  sf_text_set_loaded (GTK_EDITABLE (self->entry), sf_theme_get_name (theme));
  /* After the name is in: the dialog as it opens has no body. */
  g_signal_connect_swapped (self->entry, "changed", G_CALLBACK (entry_changed_cb), self);
  return self;
}

void
sf_theme_rename_dialog_present (SfThemeRenameDialog *self)
{
  g_return_if_fail (SF_IS_THEME_RENAME_DIALOG (self));

  gtk_window_present (GTK_WINDOW (self));
  gtk_widget_grab_focus (self->entry);
}

const char *
sf_theme_rename_dialog_get_theme_id (SfThemeRenameDialog *self)
{
  g_return_val_if_fail (SF_IS_THEME_RENAME_DIALOG (self), NULL);

  return self->theme_id;
}

const char *
sf_theme_rename_dialog_get_name (SfThemeRenameDialog *self)
{
  g_return_val_if_fail (SF_IS_THEME_RENAME_DIALOG (self), NULL);

  return gtk_editable_get_text (GTK_EDITABLE (self->entry));
}

static void
sf_theme_rename_dialog_dispose (GObject *object)
{
  SfThemeRenameDialog *self = SF_THEME_RENAME_DIALOG (object);

  g_clear_object (&self->project);
  gtk_widget_dispose_template (GTK_WIDGET (self), SF_TYPE_THEME_RENAME_DIALOG);
  G_OBJECT_CLASS (sf_theme_rename_dialog_parent_class)->dispose (object);
}

static void
sf_theme_rename_dialog_finalize (GObject *object)
{
  SfThemeRenameDialog *self = SF_THEME_RENAME_DIALOG (object);

  g_free (self->theme_id);
  G_OBJECT_CLASS (sf_theme_rename_dialog_parent_class)->finalize (object);
}

static void
sf_theme_rename_dialog_class_init (SfThemeRenameDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sf_theme_rename_dialog_dispose;
  object_class->finalize = sf_theme_rename_dialog_finalize;

  /* Referring to the resource keeps its object file in the static library's link. */
  (void) sf_themes_resources_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/startfoto/Startfoto/ui/steps/sf-theme-rename-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SfThemeRenameDialog, entry);
}

static void
sf_theme_rename_dialog_init (SfThemeRenameDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
