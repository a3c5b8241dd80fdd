/* test-inventory-charts.c: the step-3 charts built from a project's figures (numbers, estimate
 * flags, unknowns, empty charts), without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "sf-project-figures.h"
#include "sf-inventory-charts.h"
#include "sf-project.h"
#include "sf-test-store.h"

typedef struct
{
  char      *dir;
  char      *path;
  SfProject *project;
  char      *flat_a;
  char      *flat_b;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = g_dir_make_tmp ("startfoto-test-XXXXXX", NULL);
  g_assert_nonnull (f->dir);
  f->path = g_build_filename (f->dir, "project.startfoto", NULL);
  f->project = sf_test_create_project (f->path);
  if (data == NULL)
    {
      f->flat_a = sf_test_add_flat (f->project, "De Hoge Wiek");
      f->flat_b = sf_test_add_flat (f->project, "Zonnehoek");
    }
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->project);
  sf_test_remove_tree (f->dir);
  g_free (f->flat_a);
  g_free (f->flat_b);
  g_free (f->dir);
  g_free (f->path);
}

/* The value of @bar in @series, checking its flags. */
static double
value (SfChart           *chart,
       guint              bar,
       guint              series,
       SfChartValueFlags  expected)
{
  SfChartValueFlags flags;
  double number;

  g_assert_true (sf_chart_get_value (chart, bar, series, &number, &flags));
  g_assert_cmpint (flags, ==, expected);
  return number;
}

static void
assert_unknown (SfChart *chart,
                guint    bar,
                guint    series)
{
  value (chart, bar, series, SF_CHART_VALUE_UNKNOWN);
}

/* Nothing entered: every chart has no bars and a text saying why. */
static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  for (guint i = 0; i < SF_INVENTORY_CHART_N; i++)
    {
      g_autoptr(SfChart) chart = sf_inventory_chart_new (f->project, i);

      g_assert_nonnull (chart);
      g_assert_cmpuint (sf_chart_get_n_bars (chart), ==, 0);
      g_assert_nonnull (sf_chart_get_title (chart));
      g_assert_nonnull (sf_chart_get_empty_text (chart));
      g_assert_cmpstr (sf_chart_get_empty_text (chart), !=, "");
    }
  /* Only a flat without residents: the care shares cannot be computed, the chart is empty. */
  sf_test_set_number (f->project, "s3q5", f->flat_a, 10, SF_ACCURACY_EXACT);
  {
    g_autoptr(SfChart) chart = sf_inventory_chart_new (f->project, SF_INVENTORY_CHART_CARE);

    g_assert_cmpuint (sf_chart_get_n_bars (chart), ==, 0);
  }
}

/* Care use per law as a share of the residents: a bar per flat, a series per law. */
static void
test_care (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(SfChart) chart = NULL;

  sf_test_set_number (f->project, "s3q1b", f->flat_a, 200, SF_ACCURACY_EXACT);
  sf_test_set_number (f->project, "s3q5", f->flat_a, 50, SF_ACCURACY_EXACT);
  sf_test_set_number (f->project, "s3q7", f->flat_a, 20, SF_ACCURACY_ESTIMATE);
  sf_test_set_number (f->project, "s3q11b", f->flat_a, 0, SF_ACCURACY_EXACT);
  /* Flat B has help figures but no residents: unknown, not a division by zero. */
  sf_test_set_number (f->project, "s3q5", f->flat_b, 12, SF_ACCURACY_EXACT);
  sf_test_set_number (f->project, "s3q1b", f->flat_b, 0, SF_ACCURACY_EXACT);

  chart = sf_inventory_chart_new (f->project, SF_INVENTORY_CHART_CARE);
  g_assert_cmpint (sf_chart_get_mode (chart), ==, SF_CHART_GROUPED);
  g_assert_cmpuint (sf_chart_get_n_series (chart), ==, 4);
  g_assert_cmpuint (sf_chart_get_n_bars (chart), ==, 2);
  g_assert_cmpstr (sf_chart_get_bar_label (chart, 0), ==, "De Hoge Wiek");
  g_assert_cmpstr (sf_chart_get_bar_label (chart, 1), ==, "Zonnehoek");
  g_assert_cmpfloat_with_epsilon (value (chart, 0, 0, SF_CHART_VALUE_EXACT), 0.25, 1e-9);
  g_assert_cmpfloat_with_epsilon (value (chart, 0, 1, SF_CHART_VALUE_ESTIMATE), 0.1, 1e-9);
  assert_unknown (chart, 0, 2); /* no Wlz figure */
  g_assert_cmpfloat (value (chart, 0, 3, SF_CHART_VALUE_EXACT), ==, 0);
  for (guint s = 0; s < 4; s++)
    assert_unknown (chart, 1, s);
  {
    g_autofree char *text = sf_chart_format_value (chart, 0.25);

    g_assert_cmpstr (text, ==, "25 %");
  }
  /* Drawn against the whole (0-100 %), not against the largest share (25 %). */
  {
    SfChartScale scale;
    SfChartRect rect;

    sf_chart_get_height (chart, 400);
    g_assert_true (sf_chart_get_scale (chart, 0, &scale));
    g_assert_cmpfloat (scale.end, ==, 1);
    g_assert_true (sf_chart_get_bar_rect (chart, 0, 0, &rect));
    g_assert_cmpfloat_with_epsilon (rect.width, scale.length / 4, 0.01);
  }
}

/* Age bands per flat, stacked; a flat with only an average age is unknown. */
static void
test_ages (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(SfChart) chart = NULL;

  sf_test_set_json (f->project, "s3q3", f->flat_a,
                    "{\"bands\": {\"<55\": 10, \"65-74\": 30, \"85+\": 5}}", SF_ACCURACY_ESTIMATE);
  sf_test_set_json (f->project, "s3q3", f->flat_b, "{\"average\": 78}", SF_ACCURACY_EXACT);
  chart = sf_inventory_chart_new (f->project, SF_INVENTORY_CHART_AGES);
  g_assert_cmpint (sf_chart_get_mode (chart), ==, SF_CHART_STACKED);
  g_assert_cmpuint (sf_chart_get_n_series (chart), ==, 5);
  g_assert_cmpuint (sf_chart_get_n_bars (chart), ==, 2);
  g_assert_cmpfloat (value (chart, 0, 0, SF_CHART_VALUE_ESTIMATE), ==, 10);
  assert_unknown (chart, 0, 1);
  g_assert_cmpfloat (value (chart, 0, 2, SF_CHART_VALUE_ESTIMATE), ==, 30);
  g_assert_cmpfloat (value (chart, 0, 4, SF_CHART_VALUE_ESTIMATE), ==, 5);
  for (guint s = 0; s < 5; s++)
    assert_unknown (chart, 1, s);
}

/* Reports by kind: the kinds of all flats as series, a bar per flat. */
static void
test_reports (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(SfChart) chart = NULL;
  g_autoptr(SfChart) police = NULL;
  g_autoptr(SfChart) many = NULL;
  g_autofree char *flat_c = sf_test_add_flat (f->project, "Derde flat");

  sf_test_set_json (f->project, "s3q12", f->flat_a,
                    "[{\"kind\": \"Overlast\", \"count\": 3}, "
                    "{\"kind\": \"Vervuiling\", \"count\": 2}]",
                    SF_ACCURACY_EXACT);
  sf_test_set_json (f->project, "s3q12", f->flat_b,
                    "[{\"kind\": \"Overlast\", \"count\": 1}, "
                    "{\"kind\": \"Geluid\", \"count\": 4}]",
                    SF_ACCURACY_AVERAGE);
  chart = sf_inventory_chart_new (f->project, SF_INVENTORY_CHART_CORPORATION_REPORTS);
  g_assert_cmpuint (sf_chart_get_n_series (chart), ==, 3);
  g_assert_cmpstr (sf_chart_get_series_name (chart, 0), ==, "Overlast");
  g_assert_cmpstr (sf_chart_get_series_name (chart, 1), ==, "Vervuiling");
  g_assert_cmpstr (sf_chart_get_series_name (chart, 2), ==, "Geluid");
  g_assert_cmpuint (sf_chart_get_n_bars (chart), ==, 3);
  g_assert_cmpfloat (value (chart, 0, 0, SF_CHART_VALUE_EXACT), ==, 3);
  g_assert_cmpfloat (value (chart, 0, 1, SF_CHART_VALUE_EXACT), ==, 2);
  g_assert_cmpfloat (value (chart, 0, 2, SF_CHART_VALUE_EXACT), ==, 0);
  g_assert_cmpfloat (value (chart, 1, 0, SF_CHART_VALUE_ESTIMATE), ==, 1);
  g_assert_cmpfloat (value (chart, 1, 2, SF_CHART_VALUE_ESTIMATE), ==, 4);
  /* The third flat has no list: unknown, not "no reports". */
  for (guint s = 0; s < 3; s++)
    assert_unknown (chart, 2, s);

  police = sf_inventory_chart_new (f->project, SF_INVENTORY_CHART_POLICE_REPORTS);
  g_assert_cmpuint (sf_chart_get_n_bars (police), ==, 0);

  /* Nine kinds: seven of them, the rest together as the eighth series. */
  sf_test_set_json (f->project, "s3q13", flat_c,
                    "[{\"kind\": \"a\", \"count\": 1}, {\"kind\": \"b\", \"count\": 1},"
                    " {\"kind\": \"c\", \"count\": 1}, {\"kind\": \"d\", \"count\": 1},"
                    " {\"kind\": \"e\", \"count\": 1}, {\"kind\": \"f\", \"count\": 1},"
                    " {\"kind\": \"g\", \"count\": 1}, {\"kind\": \"h\", \"count\": 2},"
                    " {\"kind\": \"i\", \"count\": 5}]", SF_ACCURACY_EXACT);
  many = sf_inventory_chart_new (f->project, SF_INVENTORY_CHART_POLICE_REPORTS);
  g_assert_cmpuint (sf_chart_get_n_series (many), ==, SF_CHART_MAX_SERIES);
  g_assert_cmpstr (sf_chart_get_series_name (many, 6), ==, "g");
  g_assert_cmpfloat (value (many, 2, 7, SF_CHART_VALUE_EXACT), ==, 7);
  assert_unknown (many, 0, 0);
}

/* Activities: a bar per activity, in the series of its organiser. */
static void
test_activities (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(SfChart) chart = NULL;

  sf_test_set_json (f->project, "s3q14", f->flat_a,
                    "[{\"name\": \"Koffieochtend\", \"attendance\": 12}, {\"name\": \"Bingo\"}]",
                    SF_ACCURACY_EXACT);
  sf_test_set_json (f->project, "s3q15", f->flat_b, "[{\"name\": \"Gym\", \"attendance\": 8}]",
                    SF_ACCURACY_AVERAGE);
  chart = sf_inventory_chart_new (f->project, SF_INVENTORY_CHART_ACTIVITIES);
  g_assert_cmpuint (sf_chart_get_n_series (chart), ==, 2);
  g_assert_cmpuint (sf_chart_get_n_bars (chart), ==, 3);
  g_assert_cmpstr (sf_chart_get_bar_label (chart, 0), ==, "Koffieochtend · De Hoge Wiek");
  g_assert_cmpfloat (value (chart, 0, 0, SF_CHART_VALUE_EXACT), ==, 12);
  assert_unknown (chart, 0, 1);
  /* Attendance not known: unknown in both series, drawn as such. */
  assert_unknown (chart, 1, 0);
  assert_unknown (chart, 1, 1);
  g_assert_cmpstr (sf_chart_get_bar_label (chart, 2), ==, "Gym · Zonnehoek");
  g_assert_cmpfloat (value (chart, 2, 1, SF_CHART_VALUE_ESTIMATE), ==, 8);
}

/* The flats side by side: a figure per category, a flat per series. */
static void
test_key_figures (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(SfChart) chart = NULL;

  sf_test_set_number (f->project, "s3q1a", f->flat_a, 80, SF_ACCURACY_EXACT);
  sf_test_set_number (f->project, "s3q1b", f->flat_a, 100, SF_ACCURACY_EXACT);
  sf_test_set_number (f->project, "s3q1a", f->flat_b, 40, SF_ACCURACY_ESTIMATE);
  chart = sf_inventory_chart_new (f->project, SF_INVENTORY_CHART_KEY_FIGURES);
  g_assert_cmpint (sf_chart_get_mode (chart), ==, SF_CHART_GROUPED);
  g_assert_cmpuint (sf_chart_get_n_series (chart), ==, 2);
  g_assert_cmpstr (sf_chart_get_series_name (chart, 1), ==, "Zonnehoek");
  /* Dwellings, residents, residents per dwelling; figures no flat has are left out. */
  g_assert_cmpuint (sf_chart_get_n_bars (chart), ==, 3);
  g_assert_cmpfloat (value (chart, 0, 0, SF_CHART_VALUE_EXACT), ==, 80);
  g_assert_cmpfloat (value (chart, 0, 1, SF_CHART_VALUE_ESTIMATE), ==, 40);
  g_assert_cmpfloat (value (chart, 1, 0, SF_CHART_VALUE_EXACT), ==, 100);
  assert_unknown (chart, 1, 1);
  g_assert_cmpfloat_with_epsilon (value (chart, 2, 0, SF_CHART_VALUE_EXACT), 1.25, 1e-9);
  assert_unknown (chart, 2, 1);

  /* Changing a figure changes the chart built next. */
  sf_test_set_number (f->project, "s3q1b", f->flat_b, 60, SF_ACCURACY_EXACT);
  g_clear_pointer (&chart, sf_chart_free);
  chart = sf_inventory_chart_new (f->project, SF_INVENTORY_CHART_KEY_FIGURES);
  g_assert_cmpfloat (value (chart, 1, 1, SF_CHART_VALUE_EXACT), ==, 60);
  g_assert_cmpfloat_with_epsilon (value (chart, 2, 1, SF_CHART_VALUE_ESTIMATE), 1.5, 1e-9);

  /* Each figure on a scale of its own from zero, its values written as anywhere else. */
  {
    SfChartScale dwellings, ratio;
    g_autofree char *text = sf_chart_format_value (chart, 100.0 / 80);

    sf_chart_get_height (chart, 400);
    g_assert_true (sf_chart_get_scale (chart, 0, &dwellings));
    g_assert_true (sf_chart_get_scale (chart, 2, &ratio));
    g_assert_cmpfloat (dwellings.end, ==, 80);
    g_assert_cmpfloat (ratio.end, ==, 1.5);
    g_assert_cmpstr (text, ==, "1.3");
  }
}

/* Without flats, the whole neighbourhood is the one bar. */
static void
test_neighbourhood (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(SfChart) chart = NULL;

  sf_test_set_number (f->project, "s3q1b", NULL, 400, SF_ACCURACY_EXACT);
  sf_test_set_number (f->project, "s3q8", NULL, 20, SF_ACCURACY_EXACT);
  chart = sf_inventory_chart_new (f->project, SF_INVENTORY_CHART_CARE);
  g_assert_cmpuint (sf_chart_get_n_bars (chart), ==, 1);
  g_assert_cmpstr (sf_chart_get_bar_label (chart, 0), ==, "Whole neighbourhood");
  g_assert_cmpfloat_with_epsilon (value (chart, 0, 2, SF_CHART_VALUE_EXACT), 0.05, 1e-9);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func, data) \
  g_test_add ("/inventory-charts/" path, Fixture, data, fixture_set_up, func, fixture_tear_down)
  ADD ("empty", test_empty, NULL);
  ADD ("care", test_care, NULL);
  ADD ("ages", test_ages, NULL);
  ADD ("reports", test_reports, NULL);
  ADD ("activities", test_activities, NULL);
  ADD ("key-figures", test_key_figures, NULL);
  ADD ("neighbourhood", test_neighbourhood, "no flats");
#undef ADD
  return g_test_run ();
}
