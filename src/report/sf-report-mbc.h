/* sf-report-mbc.h: the report's chapter on the societal business case (issue 16), and what the
 * deck shares with it (private to the report)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The chapter (sf-report-mbc.c) opens with the disclaimer, then per flat its care costs,
 * effects, the concept's costs and income, the years, the chart and the sensitivity; then
 * (sf-report-mbc-notes.c) the assumptions, the effects not valued (P.M.) and where the seed
 * contradicts itself.
 */
#pragma once

#include "sf-mbc.h"
#include "sf-report-chapters.h"

G_BEGIN_DECLS

/* The disclaimer in one line, for a slide: an estimate to talk about, valuing is not funding,
 * no causality claimed, a living document. */
const char *sf_report_mbc_disclaimer_short (void);

/* The result after the years per flat, a tile each, at most @max_tiles of them; returns how
 * many flats there are. */
guint       sf_report_add_mbc_results      (SfReportContext *ctx,
                                            guint            max_tiles);

/* A parameter's value with its unit, as the report writes it ("€ 3.154", "7,5 %"). */
char       *sf_report_mbc_param_value      (SfMbcParam       param,
                                            double           value);

/* sf-report-mbc-notes.c */
void        sf_report_add_mbc_assumptions  (SfReportContext *ctx);
void        sf_report_add_mbc_pm_items     (SfReportContext *ctx);
void        sf_report_add_mbc_inconsistencies (SfReportContext *ctx);

G_END_DECLS
