/* sf-export-pdf.c: `startfoto --export-pdf OUT.pdf FILE`: a project's report as PDF, no window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Like --export-csv, the project is opened read-only and checked as a file from elsewhere.
 * The PDF is written next to @out_path under a temporary name and renamed into place when
 * complete, so a failure leaves nothing behind.
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sf-export-pdf.h"
#include "sf-project.h"
#include "sf-report-builder.h"
#include "sf-report-layout.h"
#include "sf-report-pdf.h"

static const struct
{
  const char       *name;
  SfReportChapters  chapter;
} chapter_names[] = {
  { "glance", SF_REPORT_CHAPTER_AT_A_GLANCE },
  { "step1", SF_REPORT_CHAPTER_STEP_1 },
  { "step2", SF_REPORT_CHAPTER_STEP_2 },
  { "step3", SF_REPORT_CHAPTER_STEP_3 },
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
  return TRUE;
}

/* GLib's message names the temporary file; the system's wording of the cause is clearer. */
static const char *
write_reason (const GError *error)
{
  if (error->domain == G_FILE_ERROR)
    switch (error->code)
      {
      case G_FILE_ERROR_NOENT: return g_strerror (ENOENT);
      case G_FILE_ERROR_ACCES: return g_strerror (EACCES);
      case G_FILE_ERROR_PERM: return g_strerror (EPERM);
      case G_FILE_ERROR_ROFS: return g_strerror (EROFS);
      case G_FILE_ERROR_NOSPC: return g_strerror (ENOSPC);
      case G_FILE_ERROR_ISDIR: return g_strerror (EISDIR);
      case G_FILE_ERROR_NOTDIR: return g_strerror (ENOTDIR);
      default: break;
      }
  return error->message;
}

static gboolean
write_pdf (SfReportDocument  *doc,
           const char        *out_path,
           GError           **error)
{
  g_autofree char *dir = g_path_get_dirname (out_path);
  g_autofree char *base = g_path_get_basename (out_path);
  g_autofree char *template = g_strdup_printf (".%s.XXXXXX", base);
  g_autofree char *tmp = g_build_filename (dir, template, NULL);
  SfReportPageSetup setup;
  g_autoptr(SfReportLayout) layout = NULL;
  mode_t mask;
  int fd;

  if (g_file_test (out_path, G_FILE_TEST_IS_DIR))
    {
      g_set_error_literal (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR, g_strerror (EISDIR));
      return FALSE;
    }
  fd = g_mkstemp (tmp);
  if (fd < 0)
    {
      int saved = errno;

      g_set_error_literal (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                           g_strerror (saved));
      return FALSE;
    }
  close (fd);
  sf_report_page_setup_a4 (&setup);
  layout = sf_report_layout_new (doc, &setup);
  if (!sf_report_pdf_write (layout, tmp, error))
    {
      g_unlink (tmp);
      return FALSE;
    }
  /* mkstemp makes the file private; a report is meant to be shared, like any file the user
   * makes (the command line is single-threaded, so reading the umask is safe here). */
  mask = umask (0);
  umask (mask);
  g_chmod (tmp, 0666 & ~mask);
  if (g_rename (tmp, out_path) != 0)
    {
      int saved = errno;

      g_unlink (tmp);
      g_set_error_literal (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                           g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}

int
sf_export_pdf_run (const char *out_path,
                   const char *project_path,
                   const char *chapters,
                   gboolean    with_answers,
                   gboolean    names_as_roles)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SfProject) project = NULL;
  g_autoptr(SfReportDocument) doc = NULL;
  SfReportOptions options;

  sf_report_options_init_default (&options);
  if (!parse_chapters (chapters, &options.chapters))
    {
      /* Translators: %s is what the user gave after --chapters; keep the names as they are. */
      g_printerr (_("The chapters “%s” are not known: choose from glance, step1, step2, "
                    "step3 and appendix, separated by commas.\n"), chapters);
      return 1;
    }
  options.with_answers = with_answers;
  options.names_as_roles = names_as_roles;
  project = sf_project_open (project_path, SF_DB_OPEN_READ_ONLY | SF_DB_OPEN_CHECK, &error);
  if (project == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  doc = sf_report_build (project, &options, &error);
  if (doc == NULL || !write_pdf (doc, out_path, &error))
    {
      g_autofree char *name = g_filename_display_name (out_path);

      /* Translators: %s is a file name, then the reason. */
      g_printerr (_("The report could not be written to “%s”: %s\n"), name,
                  write_reason (error));
      return 1;
    }
  return 0;
}
