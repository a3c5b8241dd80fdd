/* sf-export-csv.c: `startfoto --export-csv OUT.csv FILE`: a project's figures as CSV, no window;
 * `--export-actions OUT.csv FILE`: its plan for the coming year (step 4) the same way;
 * `--export-mbc OUT.csv FILE`: its flats' business case, every parameter and figure
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Like --info, the project is opened read-only and checked as a file from elsewhere. The CSV
 * is written to a temporary file that replaces @out_path only when complete, so a failure
 * leaves nothing behind.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-csv.h"
#include "sf-export-csv.h"
#include "sf-mbc-csv.h"
#include "sf-plan-csv.h"
#include "sf-project.h"

static gboolean
parse_separator (const char *text,
                 char       *separator)
{
  if (text == NULL)
    *separator = ';';
  else if (g_str_equal (text, ";") || g_str_equal (text, ",") || g_str_equal (text, "\t"))
    *separator = text[0];
  else if (g_ascii_strcasecmp (text, "tab") == 0)
    *separator = '\t';
  else
    return FALSE;
  return TRUE;
}

typedef enum
{
  EXPORT_FIGURES,
  EXPORT_PLAN,
  EXPORT_MBC,
} Export;

static int
export_run (const char *out_path,
            const char *project_path,
            const char *separator,
            Export      what)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SfProject) project = NULL;
  g_autofree char *name = g_filename_display_name (out_path);
  SfCsvLanguage language = sf_csv_language_default ();
  char sep;

  if (!parse_separator (separator, &sep))
    {
      /* Translators: %s is what the user gave after --separator. */
      g_printerr (_("The separator “%s” cannot be used: choose “;”, “,” or “tab”.\n"),
                  separator);
      return 1;
    }
  project = sf_project_open (project_path, SF_DB_OPEN_READ_ONLY | SF_DB_OPEN_CHECK, &error);
  if (project == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  if (what == EXPORT_FIGURES
      ? sf_project_export_csv (project, out_path, sep, language, &error)
      : what == EXPORT_PLAN
      ? sf_project_export_actions_csv (project, out_path, sep, language, &error)
      : sf_project_export_mbc_csv (project, out_path, sep, language, &error))
    return 0;
  if (what == EXPORT_MBC)
    /* Translators: %s is a file name, then the reason. */
    g_printerr (_("The business case could not be written to “%s”: %s\n"), name,
                error->message);
  else if (what == EXPORT_FIGURES)
    /* Translators: %s is a file name, then the reason. */
    g_printerr (_("The figures could not be written to “%s”: %s\n"), name, error->message);
  else
    /* Translators: %s is a file name, then the reason. */
    g_printerr (_("The plan could not be written to “%s”: %s\n"), name, error->message);
  return 1;
}

int
sf_export_csv_run (const char *out_path,
                   const char *project_path,
                   const char *separator)
{
  return export_run (out_path, project_path, separator, EXPORT_FIGURES);
}

int
sf_export_actions_run (const char *out_path,
                       const char *project_path,
                       const char *separator)
{
  return export_run (out_path, project_path, separator, EXPORT_PLAN);
}

int
sf_export_mbc_run (const char *out_path,
                   const char *project_path,
                   const char *separator)
{
  return export_run (out_path, project_path, separator, EXPORT_MBC);
}
