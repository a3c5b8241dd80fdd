/* sf-report-layout.h: a report's blocks broken into pages of boxes, and drawn on any cairo_t
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The layout is computed once, in points, for a page size and margins; drawing a page then
 * only replays its boxes, so the PDF, printing and an on-screen preview show the same pages.
 */
#pragma once

#include <cairo.h>

#include "sf-report-document.h"

G_BEGIN_DECLS

typedef struct
{
  double   width, height;
  double   margin_top, margin_right, margin_bottom, margin_left;
  gboolean slides;      /* no running header; the footer is the page's number alone */
  guint    page_offset; /* added to the pages' numbers: a slide laid out on its own */
} SfReportPageSetup;

/* A4 portrait (595.276 x 841.89 pt) with margins for reading and binding. */
void sf_report_page_setup_a4    (SfReportPageSetup *setup);
/* A 16:9 slide of 160 x 90 mm, for a deck shown on a beamer: the report's type on a page this
 * size is as large, for the wall, as a presentation's usual 24 pt text on a 13.3 inch slide. */
void sf_report_page_setup_slide (SfReportPageSetup *setup);

typedef enum
{
  SF_REPORT_BOX_TEXT,  /* lines of one text */
  SF_REPORT_BOX_RULE,  /* a horizontal line: height is its thickness */
  SF_REPORT_BOX_FILL,  /* a tinted background (key-figure tiles) */
  SF_REPORT_BOX_CHART,
} SfReportBoxKind;

/* What a box is part of, so that tests can check the layout's rules. */
typedef enum
{
  SF_REPORT_ROLE_BODY,          /* inside the margins */
  SF_REPORT_ROLE_HEADING,       /* a chapter or section heading (also inside) */
  SF_REPORT_ROLE_TABLE_HEADER,  /* a table's header row (also inside) */
  SF_REPORT_ROLE_RUNNING,       /* running header and footer, in the top and bottom margins */
} SfReportBoxRole;

typedef struct
{
  guint            page;    /* from 0 */
  SfReportBoxKind  kind;
  SfReportBoxRole  role;
  guint            block;   /* the document block, or G_MAXUINT for header and footer */
  double           x, y, width, height;

  /* For drawing (read-only). */
  SfReportStyle    style;
  const char      *text;
  gboolean         markup;
  guint            max_lines;   /* 0: all; else the last one shown is ellipsized */
  SfReportAlign    align;
  guint            first_line, n_lines;
  double           grey;        /* rules and fills; < 0: the accent colour */
  SfChart         *chart;
  SfTimeline      *timeline;    /* a chart box's, when it is one */
  double           scale;
  guint            link_page;   /* from 1; 0: no link */
  double           link_y;
  guint            link_id;     /* links to the heading with this id (contents entries) */
  guint            dest_id;     /* heading index + 1 on a heading's box; 0: none */
} SfReportBox;

/* A chapter (level 1) or section (level 2), where it landed: for the outline and contents. */
typedef struct
{
  guint       level;
  const char *text;
  guint       page;  /* from 0 */
  double      y;
} SfReportHeading;

typedef struct _SfReportLayout SfReportLayout;

/* Lays out @doc, which must outlive the layout and not change while it exists. */
SfReportLayout          *sf_report_layout_new           (SfReportDocument        *doc,
                                                         const SfReportPageSetup *setup);
/* The same pages, for one pass that draws every page once on a vector surface (a PDF file,
 * print) on this thread: each text keeps the pango layout it was measured with and is drawn
 * from it, not laid out a second time. Drawn elsewhere, or again, it lays out afresh. */
SfReportLayout          *sf_report_layout_new_for_export (SfReportDocument       *doc,
                                                         const SfReportPageSetup *setup);
/* Texts measured by one layout, kept for the next ones of the same language: a deck lays out
 * each slide on its own, and a slide again when it is shortened, and most of their texts
 * (labels, bullets, what was not shortened) recur. */
typedef struct _SfReportMeasures SfReportMeasures;
SfReportMeasures        *sf_report_measures_new         (void);
void                     sf_report_measures_free        (SfReportMeasures        *measures);
/* As sf_report_layout_new_for_export (), measuring with @measures (which outlives it). */
SfReportLayout          *sf_report_layout_new_for_export_measured (
                                                         SfReportDocument        *doc,
                                                         const SfReportPageSetup *setup,
                                                         SfReportMeasures        *measures);
void                     sf_report_layout_free          (SfReportLayout          *self);
/* The most key-figure tiles that could fit in @height: each row of them takes at least its
 * padding and a line of figure and of label. */
guint                    sf_report_layout_most_tiles    (double                   height);
SfReportDocument        *sf_report_layout_get_document  (SfReportLayout          *self);
const SfReportPageSetup *sf_report_layout_get_setup     (SfReportLayout          *self);
/* Always at least 1: an empty document is one blank page. */
guint                    sf_report_layout_get_n_pages   (SfReportLayout          *self);
const SfReportBox       *sf_report_layout_get_boxes     (SfReportLayout          *self,
                                                         guint                   *n_boxes);
const SfReportHeading   *sf_report_layout_get_headings  (SfReportLayout          *self,
                                                         guint                   *n_headings);

/* Draws page @page with its top left corner at the origin, 1 unit = 1 pt; scale @cr first
 * for another resolution. Links (contents) become PDF links on a PDF surface. The page's
 * background is not painted. */
void                     sf_report_layout_draw_page     (SfReportLayout          *self,
                                                         cairo_t                 *cr,
                                                         guint                    page);

/* Draws only the boxes of document block @block on page @page, where the page has them: a
 * slide's table or tiles as a picture of their own (the ODF presentation). */
void                     sf_report_layout_draw_block    (SfReportLayout          *self,
                                                         cairo_t                 *cr,
                                                         guint                    page,
                                                         guint                    block);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SfReportLayout, sf_report_layout_free)

G_END_DECLS
