/* sf-report-blocks.h: the document's blocks as the layout reads them (private to src/report)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-report-document.h"

G_BEGIN_DECLS

typedef enum
{
  SF_REPORT_BLOCK_COVER,
  SF_REPORT_BLOCK_CONTENTS,
  SF_REPORT_BLOCK_CHAPTER,
  SF_REPORT_BLOCK_SECTION,
  SF_REPORT_BLOCK_PARAGRAPH,
  SF_REPORT_BLOCK_CAPTION,
  SF_REPORT_BLOCK_BULLETS,
  SF_REPORT_BLOCK_TABLE,
  SF_REPORT_BLOCK_CHART,
  SF_REPORT_BLOCK_TILES,
  SF_REPORT_BLOCK_PAGE_BREAK,
} SfReportBlockKind;

typedef struct
{
  char          *title;
  double         share;
  SfReportAlign  align;
} SfReportColumn;

struct _SfReportTable
{
  guint           n_columns;
  SfReportColumn *columns;
  GPtrArray      *rows;      /* of GStrv, n_columns each ("" for empty) */
  GArray         *estimates; /* of guint8 per cell, row-major */
  GArray         *totals;    /* of guint8 per row: one that sums the rows above it */
};

typedef struct
{
  char     *label;
  char     *value;
  gboolean  estimate;
} SfReportTile;

struct _SfReportTiles
{
  GPtrArray *tiles; /* of SfReportTile */
};

typedef struct
{
  SfReportBlockKind  kind;
  char              *text;    /* headings, paragraphs, captions, cover title, contents */
  gboolean           markup;
  char              *subtitle;
  GStrv              items;   /* bullets; cover labels */
  gboolean           numbered; /* bullets: numbered instead */
  GStrv              values;  /* cover values */
  SfReportTable     *table;
  SfReportTiles     *tiles;
  SfChart           *chart;   /* a chart block has a chart or a timeline */
  SfTimeline        *timeline;
} SfReportBlock;

const SfReportBlock *sf_report_document_get_block (SfReportDocument *doc,
                                                   guint             index);
/* Whether block @index is a paragraph that introduces the table, list, chart or tiles after
 * it; kept with them on a page when short (each writer measures "short" its own way). */
gboolean             sf_report_document_is_lead_in  (SfReportDocument *doc,
                                                     guint             index);

G_END_DECLS
