/* sf-report-walk.h: a read-only walk over a report document, block by block, for writers
 * other than the page layout (the ODF text document)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The chapters append blocks; the PDF lays them out and another writer walks them here, so a
 * chapter added later appears in every format without work of its own. A writer leaves a
 * callback NULL for a kind it has nothing to write for. Every text is owned by the document.
 */
#pragma once

#include "sf-report-document.h"

G_BEGIN_DECLS

typedef struct
{
  /* @labels and @values are NULL-terminated and as long as each other. */
  void (*cover)      (gpointer            user_data,
                      const char         *title,
                      const char         *subtitle,
                      const char *const  *labels,
                      const char *const  *values);
  void (*contents)   (gpointer            user_data,
                      const char         *heading);
  /* Level 1: a chapter (it starts a new page), 2: a section. */
  void (*heading)    (gpointer            user_data,
                      guint               level,
                      const char         *text);
  /* Plain text, or Pango markup when @markup; @lead_in: a short paragraph that introduces the
   * table, list, chart or key figures after it, and stays on their page (as the PDF keeps
   * it). */
  void (*paragraph)  (gpointer            user_data,
                      const char         *text,
                      gboolean            markup,
                      gboolean            lead_in);
  void (*caption)    (gpointer            user_data,
                      const char         *text);
  void (*list)       (gpointer            user_data,
                      const char *const  *items,
                      gboolean            numbered);
  /* One of @chart and @timeline. */
  void (*chart)      (gpointer            user_data,
                      SfChart            *chart,
                      SfTimeline         *timeline);
  void (*table)      (gpointer            user_data,
                      SfReportTable      *table);
  void (*tiles)      (gpointer            user_data,
                      SfReportTiles      *tiles);
  void (*page_break) (gpointer            user_data);
} SfReportVisitor;

void           sf_report_document_walk       (SfReportDocument      *doc,
                                              const SfReportVisitor *visitor,
                                              gpointer               user_data);

/* A table as the walk hands it over: its header row is the columns' titles. */
guint          sf_report_table_get_n_columns (SfReportTable         *table);
const char    *sf_report_table_get_title     (SfReportTable         *table,
                                              guint                  column);
double         sf_report_table_get_share     (SfReportTable         *table,
                                              guint                  column);
SfReportAlign  sf_report_table_get_align     (SfReportTable         *table,
                                              guint                  column);
/* "" for an empty cell. */
const char    *sf_report_table_get_cell      (SfReportTable         *table,
                                              guint                  row,
                                              guint                  column);
gboolean       sf_report_table_get_estimate  (SfReportTable         *table,
                                              guint                  row,
                                              guint                  column);
gboolean       sf_report_table_get_total     (SfReportTable         *table,
                                              guint                  row);

guint          sf_report_tiles_get_n         (SfReportTiles         *tiles);
void           sf_report_tiles_get           (SfReportTiles         *tiles,
                                              guint                  index,
                                              const char           **label,
                                              const char           **value,
                                              gboolean              *estimate);

G_END_DECLS
