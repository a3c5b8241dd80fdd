/* sf-odt-private.h: what the ODF text document's parts share (private to the writer)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The content names its paragraphs, characters and lists by the named styles of styles.xml,
 * so that a municipality can restyle the document with its own template; names with spaces
 * are written as ODF writes them ("Heading 1" is "Heading_20_1").
 */
#pragma once

#include "sf-odf-xml.h"
#include "sf-report-layout.h"
#include "sf-report-style.h"

G_BEGIN_DECLS

#define SF_ODT_TEXT_BODY    "Text_20_body"
#define SF_ODT_LEAD_IN      "Lead_20_in"
#define SF_ODT_HEADING      "Heading_20_%u"
#define SF_ODT_TITLE        "Title"
#define SF_ODT_SUBTITLE     "Subtitle"
#define SF_ODT_COVER_DETAIL "Cover_20_detail"
#define SF_ODT_NOTE         "Note"
#define SF_ODT_LIST         "List"
#define SF_ODT_TABLE_TEXT   "Table_20_Contents"
#define SF_ODT_TABLE_HEAD   "Table_20_Heading"
#define SF_ODT_PICTURE      "Picture"
#define SF_ODT_FIGURE       "Figure"
#define SF_ODT_KEY_FIGURE   "Key_20_figure"
#define SF_ODT_TOC_HEADING  "Contents_20_Heading"
#define SF_ODT_TOC_LEVEL    "Contents_20_%u"
#define SF_ODT_STRONG       "Strong_20_Emphasis"
#define SF_ODT_EMPHASIS     "Emphasis"
#define SF_ODT_ESTIMATE     "Estimate"
#define SF_ODT_BULLETS      "List_20_Bullet"
#define SF_ODT_NUMBERS      "List_20_Number"

/* The sequence that numbers the pictures' captions, as LibreOffice names it. */
#define SF_ODT_FIGURE_SEQUENCE "Illustration"

/* styles.xml: the named styles in @language (for spelling and hyphenation) and the A4 page
 * of @setup, with its page number in the footer. */
GBytes *sf_odt_styles_write (const SfReportPageSetup *setup,
                             const char              *language,
                             GError                 **error);

/* A style's text as the PDF sets it: its size, weight and colour; in @font (of
 * sf_odt_font_faces ()), or NULL for the default style's. */
void    sf_odt_text_properties (SfOdfXml             *xml,
                                SfReportStyle         style,
                                gboolean              italic,
                                const char           *font);
/* fo:color: @style's colour. */
void    sf_odt_colour_attr  (SfOdfXml                *xml,
                             SfReportStyle            style);
/* The font the styles name (office:font-face-decls). */
void    sf_odt_font_faces   (SfOdfXml                *xml);
/* The default style of @family ("paragraph", "graphic"): the app's font, in @language (for
 * an office suite's spelling), hyphenated with @hyphenate. Left open, for more properties. */
void    sf_odt_default_style_start (SfOdfXml          *xml,
                                    const char        *family,
                                    const char        *language,
                                    gboolean           hyphenate);
/* meta.xml: what the PDF's metadata of @doc says, and the generator; no author, no dates, no
 * paths. */
GBytes *sf_odf_meta_write   (SfReportDocument        *doc,
                             GError                 **error);

/* Writes @markup (Pango markup) as text with bold and italic spans; markup that does not
 * parse is written as the text it is, so nothing is lost. */
void    sf_odt_markup_write (SfOdfXml                *xml,
                             const char              *markup);

G_END_DECLS
