/* sf-test-pdf.c: reading back the PDFs the report writes, for the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sf-test-pdf.h"

PopplerDocument *
sf_test_open_pdf (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = g_filename_to_uri (path, NULL, &error);
  PopplerDocument *pdf;

  g_assert_no_error (error);
  pdf = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  return pdf;
}

char *
sf_test_pdf_text (const char *path)
{
  g_autoptr(GObject) pdf_object = G_OBJECT (sf_test_open_pdf (path));
  PopplerDocument *pdf = POPPLER_DOCUMENT (pdf_object);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GRegex) space = g_regex_new ("\\s+", 0, 0, NULL);

  for (int p = 0; p < poppler_document_get_n_pages (pdf); p++)
    {
      g_autoptr(GObject) page_object = G_OBJECT (poppler_document_get_page (pdf, p));
      PopplerPage *page = POPPLER_PAGE (page_object);
      g_autofree char *page_text = poppler_page_get_text (page);

      g_string_append (text, page_text);
      g_string_append_c (text, '\n');
    }
  return g_regex_replace_literal (space, text->str, -1, 0, " ", 0, NULL);
}
