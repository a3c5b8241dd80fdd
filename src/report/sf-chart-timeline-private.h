/* sf-chart-timeline-private.h: what the timeline's layout (sf-chart-timeline.c) and its
 * drawing (sf-chart-timeline-draw.c) share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-chart-private.h"
#include "sf-chart-timeline.h"

G_BEGIN_DECLS

#define LANE_HEIGHT    18.0
#define BAR_HEIGHT     10.0
#define MIN_COLUMN     46.0 /* "Q4 2027" and a short bar */
#define LABEL_SHARE    0.3  /* of the width, at most, for the lanes' names */
#define UNDATED        (-1)
#define LATER          (-2)

typedef struct
{
  guint lane;    /* index in lane_names */
  int   quarter; /* year * 4 + quarter - 1, or UNDATED */
  guint status;
} SfTimelineItem;

typedef struct
{
  char *label;
  int   quarter; /* as SfTimelineItem's, or UNDATED, or LATER */
} SfTimelineColumn;

typedef struct
{
  char  *label;
  guint *counts; /* [column * SF_TIMELINE_MAX_STATUSES + status] */
  guint  total;
} SfTimelineLane;

struct _SfTimeline
{
  char      *title;
  char      *empty_text;
  guint      n_statuses;
  char      *statuses[SF_TIMELINE_MAX_STATUSES];
  GPtrArray *lane_names; /* as added, one each */
  GArray    *items;      /* of SfTimelineItem */

  /* The last layout, for @width and @asked_height; valid while laid_out. */
  gboolean   laid_out;
  double     label_width; /* the widest lane label's, at any width; < 0: to measure */
  double     others_width; /* and of the lane of those that do not fit, at its widest */
  double     asked_height;
  double     width, height, scale;
  double     legend_y, header_y, header_height, lanes_y;
  double     grid_x, column_width, number_width;
  guint      max_count;
  GArray    *columns;    /* of SfTimelineColumn */
  GPtrArray *lanes;      /* of SfTimelineLane: the lanes drawn, then the total row's counts */
  SfTimelineLane       total;
};

/* Blue, orange, bluish green and grey: the statuses' colours, in order. */
extern const double sf_timeline_status_colours[SF_TIMELINE_MAX_STATUSES][3];

/* Lays @timeline out for @width within @height (0: as high as it needs), unless the last
 * layout holds for them. */
void         sf_timeline_lay_out        (SfTimeline     *timeline,
                                         double          width,
                                         double          height);
/* The actions in @lane's cell of @column, of all statuses. */
guint        sf_timeline_cell_count     (SfTimelineLane *lane,
                                         guint           column);
/* The head of column @c, as laid out. */
PangoLayout *sf_timeline_column_head    (SfTimeline     *timeline,
                                         guint           c);
/* Lays the legend out (draws it when @cr is given); returns its height. */
double       sf_timeline_lay_out_legend (SfTimeline     *timeline,
                                         cairo_t        *cr);

G_END_DECLS
