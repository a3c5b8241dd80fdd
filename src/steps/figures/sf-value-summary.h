/* sf-value-summary.h: a figure's value in words, as its row on the page of step 3 sums it up
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-project-figures.h"

G_BEGIN_DECLS

/* A short summary of a structured value, e.g. "312 residents in 5 age groups"; @unit (may be
 * "") is the indicator's. NULL when @json holds nothing to summarise. */
char *sf_value_summary  (SfIndicatorType   type,
                         const char       *json,
                         const char       *unit);
/* @value (may be NULL) of @indicator in one line: "120 dwellings (estimate)", "Yes · checked",
 * "Not known yet". */
char *sf_figure_summary (SfIndicator      *indicator,
                         SfIndicatorValue *value);

G_END_DECLS
