/* sf-odt-styles.c: the ODF text document's styles.xml: named styles from the report's type
 * scale, the A4 page, the outline and the list styles
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The sizes and colours are the PDF's (sf-report-style.h); only the names are ODF's, as
 * LibreOffice and Word know them, so a template's styles take their place.
 */
#include "config.h"

#include "sf-odt-private.h"
#include "sf-report-style.h"

typedef enum
{
  KEEP_WITH_NEXT = 1 << 0,
  PAGE_BEFORE    = 1 << 1,
  ITALIC         = 1 << 2,
  SPACE_BELOW    = 1 << 3,
  CENTRED        = 1 << 4,
  INDENTED       = 1 << 5,  /* a contents entry of the second level, under its chapter */
} Flags;

typedef struct
{
  const char    *name;
  const char    *display;
  const char    *parent;
  const char    *next;
  SfReportStyle  style;
  guint          outline;
  Flags          flags;
} ParagraphStyle;

static const ParagraphStyle paragraphs[] = {
  { "Standard", NULL, NULL, NULL, SF_REPORT_STYLE_BODY, 0, 0 },
  { "Text_20_body", "Text body", "Standard", NULL, SF_REPORT_STYLE_BODY, 0, SPACE_BELOW },
  { "Lead_20_in", "Lead in", "Text_20_body", NULL, SF_REPORT_STYLE_BODY, 0,
    SPACE_BELOW | KEEP_WITH_NEXT },
  { "Heading", NULL, "Standard", "Text_20_body", SF_REPORT_STYLE_SECTION, 0, KEEP_WITH_NEXT },
  { "Heading_20_1", "Heading 1", "Heading", "Text_20_body", SF_REPORT_STYLE_CHAPTER, 1,
    KEEP_WITH_NEXT | PAGE_BEFORE | SPACE_BELOW },
  { "Heading_20_2", "Heading 2", "Heading", "Text_20_body", SF_REPORT_STYLE_SECTION, 2,
    KEEP_WITH_NEXT | SPACE_BELOW },
  { "Title", NULL, "Heading", "Subtitle", SF_REPORT_STYLE_TITLE, 0, SPACE_BELOW },
  { "Subtitle", NULL, "Heading", "Text_20_body", SF_REPORT_STYLE_SUBTITLE, 0, SPACE_BELOW },
  { "Cover_20_detail", "Cover detail", "Standard", NULL, SF_REPORT_STYLE_BODY, 0, 0 },
  { "Note", NULL, "Standard", NULL, SF_REPORT_STYLE_CAPTION, 0, SPACE_BELOW },
  { "List", NULL, "Text_20_body", NULL, SF_REPORT_STYLE_BODY, 0, 0 },
  { "Table_20_Contents", "Table Contents", "Standard", NULL, SF_REPORT_STYLE_TABLE, 0, 0 },
  { "Table_20_Heading", "Table Heading", "Table_20_Contents", NULL,
    SF_REPORT_STYLE_TABLE_HEAD, 0, 0 },
  { "Picture", NULL, "Standard", NULL, SF_REPORT_STYLE_BODY, 0, KEEP_WITH_NEXT },
  { "Caption", NULL, "Standard", NULL, SF_REPORT_STYLE_CAPTION, 0, ITALIC | SPACE_BELOW },
  { "Figure", NULL, "Caption", NULL, SF_REPORT_STYLE_CAPTION, 0, ITALIC | SPACE_BELOW },
  { "Key_20_figure", "Key figure", "Standard", NULL, SF_REPORT_STYLE_FIGURE, 0, 0 },
  { "Contents_20_Heading", "Contents Heading", "Heading", NULL, SF_REPORT_STYLE_CHAPTER, 0,
    SPACE_BELOW },
  { "Contents_20_1", "Contents 1", "Standard", NULL, SF_REPORT_STYLE_BODY, 0, 0 },
  { "Contents_20_2", "Contents 2", "Standard", NULL, SF_REPORT_STYLE_BODY, 0, INDENTED },
};

void
sf_odt_colour_attr (SfOdfXml      *xml,
                    SfReportStyle  style)
{
  double r, g, b;

  sf_report_style_colour (style, &r, &g, &b);
  sf_odf_xml_attr_printf (xml, "fo:color", "#%02x%02x%02x", (guint) (r * 255 + 0.5),
                          (guint) (g * 255 + 0.5), (guint) (b * 255 + 0.5));
}

void
sf_odt_text_properties (SfOdfXml      *xml,
                        SfReportStyle  style,
                        gboolean       italic,
                        const char    *font)
{
  gboolean bold = style == SF_REPORT_STYLE_TITLE || style == SF_REPORT_STYLE_CHAPTER ||
                  style == SF_REPORT_STYLE_SECTION || style == SF_REPORT_STYLE_TABLE_HEAD ||
                  style == SF_REPORT_STYLE_FIGURE || style == SF_REPORT_STYLE_STRONG;

  sf_odf_xml_start (xml, "style:text-properties");
  if (font != NULL)
    sf_odf_xml_attr (xml, "style:font-name", font);
  sf_odf_xml_attr_pt (xml, "fo:font-size", sf_report_style_size (style));
  if (bold)
    sf_odf_xml_attr (xml, "fo:font-weight", "bold");
  if (italic)
    sf_odf_xml_attr (xml, "fo:font-style", "italic");
  sf_odt_colour_attr (xml, style);
  sf_odf_xml_end (xml);
}

static void
write_paragraph_style (SfOdfXml             *xml,
                       const ParagraphStyle *p)
{
  sf_odf_xml_start (xml, "style:style");
  sf_odf_xml_attr (xml, "style:name", p->name);
  if (p->display)
    sf_odf_xml_attr (xml, "style:display-name", p->display);
  sf_odf_xml_attr (xml, "style:family", "paragraph");
  if (p->parent)
    sf_odf_xml_attr (xml, "style:parent-style-name", p->parent);
  if (p->next)
    sf_odf_xml_attr (xml, "style:next-style-name", p->next);
  if (p->outline > 0)
    sf_odf_xml_attr_printf (xml, "style:default-outline-level", "%u", p->outline);
  sf_odf_xml_start (xml, "style:paragraph-properties");
  if (p->flags & SPACE_BELOW)
    sf_odf_xml_attr_pt (xml, "fo:margin-bottom", sf_report_style_size (p->style) * 0.6);
  if (p->flags & KEEP_WITH_NEXT)
    sf_odf_xml_attr (xml, "fo:keep-with-next", "always");
  if (p->flags & INDENTED)
    sf_odf_xml_attr_pt (xml, "fo:margin-left", sf_report_style_size (p->style) * 1.5);
  if (p->flags & PAGE_BEFORE)
    sf_odf_xml_attr (xml, "fo:break-before", "page");
  if (p->outline > 0)
    sf_odf_xml_attr_pt (xml, "fo:margin-top", sf_report_style_size (p->style) * 0.8);
  sf_odf_xml_end (xml);
  sf_odt_text_properties (xml, p->style, p->flags & ITALIC, NULL);
  sf_odf_xml_end (xml);
}

static void
write_text_style (SfOdfXml   *xml,
                  const char *name,
                  const char *display,
                  gboolean    bold)
{
  sf_odf_xml_start (xml, "style:style");
  sf_odf_xml_attr (xml, "style:name", name);
  if (display)
    sf_odf_xml_attr (xml, "style:display-name", display);
  sf_odf_xml_attr (xml, "style:family", "text");
  sf_odf_xml_start (xml, "style:text-properties");
  sf_odf_xml_attr (xml, bold ? "fo:font-weight" : "fo:font-style", bold ? "bold" : "italic");
  sf_odf_xml_end (xml);
  sf_odf_xml_end (xml);
}

static void
write_list_style (SfOdfXml *xml,
                  gboolean  numbered)
{
  sf_odf_xml_start (xml, "text:list-style");
  sf_odf_xml_attr (xml, "style:name", numbered ? SF_ODT_NUMBERS : SF_ODT_BULLETS);
  sf_odf_xml_attr (xml, "style:display-name", numbered ? "List Number" : "List Bullet");
  sf_odf_xml_start (xml, numbered ? "text:list-level-style-number"
                                  : "text:list-level-style-bullet");
  sf_odf_xml_attr (xml, "text:level", "1");
  if (numbered)
    {
      sf_odf_xml_attr (xml, "style:num-format", "1");
      sf_odf_xml_attr (xml, "style:num-suffix", ".");
    }
  else
    sf_odf_xml_attr (xml, "text:bullet-char", "•");
  sf_odf_xml_start (xml, "style:list-level-properties");
  sf_odf_xml_attr (xml, "text:list-level-position-and-space-mode", "label-alignment");
  sf_odf_xml_start (xml, "style:list-level-label-alignment");
  sf_odf_xml_attr (xml, "text:label-followed-by", "listtab");
  sf_odf_xml_attr (xml, "text:list-tab-stop-position", "0.6cm");
  sf_odf_xml_attr (xml, "fo:text-indent", "-0.6cm");
  sf_odf_xml_attr (xml, "fo:margin-left", "0.6cm");
  sf_odf_xml_end (xml);
  sf_odf_xml_end (xml);
  sf_odf_xml_end (xml);
  sf_odf_xml_end (xml);
}

/* Levels 1 and 2 are the chapters and sections: a navigator and a contents field read them. */
static void
write_outline (SfOdfXml *xml)
{
  sf_odf_xml_start (xml, "text:outline-style");
  sf_odf_xml_attr (xml, "style:name", "Outline");
  for (guint level = 1; level <= 2; level++)
    {
      sf_odf_xml_start (xml, "text:outline-level-style");
      sf_odf_xml_attr_printf (xml, "text:level", "%u", level);
      sf_odf_xml_attr (xml, "style:num-format", "");
      sf_odf_xml_end (xml);
    }
  sf_odf_xml_end (xml);
}

static void
write_page (SfOdfXml                *xml,
            const SfReportPageSetup *setup)
{
  sf_odf_xml_start (xml, "office:automatic-styles");
  sf_odf_xml_start (xml, "style:page-layout");
  sf_odf_xml_attr (xml, "style:name", "A4");
  sf_odf_xml_start (xml, "style:page-layout-properties");
  sf_odf_xml_attr_pt (xml, "fo:page-width", setup->width);
  sf_odf_xml_attr_pt (xml, "fo:page-height", setup->height);
  sf_odf_xml_attr (xml, "style:print-orientation", "portrait");
  sf_odf_xml_attr_pt (xml, "fo:margin-top", setup->margin_top);
  sf_odf_xml_attr_pt (xml, "fo:margin-right", setup->margin_right);
  sf_odf_xml_attr_pt (xml, "fo:margin-bottom", setup->margin_bottom / 2);
  sf_odf_xml_attr_pt (xml, "fo:margin-left", setup->margin_left);
  sf_odf_xml_end (xml);
  sf_odf_xml_start (xml, "style:footer-style");
  sf_odf_xml_start (xml, "style:header-footer-properties");
  sf_odf_xml_attr_pt (xml, "fo:min-height", setup->margin_bottom / 2);
  sf_odf_xml_end (xml);
  sf_odf_xml_end (xml);
  sf_odf_xml_end (xml);
  sf_odf_xml_end (xml);

  sf_odf_xml_start (xml, "office:master-styles");
  sf_odf_xml_start (xml, "style:master-page");
  sf_odf_xml_attr (xml, "style:name", "Standard");
  sf_odf_xml_attr (xml, "style:page-layout-name", "A4");
  sf_odf_xml_start (xml, "style:footer");
  sf_odf_xml_start (xml, "text:p");
  sf_odf_xml_attr (xml, "text:style-name", SF_ODT_NOTE);
  sf_odf_xml_start (xml, "text:page-number");
  sf_odf_xml_attr (xml, "text:select-page", "current");
  sf_odf_xml_end (xml);
  sf_odf_xml_end (xml);
  sf_odf_xml_end (xml);
  sf_odf_xml_end (xml);
  sf_odf_xml_end (xml);
}

void
sf_odt_font_faces (SfOdfXml *xml)
{
  sf_odf_xml_start (xml, "office:font-face-decls");
  sf_odf_xml_start (xml, "style:font-face");
  sf_odf_xml_attr (xml, "style:name", "Cantarell");
  sf_odf_xml_attr (xml, "svg:font-family", "Cantarell");
  sf_odf_xml_attr (xml, "style:font-family-generic", "swiss");
  sf_odf_xml_end (xml);
  sf_odf_xml_end (xml);
}

void
sf_odt_default_style_start (SfOdfXml   *xml,
                            const char *family,
                            const char *language,
                            gboolean    hyphenate)
{
  sf_odf_xml_start (xml, "style:default-style");
  sf_odf_xml_attr (xml, "style:family", family);
  sf_odf_xml_start (xml, "style:text-properties");
  sf_odf_xml_attr (xml, "style:font-name", "Cantarell");
  sf_odf_xml_attr (xml, "fo:language", language);
  sf_odf_xml_attr (xml, "fo:country", "none");
  if (hyphenate)
    sf_odf_xml_attr (xml, "fo:hyphenate", "true");
  sf_odf_xml_end (xml);
}

GBytes *
sf_odt_styles_write (const SfReportPageSetup  *setup,
                     const char               *language,
                     GError                  **error)
{
  SfOdfXml *xml = sf_odf_xml_new ("office:document-styles");

  sf_odt_font_faces (xml);

  sf_odf_xml_start (xml, "office:styles");
  /* Text in narrow table columns breaks at syllables, not anywhere in a word. */
  sf_odt_default_style_start (xml, "paragraph", language, TRUE);
  sf_odf_xml_end (xml);
  for (guint i = 0; i < G_N_ELEMENTS (paragraphs); i++)
    write_paragraph_style (xml, &paragraphs[i]);
  write_text_style (xml, SF_ODT_STRONG, "Strong Emphasis", TRUE);
  write_text_style (xml, SF_ODT_EMPHASIS, NULL, FALSE);
  write_text_style (xml, SF_ODT_ESTIMATE, NULL, FALSE);
  write_list_style (xml, FALSE);
  write_list_style (xml, TRUE);
  write_outline (xml);
  sf_odf_xml_end (xml);

  write_page (xml, setup);
  return sf_odf_xml_finish (xml, error);
}
