/* sf-mbc-chart.c: the chart of a flat's business case, costs against benefits per year
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sf-mbc-chart.h"

/* Whether the effects rest on client counts the flat did not give exactly. */
static gboolean
benefits_estimated (const SfMbcResult *result)
{
  for (guint i = 0; i < SF_MBC_CARE_N; i++)
    if (result->care[i].origin != SF_MBC_ORIGIN_STEP3)
      return TRUE;
  return FALSE;
}

static void
set_value (SfMbcAmount        amount,
           SfChartValueFlags  estimate,
           double            *value,
           SfChartValueFlags *flags)
{
  *value = amount.known ? amount.value : 0;
  *flags = amount.known ? estimate : SF_CHART_VALUE_UNKNOWN;
}

/* "Year 1" and under it the cumulative result, which the bars (never below zero) cannot
 * show. */
static char *
year_label (const SfMbcYear *year,
            guint            index)
{
  g_autofree char *cumulative = sf_mbc_format_amount (year->cumulative);

  /* Translators: a year of the business case in its chart, and the cumulative result up to
   * it (an amount of money or "unknown") */
  return g_strdup_printf (_("Year %u\ncumulative %s"), index + 1, cumulative);
}

SfChart *
sf_mbc_chart_new (const SfMbcResult *result,
                  gboolean           titled)
{
  const char *names[SF_MBC_CHART_N_SERIES] = {
    _("Costs of the concept"), _("Benefits"),
  };
  SfChartValueFlags estimate = benefits_estimated (result)
                                 ? SF_CHART_VALUE_ESTIMATE : SF_CHART_VALUE_EXACT;
  SfChart *chart = sf_chart_new (titled ? _("Costs and benefits per year") : NULL);
  g_autofree char *missing = sf_mbc_describe_missing (result->missing);
  g_autofree char *empty = NULL;
  gboolean any = FALSE;

  sf_chart_set_series (chart, SF_MBC_CHART_N_SERIES, names);
  sf_chart_set_mode (chart, SF_CHART_GROUPED);
  sf_chart_set_format (chart, SF_CHART_FORMAT_EURO);
  for (guint y = 0; y < SF_MBC_YEARS; y++)
    {
      const SfMbcYear *year = &result->years[y];
      double values[SF_MBC_CHART_N_SERIES];
      SfChartValueFlags flags[SF_MBC_CHART_N_SERIES];
      g_autofree char *label = year_label (year, y);

      set_value (year->costs, SF_CHART_VALUE_EXACT, &values[SF_MBC_CHART_COSTS],
                 &flags[SF_MBC_CHART_COSTS]);
      set_value (year->benefits, estimate, &values[SF_MBC_CHART_BENEFITS],
                 &flags[SF_MBC_CHART_BENEFITS]);
      any = any || year->costs.known || year->benefits.known;
      sf_chart_add_bar_full (chart, label, values, flags);
    }
  if (any)
    return chart;

  /* Bars of unknowns alone would say nothing: the title and what is missing. */
  sf_chart_free (chart);
  chart = sf_chart_new (titled ? _("Costs and benefits per year") : NULL);
  /* Translators: %s is what the business case misses, e.g. "the number of residents" */
  empty = missing ? g_strdup_printf (_("Unknown: %s is missing"), missing)
                  : g_strdup (_("Unknown"));
  sf_chart_set_empty_text (chart, empty);
  return chart;
}
