/* sf-chart-timeline.h: a plan's actions by quarter, per lane, coloured by status
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A grid read like a calendar: a column per quarter from the first to the last one with an
 * action (empty quarters included, so that the gaps show), then a column "without a date";
 * a row ("lane") per partner responsible, and a total row under them. Each cell has a bar of
 * its actions, stacked by status (their colours in the legend), and their number; all cells
 * share one scale. Drawn with cairo and pango on any surface (screen, print, PDF), in points,
 * within the width and, when given, the height it gets: long lane names are ellipsized,
 * quarters that do not fit are counted in a last column "later", lanes that do not fit in one
 * "other partners" lane, and what still does not fit is drawn smaller.
 */
#pragma once

#include "sf-chart.h"

G_BEGIN_DECLS

typedef struct _SfTimeline SfTimeline;

#define SF_TIMELINE_MAX_STATUSES 4

SfTimeline *sf_timeline_new             (const char   *title);
void        sf_timeline_free            (SfTimeline   *timeline);
/* NULL or "": no title (a slide's title already says what it shows). */
void        sf_timeline_set_title       (SfTimeline   *timeline,
                                         const char   *title);
/* NULL when it has none. */
const char *sf_timeline_get_title       (SfTimeline   *timeline);
/* The statuses, in the order their parts are stacked and listed in the legend; by default
 * one ("actions"). Their colours, in order: blue, orange, green, grey (for a status that no
 * longer counts, such as dropped). Call before adding. */
void        sf_timeline_set_statuses    (SfTimeline   *timeline,
                                         guint         n_statuses,
                                         const char  **names);
/* One action in @lane (NULL or "": none); @quarter 1-4 of @year, or 0 when it has no date. */
void        sf_timeline_add             (SfTimeline   *timeline,
                                         const char   *lane,
                                         int           year,
                                         int           quarter,
                                         guint         status);
void        sf_timeline_set_empty_text  (SfTimeline   *timeline,
                                         const char   *text);

/* The height it needs at @width. */
double      sf_timeline_get_height      (SfTimeline   *timeline,
                                         double        width);
/* Draws it from (0, 0) within @width and @height (0 or less: as high as it needs). */
void        sf_timeline_draw            (SfTimeline   *timeline,
                                         cairo_t      *cr,
                                         double        width,
                                         double        height);

/* The grid as the last sf_timeline_get_height or sf_timeline_draw laid it out. */
guint       sf_timeline_get_n_columns   (SfTimeline   *timeline);
/* "Q1 2027", "without a date" or "later". */
const char *sf_timeline_get_column_label (SfTimeline  *timeline,
                                         guint         column);
/* The column's year and quarter; FALSE for the columns without a date and later. */
gboolean    sf_timeline_get_column_quarter (SfTimeline *timeline,
                                         guint         column,
                                         int          *year,
                                         int          *quarter);
guint       sf_timeline_get_n_lanes     (SfTimeline   *timeline);
const char *sf_timeline_get_lane_label  (SfTimeline   *timeline,
                                         guint         lane);
/* How many actions of @status are in the cell; @lane G_MAXUINT: in the whole column. */
guint       sf_timeline_get_count       (SfTimeline   *timeline,
                                         guint         lane,
                                         guint         column,
                                         guint         status);
/* The cell's bar (all its statuses), in the chart's own points (before any shrinking to fit
 * a height); FALSE when there is no such cell. */
gboolean    sf_timeline_get_bar_rect    (SfTimeline   *timeline,
                                         guint         lane,
                                         guint         column,
                                         SfChartRect  *rect);
/* How much the last draw shrank it to fit its height (1: not at all). */
double      sf_timeline_get_scale       (SfTimeline   *timeline);

/* A quarter as the timeline, the report and the app write it: "Q1 2027" ("K1 2027"). */
char       *sf_timeline_quarter_label   (int           year,
                                         int           quarter);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SfTimeline, sf_timeline_free)

G_END_DECLS
