/* sf-export-deck.c: `startfoto --export-deck OUT.pdf FILE`: step 5's deck as PDF, no window;
 * `--export-odp OUT.odp FILE`: the same slides as an ODF presentation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * As --export-pdf: the project is opened read-only and checked as a file from elsewhere, and
 * the PDF is written private, whole or not at all.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-deck-odp.h"
#include "sf-deck.h"
#include "sf-export-deck.h"

/* @odp: as an ODF presentation instead of PDF. */
static int
export_deck (const char *out_path,
             const char *project_path,
             gboolean    odp,
             gboolean    handout,
             gboolean    names_as_roles,
             gboolean    resident_names)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SfProject) project = NULL;
  g_autoptr(SfDeck) deck = NULL;
  SfDeckOptions options = { names_as_roles, resident_names };

  project = sf_project_open (project_path, SF_DB_OPEN_READ_ONLY | SF_DB_OPEN_CHECK, &error);
  if (project == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  deck = sf_deck_new (project, &options, &error);
  if (deck == NULL || !(odp ? sf_deck_write_odp (deck, out_path, &error)
                            : sf_deck_write_pdf (deck, out_path, handout, &error)))
    {
      g_autofree char *name = g_filename_display_name (out_path);

      /* Translators: %s is a file name, then the reason. */
      g_printerr (_("The slides could not be written to “%s”: %s\n"), name, error->message);
      return 1;
    }
  return 0;
}

int
sf_export_deck_run (const char *out_path,
                    const char *project_path,
                    gboolean    handout,
                    gboolean    names_as_roles,
                    gboolean    resident_names)
{
  return export_deck (out_path, project_path, FALSE, handout, names_as_roles, resident_names);
}

int
sf_export_odp_run (const char *out_path,
                   const char *project_path,
                   gboolean    names_as_roles,
                   gboolean    resident_names)
{
  return export_deck (out_path, project_path, TRUE, FALSE, names_as_roles, resident_names);
}
