/* sf-report-document.h: a report as a flow of blocks, before it is laid out on pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Chapters are built by appending blocks in reading order; the layout (sf-report-layout.h)
 * decides where pages break. Text is plain unless a function says markup; plain text may be
 * anything a user typed (it is never parsed).
 */
#pragma once

#include <glib.h>

#include "sf-chart-timeline.h"
#include "sf-chart.h"
#include "sf-report-style.h"

G_BEGIN_DECLS

typedef struct _SfReportDocument SfReportDocument;
typedef struct _SfReportTable SfReportTable;
typedef struct _SfReportTiles SfReportTiles;

SfReportDocument *sf_report_document_new            (const char        *title);
void              sf_report_document_free           (SfReportDocument  *doc);

/* The PDF's metadata and the text language (default "nl"). No names or paths belong here. */
void              sf_report_document_set_subject    (SfReportDocument  *doc,
                                                     const char        *subject);
void              sf_report_document_set_keywords   (SfReportDocument  *doc,
                                                     const char        *keywords);
void              sf_report_document_set_language   (SfReportDocument  *doc,
                                                     const char        *language);
/* With @fit, a chart or timeline that does not fit under what is already on its page is
 * drawn smaller there (a timeline folds more lanes), as long as it keeps a third of the page,
 * instead of going to the next page: a slide's chart stays on its slide. */
void              sf_report_document_set_fit_charts (SfReportDocument  *doc,
                                                     gboolean           fit);
gboolean          sf_report_document_get_fit_charts (SfReportDocument  *doc);
const char       *sf_report_document_get_title      (SfReportDocument  *doc);
const char       *sf_report_document_get_subject    (SfReportDocument  *doc);
const char       *sf_report_document_get_keywords   (SfReportDocument  *doc);
const char       *sf_report_document_get_language   (SfReportDocument  *doc);
guint             sf_report_document_get_n_blocks   (SfReportDocument  *doc);

/* The cover, a page of its own without running header and footer: title, subtitle, then
 * label/value lines (municipality, flats, date, partners); @labels and @values are
 * NULL-terminated and as long as each other. */
void              sf_report_document_add_cover      (SfReportDocument  *doc,
                                                     const char        *title,
                                                     const char        *subtitle,
                                                     const char *const *labels,
                                                     const char *const *values);
/* The contents: every chapter and section after it, with its page number, as links. One per
 * document (only the last one gets its page numbers). */
void              sf_report_document_add_contents   (SfReportDocument  *doc,
                                                     const char        *heading);
/* A chapter starts on a new page; chapters and sections go into the PDF outline. */
void              sf_report_document_add_chapter    (SfReportDocument  *doc,
                                                     const char        *text);
void              sf_report_document_add_section    (SfReportDocument  *doc,
                                                     const char        *text);
void              sf_report_document_add_paragraph  (SfReportDocument  *doc,
                                                     const char        *text);
/* Pango markup, e.g. with sf_report_estimate_markup () for an estimate inside a sentence. */
void              sf_report_document_add_markup     (SfReportDocument  *doc,
                                                     const char        *markup);
/* Small grey text: a source, a note under a table or chart, a legend of markers. */
void              sf_report_document_add_caption    (SfReportDocument  *doc,
                                                     const char        *text);
void              sf_report_document_add_bullets    (SfReportDocument  *doc,
                                                     const char *const *items);
/* A list numbered 1, 2, 3… in the margin where bullets would be (no bullet before them). */
void              sf_report_document_add_numbered   (SfReportDocument  *doc,
                                                     const char *const *items);
/* Takes @chart; it is drawn at the text width and never split. */
void              sf_report_document_add_chart      (SfReportDocument  *doc,
                                                     SfChart           *chart);
/* Takes @timeline; drawn at the text width, never split: lanes that do not fit on a page
 * are folded into one. */
void              sf_report_document_add_timeline   (SfReportDocument  *doc,
                                                     SfTimeline        *timeline);
void              sf_report_document_add_page_break (SfReportDocument  *doc);

/* A table: set every column, then add rows; it breaks between rows, header repeated. */
SfReportTable    *sf_report_document_add_table      (SfReportDocument  *doc,
                                                     guint              n_columns);
void              sf_report_table_set_column        (SfReportTable     *table,
                                                     guint              column,
                                                     const char        *title,
                                                     double             width_share,
                                                     SfReportAlign      align);
/* @cells: n_columns plain texts (NULL for empty). Returns the row's index. */
guint             sf_report_table_add_row           (SfReportTable     *table,
                                                     const char *const *cells);
/* Marks a cell as an estimate: drawn as "≈ value" in italics. */
void              sf_report_table_set_estimate      (SfReportTable     *table,
                                                     guint              row,
                                                     guint              column,
                                                     gboolean           estimate);
/* Marks a row that sums the rows above it (a total, costs, income): written in bold. */
void              sf_report_table_set_total         (SfReportTable     *table,
                                                     guint              row);
guint             sf_report_table_get_n_rows        (SfReportTable     *table);

/* Key figures as a row of tiles (up to four per row; more wrap to a next row). */
SfReportTiles    *sf_report_document_add_tiles      (SfReportDocument  *doc);
void              sf_report_tiles_add               (SfReportTiles     *tiles,
                                                     const char        *label,
                                                     const char        *value,
                                                     gboolean           estimate);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SfReportDocument, sf_report_document_free)

G_END_DECLS
