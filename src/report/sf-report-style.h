/* sf-report-style.h: the report's type scale and text layouts in points
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pangocairo.h>

G_BEGIN_DECLS

/* Cantarell first (in the GNOME runtime and Debian's fonts-cantarell), then common sans. */
#define SF_REPORT_FONT_FAMILY "Cantarell, Noto Sans, DejaVu Sans, sans-serif"

typedef enum
{
  SF_REPORT_STYLE_TITLE,     /* the cover's title */
  SF_REPORT_STYLE_SUBTITLE,  /* the cover's second line */
  SF_REPORT_STYLE_CHAPTER,
  SF_REPORT_STYLE_SECTION,
  SF_REPORT_STYLE_BODY,
  SF_REPORT_STYLE_STRONG,    /* body weight bold: table headers, tile values' labels */
  SF_REPORT_STYLE_CAPTION,   /* notes, sources, running header and footer */
  SF_REPORT_STYLE_TABLE,     /* table cells: a little smaller than body, for dense tables */
  SF_REPORT_STYLE_TABLE_HEAD,
  SF_REPORT_STYLE_FIGURE,    /* a key figure's value in a tile */
  SF_REPORT_N_STYLES
} SfReportStyle;

typedef enum
{
  SF_REPORT_ALIGN_START,
  SF_REPORT_ALIGN_CENTER,
  SF_REPORT_ALIGN_END,
} SfReportAlign;

/* Size in points, line spacing factor, weight and grey level of each style. */
double        sf_report_style_size        (SfReportStyle  style);
void          sf_report_style_colour      (SfReportStyle  style,
                                           double        *red,
                                           double        *green,
                                           double        *blue);

/* A context whose text measures the same on every target: 72 dpi (1 pt = 1 unit), metrics
 * not hinted, the document's language for hyphenation and shaping. */
PangoContext *sf_report_context_new       (const char    *language);
void          sf_report_context_update    (PangoContext  *context,
                                           cairo_t       *cr);

/* A layout of @text (plain, or Pango markup when @markup) wrapped at @width points. Long
 * words that do not fit break between characters (with a hyphen) instead of overflowing.
 * Pango 1.50 has no hyphenation dictionary: a Dutch compound ("woningcorporatiemedewerkers")
 * is only broken at a soft hyphen (U+00AD) in the text, or between characters when it is
 * longer than the whole line. */
PangoLayout  *sf_report_layout_text       (PangoContext  *context,
                                           SfReportStyle  style,
                                           const char    *text,
                                           gboolean       markup,
                                           double         width,
                                           SfReportAlign  align);
double        sf_report_layout_width      (PangoLayout   *layout);

/* Markup for a value that is an estimate: "≈ value" in italics; the text is escaped. */
char         *sf_report_estimate_markup   (const char    *value);

G_END_DECLS
