/* sf-odp-styles.c: the ODF presentation's styles: the 16:9 slide and the notes page, the
 * master page, and the automatic styles the slides' boxes use
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The sizes and colours are the PDF deck's (sf-report-style.h), so a slide edited in
 * Impress starts out as the PDF shows it.
 */
#include "config.h"

#include "sf-odp-private.h"
#include "sf-odt-private.h"

static const char *aligns[] = { "start", "center", "end" };

const char *
sf_odp_paragraph_style (SfReportStyle style,
                        SfReportAlign align)
{
  g_autofree char *name = g_strdup_printf ("P%u-%s", (guint) style, aligns[align]);

  return g_intern_string (name);
}

static void
write_page_layout (SfOdfXml   *xml,
                   const char *name,
                   double      width,
                   double      height)
{
  sf_odf_xml_start (xml, "style:page-layout");
  sf_odf_xml_attr (xml, "style:name", name);
  sf_odf_xml_start (xml, "style:page-layout-properties");
  sf_odf_xml_attr_pt (xml, "fo:page-width", width);
  sf_odf_xml_attr_pt (xml, "fo:page-height", height);
  sf_odf_xml_attr (xml, "fo:margin-top", "0pt");
  sf_odf_xml_attr (xml, "fo:margin-bottom", "0pt");
  sf_odf_xml_attr (xml, "fo:margin-left", "0pt");
  sf_odf_xml_attr (xml, "fo:margin-right", "0pt");
  sf_odf_xml_attr (xml, "style:print-orientation",
                   width > height ? "landscape" : "portrait");
  sf_odf_xml_end (xml);
  sf_odf_xml_end (xml);
}

GBytes *
sf_odp_styles_write (const SfReportPageSetup  *setup,
                     const char               *language,
                     GError                  **error)
{
  SfOdfXml *xml = sf_odf_xml_new ("office:document-styles");

  sf_odt_font_faces (xml);
  sf_odf_xml_start (xml, "office:styles");
  /* Every shape's text in the document's language, for spelling; a slide's short lines are
   * not hyphenated. */
  sf_odt_default_style_start (xml, "graphic", language, FALSE);
  sf_odf_xml_end (xml);
  sf_odf_xml_end (xml);

  sf_odf_xml_start (xml, "office:automatic-styles");
  write_page_layout (xml, "PM-slide", setup->width, setup->height);
  write_page_layout (xml, "PM-notes", SF_ODP_NOTES_WIDTH, SF_ODP_NOTES_HEIGHT);
  sf_odf_xml_end (xml);

  sf_odf_xml_start (xml, "office:master-styles");
  sf_odf_xml_start (xml, "style:master-page");
  sf_odf_xml_attr (xml, "style:name", SF_ODP_MASTER);
  sf_odf_xml_attr (xml, "style:page-layout-name", "PM-slide");
  sf_odf_xml_start (xml, "presentation:notes");
  sf_odf_xml_attr (xml, "style:page-layout-name", "PM-notes");
  sf_odf_xml_end (xml);
  sf_odf_xml_end (xml);
  sf_odf_xml_end (xml);
  return sf_odf_xml_finish (xml, error);
}

/* A frame's look: no line, no fill, no padding, the text from the top; @grow: as high as
 * its text (Impress measures its fonts a little differently from the PDF). Its text is in
 * the report's font and @language, and the size of @style where that is not body text: a
 * title frame takes its size from here, not from its paragraphs. */
static void
write_frame_style (SfOdfXml      *xml,
                   const char    *name,
                   const char    *family,
                   gboolean       grow,
                   SfReportStyle  style,
                   const char    *language)
{
  sf_odf_xml_start (xml, "style:style");
  sf_odf_xml_attr (xml, "style:name", name);
  sf_odf_xml_attr (xml, "style:family", family);
  sf_odf_xml_start (xml, "style:graphic-properties");
  sf_odf_xml_attr (xml, "draw:stroke", "none");
  sf_odf_xml_attr (xml, "draw:fill", "none");
  sf_odf_xml_attr (xml, "draw:textarea-vertical-align", "top");
  sf_odf_xml_attr (xml, "draw:auto-grow-height", grow ? "true" : "false");
  sf_odf_xml_attr (xml, "draw:auto-grow-width", "false");
  /* Each side: Impress does not read the shorthand for a shape's insets. */
  sf_odf_xml_attr (xml, "fo:padding-top", "0pt");
  sf_odf_xml_attr (xml, "fo:padding-bottom", "0pt");
  sf_odf_xml_attr (xml, "fo:padding-left", "0pt");
  sf_odf_xml_attr (xml, "fo:padding-right", "0pt");
  sf_odf_xml_end (xml);
  sf_odf_xml_start (xml, "style:text-properties");
  sf_odf_xml_attr (xml, "style:font-name", "Cantarell");
  sf_odf_xml_attr (xml, "fo:language", language);
  sf_odf_xml_attr (xml, "fo:country", "none");
  sf_odf_xml_attr_pt (xml, "fo:font-size", sf_report_style_size (style));
  if (style == SF_REPORT_STYLE_CHAPTER)
    sf_odf_xml_attr (xml, "fo:font-weight", "bold");
  sf_odt_colour_attr (xml, style);
  sf_odf_xml_end (xml);
  sf_odf_xml_end (xml);
}

/* A filled rectangle in the accent colour: the rule over a slide's title. */
static void
write_accent_style (SfOdfXml *xml)
{
  double r, g, b;

  sf_report_style_colour (SF_REPORT_STYLE_CHAPTER, &r, &g, &b);
  sf_odf_xml_start (xml, "style:style");
  sf_odf_xml_attr (xml, "style:name", SF_ODP_ACCENT);
  sf_odf_xml_attr (xml, "style:family", "graphic");
  sf_odf_xml_start (xml, "style:graphic-properties");
  sf_odf_xml_attr (xml, "draw:stroke", "none");
  sf_odf_xml_attr (xml, "draw:fill", "solid");
  sf_odf_xml_attr_printf (xml, "draw:fill-color", "#%02x%02x%02x", (guint) (r * 255 + 0.5),
                          (guint) (g * 255 + 0.5), (guint) (b * 255 + 0.5));
  sf_odf_xml_end (xml);
  sf_odf_xml_end (xml);
}

static void
write_paragraph_style (SfOdfXml      *xml,
                       const char    *name,
                       SfReportStyle  style,
                       SfReportAlign  align)
{
  sf_odf_xml_start (xml, "style:style");
  sf_odf_xml_attr (xml, "style:name", name);
  sf_odf_xml_attr (xml, "style:family", "paragraph");
  sf_odf_xml_start (xml, "style:paragraph-properties");
  sf_odf_xml_attr (xml, "fo:text-align", aligns[align]);
  sf_odf_xml_attr_pt (xml, "fo:margin-bottom", sf_report_style_size (style) * 0.3);
  sf_odf_xml_end (xml);
  /* Impress takes a paragraph's font from its own style, not the frame's. */
  sf_odt_text_properties (xml, style, FALSE, "Cantarell");
  sf_odf_xml_end (xml);
}

static void
write_text_style (SfOdfXml   *xml,
                  const char *name,
                  gboolean    bold)
{
  sf_odf_xml_start (xml, "style:style");
  sf_odf_xml_attr (xml, "style:name", name);
  sf_odf_xml_attr (xml, "style:family", "text");
  sf_odf_xml_start (xml, "style:text-properties");
  sf_odf_xml_attr (xml, bold ? "fo:font-weight" : "fo:font-style", bold ? "bold" : "italic");
  sf_odf_xml_end (xml);
  sf_odf_xml_end (xml);
}

static void
write_bullets (SfOdfXml *xml)
{
  sf_odf_xml_start (xml, "text:list-style");
  sf_odf_xml_attr (xml, "style:name", SF_ODP_BULLETS);
  sf_odf_xml_start (xml, "text:list-level-style-bullet");
  sf_odf_xml_attr (xml, "text:level", "1");
  sf_odf_xml_attr (xml, "text:bullet-char", "•");
  sf_odf_xml_start (xml, "style:list-level-properties");
  sf_odf_xml_attr (xml, "text:space-before", "0pt");
  sf_odf_xml_attr_pt (xml, "text:min-label-width", sf_report_style_size (SF_REPORT_STYLE_BODY));
  sf_odf_xml_end (xml);
  /* The text's size: without it Impress draws the bullet as a small dot. */
  sf_odf_xml_start (xml, "style:text-properties");
  sf_odf_xml_attr (xml, "fo:font-family", "Cantarell");
  sf_odf_xml_attr (xml, "fo:font-size", "100%");
  sf_odf_xml_end (xml);
  sf_odf_xml_end (xml);
  sf_odf_xml_end (xml);
}

void
sf_odp_automatic_styles (SfOdfXml   *xml,
                         const char *language)
{
  sf_odf_xml_start (xml, "office:automatic-styles");
  write_frame_style (xml, SF_ODP_TEXT_FRAME, "graphic", TRUE, SF_REPORT_STYLE_BODY, language);
  write_frame_style (xml, SF_ODP_PICTURE_FRAME, "graphic", FALSE, SF_REPORT_STYLE_BODY,
                     language);
  write_frame_style (xml, SF_ODP_TITLE_FRAME, "presentation", TRUE, SF_REPORT_STYLE_CHAPTER,
                     language);
  write_frame_style (xml, SF_ODP_NOTES_FRAME, "presentation", FALSE, SF_REPORT_STYLE_BODY,
                     language);
  write_accent_style (xml);
  for (guint style = 0; style < SF_REPORT_N_STYLES; style++)
    for (guint align = 0; align < G_N_ELEMENTS (aligns); align++)
      write_paragraph_style (xml, sf_odp_paragraph_style (style, align), style, align);
  write_paragraph_style (xml, SF_ODP_NOTES_TEXT, SF_REPORT_STYLE_BODY, SF_REPORT_ALIGN_START);
  /* The names sf_odt_markup_write () gives bold and italic spans. */
  write_text_style (xml, SF_ODT_STRONG, TRUE);
  write_text_style (xml, SF_ODT_EMPHASIS, FALSE);
  write_bullets (xml);
  sf_odf_xml_end (xml);
}
