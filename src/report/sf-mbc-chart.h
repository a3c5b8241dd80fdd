/* sf-mbc-chart.h: the chart of a flat's business case: its costs against its benefits per year
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by step 4's page, the report and the deck. A bar per year with two series, the
 * concept's costs and the benefits (the effects as far as they are reached that year), in
 * euros; each year's label carries the cumulative result, which may be negative and so is
 * written rather than drawn. An unknown amount is an unknown value (an empty slot marked
 * unknown), never a zero; benefits that rest on estimated or assumed client counts are
 * flagged estimates. A result without any known amount gives a chart without bars whose
 * empty text says what is missing.
 */
#pragma once

#include "sf-chart.h"
#include "sf-mbc.h"

G_BEGIN_DECLS

enum {
  SF_MBC_CHART_COSTS,
  SF_MBC_CHART_BENEFITS,
  SF_MBC_CHART_N_SERIES
};

/* @titled: with the chart's own title (a page or report that heads it otherwise need not). */
SfChart *sf_mbc_chart_new (const SfMbcResult *result,
                           gboolean           titled);

G_END_DECLS
