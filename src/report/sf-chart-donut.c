/* sf-chart-donut.c: the chart module's donut, for the shares of one whole
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each category (a bar of the chart) is a slice with the value of the first series; the
 * known total is written in the middle. Slices start at 12 o'clock and run clockwise in the
 * order given, so that an order with a meaning (positive, doubtful, negative) stays. Each
 * slice is labelled outside the ring with its value and share ("3 · 60 %"); the legend beside
 * the ring repeats that after each name, so that a grey-scale print is read by the numbers
 * and not only by the colours. A zero is no slice but keeps its line in the legend; an
 * unknown value is only in the legend, as "unknown". More than 7 known values become the 6
 * largest, largest first, and "Other". Estimates are hatched, as in the bars.
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "sf-chart-private.h"

#define MAX_SLICES   7
#define TOP_SLICES   6
#define MAX_RADIUS   66.0
#define MIN_RADIUS   24.0
#define HOLE         0.58 /* the inner radius, of the outer */
#define LABEL_GAP    6.0  /* between the ring and a slice's label */
#define LEGEND_MIN   150.0 /* narrower than this beside the ring: the legend goes under it */
#define TOTAL_SIZE   15.0
#define OTHER_GREY   0.62

typedef struct
{
  SfChartSlice  pub;
  char         *text;     /* "3 · 60 %", "0" or "unknown" */
  gboolean      other;
  int           colour;   /* palette index; -1: none (unknown) */
  double        label_x, label_y, label_w, label_h;
  gboolean      moved;    /* the label was pushed off its slice: a leader line shows which */
} Slice;

static void
slice_clear (gpointer data)
{
  Slice *slice = data;

  g_free (slice->text);
}

static gboolean
drawn (Slice *slice)
{
  return slice->pub.end_angle > slice->pub.start_angle;
}

static double
value_of (SfChart *chart,
          guint    bar)
{
  return ((SfChartBar *) g_ptr_array_index (chart->bars, bar))->values[0];
}

static SfChartValueFlags
flags_of (SfChart *chart,
          guint    bar)
{
  return ((SfChartBar *) g_ptr_array_index (chart->bars, bar))->flags[0];
}

/* Largest first; equal values keep their order. */
static int
by_value (gconstpointer a,
          gconstpointer b,
          gpointer      data)
{
  SfChart *chart = data;
  guint ia = *(const guint *) a, ib = *(const guint *) b;
  double va = value_of (chart, ia), vb = value_of (chart, ib);

  if (va != vb)
    return va > vb ? -1 : 1;
  return ia < ib ? -1 : ia > ib;
}

static void
add_slice (SfChart           *chart,
           const char        *label,
           int                bar,
           double             value,
           SfChartValueFlags  flags,
           gboolean           other)
{
  Slice slice = { { label, bar, value, flags, 0, 0, 0, 0, 0, 0 }, NULL, other, -1,
                  0, 0, 0, 0, FALSE };

  g_array_append_val (chart->slices, slice);
}

/* The slices from the bars, grouped into "Other" beyond MAX_SLICES known values. */
static void
collect (SfChart *chart)
{
  g_autoptr(GArray) known = g_array_new (FALSE, FALSE, sizeof (guint));

  if (chart->slices == NULL)
    {
      chart->slices = g_array_new (FALSE, TRUE, sizeof (Slice));
      g_array_set_clear_func (chart->slices, slice_clear);
    }
  g_array_set_size (chart->slices, 0);
  for (guint i = 0; i < chart->bars->len; i++)
    if (!(flags_of (chart, i) & SF_CHART_VALUE_UNKNOWN))
      g_array_append_val (known, i);

  if (known->len <= MAX_SLICES)
    {
      for (guint i = 0; i < chart->bars->len; i++)
        add_slice (chart, sf_chart_get_bar_label (chart, i), (int) i, value_of (chart, i),
                   flags_of (chart, i), FALSE);
    }
  else
    {
      SfChartValueFlags other_flags = SF_CHART_VALUE_EXACT;
      double other = 0;

      g_array_sort_with_data (known, by_value, chart);
      for (guint k = 0; k < known->len; k++)
        {
          guint i = g_array_index (known, guint, k);

          if (k < TOP_SLICES)
            {
              add_slice (chart, sf_chart_get_bar_label (chart, i), (int) i, value_of (chart, i),
                         flags_of (chart, i), FALSE);
              continue;
            }
          other += value_of (chart, i);
          if ((flags_of (chart, i) & SF_CHART_VALUE_ESTIMATE) && value_of (chart, i) > 0)
            other_flags = SF_CHART_VALUE_ESTIMATE;
        }
      /* Translators: a chart's slice for the smaller categories taken together */
      add_slice (chart, C_("chart", "Other"), -1, other, other_flags, TRUE);
      for (guint i = 0; i < chart->bars->len; i++)
        if (flags_of (chart, i) & SF_CHART_VALUE_UNKNOWN)
          add_slice (chart, sf_chart_get_bar_label (chart, i), (int) i, 0,
                     SF_CHART_VALUE_UNKNOWN, FALSE);
    }
}

/* The known total; an estimate when a part of it is. */
static double
total_of (SfChart           *chart,
          SfChartValueFlags *flags)
{
  double total = 0;

  *flags = SF_CHART_VALUE_UNKNOWN;
  for (guint i = 0; i < chart->slices->len; i++)
    {
      Slice *slice = &g_array_index (chart->slices, Slice, i);

      if (slice->pub.flags & SF_CHART_VALUE_UNKNOWN)
        continue;
      *flags &= ~SF_CHART_VALUE_UNKNOWN;
      total += slice->pub.value;
      if ((slice->pub.flags & SF_CHART_VALUE_ESTIMATE) && slice->pub.value > 0)
        *flags |= SF_CHART_VALUE_ESTIMATE;
    }
  return total;
}

static gboolean
any_estimate (SfChart *chart)
{
  for (guint i = 0; i < chart->slices->len; i++)
    if (g_array_index (chart->slices, Slice, i).pub.flags & SF_CHART_VALUE_ESTIMATE)
      return TRUE;
  return FALSE;
}

/* Angles, colours and the texts of the values. */
static void
measure_slices (SfChart *chart)
{
  SfChartValueFlags total_flags;
  double total = total_of (chart, &total_flags), angle = -G_PI / 2;
  int colour = 0;

  for (guint i = 0; i < chart->slices->len; i++)
    {
      Slice *slice = &g_array_index (chart->slices, Slice, i);

      g_free (slice->text);
      slice->pub.start_angle = slice->pub.end_angle = angle;
      if (slice->pub.flags & SF_CHART_VALUE_UNKNOWN)
        {
          slice->text = g_strdup (_("unknown"));
          continue;
        }
      slice->colour = slice->other ? -1 : colour++;
      if (slice->pub.value <= 0 || total <= 0)
        {
          slice->text = sf_chart_value_text (chart, 0, SF_CHART_VALUE_EXACT);
          continue;
        }
      angle += slice->pub.value / total * 2 * G_PI;
      slice->pub.end_angle = angle;
      {
        g_autofree char *value = sf_chart_value_text (chart, slice->pub.value,
                                                      slice->pub.flags);
        g_autofree char *share = sf_chart_format_figure (SF_CHART_FORMAT_PERCENT,
                                                         slice->pub.value / total);

        /* Translators: a donut slice's label: its value and its share, "3 · 60 %" */
        slice->text = g_strdup_printf (C_("chart", "%s · %s"), value, share);
      }
    }
}

/* ---- legend ----------------------------------------------------------------------------- */

static double
value_column (SfChart *chart)
{
  double w = 0;

  for (guint i = 0; i < chart->slices->len; i++)
    {
      Slice *slice = &g_array_index (chart->slices, Slice, i);

      w = MAX (w, sf_chart_text_width (slice->text, SF_CHART_VALUE_SIZE,
                                       slice->pub.flags & SF_CHART_VALUE_UNKNOWN));
    }
  return w;
}

/* As wide as the legend needs, with its names on one line: the values stay near them. */
static double
legend_natural_width (SfChart *chart)
{
  double names = sf_chart_text_width (_("estimate"), SF_CHART_TEXT_SIZE, FALSE);

  for (guint i = 0; i < chart->slices->len; i++)
    names = MAX (names, sf_chart_text_width (g_array_index (chart->slices, Slice, i).pub.label,
                                             SF_CHART_TEXT_SIZE, FALSE));
  return SF_CHART_TEXT_SIZE + names + value_column (chart) + SF_CHART_PADDING * 6;
}

static void
swatch (cairo_t *cr,
        Slice   *slice,
        double   x,
        double   y)
{
  const double dash[] = { 2.0, 2.0 };
  double size = SF_CHART_TEXT_SIZE, r = OTHER_GREY, g = OTHER_GREY, b = OTHER_GREY;

  if (slice == NULL || slice->colour >= 0)
    {
      if (slice != NULL)
        sf_chart_series_colour ((guint) slice->colour, &r, &g, &b);
      else
        r = g = b = 0.45;
    }
  if (slice != NULL && (slice->pub.flags & SF_CHART_VALUE_UNKNOWN))
    {
      /* Nothing to fill: a dashed empty square, as the bars' unknown slot. */
      cairo_save (cr);
      cairo_set_source_rgb (cr, 0.55, 0.55, 0.55);
      cairo_set_line_width (cr, 0.75);
      cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
      cairo_rectangle (cr, x + 0.5, y + 0.5, size - 1, size - 1);
      cairo_stroke (cr);
      cairo_restore (cr);
      return;
    }
  cairo_rectangle (cr, x, y, size, size);
  sf_chart_fill_path (cr, r, g, b, slice == NULL || (slice->pub.flags & SF_CHART_VALUE_ESTIMATE));
}

/* The legend as a list, a line per slice with its value at the right, and "estimate" last;
 * drawn when @cr is given. Returns its height. */
static double
legend (SfChart *chart,
        cairo_t *cr,
        double   x,
        double   y0,
        double   width)
{
  double values_w = value_column (chart), y = y0;
  double label_w = MAX (width - SF_CHART_TEXT_SIZE - values_w - SF_CHART_PADDING * 4, 20.0);
  gboolean estimate = any_estimate (chart);

  for (guint i = 0; i < chart->slices->len + (estimate ? 1 : 0); i++)
    {
      Slice *slice = i < chart->slices->len ? &g_array_index (chart->slices, Slice, i) : NULL;
      /* Translators: in a chart's legend, next to a hatched swatch */
      const char *name = slice ? slice->pub.label : _("estimate");
      g_autoptr(PangoLayout) label = sf_chart_make_layout (name, SF_CHART_TEXT_SIZE, FALSE,
                                                           FALSE, label_w, 2);
      double line = MAX (SF_CHART_TEXT_SIZE + 4, sf_chart_layout_height (label));

      if (cr != NULL)
        {
          double text_x = x + SF_CHART_TEXT_SIZE + SF_CHART_PADDING;

          swatch (cr, slice, x, y + 2);
          cairo_set_source_rgb (cr, 0.2, 0.2, 0.2);
          sf_chart_show_layout (cr, label, text_x, y);
          if (slice != NULL)
            {
              gboolean unknown = slice->pub.flags & SF_CHART_VALUE_UNKNOWN;
              g_autoptr(PangoLayout) value = sf_chart_make_layout (
                slice->text, SF_CHART_VALUE_SIZE, FALSE, unknown, -1, 0);
              double grey = unknown || !drawn (slice) ? 0.4 : 0.2;

              cairo_set_source_rgb (cr, grey, grey, grey);
              /* A point short of the edge: room for an italic's overhang. */
              sf_chart_show_layout (cr, value, x + width - 1 - sf_chart_layout_width (value),
                                    y + (SF_CHART_TEXT_SIZE + 4 -
                                         sf_chart_layout_height (value)) / 2);
            }
        }
      y += line + SF_CHART_PADDING;
    }
  return y - y0;
}

/* ---- layout ----------------------------------------------------------------------------- */

static int
by_label_y (gconstpointer a,
            gconstpointer b)
{
  const Slice *sa = *(Slice * const *) a, *sb = *(Slice * const *) b;

  return (sa->label_y > sb->label_y) - (sa->label_y < sb->label_y);
}

/* Labels on one side of the ring one under the other, within [@top, @bottom]; one pushed
 * up or down moves out sideways as far as it must to stay clear of the ring. */
static void
spread (GPtrArray *side,
        gboolean   right,
        double     cx,
        double     cy,
        double     clear,
        double     top,
        double     bottom)
{
  g_ptr_array_sort (side, by_label_y);
  for (guint i = 0; i < side->len; i++)
    {
      Slice *s = side->pdata[i];
      double min = i > 0 ? ((Slice *) side->pdata[i - 1])->label_y +
                             ((Slice *) side->pdata[i - 1])->label_h + 1 : top;

      if (s->label_y < min)
        s->label_y = min, s->moved = TRUE;
    }
  for (guint i = side->len; i-- > 0;)
    {
      Slice *s = side->pdata[i];
      double max = i + 1 < side->len ? ((Slice *) side->pdata[i + 1])->label_y - s->label_h - 1
                                     : bottom - s->label_h;

      if (s->label_y > max)
        s->label_y = max, s->moved = TRUE;
    }
  for (guint i = 0; i < side->len; i++)
    {
      Slice *s = side->pdata[i];
      /* The box's edge nearest to the centre's height decides how wide the ring is there. */
      double dy = s->label_y > cy ? s->label_y - cy
                : s->label_y + s->label_h < cy ? cy - (s->label_y + s->label_h) : 0;
      double dx = dy < clear ? sqrt (clear * clear - dy * dy) : 0;

      if (right && s->label_x < cx + dx)
        s->label_x = cx + dx;
      else if (!right && s->label_x + s->label_w > cx - dx)
        s->label_x = cx - dx - s->label_w;
    }
}

void
sf_chart_donut_layout (SfChart *chart,
                       double   width)
{
  g_autoptr(GPtrArray) left = g_ptr_array_new ();
  g_autoptr(GPtrArray) right = g_ptr_array_new ();
  double label_w = 0, label_h = 0, radius, ring_w, room, block, body, legend_h;
  double legend_x, legend_w, ring_top, cx, cy;
  gboolean beside;

  collect (chart);
  measure_slices (chart);
  chart->last_width = width;
  chart->body_y = sf_chart_title_height (chart, width);
  if (chart->slices->len == 0)
    {
      chart->height = chart->body_y + SF_CHART_TEXT_SIZE * 2 + SF_CHART_PADDING;
      return;
    }

  for (guint i = 0; i < chart->slices->len; i++)
    {
      Slice *slice = &g_array_index (chart->slices, Slice, i);
      g_autoptr(PangoLayout) layout = sf_chart_make_layout (slice->text, SF_CHART_VALUE_SIZE,
                                                            FALSE, FALSE, -1, 0);

      slice->label_w = sf_chart_layout_width (layout);
      slice->label_h = sf_chart_layout_height (layout);
      if (drawn (slice))
        label_w = MAX (label_w, slice->label_w), label_h = MAX (label_h, slice->label_h);
    }
  room = LABEL_GAP + label_w + 2;

  /* The ring and its labels on the left half, the legend beside it; on a narrow page the
   * legend under the ring. */
  radius = CLAMP (width / 4 - room, MIN_RADIUS, MAX_RADIUS);
  ring_w = 2 * (radius + room);
  beside = width - ring_w - SF_CHART_PADDING * 3 >= LEGEND_MIN;
  if (!beside)
    {
      radius = CLAMP (width / 2 - room, MIN_RADIUS / 2, MAX_RADIUS);
      ring_w = width;
    }
  legend_x = beside ? ring_w + SF_CHART_PADDING * 3 : 0;
  legend_w = MIN (width - legend_x, legend_natural_width (chart));
  legend_h = legend (chart, NULL, 0, 0, legend_w);
  block = 2 * (radius + LABEL_GAP + label_h);
  body = beside ? MAX (block, legend_h) : block + SF_CHART_PADDING * 2 + legend_h;
  ring_top = chart->body_y + (beside ? (body - block) / 2 : 0);
  chart->legend_y = beside ? chart->body_y + (body - legend_h) / 2
                           : chart->body_y + block + SF_CHART_PADDING * 2;
  chart->bars_x = legend_x;      /* the legend's place, in the bars' fields */
  chart->bars_length = legend_w;
  cx = ring_w / 2;
  cy = ring_top + block / 2;

  for (guint i = 0; i < chart->slices->len; i++)
    {
      Slice *slice = &g_array_index (chart->slices, Slice, i);
      double mid = (slice->pub.start_angle + slice->pub.end_angle) / 2;
      double ax = cx + (radius + LABEL_GAP) * cos (mid);
      double ay = cy + (radius + LABEL_GAP) * sin (mid);

      slice->pub.centre_x = cx;
      slice->pub.centre_y = cy;
      slice->pub.outer_radius = radius;
      slice->pub.inner_radius = radius * HOLE;
      slice->moved = FALSE;
      if (!drawn (slice))
        continue;
      /* Right of the ring a label starts at its point; left of it, it ends there. */
      slice->label_x = cos (mid) >= -1e-9 ? ax : ax - slice->label_w;
      slice->label_y = ay - slice->label_h / 2;
      g_ptr_array_add (cos (mid) >= -1e-9 ? right : left, slice);
    }
  spread (left, FALSE, cx, cy, radius + LABEL_GAP, ring_top, ring_top + block);
  spread (right, TRUE, cx, cy, radius + LABEL_GAP, ring_top, ring_top + block);
  chart->height = chart->body_y + body + SF_CHART_PADDING;
}

guint
sf_chart_get_n_slices (SfChart *chart)
{
  return chart->mode == SF_CHART_DONUT && chart->slices ? chart->slices->len : 0;
}

gboolean
sf_chart_get_slice (SfChart      *chart,
                    guint         index,
                    SfChartSlice *out)
{
  if (index >= sf_chart_get_n_slices (chart))
    return FALSE;
  *out = g_array_index (chart->slices, Slice, index).pub;
  return TRUE;
}

/* ---- drawing ---------------------------------------------------------------------------- */

static void
draw_centre (SfChart *chart,
             cairo_t *cr,
             double   cx,
             double   cy,
             double   hole)
{
  SfChartValueFlags flags;
  double total = total_of (chart, &flags);
  gboolean unknown = flags & SF_CHART_VALUE_UNKNOWN;
  g_autofree char *text = unknown ? g_strdup (_("unknown"))
                                  : sf_chart_value_text (chart, total, flags);
  g_autoptr(PangoLayout) number = sf_chart_make_layout (text, unknown ? SF_CHART_VALUE_SIZE
                                                                       : TOTAL_SIZE,
                                                        !unknown, unknown, hole * 2, 0);
  /* Translators: under the number in the middle of a donut chart */
  g_autoptr(PangoLayout) word = sf_chart_make_layout (C_("chart", "total"),
                                                      SF_CHART_VALUE_SIZE, FALSE, FALSE,
                                                      hole * 2, 0);
  double nh = sf_chart_layout_height (number), wh = unknown ? 0 : sf_chart_layout_height (word);

  cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
  sf_chart_show_layout (cr, number, cx - sf_chart_layout_width (number) / 2,
                        cy - (nh + wh) / 2);
  if (unknown)
    return;
  cairo_set_source_rgb (cr, 0.4, 0.4, 0.4);
  sf_chart_show_layout (cr, word, cx - sf_chart_layout_width (word) / 2,
                        cy - (nh + wh) / 2 + nh);
}

static void
slice_path (cairo_t      *cr,
            SfChartSlice *s)
{
  cairo_new_path (cr);
  cairo_arc (cr, s->centre_x, s->centre_y, s->outer_radius, s->start_angle, s->end_angle);
  cairo_arc_negative (cr, s->centre_x, s->centre_y, s->inner_radius, s->end_angle,
                      s->start_angle);
  cairo_close_path (cr);
}

void
sf_chart_donut_draw (SfChart *chart,
                     cairo_t *cr)
{
  SfChartSlice *first;
  guint n_drawn = 0;

  if (chart->slices->len == 0)
    {
      sf_chart_draw_empty (chart, cr);
      return;
    }
  first = &g_array_index (chart->slices, Slice, 0).pub;
  for (guint i = 0; i < chart->slices->len; i++)
    {
      Slice *slice = &g_array_index (chart->slices, Slice, i);
      double r = OTHER_GREY, g = OTHER_GREY, b = OTHER_GREY;

      if (!drawn (slice))
        continue;
      n_drawn++;
      if (slice->colour >= 0)
        sf_chart_series_colour ((guint) slice->colour, &r, &g, &b);
      slice_path (cr, &slice->pub);
      sf_chart_fill_path (cr, r, g, b, slice->pub.flags & SF_CHART_VALUE_ESTIMATE);
    }
  if (n_drawn == 0)
    {
      /* Nothing to share out (all zero or unknown): the ring's outline only. */
      cairo_set_source_rgb (cr, 0.75, 0.75, 0.75);
      cairo_set_line_width (cr, 0.75);
      cairo_new_path (cr);
      cairo_arc (cr, first->centre_x, first->centre_y, first->outer_radius, 0, 2 * G_PI);
      cairo_new_sub_path (cr);
      cairo_arc (cr, first->centre_x, first->centre_y, first->inner_radius, 0, 2 * G_PI);
      cairo_stroke (cr);
    }
  for (guint i = 0; i < chart->slices->len && n_drawn > 1; i++)
    {
      SfChartSlice *s = &g_array_index (chart->slices, Slice, i).pub;

      /* A white line between slices, for grey-scale print. */
      if (!drawn (&g_array_index (chart->slices, Slice, i)))
        continue;
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_set_line_width (cr, 1.5);
      cairo_move_to (cr, s->centre_x + (s->inner_radius - 1) * cos (s->start_angle),
                     s->centre_y + (s->inner_radius - 1) * sin (s->start_angle));
      cairo_line_to (cr, s->centre_x + (s->outer_radius + 1) * cos (s->start_angle),
                     s->centre_y + (s->outer_radius + 1) * sin (s->start_angle));
      cairo_stroke (cr);
    }
  for (guint i = 0; i < chart->slices->len; i++)
    {
      Slice *slice = &g_array_index (chart->slices, Slice, i);
      g_autoptr(PangoLayout) layout = NULL;

      if (!drawn (slice))
        continue;
      if (slice->moved)
        {
          double mid = (slice->pub.start_angle + slice->pub.end_angle) / 2;
          gboolean right = slice->label_x >= slice->pub.centre_x;

          cairo_set_source_rgb (cr, 0.55, 0.55, 0.55);
          cairo_set_line_width (cr, 0.5);
          cairo_move_to (cr, slice->pub.centre_x + (slice->pub.outer_radius + 1) * cos (mid),
                         slice->pub.centre_y + (slice->pub.outer_radius + 1) * sin (mid));
          cairo_line_to (cr, right ? slice->label_x - 1 : slice->label_x + slice->label_w + 1,
                         slice->label_y + slice->label_h / 2);
          cairo_stroke (cr);
        }
      layout = sf_chart_make_layout (slice->text, SF_CHART_VALUE_SIZE, FALSE, FALSE, -1, 0);
      cairo_set_source_rgb (cr, 0.2, 0.2, 0.2);
      sf_chart_show_layout (cr, layout, slice->label_x, slice->label_y);
    }
  draw_centre (chart, cr, first->centre_x, first->centre_y, first->inner_radius);
  legend (chart, cr, chart->bars_x, chart->legend_y, chart->bars_length);
}
