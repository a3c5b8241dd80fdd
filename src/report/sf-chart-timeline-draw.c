/* sf-chart-timeline-draw.c: the timeline drawn as it was laid out (sf-chart-timeline.c):
 * the grid and its heads, a bar and a number in each cell, the lanes' names and the totals
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sf-chart-timeline-private.h"

static void
show_layout (cairo_t     *cr,
             PangoLayout *layout,
             double       x,
             double       y,
             double       width,
             double       height,
             gboolean     centre)
{
  double w = sf_chart_layout_width (layout);

  sf_chart_show_layout (cr, layout, centre ? x + MAX (width - w, 0) / 2 : x,
                        y + (height - sf_chart_layout_height (layout)) / 2);
}

static void
show_text (cairo_t    *cr,
           const char *text,
           double      size,
           gboolean    bold,
           gboolean    italic,
           double      x,
           double      y,
           double      width,
           double      height,
           gboolean    centre)
{
  g_autoptr(PangoLayout) layout = sf_chart_make_layout (text, size, bold, italic,
                                                        MAX (width, 1), 0);

  show_layout (cr, layout, x, y, width, height, centre);
}

/* A cell's number, laid out once per drawing in @numbers: the same few fill many cells. */
static PangoLayout *
cell_number (SfTimeline *timeline,
             GHashTable *numbers,
             guint       count)
{
  PangoLayout *layout = g_hash_table_lookup (numbers, GUINT_TO_POINTER (count));

  if (layout == NULL)
    {
      g_autofree char *text = g_strdup_printf ("%u", count);

      layout = sf_chart_make_layout (text, SF_CHART_VALUE_SIZE, FALSE, FALSE,
                                     timeline->number_width + 2, 0);
      g_hash_table_insert (numbers, GUINT_TO_POINTER (count), layout);
    }
  return layout;
}

/* The columns' heads, the lines between them, and every other lane shaded to read across. */
static void
draw_grid (SfTimeline *timeline,
           cairo_t    *cr)
{
  double bottom = timeline->height - SF_CHART_PADDING;

  for (guint l = 1; l < timeline->lanes->len; l += 2)
    {
      cairo_rectangle (cr, 0, timeline->lanes_y + l * LANE_HEIGHT, timeline->width, LANE_HEIGHT);
      sf_chart_set_grey (cr, 0.95);
      cairo_fill (cr);
    }
  sf_chart_set_grey (cr, 0.8);
  cairo_set_line_width (cr, 0.5);
  for (guint c = 0; c < timeline->columns->len; c++)
    {
      double x = timeline->grid_x + c * timeline->column_width;

      cairo_move_to (cr, x, timeline->header_y);
      cairo_line_to (cr, x, bottom);
    }
  cairo_move_to (cr, 0, timeline->lanes_y);
  cairo_line_to (cr, timeline->width, timeline->lanes_y);
  cairo_stroke (cr);
  for (guint c = 0; c < timeline->columns->len; c++)
    {
      g_autoptr(PangoLayout) head = sf_timeline_column_head (timeline, c);

      sf_chart_set_grey (cr, 0.2);
      sf_chart_show_layout (cr, head, timeline->grid_x + c * timeline->column_width +
                            SF_CHART_PADDING, timeline->lanes_y - SF_CHART_PADDING / 2 -
                            sf_chart_layout_height (head));
    }
}

/* The cell's bar, its statuses end to end with a white line between, and its number. */
static void
draw_cell (SfTimeline *timeline,
           cairo_t    *cr,
           GHashTable *numbers,
           guint       l,
           guint       c)
{
  SfTimelineLane *lane = g_ptr_array_index (timeline->lanes, l);
  guint count = sf_timeline_cell_count (lane, c);
  SfChartRect rect;
  double x;

  if (count == 0)
    return;
  sf_timeline_get_bar_rect (timeline, l, c, &rect);
  x = rect.x;
  for (guint s = 0; s < timeline->n_statuses; s++)
    {
      double w = rect.width * lane->counts[c * SF_TIMELINE_MAX_STATUSES + s] / count;
      const double *colour = sf_timeline_status_colours[s];

      if (w <= 0)
        continue;
      cairo_rectangle (cr, x, rect.y, w, rect.height);
      sf_chart_fill_path (cr, colour[0], colour[1], colour[2], FALSE);
      if (x > rect.x)
        {
          cairo_set_source_rgb (cr, 1, 1, 1);
          cairo_rectangle (cr, x - 0.5, rect.y, 1.0, rect.height);
          cairo_fill (cr);
        }
      x += w;
    }
  sf_chart_set_grey (cr, 0.2);
  show_layout (cr, cell_number (timeline, numbers, count), x + SF_CHART_PADDING * (x > rect.x),
               rect.y, timeline->number_width + 2, rect.height, FALSE);
}

static void
draw_total (SfTimeline *timeline,
            cairo_t    *cr)
{
  double y = timeline->lanes_y + timeline->lanes->len * LANE_HEIGHT;

  sf_chart_set_grey (cr, 0.5);
  cairo_set_line_width (cr, 0.75);
  cairo_move_to (cr, 0, y);
  cairo_line_to (cr, timeline->width, y);
  cairo_stroke (cr);
  sf_chart_set_grey (cr, 0.1);
  show_text (cr, _("Total"), SF_CHART_TEXT_SIZE, TRUE, FALSE, 0, y,
             timeline->grid_x - SF_CHART_PADDING, LANE_HEIGHT, FALSE);
  for (guint c = 0; c < timeline->columns->len; c++)
    {
      g_autofree char *number = g_strdup_printf ("%u",
                                                 sf_timeline_cell_count (&timeline->total, c));

      show_text (cr, number, SF_CHART_VALUE_SIZE, TRUE, FALSE,
                 timeline->grid_x + c * timeline->column_width, y, timeline->column_width,
                 LANE_HEIGHT, TRUE);
    }
}

void
sf_timeline_draw (SfTimeline *timeline,
                  cairo_t    *cr,
                  double      width,
                  double      height)
{
  g_autoptr(GHashTable) numbers = NULL;

  sf_timeline_lay_out (timeline, width, height);
  cairo_save (cr);
  cairo_scale (cr, timeline->scale, timeline->scale);
  sf_chart_show_title (cr, timeline->title, width);
  sf_timeline_lay_out_legend (timeline, cr);
  if (timeline->items->len == 0)
    {
      g_autoptr(PangoLayout) empty = sf_chart_make_layout (timeline->empty_text,
                                                           SF_CHART_TEXT_SIZE, FALSE, FALSE,
                                                           width, 2);

      sf_chart_set_grey (cr, 0.45);
      sf_chart_show_layout (cr, empty, 0, timeline->header_y + SF_CHART_TEXT_SIZE * 0.2);
      cairo_restore (cr);
      return;
    }
  numbers = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  draw_grid (timeline, cr);
  for (guint l = 0; l < timeline->lanes->len; l++)
    {
      sf_chart_set_grey (cr, 0.2);
      show_text (cr, sf_timeline_get_lane_label (timeline, l), SF_CHART_TEXT_SIZE, FALSE, FALSE,
                 0, timeline->lanes_y + l * LANE_HEIGHT, timeline->grid_x - SF_CHART_PADDING,
                 LANE_HEIGHT, FALSE);
      for (guint c = 0; c < timeline->columns->len; c++)
        draw_cell (timeline, cr, numbers, l, c);
    }
  if (timeline->lanes->len > 1)
    draw_total (timeline, cr);
  cairo_restore (cr);
}
