/* sf-figure-text.h: a figure of step 3 in words ("96 woningen", "75-84: 30; 85+: 12")
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-indicator-value.h"
#include "sf-indicator.h"

G_BEGIN_DECLS

/* The value with its unit, a structured value in words, and its text after a dash; "" for
 * an empty one. Whether it is an estimate is for the caller to mark ("≈"). */
char *sf_figure_text (SfIndicator      *indicator,
                      SfIndicatorValue *value);

G_END_DECLS
