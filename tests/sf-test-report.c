/* sf-test-report.c: a project in a temporary folder, its report built, laid out and written
 * as a PDF, for the report tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "sf-example.h"
#include "sf-report-pdf.h"
#include "sf-test-layout.h"
#include "sf-test-pdf.h"
#include "sf-test-report.h"
#include "sf-test-store.h"

void
sf_test_report_set_up_example (SfTestReport  *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("sf-report-XXXXXX", &error);
  g_assert_no_error (error);
  f->project_path = g_build_filename (f->dir, "voorbeeld.startfoto", NULL);
  f->pdf_path = g_build_filename (f->dir, "rapport.pdf", NULL);
  g_assert_true (sf_example_write (f->project_path, &error));
  g_assert_no_error (error);
  f->project = sf_project_open (f->project_path, 0, &error);
  g_assert_no_error (error);
}

void
sf_test_report_set_up_empty (SfTestReport  *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("sf-report-XXXXXX", &error);
  g_assert_no_error (error);
  f->project_path = g_build_filename (f->dir, "leeg.startfoto", NULL);
  f->pdf_path = g_build_filename (f->dir, "rapport.pdf", NULL);
  f->project = sf_test_create_project (f->project_path);
}

void
sf_test_report_tear_down (SfTestReport  *f,
                          gconstpointer  data)
{
  g_clear_object (&f->project);
  sf_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->project_path);
  g_free (f->pdf_path);
}

/* Builds, lays out and writes the report; returns the layout (with its document). */
SfReportLayout *
sf_test_report_export (SfTestReport          *f,
                       const SfReportOptions *options)
{
  g_autoptr(GError) error = NULL;
  SfReportDocument *doc = sf_report_build (f->project, options, &error);
  SfReportPageSetup setup;
  SfReportLayout *layout;

  g_assert_no_error (error);
  g_assert_nonnull (doc);
  sf_report_page_setup_a4 (&setup);
  layout = sf_report_layout_new (doc, &setup);
  g_assert_true (sf_report_pdf_write (layout, f->pdf_path, &error));
  g_assert_no_error (error);
  return layout;
}

void
sf_test_report_free_layout (SfReportLayout *layout)
{
  SfReportDocument *doc = sf_report_layout_get_document (layout);

  sf_report_layout_free (layout);
  sf_report_document_free (doc);
}

char *
sf_test_report_text (SfTestReport     *f,
                     SfReportChapters  chapters,
                     gboolean          names_as_roles)
{
  SfReportOptions options;
  SfReportLayout *layout;

  sf_report_options_init_default (&options);
  options.chapters = chapters;
  options.names_as_roles = names_as_roles;
  layout = sf_test_report_export (f, &options);
  sf_test_check_margins (layout);
  sf_test_report_free_layout (layout);
  return sf_test_pdf_text (f->pdf_path);
}

void
sf_test_assert_in_order (const char         *text,
                         const char * const *needles)
{
  const char *at = text;

  for (guint i = 0; needles[i] != NULL; i++)
    {
      const char *found = strstr (at, needles[i]);

      if (found == NULL)
        g_error ("“%s” not found (in order) in: %s", needles[i], text);
      at = found + strlen (needles[i]);
    }
}
