/* test-mbc-chart.c: the chart of a flat's business case (issue 16) shows each year's costs and
 * benefits in euros, the cumulative result in words, and unknown amounts as unknown
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <libintl.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "sf-mbc-chart.h"
#include "sf-test-chart.h"

static void
seed_example (SfMbcResult *result)
{
  SfMbcInput input;

  sf_mbc_input_init (&input);
  input.residents = (SfMbcAmount) { TRUE, 318 };
  sf_mbc_calculate (&input, result);
}

/* A bar per year, costs and benefits as the calculation gives them, the cumulative result in
 * the year's label (the bars cannot go below zero). */
static void
test_years (void)
{
  SfMbcResult r;
  g_autoptr(SfChart) chart = NULL;
  cairo_surface_t *surface;

  seed_example (&r);
  chart = sf_mbc_chart_new (&r, TRUE);
  g_assert_cmpstr (sf_chart_get_title (chart), ==, "Costs and benefits per year");
  g_assert_cmpuint (sf_chart_get_n_series (chart), ==, 2);
  g_assert_cmpstr (sf_chart_get_series_name (chart, SF_MBC_CHART_COSTS), ==,
                   "Costs of the concept");
  g_assert_cmpstr (sf_chart_get_series_name (chart, SF_MBC_CHART_BENEFITS), ==, "Benefits");
  g_assert_cmpuint (sf_chart_get_n_bars (chart), ==, SF_MBC_YEARS);
  /* The seed's first year is a loss: the label says so, with the minus. */
  g_assert_true (r.years[0].cumulative.known && r.years[0].cumulative.value < 0);
  for (guint y = 0; y < SF_MBC_YEARS; y++)
    {
      g_autofree char *cumulative = sf_mbc_format_amount (r.years[y].cumulative);
      g_autofree char *year = g_strdup_printf ("Year %u\n", y + 1);
      const char *label = sf_chart_get_bar_label (chart, y);
      double costs, benefits;
      SfChartValueFlags costs_flags, benefits_flags;

      g_assert_true (g_str_has_prefix (label, year));
      g_assert_nonnull (strstr (label, cumulative));
      g_assert_true (sf_chart_get_value (chart, y, SF_MBC_CHART_COSTS, &costs, &costs_flags));
      g_assert_true (sf_chart_get_value (chart, y, SF_MBC_CHART_BENEFITS, &benefits,
                                         &benefits_flags));
      g_assert_cmpfloat (costs, ==, r.years[y].costs.value);
      g_assert_cmpfloat (benefits, ==, r.years[y].benefits.value);
      g_assert_cmpint (costs_flags, ==, SF_CHART_VALUE_EXACT);
      /* The seed's clients are Rotterdam's averages, assumed for this flat. */
      g_assert_cmpint (benefits_flags, ==, SF_CHART_VALUE_ESTIMATE);
    }
  g_assert_cmpstr (strstr (sf_chart_get_bar_label (chart, 0), "cumulative -€"), !=, NULL);

  /* Drawn: the benefits grow with the ramp, so the third year's bar is the longest. */
  surface = sf_test_render_chart (chart);
  {
    SfChartRect first, third;

    g_assert_true (sf_chart_get_bar_rect (chart, 0, SF_MBC_CHART_BENEFITS, &first));
    g_assert_true (sf_chart_get_bar_rect (chart, 2, SF_MBC_CHART_BENEFITS, &third));
    g_assert_cmpfloat (third.width, >, 2 * first.width);
  }
  cairo_surface_destroy (surface);

  /* Untitled, for a page that heads it itself. */
  {
    g_autoptr(SfChart) bare = sf_mbc_chart_new (&r, FALSE);

    g_assert_null (sf_chart_get_title (bare));
    g_assert_cmpuint (sf_chart_get_n_bars (bare), ==, SF_MBC_YEARS);
  }
}

/* Amounts are written as money, whole euros grouped in thousands, also on the scale. */
static void
test_euros (void)
{
  SfMbcResult r;
  g_autoptr(SfChart) chart = NULL;
  g_autofree char *value = NULL;
  SfChartScale scale;
  cairo_surface_t *surface;

  seed_example (&r);
  chart = sf_mbc_chart_new (&r, TRUE);
  value = sf_chart_format_value (chart, 1234567.4);
  g_assert_cmpstr (value, ==, "€1,234,567");
  surface = sf_test_render_chart (chart);
  g_assert_true (sf_chart_get_scale (chart, 0, &scale));
  g_assert_cmpfloat (scale.step, ==, round (scale.step));
  g_assert_cmpfloat (scale.end, >=, r.years[2].benefits.value);
  cairo_surface_destroy (surface);
}

/* A flat with its own exact client counts: its benefits are not flagged estimates. */
static void
test_own_figures (void)
{
  SfMbcInput input;
  SfMbcResult r;
  g_autoptr(SfChart) chart = NULL;
  double value;
  SfChartValueFlags flags;

  sf_mbc_input_init (&input);
  input.residents = (SfMbcAmount) { TRUE, 120 };
  for (guint k = 0; k < SF_MBC_CARE_N; k++)
    input.clients[k] = (SfMbcAmount) { TRUE, 10 };
  sf_mbc_calculate (&input, &r);
  chart = sf_mbc_chart_new (&r, TRUE);
  g_assert_true (sf_chart_get_value (chart, 1, SF_MBC_CHART_BENEFITS, &value, &flags));
  g_assert_cmpint (flags, ==, SF_CHART_VALUE_EXACT);
  g_assert_cmpfloat (value, ==, r.years[1].benefits.value);
}

/* Without residents the benefits cannot be known: an unknown slot, never a bar of zero, and
 * the cumulative result is unknown too; the concept's costs are still shown. */
static void
test_unknown (void)
{
  SfMbcInput input;
  SfMbcResult r;
  g_autoptr(SfChart) chart = NULL;
  double value;
  SfChartValueFlags flags;
  SfChartRect rect;
  cairo_surface_t *surface;

  sf_mbc_input_init (&input);
  sf_mbc_calculate (&input, &r);
  g_assert_false (r.years[0].benefits.known);
  chart = sf_mbc_chart_new (&r, TRUE);
  g_assert_cmpuint (sf_chart_get_n_bars (chart), ==, SF_MBC_YEARS);
  g_assert_true (sf_chart_get_value (chart, 0, SF_MBC_CHART_BENEFITS, &value, &flags));
  g_assert_true (flags & SF_CHART_VALUE_UNKNOWN);
  g_assert_true (sf_chart_get_value (chart, 0, SF_MBC_CHART_COSTS, &value, &flags));
  g_assert_cmpint (flags, ==, SF_CHART_VALUE_EXACT);
  g_assert_cmpfloat (value, >, 0);
  g_assert_nonnull (strstr (sf_chart_get_bar_label (chart, 0), "cumulative unknown"));

  surface = sf_test_render_chart (chart);
  g_assert_true (sf_chart_get_bar_rect (chart, 0, SF_MBC_CHART_BENEFITS, &rect));
  g_assert_cmpfloat (rect.width, ==, 0);
  /* Where the empty slot is, "unknown" is written. */
  g_assert_cmpuint (sf_test_count_ink (surface, (int) rect.x, (int) rect.y,
                                       SF_TEST_CHART_WIDTH, (int) (rect.y + rect.height)),
                    >, 20);
  cairo_surface_destroy (surface);
}

/* A result without any known amount has no bars, and says what it misses. */
static void
test_nothing_known (void)
{
  SfMbcInput input;
  SfMbcResult r;
  g_autoptr(SfChart) chart = NULL;

  sf_mbc_input_init (&input);
  sf_mbc_calculate (&input, &r);
  for (guint y = 0; y < SF_MBC_YEARS; y++)
    r.years[y].costs = (SfMbcAmount) { FALSE, 0 };
  chart = sf_mbc_chart_new (&r, TRUE);
  g_assert_cmpuint (sf_chart_get_n_bars (chart), ==, 0);
  g_assert_cmpstr (sf_chart_get_title (chart), ==, "Costs and benefits per year");
  g_assert_nonnull (strstr (sf_chart_get_empty_text (chart), "number of residents"));
}

/* In Dutch: the years, the series and the money the Dutch way. */
static void
test_dutch (void)
{
  SfMbcResult r;
  g_autoptr(SfChart) chart = NULL;
  g_autofree char *value = NULL;
  g_autofree char *label = NULL;
  g_autofree char *series = NULL;

  g_assert_nonnull (bindtextdomain (GETTEXT_PACKAGE, g_getenv ("SF_TEST_LOCALEDIR")));
  g_assert_nonnull (bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8"));
  textdomain (GETTEXT_PACKAGE);
  g_assert_nonnull (setlocale (LC_ALL, "nl_NL.UTF-8"));
  seed_example (&r);
  chart = sf_mbc_chart_new (&r, TRUE);
  value = sf_chart_format_value (chart, 1234);
  label = g_strdup (sf_chart_get_bar_label (chart, 0));
  series = g_strdup (sf_chart_get_series_name (chart, SF_MBC_CHART_BENEFITS));
  setlocale (LC_ALL, "C.UTF-8");
  g_assert_cmpstr (value, ==, "€\u00A01.234");
  g_assert_true (g_str_has_prefix (label, "Jaar 1\ncumulatief €\u00A0-"));
  g_assert_cmpstr (series, ==, "Baten");
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/mbc-chart/years", test_years);
  g_test_add_func ("/mbc-chart/euros", test_euros);
  g_test_add_func ("/mbc-chart/own-figures", test_own_figures);
  g_test_add_func ("/mbc-chart/unknown", test_unknown);
  g_test_add_func ("/mbc-chart/nothing-known", test_nothing_known);
  /* Last: it leaves the Dutch catalogue bound. */
  g_test_add_func ("/mbc-chart/dutch", test_dutch);
  return g_test_run ();
}
