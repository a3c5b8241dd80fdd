/* sf-odt-content.c: the ODF text document's content.xml, walked from the report's blocks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A first walk gathers what must come before the text: the headings for the contents and the
 * columns' widths of each table (automatic styles). The second writes the text; each chart
 * goes into the package as it comes, as SVG with a PNG fallback.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sf-odf-picture.h"
#include "sf-odt-content.h"
#include "sf-odt-private.h"
#include "sf-report-walk.h"


static void
gather_heading (gpointer    data,
                guint       level,
                const char *text)
{
  SfOdtWriter *w = data;

  g_ptr_array_add (w->headings, g_strdup_printf ("%u%s", level, text));
}

/* Each table's columns as shares of the text width. */
static void
gather_table (gpointer       data,
              SfReportTable *table)
{
  SfOdtWriter *w = data;
  guint n = sf_report_table_get_n_columns (table);
  double total = 0;

  w->n_tables++;
  for (guint i = 0; i < n; i++)
    total += sf_report_table_get_share (table, i);
  for (guint i = 0; i < n; i++)
    {
      double share = sf_report_table_get_share (table, i) / total;

      sf_odf_xml_start (w->xml, "style:style");
      sf_odf_xml_attr_printf (w->xml, "style:name", "T%u.C%u", w->n_tables, i);
      sf_odf_xml_attr (w->xml, "style:family", "table-column");
      sf_odf_xml_start (w->xml, "style:table-column-properties");
      sf_odf_xml_attr_pt (w->xml, "style:column-width", w->width * share);
      sf_odf_xml_attr_printf (w->xml, "style:rel-width", "%u*", (guint) (share * 10000 + 0.5));
      sf_odf_xml_end (w->xml);
      sf_odf_xml_end (w->xml);
    }
}

/* A style of @family named @name with one properties element of @attrs (name, value…). */
static void
auto_style (SfOdtWriter *w,
            const char  *name,
            const char  *family,
            const char  *parent,
            const char  *properties,
            ...)
{
  va_list args;
  const char *attr;

  sf_odf_xml_start (w->xml, "style:style");
  sf_odf_xml_attr (w->xml, "style:name", name);
  sf_odf_xml_attr (w->xml, "style:family", family);
  if (parent)
    sf_odf_xml_attr (w->xml, "style:parent-style-name", parent);
  sf_odf_xml_start (w->xml, properties);
  va_start (args, properties);
  while ((attr = va_arg (args, const char *)) != NULL)
    sf_odf_xml_attr (w->xml, attr, va_arg (args, const char *));
  va_end (args);
  sf_odf_xml_end (w->xml);
  sf_odf_xml_end (w->xml);
}

static void
write_automatic_styles (SfOdtWriter      *w,
                        SfReportDocument *doc)
{
  const SfReportVisitor gather = { .heading = gather_heading, .table = gather_table };
  char number[G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *width = g_strconcat (g_ascii_formatd (number, sizeof number, "%.2f",
                                                         w->width), "pt", NULL);

  sf_odf_xml_start (w->xml, "office:automatic-styles");
  auto_style (w, "Table", "table", NULL, "style:table-properties", "table:align", "margins",
              "style:width", width, "fo:margin-bottom", "8pt", NULL);
  /* Room at the sides, as the PDF's cells have: a number must not run into the next text. */
  auto_style (w, "Cell", "table-cell", NULL, "style:table-cell-properties", "fo:padding-top",
              "2pt", "fo:padding-bottom", "2pt", "fo:padding-left", "3pt", "fo:padding-right",
              "3pt", "fo:border-bottom", "0.5pt solid #bfbfbf", NULL);
  auto_style (w, "Head", "table-cell", NULL, "style:table-cell-properties", "fo:padding-top",
              "2pt", "fo:padding-bottom", "2pt", "fo:padding-left", "3pt", "fo:padding-right",
              "3pt", "fo:border-bottom", "1pt solid #1b3f66", NULL);
  auto_style (w, "Tile", "table-cell", NULL, "style:table-cell-properties", "fo:padding",
              "6pt", "fo:background-color", "#e8ecf0", "fo:border", "2pt solid #ffffff", NULL);
  auto_style (w, "End", "paragraph", SF_ODT_TABLE_TEXT, "style:paragraph-properties",
              "fo:text-align", "end", NULL);
  auto_style (w, "Centre", "paragraph", SF_ODT_TABLE_TEXT, "style:paragraph-properties",
              "fo:text-align", "center", NULL);
  auto_style (w, "HeadEnd", "paragraph", SF_ODT_TABLE_HEAD, "style:paragraph-properties",
              "fo:text-align", "end", NULL);
  auto_style (w, "HeadCentre", "paragraph", SF_ODT_TABLE_HEAD, "style:paragraph-properties",
              "fo:text-align", "center", NULL);
  auto_style (w, "Break", "paragraph", SF_ODT_TEXT_BODY, "style:paragraph-properties",
              "fo:break-before", "page", NULL);
  auto_style (w, "ContentsBreak", "paragraph", SF_ODT_TOC_HEADING, "style:paragraph-properties",
              "fo:break-before", "page", NULL);
  auto_style (w, "Chart", "graphic", "Graphics", "style:graphic-properties",
              "style:vertical-pos", "top", "style:vertical-rel", "baseline", NULL);
  sf_report_document_walk (doc, &gather, w);
  sf_odf_xml_end (w->xml);
}

void
sf_odt_start_paragraph (SfOdtWriter *w,
                        const char  *style)
{
  sf_odf_xml_start (w->xml, "text:p");
  sf_odf_xml_attr (w->xml, "text:style-name", style);
}

static void
write_cover (gpointer           data,
             const char        *title,
             const char        *subtitle,
             const char *const *labels,
             const char *const *values)
{
  SfOdtWriter *w = data;

  sf_odt_start_paragraph (w, SF_ODT_TITLE);
  sf_odf_xml_text (w->xml, title, -1);
  sf_odf_xml_end (w->xml);
  if (subtitle && *subtitle)
    {
      sf_odt_start_paragraph (w, SF_ODT_SUBTITLE);
      sf_odf_xml_text (w->xml, subtitle, -1);
      sf_odf_xml_end (w->xml);
    }
  for (guint i = 0; labels[i] != NULL; i++)
    {
      sf_odt_start_paragraph (w, SF_ODT_COVER_DETAIL);
      sf_odf_xml_start (w->xml, "text:span");
      sf_odf_xml_attr (w->xml, "text:style-name", SF_ODT_STRONG);
      sf_odf_xml_text (w->xml, labels[i], -1);
      sf_odf_xml_end (w->xml);
      sf_odf_xml_text (w->xml, "\t", -1);
      sf_odf_xml_text (w->xml, values[i], -1);
      sf_odf_xml_end (w->xml);
    }
  w->break_next = TRUE;
}

static void
write_toc_template (SfOdtWriter *w,
                    guint        level)
{
  g_autofree char *style = g_strdup_printf (SF_ODT_TOC_LEVEL, level);

  sf_odf_xml_start (w->xml, "text:table-of-content-entry-template");
  sf_odf_xml_attr_printf (w->xml, "text:outline-level", "%u", level);
  sf_odf_xml_attr (w->xml, "text:style-name", style);
  sf_odf_xml_start (w->xml, "text:index-entry-link-start");
  sf_odf_xml_end (w->xml);
  sf_odf_xml_start (w->xml, "text:index-entry-text");
  sf_odf_xml_end (w->xml);
  sf_odf_xml_start (w->xml, "text:index-entry-tab-stop");
  sf_odf_xml_attr (w->xml, "style:type", "right");
  sf_odf_xml_attr (w->xml, "style:leader-char", ".");
  sf_odf_xml_end (w->xml);
  sf_odf_xml_start (w->xml, "text:index-entry-page-number");
  sf_odf_xml_end (w->xml);
  sf_odf_xml_start (w->xml, "text:index-entry-link-end");
  sf_odf_xml_end (w->xml);
  sf_odf_xml_end (w->xml);
}

/* A contents field over the outline's two levels; its entries are filled in (without page
 * numbers, which only the office suite knows) so it reads before it is updated. */
static void
write_contents (gpointer    data,
                const char *heading)
{
  SfOdtWriter *w = data;

  sf_odf_xml_start (w->xml, "text:table-of-content");
  sf_odf_xml_attr (w->xml, "text:name", "Contents");
  sf_odf_xml_attr (w->xml, "text:protected", "true");
  sf_odf_xml_start (w->xml, "text:table-of-content-source");
  sf_odf_xml_attr (w->xml, "text:outline-level", "2");
  sf_odf_xml_attr (w->xml, "text:use-index-marks", "false");
  sf_odf_xml_start (w->xml, "text:index-title-template");
  sf_odf_xml_attr (w->xml, "text:style-name", SF_ODT_TOC_HEADING);
  sf_odf_xml_text (w->xml, heading, -1);
  sf_odf_xml_end (w->xml);
  write_toc_template (w, 1);
  write_toc_template (w, 2);
  sf_odf_xml_end (w->xml);
  sf_odf_xml_start (w->xml, "text:index-body");
  sf_odf_xml_start (w->xml, "text:index-title");
  sf_odf_xml_attr (w->xml, "text:name", "Contents_Head");
  sf_odt_start_paragraph (w, w->break_next ? "ContentsBreak" : SF_ODT_TOC_HEADING);
  w->break_next = FALSE;
  sf_odf_xml_text (w->xml, heading, -1);
  sf_odf_xml_end (w->xml);
  sf_odf_xml_end (w->xml);
  for (guint i = 0; i < w->headings->len; i++)
    {
      const char *entry = g_ptr_array_index (w->headings, i);
      g_autofree char *style = g_strdup_printf (SF_ODT_TOC_LEVEL, entry[0] == '1' ? 1 : 2);

      sf_odt_start_paragraph (w, style);
      sf_odf_xml_text (w->xml, entry + 1, -1);
      sf_odf_xml_end (w->xml);
    }
  sf_odf_xml_end (w->xml);
  sf_odf_xml_end (w->xml);
}

static void
write_heading (gpointer    data,
               guint       level,
               const char *text)
{
  SfOdtWriter *w = data;
  g_autofree char *style = g_strdup_printf (SF_ODT_HEADING, level);

  sf_odf_xml_start (w->xml, "text:h");
  sf_odf_xml_attr (w->xml, "text:style-name", style);
  sf_odf_xml_attr_printf (w->xml, "text:outline-level", "%u", level);
  sf_odf_xml_text (w->xml, text, -1);
  sf_odf_xml_end (w->xml);
  w->break_next = FALSE;
}

static void
write_paragraph (gpointer    data,
                 const char *text,
                 gboolean    markup,
                 gboolean    lead_in)
{
  SfOdtWriter *w = data;

  sf_odt_start_paragraph (w, w->break_next ? "Break" : lead_in ? SF_ODT_LEAD_IN
                                                               : SF_ODT_TEXT_BODY);
  w->break_next = FALSE;
  if (markup)
    sf_odt_markup_write (w->xml, text);
  else
    sf_odf_xml_text (w->xml, text, -1);
  sf_odf_xml_end (w->xml);
}

static void
write_caption (gpointer    data,
               const char *text)
{
  SfOdtWriter *w = data;

  sf_odt_start_paragraph (w, SF_ODT_NOTE);
  sf_odf_xml_text (w->xml, text, -1);
  sf_odf_xml_end (w->xml);
}

static void
write_list (gpointer           data,
            const char *const *items,
            gboolean           numbered)
{
  SfOdtWriter *w = data;

  if (items[0] == NULL)
    return;
  sf_odf_xml_start (w->xml, "text:list");
  sf_odf_xml_attr (w->xml, "text:style-name", numbered ? SF_ODT_NUMBERS : SF_ODT_BULLETS);
  for (guint i = 0; items[i] != NULL; i++)
    {
      sf_odf_xml_start (w->xml, "text:list-item");
      sf_odt_start_paragraph (w, SF_ODT_LIST);
      sf_odf_xml_text (w->xml, items[i], -1);
      sf_odf_xml_end (w->xml);
      sf_odf_xml_end (w->xml);
    }
  sf_odf_xml_end (w->xml);
}

static void
write_page_break (gpointer data)
{
  SfOdtWriter *w = data;

  w->break_next = TRUE;
}

static void
init_walk (SfReportVisitor *visitor)
{
  visitor->cover = write_cover;
  visitor->contents = write_contents;
  visitor->heading = write_heading;
  visitor->paragraph = write_paragraph;
  visitor->caption = write_caption;
  visitor->list = write_list;
  visitor->page_break = write_page_break;
  sf_odt_tables_init_walk (visitor);
  sf_odt_figures_init_walk (visitor);
}

GBytes *
sf_odt_content_write (SfReportDocument  *doc,
                      SfOdfPackage      *package,
                      double             width,
                      GError           **error)
{
  SfReportVisitor visitor = { 0 };
  g_autoptr(GPtrArray) headings = g_ptr_array_new_with_free_func (g_free);
  SfOdtWriter w = { .package = package, .width = width, .headings = headings };
  GBytes *content;

  w.xml = sf_odf_xml_new ("office:document-content");
  write_automatic_styles (&w, doc);
  w.n_tables = 0;
  sf_odf_xml_start (w.xml, "office:body");
  sf_odf_xml_start (w.xml, "office:text");
  /* The captions' numbers: "Figure 1", as LibreOffice numbers its illustrations. */
  sf_odf_xml_start (w.xml, "text:sequence-decls");
  sf_odf_xml_start (w.xml, "text:sequence-decl");
  sf_odf_xml_attr (w.xml, "text:display-outline-level", "0");
  sf_odf_xml_attr (w.xml, "text:name", SF_ODT_FIGURE_SEQUENCE);
  sf_odf_xml_end (w.xml);
  sf_odf_xml_end (w.xml);
  init_walk (&visitor);
  sf_report_document_walk (doc, &visitor, &w);
  content = sf_odf_xml_finish (w.xml, w.error ? NULL : error);
  if (w.error != NULL)
    {
      g_clear_pointer (&content, g_bytes_unref);
      g_propagate_error (error, w.error);
    }
  return content;
}
