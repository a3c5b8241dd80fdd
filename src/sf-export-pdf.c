/* sf-export-pdf.c: `startfoto --export-pdf OUT.pdf FILE`: a project's report as PDF, no window;
 * `--export-odt OUT.odt FILE`: the same report as an ODF text document, with the same
 * options; and `--export-minutes OUT.pdf FILE`: the minutes of step 5's board meeting
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Like --export-csv, the project is opened read-only and checked as a file from elsewhere.
 * The PDF is written as the window writes it (sf-report-export.h): private, under a
 * temporary name, synced and renamed into place, so a failure leaves nothing behind.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-export-pdf.h"
#include "sf-project.h"
#include "sf-report-builder.h"
#include "sf-report-export.h"
#include "sf-report-odt.h"

static const struct
{
  const char       *name;
  SfReportChapters  chapter;
} chapter_names[] = {
  { "glance", SF_REPORT_CHAPTER_AT_A_GLANCE },
  { "step1", SF_REPORT_CHAPTER_STEP_1 },
  { "step2", SF_REPORT_CHAPTER_STEP_2 },
  { "step3", SF_REPORT_CHAPTER_STEP_3 },
  { "step4", SF_REPORT_CHAPTER_STEP_4 },
  { "step5", SF_REPORT_CHAPTER_STEP_5 },
  { "mbc", SF_REPORT_CHAPTER_MBC },
  { "appendix", SF_REPORT_CHAPTER_APPENDIX },
};

static gboolean
parse_chapters (const char       *text,
                SfReportChapters *chapters)
{
  g_auto(GStrv) parts = NULL;

  if (text == NULL)
    {
      *chapters = SF_REPORT_CHAPTER_ALL;
      return TRUE;
    }
  *chapters = 0;
  parts = g_strsplit (text, ",", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      gboolean found = FALSE;

      g_strstrip (parts[i]);
      if (*parts[i] == '\0')
        continue;
      for (guint j = 0; j < G_N_ELEMENTS (chapter_names); j++)
        if (g_ascii_strcasecmp (parts[i], chapter_names[j].name) == 0)
          {
            *chapters |= chapter_names[j].chapter;
            found = TRUE;
          }
      if (!found)
        return FALSE;
    }
  /* Nothing chosen ("" or ","): no chapter to write is a mistake, not a report. */
  return *chapters != 0;
}

typedef SfReportDocument *(*BuildFunc) (SfProject             *project,
                                        const SfReportOptions *options,
                                        GError               **error);
typedef gboolean (*WriteFunc) (SfReportDocument  *doc,
                               const char        *path,
                               GCancellable      *cancellable,
                               GError           **error);

/* Opens the project, builds the document with @build and writes it with @write. */
static int
export_document (const char            *out_path,
                 const char            *project_path,
                 const SfReportOptions *options,
                 BuildFunc              build,
                 WriteFunc              write)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SfProject) project = NULL;
  g_autoptr(SfReportDocument) doc = NULL;

  project = sf_project_open (project_path, SF_DB_OPEN_READ_ONLY | SF_DB_OPEN_CHECK, &error);
  if (project == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  doc = build (project, options, &error);
  if (doc == NULL || !write (doc, out_path, NULL, &error))
    {
      g_autofree char *name = g_filename_display_name (out_path);

      /* Translators: %s is a file name, then the reason. */
      g_printerr (_("The report could not be written to “%s”: %s\n"), name, error->message);
      return 1;
    }
  return 0;
}

static int
export_report (const char *out_path,
               const char *project_path,
               const char *chapters,
               gboolean    with_answers,
               gboolean    names_as_roles,
               gboolean    resident_names,
               WriteFunc   write)
{
  SfReportOptions options;

  sf_report_options_init_default (&options);
  if (!parse_chapters (chapters, &options.chapters))
    {
      /* Translators: %s is what the user gave after --chapters; keep the names as they are. */
      g_printerr (_("The chapters “%s” are not known: choose from glance, step1, step2, "
                    "step3, step4, mbc, step5 and appendix, separated by commas.\n"), chapters);
      return 1;
    }
  options.with_answers = with_answers;
  options.names_as_roles = names_as_roles;
  options.resident_names = resident_names;
  return export_document (out_path, project_path, &options, sf_report_build, write);
}

int
sf_export_pdf_run (const char *out_path,
                   const char *project_path,
                   const char *chapters,
                   gboolean    with_answers,
                   gboolean    names_as_roles,
                   gboolean    resident_names)
{
  return export_report (out_path, project_path, chapters, with_answers, names_as_roles,
                        resident_names, sf_report_export_write);
}

int
sf_export_odt_run (const char *out_path,
                   const char *project_path,
                   const char *chapters,
                   gboolean    with_answers,
                   gboolean    names_as_roles,
                   gboolean    resident_names)
{
  return export_report (out_path, project_path, chapters, with_answers, names_as_roles,
                        resident_names, sf_report_odt_write);
}

int
sf_export_minutes_run (const char *out_path,
                       const char *project_path,
                       gboolean    names_as_roles,
                       gboolean    resident_names)
{
  SfReportOptions options;

  sf_report_options_init_default (&options);
  options.names_as_roles = names_as_roles;
  options.resident_names = resident_names;
  return export_document (out_path, project_path, &options, sf_report_build_minutes,
                          sf_report_export_write);
}
