/* sf-chart-timeline.c: a plan's actions by quarter, per lane, coloured by status
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A grid rather than a Gantt chart: an action has a quarter it is due in, not a span, and a
 * board member asks "what happens when, and who does it". Counts are written in every cell
 * besides the bar, since the status colours are much alike in grey. The text, the title and
 * the legend are the bar charts' own (sf-chart-private.h), so that both read alike. It is
 * laid out here and drawn by sf-chart-timeline-draw.c.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "sf-chart-timeline-private.h"

const double sf_timeline_status_colours[SF_TIMELINE_MAX_STATUSES][3] = {
  { 0x00 / 255.0, 0x72 / 255.0, 0xB2 / 255.0 }, /* blue: open */
  { 0xE6 / 255.0, 0x9F / 255.0, 0x00 / 255.0 }, /* orange: under way */
  { 0x00 / 255.0, 0x9E / 255.0, 0x73 / 255.0 }, /* bluish green: done */
  { 0xAA / 255.0, 0xAA / 255.0, 0xAA / 255.0 }, /* grey: dropped */
};

static void
lane_free (gpointer data)
{
  SfTimelineLane *lane = data;

  g_free (lane->label);
  g_free (lane->counts);
  g_free (lane);
}

static void
column_clear (gpointer data)
{
  g_free (((SfTimelineColumn *) data)->label);
}

SfTimeline *
sf_timeline_new (const char *title)
{
  SfTimeline *timeline = g_new0 (SfTimeline, 1);

  timeline->title = g_strdup (title);
  timeline->n_statuses = 1;
  /* Translators: the one kind of bar in a timeline whose actions have no statuses */
  timeline->statuses[0] = g_strdup (_("actions"));
  timeline->lane_names = g_ptr_array_new_with_free_func (g_free);
  timeline->items = g_array_new (FALSE, FALSE, sizeof (SfTimelineItem));
  timeline->columns = g_array_new (FALSE, TRUE, sizeof (SfTimelineColumn));
  g_array_set_clear_func (timeline->columns, column_clear);
  timeline->lanes = g_ptr_array_new_with_free_func (lane_free);
  timeline->label_width = -1;
  timeline->scale = 1;
  return timeline;
}

void
sf_timeline_set_title (SfTimeline *timeline,
                       const char *title)
{
  g_free (timeline->title);
  timeline->title = g_strdup (title);
  timeline->laid_out = FALSE;
}

const char *
sf_timeline_get_title (SfTimeline *timeline)
{
  return timeline->title && *timeline->title ? timeline->title : NULL;
}

void
sf_timeline_free (SfTimeline *timeline)
{
  if (timeline == NULL)
    return;
  g_free (timeline->title);
  g_free (timeline->empty_text);
  for (guint i = 0; i < SF_TIMELINE_MAX_STATUSES; i++)
    g_free (timeline->statuses[i]);
  g_ptr_array_unref (timeline->lane_names);
  g_array_unref (timeline->items);
  g_array_unref (timeline->columns);
  g_ptr_array_unref (timeline->lanes);
  g_free (timeline->total.counts);
  g_free (timeline);
}

void
sf_timeline_set_statuses (SfTimeline  *timeline,
                          guint        n_statuses,
                          const char **names)
{
  g_return_if_fail (n_statuses >= 1 && n_statuses <= SF_TIMELINE_MAX_STATUSES);
  g_return_if_fail (timeline->items->len == 0);

  timeline->n_statuses = n_statuses;
  for (guint i = 0; i < SF_TIMELINE_MAX_STATUSES; i++)
    {
      g_free (timeline->statuses[i]);
      timeline->statuses[i] = i < n_statuses ? g_strdup (names[i]) : NULL;
    }
  timeline->laid_out = FALSE;
}

void
sf_timeline_add (SfTimeline *timeline,
                 const char *lane,
                 int         year,
                 int         quarter,
                 guint       status)
{
  SfTimelineItem item = { 0, UNDATED, MIN (status, timeline->n_statuses - 1) };
  guint index;

  lane = lane ? lane : "";
  if (!g_ptr_array_find_with_equal_func (timeline->lane_names, lane, g_str_equal, &index))
    {
      index = timeline->lane_names->len;
      g_ptr_array_add (timeline->lane_names, g_strdup (lane));
      timeline->label_width = -1;
    }
  item.lane = index;
  if (quarter >= 1 && quarter <= 4 && year > 0)
    item.quarter = year * 4 + quarter - 1;
  g_array_append_val (timeline->items, item);
  timeline->laid_out = FALSE;
}

void
sf_timeline_set_empty_text (SfTimeline *timeline,
                            const char *text)
{
  g_free (timeline->empty_text);
  timeline->empty_text = g_strdup (text);
  timeline->laid_out = FALSE;
}

char *
sf_timeline_quarter_label (int year,
                           int quarter)
{
  /* Translators: a quarter of a year in a timeline and the plan, e.g. "Q1 2027"; %1$d is
   * the quarter (1-4), %2$d the year */
  return g_strdup_printf (_("Q%1$d %2$d"), quarter, year);
}

/* ---- layout ----------------------------------------------------------------------------- */

static SfTimelineLane *
lane_new (const char *label,
          guint       n_columns)
{
  SfTimelineLane *lane = g_new0 (SfTimelineLane, 1);

  lane->label = g_strdup (label);
  lane->counts = g_new0 (guint, n_columns * SF_TIMELINE_MAX_STATUSES);
  return lane;
}

guint
sf_timeline_cell_count (SfTimelineLane *lane,
                        guint           column)
{
  guint sum = 0;

  for (guint s = 0; s < SF_TIMELINE_MAX_STATUSES; s++)
    sum += lane->counts[column * SF_TIMELINE_MAX_STATUSES + s];
  return sum;
}

static void
add_column (SfTimeline *timeline,
            int         quarter)
{
  SfTimelineColumn column = { NULL, quarter };

  if (quarter == UNDATED)
    /* Translators: the timeline's column of the actions that have no date */
    column.label = g_strdup (_("without a date"));
  else if (quarter == LATER)
    /* Translators: the timeline's column of the quarters after those that fit */
    column.label = g_strdup (_("later"));
  else
    column.label = sf_timeline_quarter_label (quarter / 4, quarter % 4 + 1);
  g_array_append_val (timeline->columns, column);
}

/* A column per quarter from the first to the last, as many as fit in @room, the rest in
 * "later"; then "without a date" when an action has none. */
static void
lay_out_columns (SfTimeline *timeline,
                 double      room)
{
  int first = G_MAXINT, last = G_MININT, shown;
  gboolean undated = FALSE;
  guint fit = MAX ((guint) floor (room / MIN_COLUMN), 1);

  g_array_set_size (timeline->columns, 0);
  for (guint i = 0; i < timeline->items->len; i++)
    {
      SfTimelineItem *item = &g_array_index (timeline->items, SfTimelineItem, i);

      if (item->quarter == UNDATED)
        undated = TRUE;
      else
        first = MIN (first, item->quarter), last = MAX (last, item->quarter);
    }
  if (first <= last)
    {
      shown = last - first + 1;
      if ((guint) shown + undated > fit)
        shown = MAX ((int) fit - (int) undated - 1, 1);
      for (int q = first; q < first + shown; q++)
        add_column (timeline, q);
      if (first + shown <= last)
        add_column (timeline, LATER);
    }
  if (undated)
    add_column (timeline, UNDATED);
}

static guint
column_of (SfTimeline *timeline,
           int         quarter)
{
  guint n = timeline->columns->len;
  SfTimelineColumn *columns = (SfTimelineColumn *) (void *) timeline->columns->data;

  if (quarter == UNDATED)
    return n - 1;
  if (quarter - columns[0].quarter < (int) n && columns[quarter - columns[0].quarter].quarter ==
      quarter)
    return quarter - columns[0].quarter;
  return columns[n - 1].quarter == LATER ? n - 1 : n - 2; /* LATER, before UNDATED */
}

static int
compare_lanes (gconstpointer a,
               gconstpointer b)
{
  return g_utf8_collate ((*(SfTimelineLane **) a)->label, (*(SfTimelineLane **) b)->label);
}

static int
compare_busiest (gconstpointer a,
                 gconstpointer b)
{
  const SfTimelineLane *x = *(SfTimelineLane **) a, *y = *(SfTimelineLane **) b;

  return x->total != y->total ? (x->total < y->total ? 1 : -1) : 0;
}

/* The label of lane @i as added. */
static const char *
lane_name (SfTimeline *timeline,
           guint       i)
{
  const char *name = g_ptr_array_index (timeline->lane_names, i);

  /* Translators: the timeline's lane of actions without a partner responsible */
  return *name ? name : _("no one");
}

static char *
others_label (guint n)
{
  /* Translators: the timeline's lane of the partners that did not fit, %u of them */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u other partner", "%u other partners",
                                       n), n);
}

/* A lane per name, by name; when only @fit lanes fit, the busiest but one and the rest
 * folded into one. */
static void
lay_out_lanes (SfTimeline *timeline,
               guint       fit)
{
  guint n_columns = timeline->columns->len, size = n_columns * SF_TIMELINE_MAX_STATUSES;
  g_autoptr(GPtrArray) lanes = g_ptr_array_new_with_free_func (lane_free);

  g_ptr_array_set_size (timeline->lanes, 0);
  g_free (timeline->total.counts);
  timeline->total.counts = g_new0 (guint, size);
  for (guint i = 0; i < timeline->lane_names->len; i++)
    g_ptr_array_add (lanes, lane_new (lane_name (timeline, i), n_columns));
  for (guint i = 0; i < timeline->items->len; i++)
    {
      SfTimelineItem *item = &g_array_index (timeline->items, SfTimelineItem, i);
      guint cell = column_of (timeline, item->quarter) * SF_TIMELINE_MAX_STATUSES + item->status;
      SfTimelineLane *lane = g_ptr_array_index (lanes, item->lane);

      lane->counts[cell]++;
      lane->total++;
      timeline->total.counts[cell]++;
    }
  fit = MAX (fit, 2); /* one lane for another is no gain: what does not fit is drawn smaller */
  if (lanes->len > fit)
    {
      SfTimelineLane *others;

      g_ptr_array_sort (lanes, compare_busiest); /* stable: as added among equals */
      others = lane_new (NULL, n_columns);
      for (guint i = fit - 1; i < lanes->len; i++)
        {
          SfTimelineLane *lane = g_ptr_array_index (lanes, i);

          for (guint c = 0; c < size; c++)
            others->counts[c] += lane->counts[c];
          others->total += lane->total;
        }
      others->label = others_label (lanes->len - fit + 1);
      g_ptr_array_set_size (lanes, fit - 1);
      g_ptr_array_sort (lanes, compare_lanes);
      g_ptr_array_add (lanes, others);
    }
  else
    g_ptr_array_sort (lanes, compare_lanes);
  g_ptr_array_extend_and_steal (timeline->lanes, g_steal_pointer (&lanes));
}

/* A column's head, centred, wrapped onto two lines where it is too long for one ("without a
 * date" in a narrow column). */
PangoLayout *
sf_timeline_column_head (SfTimeline *timeline,
                         guint       c)
{
  SfTimelineColumn *column = &g_array_index (timeline->columns, SfTimelineColumn, c);
  PangoLayout *layout = sf_chart_make_layout (column->label, SF_CHART_TEXT_SIZE,
                                              column->quarter >= 0, column->quarter < 0,
                                              MAX (timeline->column_width -
                                                   SF_CHART_PADDING * 2, 1), 2);

  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  return layout;
}

static double
heads_height (SfTimeline *timeline)
{
  double height = 0;

  for (guint c = 0; c < timeline->columns->len; c++)
    {
      g_autoptr(PangoLayout) layout = sf_timeline_column_head (timeline, c);

      height = MAX (height, sf_chart_layout_height (layout));
    }
  return height;
}

static GArray *
legend_items (SfTimeline *timeline)
{
  GArray *items = g_array_new (FALSE, TRUE, sizeof (SfChartLegendItem));

  for (guint s = 0; timeline->n_statuses > 1 && s < timeline->n_statuses; s++)
    {
      SfChartLegendItem item = { timeline->statuses[s], FALSE, { 0 } };

      memcpy (item.colour, sf_timeline_status_colours[s], sizeof item.colour);
      g_array_append_val (items, item);
    }
  return items;
}

double
sf_timeline_lay_out_legend (SfTimeline *timeline,
                            cairo_t    *cr)
{
  g_autoptr(GArray) items = legend_items (timeline);

  return sf_chart_legend_lay_out ((SfChartLegendItem *) (void *) items->data, items->len, cr,
                                  timeline->legend_y, timeline->width);
}

static double
rows_height (SfTimeline *timeline,
             guint       n_lanes)
{
  return (n_lanes + (n_lanes > 1)) * LANE_HEIGHT + SF_CHART_PADDING;
}

/* Whether the last layout holds for @width and @height: a report measures a timeline, places
 * it, then draws it in the height it took, each time at the same width. */
static gboolean
laid_out_for (SfTimeline *timeline,
              double      width,
              double      height)
{
  if (!timeline->laid_out || width != timeline->width)
    return FALSE;
  /* Laid out within a limit, or none, and it fits in this one: as many lanes fit in a limit
   * between the two, on the same grid, so the same ones are shown. */
  return height == timeline->asked_height ||
         (height > 0 && timeline->height <= height &&
          (timeline->asked_height == 0 || height <= timeline->asked_height));
}

/* The label column for @label_width, the columns and their heads in the rest of @width;
 * returns how many lanes fit within @height (G_MAXUINT: all). */
static guint
lay_out_grid (SfTimeline *timeline,
              double      width,
              double      height,
              double      label_width)
{
  timeline->grid_x = MIN (label_width + SF_CHART_PADDING * 2, width * LABEL_SHARE);
  lay_out_columns (timeline, width - timeline->grid_x);
  timeline->column_width = (width - timeline->grid_x) / timeline->columns->len;
  timeline->header_height = heads_height (timeline) + SF_CHART_PADDING;
  timeline->lanes_y = timeline->header_y + timeline->header_height;
  if (height <= 0 || timeline->lanes_y + rows_height (timeline, timeline->lane_names->len) <=
      height)
    return G_MAXUINT;
  return (guint) MAX (floor ((height - timeline->lanes_y - SF_CHART_PADDING) / LANE_HEIGHT) - 1,
                      0);
}

void
sf_timeline_lay_out (SfTimeline *timeline,
                     double      width,
                     double      height)
{
  g_autofree char *widest = NULL, *others = NULL;
  guint fit;

  if (laid_out_for (timeline, width, height))
    return;
  timeline->laid_out = TRUE;
  timeline->asked_height = height;
  timeline->width = width;
  timeline->scale = 1;
  timeline->legend_y = sf_chart_text_title_height (timeline->title, width);
  timeline->header_y = timeline->legend_y + sf_timeline_lay_out_legend (timeline, NULL);
  g_array_set_size (timeline->columns, 0);
  g_ptr_array_set_size (timeline->lanes, 0);
  if (timeline->items->len == 0)
    {
      timeline->lanes_y = timeline->header_y;
      timeline->height = timeline->header_y + SF_CHART_TEXT_SIZE * 2 + SF_CHART_PADDING;
      return;
    }

  if (timeline->label_width < 0)
    {
      g_autoptr(GPtrArray) labels = g_ptr_array_new ();

      for (guint i = 0; i < timeline->lane_names->len; i++)
        g_ptr_array_add (labels, (char *) lane_name (timeline, i));
      /* Translators: the timeline's row of totals */
      g_ptr_array_add (labels, (char *) _("Total"));
      timeline->label_width = sf_chart_widest_text (labels, SF_CHART_TEXT_SIZE, FALSE);
      others = others_label (timeline->lane_names->len);
      timeline->others_width = sf_chart_text_width (others, SF_CHART_TEXT_SIZE, FALSE);
    }
  fit = lay_out_grid (timeline, width, height, timeline->label_width);
  /* Lanes folded into one of "38 other partners": room for its label too, and then as many
   * lanes as still fit. */
  if (MAX (fit, 2) < timeline->lane_names->len && timeline->others_width > timeline->label_width)
    fit = lay_out_grid (timeline, width, height, timeline->others_width);
  lay_out_lanes (timeline, fit);

  timeline->max_count = 1;
  for (guint l = 0; l < timeline->lanes->len; l++)
    for (guint c = 0; c < timeline->columns->len; c++)
      timeline->max_count = MAX (timeline->max_count,
                                 sf_timeline_cell_count (g_ptr_array_index (timeline->lanes, l),
                                                         c));
  widest = g_strdup_printf ("%u", timeline->max_count);
  timeline->number_width = sf_chart_text_width (widest, SF_CHART_VALUE_SIZE, FALSE);
  timeline->height = timeline->lanes_y + rows_height (timeline, timeline->lanes->len);
  if (height > 0 && timeline->height > height)
    timeline->scale = height / timeline->height;
}

double
sf_timeline_get_height (SfTimeline *timeline,
                        double      width)
{
  sf_timeline_lay_out (timeline, width, 0);
  return timeline->height;
}

/* ---- what the layout holds ---------------------------------------------------------------- */

guint
sf_timeline_get_n_columns (SfTimeline *timeline)
{
  return timeline->columns->len;
}

const char *
sf_timeline_get_column_label (SfTimeline *timeline,
                              guint       column)
{
  g_return_val_if_fail (column < timeline->columns->len, NULL);
  return g_array_index (timeline->columns, SfTimelineColumn, column).label;
}

gboolean
sf_timeline_get_column_quarter (SfTimeline *timeline,
                                guint       column,
                                int        *year,
                                int        *quarter)
{
  int q;

  if (column >= timeline->columns->len)
    return FALSE;
  q = g_array_index (timeline->columns, SfTimelineColumn, column).quarter;
  if (q < 0)
    return FALSE;
  *year = q / 4;
  *quarter = q % 4 + 1;
  return TRUE;
}

guint
sf_timeline_get_n_lanes (SfTimeline *timeline)
{
  return timeline->lanes->len;
}

const char *
sf_timeline_get_lane_label (SfTimeline *timeline,
                            guint       lane)
{
  g_return_val_if_fail (lane < timeline->lanes->len, NULL);
  return ((SfTimelineLane *) g_ptr_array_index (timeline->lanes, lane))->label;
}

guint
sf_timeline_get_count (SfTimeline *timeline,
                       guint       lane,
                       guint       column,
                       guint       status)
{
  SfTimelineLane *row;

  if (column >= timeline->columns->len || status >= SF_TIMELINE_MAX_STATUSES ||
      (lane != G_MAXUINT && lane >= timeline->lanes->len))
    return 0;
  row = lane == G_MAXUINT ? &timeline->total : g_ptr_array_index (timeline->lanes, lane);
  return row->counts[column * SF_TIMELINE_MAX_STATUSES + status];
}

gboolean
sf_timeline_get_bar_rect (SfTimeline  *timeline,
                          guint        lane,
                          guint        column,
                          SfChartRect *rect)
{
  double room;

  if (lane >= timeline->lanes->len || column >= timeline->columns->len)
    return FALSE;
  room = MAX (timeline->column_width - SF_CHART_PADDING * 3 - timeline->number_width, 0);
  rect->x = timeline->grid_x + column * timeline->column_width + SF_CHART_PADDING;
  rect->y = timeline->lanes_y + lane * LANE_HEIGHT + (LANE_HEIGHT - BAR_HEIGHT) / 2;
  rect->height = BAR_HEIGHT;
  rect->width = room * sf_timeline_cell_count (g_ptr_array_index (timeline->lanes, lane),
                                               column) / timeline->max_count;
  return TRUE;
}

double
sf_timeline_get_scale (SfTimeline *timeline)
{
  return timeline->scale;
}

