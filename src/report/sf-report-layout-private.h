/* sf-report-layout-private.h: what drawing a page takes from its layout (private to src/report)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-report-layout.h"

G_BEGIN_DECLS

/* The pango layout box @box was measured with, for drawing it on @cr (a transfer: the layout
 * has it no more); NULL when the layout keeps none, @cr is not a vector surface, or this is
 * not the thread that laid the pages out. */
PangoLayout *sf_report_layout_take_text (SfReportLayout *self,
                                         guint           box,
                                         cairo_t        *cr);

G_END_DECLS
