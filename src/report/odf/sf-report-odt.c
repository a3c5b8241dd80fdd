/* sf-report-odt.c: a report document written as an ODF text document (.odt)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sf-file.h"
#include "sf-odf-package.h"
#include "sf-odt-content.h"
#include "sf-odt-private.h"
#include "sf-report-odt.h"

#define ODT_MEDIA_TYPE "application/vnd.oasis.opendocument.text"

GBytes *
sf_odf_meta_write (SfReportDocument  *doc,
                   GError           **error)
{
  SfOdfXml *xml = sf_odf_xml_new ("office:document-meta");
  const char *subject = sf_report_document_get_subject (doc);
  const char *keywords = sf_report_document_get_keywords (doc);

  sf_odf_xml_start (xml, "office:meta");
  sf_odf_xml_element (xml, "meta:generator", "Startfoto/" PACKAGE_VERSION);
  sf_odf_xml_element (xml, "dc:title", sf_report_document_get_title (doc));
  if (subject && *subject)
    sf_odf_xml_element (xml, "dc:subject", subject);
  if (keywords && *keywords)
    {
      g_auto(GStrv) words = g_strsplit (keywords, ",", -1);

      for (guint i = 0; words[i] != NULL; i++)
        if (*g_strstrip (words[i]))
          sf_odf_xml_element (xml, "meta:keyword", words[i]);
    }
  sf_odf_xml_element (xml, "dc:language", sf_report_document_get_language (doc));
  sf_odf_xml_end (xml);
  return sf_odf_xml_finish (xml, error);
}

GBytes *
sf_report_odt_render (SfReportDocument  *doc,
                      GError           **error)
{
  g_autoptr(SfOdfPackage) package = NULL;
  const char *language = sf_report_document_get_language (doc);
  SfReportPageSetup setup;
  double width;

  sf_report_page_setup_a4 (&setup);
  width = setup.width - setup.margin_left - setup.margin_right;
  package = sf_odf_package_new (ODT_MEDIA_TYPE, error);
  if (package == NULL ||
      !sf_odf_package_add_xml (package, "content.xml",
                               sf_odt_content_write (doc, package, width, error), error) ||
      !sf_odf_package_add_xml (package, "styles.xml",
                               sf_odt_styles_write (&setup, language, error), error) ||
      !sf_odf_package_add_xml (package, "meta.xml", sf_odf_meta_write (doc, error), error))
    return NULL;
  return sf_odf_package_finish (g_steal_pointer (&package), error);
}

gboolean
sf_report_odt_write (SfReportDocument  *doc,
                     const char        *path,
                     GCancellable      *cancellable,
                     GError           **error)
{
  g_autoptr(GBytes) odt = NULL;
  const char *data;
  gsize size;

  if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
      (odt = sf_report_odt_render (doc, error)) == NULL ||
      g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  data = g_bytes_get_data (odt, &size);
  return sf_file_write_private (path, data, size, error);
}
