/* sf-export-copy.c: `startfoto --export-copy OUT.startfoto FILE`: a copy for someone else
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The copy the window makes (sf-copy.h): confidential items left out unless
 * --include-confidential is given. Like the other exports, the project is opened read-only
 * and checked as a file from elsewhere, and a failure leaves nothing behind.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-copy.h"
#include "sf-export-copy.h"

int
sf_export_copy_run (const char *out_path,
                    const char *project_path,
                    gboolean    include_confidential)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SfProject) project = NULL;
  guint n_confidential;

  project = sf_project_open (project_path, SF_DB_OPEN_READ_ONLY | SF_DB_OPEN_CHECK, &error);
  if (project == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  n_confidential = sf_project_count_confidential (project);
  if (!sf_project_export_copy (project, out_path, include_confidential, &error))
    {
      g_autofree char *name = g_filename_display_name (out_path);

      /* Translators: %s is a file name, then the reason. */
      g_printerr (_("The copy could not be written to “%s”: %s\n"), name, error->message);
      return 1;
    }
  /* Said on standard error, so that it never mixes with what a script reads. */
  if (n_confidential > 0 && !include_confidential)
    g_printerr (g_dngettext (NULL, "%u confidential item left out.\n",
                             "%u confidential items left out.\n", n_confidential),
                n_confidential);
  return 0;
}
