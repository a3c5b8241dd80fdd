/* test-chart-timeline.c: the plan's timeline by quarter: its columns, lanes and counts, that
 * it stays inside the box it gets, and what a PDF of it says
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gstdio.h>

#include "sf-chart-private.h"
#include "sf-plan-timeline.h"
#include "sf-project-plan.h"
#include "sf-test-pdf.h"
#include "sf-test-store.h"

typedef SfTestDir Fixture;

enum { OPEN, UNDER_WAY, DONE, DROPPED };

static SfTimeline *
plan_timeline_new (void)
{
  const char *statuses[] = { "open", "bezig", "gedaan", "vervallen" };
  SfTimeline *timeline = sf_timeline_new ("Het plan");

  sf_timeline_set_statuses (timeline, 4, statuses);
  sf_timeline_set_empty_text (timeline, "Nog geen acties");
  return timeline;
}

/* Where ink went when @timeline was drawn @width wide within @height (0: as it needs). */
static void
ink_extents (SfTimeline  *timeline,
             double       width,
             double       height,
             SfChartRect *ink)
{
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);

  sf_timeline_draw (timeline, cr, width, height);
  cairo_destroy (cr);
  cairo_recording_surface_ink_extents (surface, &ink->x, &ink->y, &ink->width, &ink->height);
  cairo_surface_destroy (surface);
}

static void
assert_inside (const SfChartRect *ink,
               double             width,
               double             height)
{
  g_assert_cmpfloat (ink->x, >=, -0.5);
  g_assert_cmpfloat (ink->y, >=, -0.5);
  g_assert_cmpfloat (ink->x + ink->width, <=, width + 0.5);
  g_assert_cmpfloat (ink->y + ink->height, <=, height + 0.5);
}

/* A column per quarter from the first to the last, in order, empty ones included; a date
 * counts in its quarter's column; the actions without a date in a last column; a lane per
 * partner by name, and each cell's counts by status, the total row the column's. */
static void
test_columns_and_counts (void)
{
  g_autoptr(SfTimeline) timeline = plan_timeline_new ();
  int year, quarter;
  double height;

  sf_timeline_add (timeline, "Woonstichting", 2027, 3, DONE);
  sf_timeline_add (timeline, "Welzijn", 2027, 1, OPEN);
  sf_timeline_add (timeline, "Welzijn", 2027, 1, UNDER_WAY);
  sf_timeline_add (timeline, "Welzijn", 2027, 1, OPEN);
  sf_timeline_add (timeline, "Woonstichting", 2026, 4, DROPPED);
  sf_timeline_add (timeline, "Woonstichting", 0, 0, OPEN);
  sf_timeline_add (timeline, "Gemeente", 2027, 3, OPEN);

  g_assert_cmpfloat (sf_timeline_get_height (timeline, 480), >, 0);
  g_assert_cmpuint (sf_timeline_get_n_columns (timeline), ==, 5);
  g_assert_cmpstr (sf_timeline_get_column_label (timeline, 0), ==, "Q4 2026");
  g_assert_cmpstr (sf_timeline_get_column_label (timeline, 1), ==, "Q1 2027");
  g_assert_cmpstr (sf_timeline_get_column_label (timeline, 2), ==, "Q2 2027");
  g_assert_cmpstr (sf_timeline_get_column_label (timeline, 3), ==, "Q3 2027");
  g_assert_cmpstr (sf_timeline_get_column_label (timeline, 4), ==, "without a date");
  g_assert_true (sf_timeline_get_column_quarter (timeline, 2, &year, &quarter));
  g_assert_cmpint (year, ==, 2027);
  g_assert_cmpint (quarter, ==, 2);
  g_assert_false (sf_timeline_get_column_quarter (timeline, 4, &year, &quarter));

  g_assert_cmpuint (sf_timeline_get_n_lanes (timeline), ==, 3);
  g_assert_cmpstr (sf_timeline_get_lane_label (timeline, 0), ==, "Gemeente");
  g_assert_cmpstr (sf_timeline_get_lane_label (timeline, 1), ==, "Welzijn");
  g_assert_cmpstr (sf_timeline_get_lane_label (timeline, 2), ==, "Woonstichting");
  g_assert_cmpuint (sf_timeline_get_count (timeline, 1, 1, OPEN), ==, 2);
  g_assert_cmpuint (sf_timeline_get_count (timeline, 1, 1, UNDER_WAY), ==, 1);
  g_assert_cmpuint (sf_timeline_get_count (timeline, 1, 2, OPEN), ==, 0);
  g_assert_cmpuint (sf_timeline_get_count (timeline, 2, 0, DROPPED), ==, 1);
  g_assert_cmpuint (sf_timeline_get_count (timeline, 2, 4, OPEN), ==, 1);
  g_assert_cmpuint (sf_timeline_get_count (timeline, G_MAXUINT, 3, OPEN), ==, 1);
  g_assert_cmpuint (sf_timeline_get_count (timeline, G_MAXUINT, 3, DONE), ==, 1);
  g_assert_cmpuint (sf_timeline_get_count (timeline, G_MAXUINT, 1, OPEN), ==, 2);

  /* Laid out again at the same width once it holds more: a lane more, a taller timeline. */
  height = sf_timeline_get_height (timeline, 480);
  sf_timeline_add (timeline, "Zorgaanbieder", 2027, 2, OPEN);
  g_assert_cmpfloat (sf_timeline_get_height (timeline, 480), >, height);
  g_assert_cmpuint (sf_timeline_get_n_lanes (timeline), ==, 4);
}

/* All cells share one scale: three actions make a bar three times one's; none, no bar. */
static void
test_bars_to_scale (void)
{
  g_autoptr(SfTimeline) timeline = plan_timeline_new ();
  SfChartRect one, three, none, q1, q2;

  sf_timeline_add (timeline, "Welzijn", 2027, 1, OPEN);
  for (guint i = 0; i < 3; i++)
    sf_timeline_add (timeline, "Gemeente", 2027, 2, i == 0 ? DONE : OPEN);
  sf_timeline_get_height (timeline, 480);
  g_assert_true (sf_timeline_get_bar_rect (timeline, 1, 0, &one));
  g_assert_true (sf_timeline_get_bar_rect (timeline, 0, 1, &three));
  g_assert_true (sf_timeline_get_bar_rect (timeline, 0, 0, &none));
  g_assert_false (sf_timeline_get_bar_rect (timeline, 2, 0, &none));
  g_assert_cmpfloat (one.width, >, 5);
  g_assert_cmpfloat_with_epsilon (three.width, 3 * one.width, 0.01);
  g_assert_cmpfloat (none.width, ==, 0);
  /* Columns left to right in time, lanes top to bottom. */
  g_assert_true (sf_timeline_get_bar_rect (timeline, 0, 0, &q1));
  g_assert_true (sf_timeline_get_bar_rect (timeline, 0, 1, &q2));
  g_assert_cmpfloat (q1.x, <, q2.x);
  g_assert_cmpfloat (three.y, <, one.y);
  g_assert_cmpfloat (three.x + three.width, <=, 480);
}

/* A 200-character partner is ellipsized and the quarters keep their room; nothing is drawn
 * outside the width, nor below the height the layout gave. */
static void
test_long_names_inside (void)
{
  g_autoptr(SfTimeline) timeline = plan_timeline_new ();
  g_autoptr(GString) name = g_string_new ("Stichting ");
  SfChartRect ink, bar;
  double height;

  while (name->len < 200)
    g_string_append (name, "Welzijnsorganisatie ");
  sf_timeline_add (timeline, name->str, 2027, 1, OPEN);
  sf_timeline_add (timeline, "Woonstichting", 2027, 4, DONE);
  sf_timeline_add (timeline, "Woonstichting", 0, 0, UNDER_WAY);
  for (double width = 200; width <= 600; width += 200)
    {
      height = sf_timeline_get_height (timeline, width);
      ink_extents (timeline, width, 0, &ink);
      assert_inside (&ink, width, height);
      g_assert_true (sf_timeline_get_bar_rect (timeline, 0, 0, &bar));
      g_assert_cmpfloat (bar.x, <=, width * 0.31 + 4);
    }
}

/* Actions of 30 partners over 16 quarters; returns how many. */
static guint
add_many_partners (SfTimeline *timeline)
{
  guint n = 0;

  for (int p = 0; p < 30; p++)
    for (int q = 0; q < 16; q++)
      if ((p + q) % 3 == 0)
        {
          g_autofree char *partner = g_strdup_printf ("Partner %02d", p);

          sf_timeline_add (timeline, partner, 2027 + q / 4, q % 4 + 1, q % 4);
          n++;
        }
  return n;
}

/* Quarters beyond those that fit are counted in "later"; lanes beyond the height given in one
 * "other partners" lane; nothing is lost and nothing drawn outside the box. */
static void
test_fits_box (void)
{
  g_autoptr(SfTimeline) timeline = plan_timeline_new ();
  guint n = add_many_partners (timeline), counted = 0;
  SfChartRect ink;
  const char *last;

  ink_extents (timeline, 300, 200, &ink);
  assert_inside (&ink, 300, 200);
  g_assert_cmpfloat (sf_timeline_get_scale (timeline), <=, 1);

  g_assert_cmpuint (sf_timeline_get_n_columns (timeline), <, 16);
  last = sf_timeline_get_column_label (timeline, sf_timeline_get_n_columns (timeline) - 1);
  g_assert_cmpstr (last, ==, "later");
  g_assert_cmpuint (sf_timeline_get_n_lanes (timeline), <, 30);
  g_assert_true (g_str_has_suffix (sf_timeline_get_lane_label (timeline,
                                     sf_timeline_get_n_lanes (timeline) - 1),
                                   "other partners"));
  for (guint l = 0; l < sf_timeline_get_n_lanes (timeline); l++)
    for (guint c = 0; c < sf_timeline_get_n_columns (timeline); c++)
      for (guint s = 0; s < 4; s++)
        counted += sf_timeline_get_count (timeline, l, c, s);
  g_assert_cmpuint (counted, ==, n);

  /* Too low for even two lanes: drawn smaller, still inside. */
  ink_extents (timeline, 300, 60, &ink);
  assert_inside (&ink, 300, 60);
  g_assert_cmpfloat (sf_timeline_get_scale (timeline), <, 1);
}

static void
assert_same_grid (SfTimeline *a,
                  SfTimeline *b)
{
  g_assert_cmpfloat (sf_timeline_get_scale (a), ==, sf_timeline_get_scale (b));
  g_assert_cmpuint (sf_timeline_get_n_columns (a), ==, sf_timeline_get_n_columns (b));
  for (guint c = 0; c < sf_timeline_get_n_columns (b); c++)
    g_assert_cmpstr (sf_timeline_get_column_label (a, c), ==, sf_timeline_get_column_label (b, c));
  g_assert_cmpuint (sf_timeline_get_n_lanes (a), ==, sf_timeline_get_n_lanes (b));
  for (guint l = 0; l < sf_timeline_get_n_lanes (b); l++)
    g_assert_cmpstr (sf_timeline_get_lane_label (a, l), ==, sf_timeline_get_lane_label (b, l));
}

/* Measured as high as it needs, then drawn within that height (as a report places it), a
 * timeline shows what one drawn only within that height shows: no room is kept for a lane of
 * other partners that it does not have. */
static void
test_measured_then_drawn (void)
{
  for (guint partners = 2; partners <= 30; partners += 7)
    {
      g_autoptr(SfTimeline) measured = plan_timeline_new ();
      g_autoptr(SfTimeline) fresh = plan_timeline_new ();
      SfChartRect ink;
      double height;

      for (guint p = 0; p < partners; p++)
        for (int q = 0; q < 8; q++)
          {
            g_autofree char *name = g_strdup_printf ("P%u", p);

            sf_timeline_add (measured, name, 2027 + q / 4, q % 4 + 1, q % 4);
            sf_timeline_add (fresh, name, 2027 + q / 4, q % 4 + 1, q % 4);
          }
      height = sf_timeline_get_height (measured, 300);
      ink_extents (measured, 300, height, &ink);
      ink_extents (fresh, 300, height, &ink);
      assert_same_grid (measured, fresh);
      g_assert_cmpuint (sf_timeline_get_n_lanes (fresh), ==, partners);
    }
}

/* Drawn within one height, then within a lower one, a timeline shows what one drawn only
 * within the lower height shows: the lanes that fit it, no more and no fewer. */
static void
test_lower_height (void)
{
  for (double height = 220; height >= 90; height -= 10)
    {
      g_autoptr(SfTimeline) redrawn = plan_timeline_new ();
      g_autoptr(SfTimeline) fresh = plan_timeline_new ();
      SfChartRect ink, ink_fresh;

      add_many_partners (redrawn);
      add_many_partners (fresh);
      ink_extents (redrawn, 300, 230, &ink);
      ink_extents (redrawn, 300, height, &ink);
      ink_extents (fresh, 300, height, &ink_fresh);
      assert_inside (&ink, 300, height);
      g_assert_cmpfloat (ink.height, ==, ink_fresh.height);
      assert_same_grid (redrawn, fresh);
    }
}

static char *
write_pdf (SfTimeline *timeline,
           const char *dir)
{
  char *path = g_build_filename (dir, "timeline.pdf", NULL);
  cairo_surface_t *surface = cairo_pdf_surface_create (path, 595.276, 841.89);
  cairo_t *cr = cairo_create (surface);

  cairo_translate (cr, 56, 56);
  sf_timeline_draw (timeline, cr, 480, 0);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  return path;
}

/* On a PDF in Dutch, as the report draws it from a project's plan: a reader finds the
 * quarters in order ("K1 2027"), the partners, the statuses in the legend and the undated
 * column; an empty plan says so. */
static void
test_pdf_dutch (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(SfProject) project = NULL;
  g_autofree char *housing = NULL, *welfare = NULL, *path = NULL, *text = NULL;
  g_autoptr(SfTimeline) timeline = NULL, empty = NULL;
  SfActionFields fields = { "Ruimte inmeten", NULL, NULL, NULL, NULL, "2027-05-12",
                            SF_ACTION_UNDER_WAY };
  const char *q1, *q2, *q3;
  SfChartRect ink;

  sf_test_set_language ("nl");
  project = sf_test_create_project (f->path);
  housing = sf_test_add_partner (project, "Woonstichting De Linie", "housing", "");
  welfare = sf_test_add_partner (project, "Welzijn Leiden", "welfare", "");
  fields.responsible_id = housing;
  g_free (sf_project_add_action (project, &fields, NULL));
  fields.due = "2027-Q1";
  fields.responsible_id = welfare;
  fields.status = SF_ACTION_DONE;
  g_free (sf_project_add_action (project, &fields, NULL));
  fields.due = "2027-08-01";
  fields.status = SF_ACTION_OPEN;
  g_free (sf_project_add_action (project, &fields, NULL));
  fields.due = "";
  g_free (sf_project_add_action (project, &fields, NULL));

  timeline = sf_plan_timeline_new (project);
  path = write_pdf (timeline, f->dir);
  text = sf_test_pdf_text (path);
  g_test_message ("%s", text);
  q1 = strstr (text, "K1 2027");
  q2 = strstr (text, "K2 2027");
  q3 = strstr (text, "K3 2027");
  g_assert_nonnull (q1);
  g_assert_nonnull (q2);
  g_assert_nonnull (q3);
  g_assert_true (q1 < q2 && q2 < q3);
  g_assert_nonnull (strstr (text, "zonder datum"));
  g_assert_nonnull (strstr (text, "Woonstichting De Linie"));
  g_assert_nonnull (strstr (text, "Welzijn Leiden"));
  g_assert_nonnull (strstr (text, "bezig"));
  g_assert_nonnull (strstr (text, "vervallen"));
  g_assert_nonnull (strstr (text, "Totaal"));
  g_assert_cmpuint (sf_timeline_get_count (timeline, 0, 1, SF_ACTION_UNDER_WAY), ==, 0);
  g_assert_cmpuint (sf_timeline_get_count (timeline, 1, 1, SF_ACTION_UNDER_WAY), ==, 1);
  g_assert_cmpuint (sf_timeline_get_count (timeline, 0, 2, SF_ACTION_OPEN), ==, 1);
  g_assert_cmpuint (sf_timeline_get_count (timeline, 0, 3, SF_ACTION_OPEN), ==, 1);
  g_unlink (path);
  g_clear_pointer (&text, g_free);
  g_clear_pointer (&path, g_free);

  empty = sf_timeline_new ("Leeg");
  sf_timeline_set_empty_text (empty, "Het plan heeft nog geen acties.");
  path = write_pdf (empty, f->dir);
  text = sf_test_pdf_text (path);
  g_assert_nonnull (strstr (text, "Het plan heeft nog geen acties."));
  g_assert_cmpuint (sf_timeline_get_n_columns (empty), ==, 0);
  g_unlink (path);

  /* Lanes that do not fit are folded into one, named in Dutch too. */
  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *name = g_strdup_printf ("Partner %u", i);

      sf_timeline_add (empty, name, 2027, 1, SF_ACTION_OPEN);
    }
  ink_extents (empty, 480, 100, &ink);
  assert_inside (&ink, 480, 100);
  g_assert_cmpuint (sf_timeline_get_n_lanes (empty), ==, 2);
  g_assert_cmpstr (sf_timeline_get_lane_label (empty, 1), ==, "4 andere partners");
  sf_test_set_language ("en");
}

/* Within a height, the lane of the partners that do not fit says how many, whole: the label
 * column has room for it ("25 other partners", not "25 other part…"). */
static void
test_others_whole (void)
{
  g_autoptr(SfTimeline) timeline = plan_timeline_new ();
  g_autofree char *others = NULL;
  SfChartRect ink, bar;
  guint lanes;

  add_many_partners (timeline);
  ink_extents (timeline, 480, 200, &ink);
  lanes = sf_timeline_get_n_lanes (timeline);
  g_assert_cmpuint (lanes, <, 30);
  others = g_strdup_printf ("%u other partners", 30 - lanes + 1);
  g_assert_cmpstr (sf_timeline_get_lane_label (timeline, lanes - 1), ==, others);
  /* A cell's bar starts a padding after the label column, whose label has a padding. */
  g_assert_true (sf_timeline_get_bar_rect (timeline, 0, 0, &bar));
  g_assert_cmpfloat (bar.x - SF_CHART_PADDING, >=,
                     sf_chart_text_width (others, SF_CHART_TEXT_SIZE, FALSE) + SF_CHART_PADDING);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  sf_test_set_language ("en");
  g_test_add_func ("/timeline/columns-and-counts", test_columns_and_counts);
  g_test_add_func ("/timeline/bars-to-scale", test_bars_to_scale);
  g_test_add_func ("/timeline/long-names-inside", test_long_names_inside);
  g_test_add_func ("/timeline/fits-box", test_fits_box);
  g_test_add_func ("/timeline/lower-height", test_lower_height);
  g_test_add_func ("/timeline/measured-then-drawn", test_measured_then_drawn);
  SF_TEST_DIR_ADD ("/timeline/pdf-dutch", test_pdf_dutch);
  g_test_add_func ("/timeline/others-whole", test_others_whole);
  return g_test_run ();
}
