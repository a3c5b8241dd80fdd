/* test-report-odt.c: the ODF text document written from a report document made by hand:
 * every kind of block arrives with its structure, markup becomes spans without losing text,
 * and text a user typed stays text (escaped, its spaces, tabs and line breaks kept)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * content.xml is read back from the package with libgsf and queried with libxml2's XPath.
 */
#include "config.h"

#include <gsf/gsf.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include "sf-report-odt.h"

typedef struct
{
  xmlDocPtr          xml;
  xmlXPathContextPtr xpath;
} Content;

static void
content_load (Content          *c,
              SfReportDocument *doc)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) odt = sf_report_odt_render (doc, &error);
  GsfInput *input, *part;
  GsfInfile *zip;
  gsize size;
  const guint8 *data;

  g_assert_no_error (error);
  data = g_bytes_get_data (odt, &size);
  input = gsf_input_memory_new (data, size, FALSE);
  zip = gsf_infile_zip_new (input, &error);
  g_assert_no_error (error);
  part = gsf_infile_child_by_name (zip, "content.xml");
  g_assert_nonnull (part);
  size = gsf_input_size (part);
  data = gsf_input_read (part, size, NULL);
  g_assert_nonnull (data);
  c->xml = xmlReadMemory ((const char *) data, size, "content.xml", "UTF-8", XML_PARSE_NONET);
  g_assert_nonnull (c->xml);
  g_object_unref (part);
  g_object_unref (zip);
  g_object_unref (input);
  c->xpath = xmlXPathNewContext (c->xml);
  xmlXPathRegisterNs (c->xpath, BAD_CAST "text",
                      BAD_CAST "urn:oasis:names:tc:opendocument:xmlns:text:1.0");
  xmlXPathRegisterNs (c->xpath, BAD_CAST "table",
                      BAD_CAST "urn:oasis:names:tc:opendocument:xmlns:table:1.0");
  xmlXPathRegisterNs (c->xpath, BAD_CAST "draw",
                      BAD_CAST "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0");
}

static void
content_clear (Content *c)
{
  xmlXPathFreeContext (c->xpath);
  xmlFreeDoc (c->xml);
}

static double
count (Content    *c,
       const char *path)
{
  g_autofree char *expression = g_strdup_printf ("count(%s)", path);
  xmlXPathObjectPtr result = xmlXPathEvalExpression (BAD_CAST expression, c->xpath);
  double n;

  g_assert_nonnull (result);
  n = result->floatval;
  xmlXPathFreeObject (result);
  return n;
}

static char *
string (Content    *c,
        const char *path)
{
  g_autofree char *expression = g_strdup_printf ("string(%s)", path);
  xmlXPathObjectPtr result = xmlXPathEvalExpression (BAD_CAST expression, c->xpath);
  char *text;

  g_assert_nonnull (result);
  text = g_strdup ((const char *) result->stringval);
  xmlXPathFreeObject (result);
  return text;
}

static void
test_markup (void)
{
  g_autoptr(SfReportDocument) doc = sf_report_document_new ("Markup");
  g_autofree char *whole = NULL, *strong = NULL, *estimate = NULL, *both = NULL;
  Content c;

  sf_report_document_add_markup (doc, "Het <b>dak</b> lekt, <i>≈\u00A012</i> &amp; "
                                      "<b><i>meer</i></b>.");
  content_load (&c, doc);
  whole = string (&c, "//text:p");
  g_assert_cmpstr (whole, ==, "Het dak lekt, ≈\u00A012 & meer.");
  strong = string (&c, "//text:span[@text:style-name='Strong_20_Emphasis'][1]");
  g_assert_cmpstr (strong, ==, "dak");
  estimate = string (&c, "//text:span[@text:style-name='Estimate']");
  g_assert_cmpstr (estimate, ==, "≈\u00A012");
  both = string (&c, "//text:span[@text:style-name='Strong_20_Emphasis']"
                     "/text:span[@text:style-name='Emphasis']");
  g_assert_cmpstr (both, ==, "meer");
  content_clear (&c);
}

static void
test_user_text (void)
{
  g_autoptr(SfReportDocument) doc = sf_report_document_new ("Text");
  g_autofree char *text = NULL;
  Content c;

  /* What a user may type: markup that must stay text, a control character XML cannot hold,
   * spaces that must not collapse, a tab and a line break. */
  sf_report_document_add_paragraph (doc, "<b>niet vet</b> & \x01zo  ver\tklaar\nvolgende");
  content_load (&c, doc);
  text = string (&c, "//text:p");
  g_assert_cmpstr (text, ==, "<b>niet vet</b> & zo verklaarvolgende");
  g_assert_cmpfloat (count (&c, "//text:p/text:s"), ==, 1);
  g_assert_cmpfloat (count (&c, "//text:p/text:tab"), ==, 1);
  g_assert_cmpfloat (count (&c, "//text:p/text:line-break"), ==, 1);
  g_assert_cmpfloat (count (&c, "//text:span"), ==, 0);
  content_clear (&c);
}

static void
test_blocks (void)
{
  g_autoptr(SfReportDocument) doc = sf_report_document_new ("Blokken");
  const char *const labels[] = { "Gemeente", NULL }, *const values[] = { "Leiden", NULL };
  const char *const items[] = { "een", "twee", NULL };
  const double value = 3;
  g_autofree char *cell = NULL, *entry = NULL, *caption = NULL;
  SfReportTable *table;
  SfReportTiles *tiles;
  SfChart *chart = sf_chart_new ("Zorggebruik");
  Content c;

  sf_chart_add_bar (chart, "Flat A", &value);
  sf_report_document_add_cover (doc, "Startfoto", "Leiden", labels, values);
  sf_report_document_add_contents (doc, "Inhoud");
  sf_report_document_add_chapter (doc, "Hoofdstuk");
  sf_report_document_add_section (doc, "Paragraaf");
  sf_report_document_add_bullets (doc, items);
  sf_report_document_add_numbered (doc, items);
  sf_report_document_add_paragraph (doc, "De woningen per flat:");
  table = sf_report_document_add_table (doc, 2);
  sf_report_table_set_column (table, 0, "Flat", 2, SF_REPORT_ALIGN_START);
  sf_report_table_set_column (table, 1, "Woningen", 1, SF_REPORT_ALIGN_END);
  sf_report_table_add_row (table, (const char *const[]) { "A", "120", NULL });
  sf_report_table_set_estimate (table, 0, 1, TRUE);
  sf_report_document_add_caption (doc, "“≈” is een schatting.");
  tiles = sf_report_document_add_tiles (doc);
  sf_report_tiles_add (tiles, "Bewoners", "150", FALSE);
  sf_report_document_add_chart (doc, chart);
  sf_report_document_add_page_break (doc);
  sf_report_document_add_paragraph (doc, "Na de pagina");
  content_load (&c, doc);

  g_assert_cmpfloat (count (&c, "//text:h[@text:outline-level='1']"), ==, 1);
  g_assert_cmpfloat (count (&c, "//text:h[@text:outline-level='2']"), ==, 1);
  entry = string (&c, "//text:table-of-content/text:index-body/text:p[2]");
  g_assert_cmpstr (entry, ==, "Paragraaf");
  g_assert_cmpfloat (count (&c, "//text:list[@text:style-name='List_20_Bullet']"
                                "/text:list-item"), ==, 2);
  g_assert_cmpfloat (count (&c, "//text:list[@text:style-name='List_20_Number']"
                                "/text:list-item"), ==, 2);
  g_assert_cmpfloat (count (&c, "//table:table[table:table-header-rows]"), ==, 1);
  g_assert_cmpfloat (count (&c, "//table:table-header-rows/table:table-row/table:table-cell"),
                     ==, 2);
  cell = string (&c, "//table:table[1]/table:table-row[1]/table:table-cell[2]");
  g_assert_cmpstr (cell, ==, "≈\u00A0120");
  g_assert_cmpfloat (count (&c, "//table:table[1]/table:table-row[1]/table:table-cell[2]"
                                "//text:span[@text:style-name='Estimate']"), ==, 1);
  g_assert_cmpfloat (count (&c, "//text:p[@text:style-name='Note' and "
                                "starts-with(., '“≈”')]"), ==, 1);
  g_assert_cmpfloat (count (&c, "//table:table[2]//text:p[@text:style-name='Key_20_figure']"),
                     ==, 1);
  g_assert_cmpfloat (count (&c, "//draw:frame/draw:image"), ==, 2);
  caption = string (&c, "//text:p[@text:style-name='Figure']");
  g_assert_true (g_str_has_suffix (caption, "1: Zorggebruik"));
  g_assert_cmpfloat (count (&c, "//text:p[@text:style-name='Break' and . = 'Na de pagina']"),
                     ==, 1);
  /* A short paragraph that leads into a table stays on its page, as in the PDF. */
  g_assert_cmpfloat (count (&c, "//text:p[@text:style-name='Lead_20_in' and "
                                ". = 'De woningen per flat:']"), ==, 1);
  g_assert_cmpfloat (count (&c, "//text:p[@text:style-name='Lead_20_in']"), ==, 1);
  content_clear (&c);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/report-odt/markup", test_markup);
  g_test_add_func ("/report-odt/user-text", test_user_text);
  g_test_add_func ("/report-odt/blocks", test_blocks);
  return g_test_run ();
}
