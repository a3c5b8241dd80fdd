/* sf-save-chooser.c: the file chooser every export saves through
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-save-chooser.h"
#include "sf-toplevel.h"

GtkFileChooserNative *
sf_save_chooser_new (GtkWidget  *widget,
                     const char *title,
                     SfProject  *project,
                     const char *name_pattern)
{
  GtkFileChooserNative *chooser;
  const char *project_name;
  GString *name;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);
  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);

  project_name = sf_project_get_name (project);
  name = g_string_new (name_pattern);
  chooser = gtk_file_chooser_native_new (title, sf_toplevel_of (widget),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_string_replace (name, "%s", *project_name ? project_name : _("Project"), 1);
  /* Separators would make the name a path; a colon is refused on other systems' disks. */
  g_strdelimit (name->str, "/\\:", '-');
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name->str);
  g_string_free (name, TRUE);
  return chooser;
}
