/* sf-report-flow.h: laying a report's blocks out down the pages (private to src/report)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The layout (sf-report-layout.c) makes passes down the document's blocks with an SfFlow, a
 * cursor that places each block's boxes from where the one before ended and starts a page
 * when they do not fit: sf-report-flow.c measures text and records boxes; the blocks are
 * placed by sf-report-flow-text.c, sf-report-flow-tables.c and sf-report-flow-figures.c.
 */
#pragma once

#include "sf-report-blocks.h"
#include "sf-report-layout.h"
#include "sf-report-style.h"

G_BEGIN_DECLS

#define SF_FLOW_NOTE_SPACE 5.0 /* above a note under a table, chart or tiles */

struct _SfReportLayout
{
  SfReportDocument  *doc;
  SfReportPageSetup  setup;
  PangoContext      *context;
  GArray            *boxes;    /* of SfReportBox */
  GArray            *headings; /* of SfReportHeading */
  GArray            *covers;   /* of gboolean per page: no running header or footer */
  GPtrArray         *strings;  /* texts the layout made (estimates, numbers, footers) */
  guint              n_pages;
  /* For an export: the pango layout each text box was measured with, to be drawn once on a
   * vector surface by this thread instead of being laid out again (NULL: lay out afresh). */
  GPtrArray         *kept;     /* of PangoLayout or NULL, one per box */
  GThread           *thread;
  /* Every text measured while laying out, so that one measured again (a heading, the block
   * kept with it, a repeated table cell, a page's footer) is not laid out twice. */
  GHashTable        *measured; /* see sf_flow_new_measure_cache () */
};

/* The cursor going down the pages. */
typedef struct
{
  SfReportLayout *self;
  double          top, bottom, left, width;
  double          y;
  guint           page;
  gboolean        page_empty;
  gboolean        break_pending; /* the next block starts a new page */
  double          pending_space; /* the previous block's space after */
  SfReportBlockKind previous;
} SfFlow;

/* ---- sf-report-flow.c: text, boxes, pages ---- */

/* For SfReportLayout's "measured": a text's pango layout by the text and how it is set. */
GHashTable  *sf_flow_new_measure_cache   (void);
/* Keeps @text (a string the layout made) as long as the layout; returns it. */
const char  *sf_flow_keep_string         (SfReportLayout       *self,
                                          char                 *text);
/* The height of a whole text; with @kept, the layout it was measured with is handed out
 * when the layout keeps them (for sf_flow_keep_text); @align does not change the lines. */
double       sf_flow_text_height_full    (SfFlow               *f,
                                          SfReportStyle         style,
                                          const char           *text,
                                          gboolean              markup,
                                          double                width,
                                          SfReportAlign         align,
                                          guint                 max_lines,
                                          PangoLayout         **kept);
double       sf_flow_text_height_limited (SfFlow               *f,
                                          SfReportStyle         style,
                                          const char           *text,
                                          gboolean              markup,
                                          double                width,
                                          guint                 max_lines);
/* Whether @text, measured as sf_flow_text_height_limited () measures it, was cut short. */
gboolean     sf_flow_text_cut            (SfFlow               *f,
                                          SfReportStyle         style,
                                          const char           *text,
                                          gboolean              markup,
                                          double                width,
                                          guint                 max_lines);
double       sf_flow_text_height         (SfFlow               *f,
                                          SfReportStyle         style,
                                          const char           *text,
                                          gboolean              markup,
                                          double                width);
/* Records the cursor's page as a page of the layout; a cover has no running header. */
void         sf_flow_mark_page           (SfFlow               *f,
                                          gboolean              cover);
void         sf_flow_new_page            (SfFlow               *f);
SfReportBox *sf_flow_add_box             (SfFlow               *f,
                                          SfReportBoxKind       kind,
                                          SfReportBoxRole       role,
                                          guint                 block,
                                          double                x,
                                          double                y,
                                          double                width,
                                          double                height);
/* Gives the last box the layout its text was measured with; @layout must be what drawing
 * the box would make (its style, text, width, alignment and lines). Takes @layout. */
void         sf_flow_keep_text           (SfFlow               *f,
                                          PangoLayout          *layout);
SfReportBox *sf_flow_add_text_box        (SfFlow               *f,
                                          SfReportBoxRole       role,
                                          guint                 block,
                                          SfReportStyle         style,
                                          const char           *text,
                                          gboolean              markup,
                                          double                x,
                                          double                y,
                                          double                width,
                                          double                height,
                                          SfReportAlign         align);
/* Space before a block: the larger wish of the two neighbours, nothing at a page's top. */
void         sf_flow_start_block         (SfFlow               *f,
                                          SfReportBlockKind     kind,
                                          double                before,
                                          double                after);
/* Places the lines of a text from the cursor down, across pages when needed. With @split,
 * a page holds at least two lines of it and leaves at least two for the next. Returns the
 * index of the first box. */
guint        sf_flow_place_lines         (SfFlow               *f,
                                          guint                 block,
                                          SfReportBoxRole       role,
                                          SfReportStyle         style,
                                          const char           *text,
                                          gboolean              markup,
                                          double                x,
                                          double                width,
                                          gboolean              split);
/* The room a note right after block @index needs under it: its first lines (all of a short
 * one), after @space; 0 when no note follows. */
double       sf_flow_note_height         (SfFlow               *f,
                                          guint                 index,
                                          double                space);
/* A paragraph of a line or two right before a table, tiles, list or chart goes along with
 * it. */
gboolean     sf_flow_is_lead_in          (SfFlow               *f,
                                          guint                 index);
/* The least of block @index that must stay with a heading above it. */
double       sf_flow_keep_height         (SfFlow               *f,
                                          guint                 index);

/* The blocks' own parts. A placer puts block @index (@block) at the cursor; a keeper says
 * how much of it must stay with a heading above it (see sf_flow_keep_height). */
typedef void   SfFlowPlacer (SfFlow              *f,
                             guint                index,
                             const SfReportBlock *block);
typedef double SfFlowKeeper (SfFlow              *f,
                             guint                index,
                             const SfReportBlock *block);

/* ---- sf-report-flow-text.c ---- */

SfFlowPlacer sf_flow_place_heading;
SfFlowPlacer sf_flow_place_paragraph;
SfFlowPlacer sf_flow_place_caption;
SfFlowPlacer sf_flow_place_bullets;
SfFlowPlacer sf_flow_place_cover;
double       sf_flow_list_indent         (const SfReportBlock  *block);
/* Adds the contents' entries' title boxes to @entries (see sf_flow_fill_contents). */
void         sf_flow_place_contents      (SfFlow               *f,
                                          guint                 index,
                                          const SfReportBlock  *block,
                                          GArray               *entries);
/* The contents' page numbers and links, once the headings from @first_heading landed. */
void         sf_flow_fill_contents       (SfReportLayout       *self,
                                          GArray               *entries,
                                          guint                 first_heading);
/* The running header and footer of every page but the covers. */
void         sf_flow_add_running         (SfFlow               *f);

/* ---- sf-report-flow-tables.c ---- */

SfFlowPlacer sf_flow_place_table;
/* Its header and the rows up to where it may first break (with its note, if that is all). */
SfFlowKeeper sf_flow_table_keep_height;

/* ---- sf-report-flow-figures.c ---- */

SfFlowPlacer sf_flow_place_chart;
SfFlowKeeper sf_flow_chart_keep_height;
SfFlowPlacer sf_flow_place_tiles;
SfFlowKeeper sf_flow_tiles_keep_height;

G_END_DECLS
