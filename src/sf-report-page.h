/* sf-report-page.h: one page of a laid-out report on screen, as paper, drawn when seen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sf-report-layout.h"

G_BEGIN_DECLS

/* A built document and its layout, shared by the preview's pages and a print job, so that
 * either may outlive a rebuild of the other. */
typedef struct _SfReportPages SfReportPages;

/* Takes @doc. */
SfReportPages  *sf_report_pages_new        (SfReportDocument        *doc,
                                            const SfReportPageSetup *setup);
SfReportPages  *sf_report_pages_ref        (SfReportPages           *pages);
void            sf_report_pages_unref      (SfReportPages           *pages);
SfReportLayout *sf_report_pages_get_layout (SfReportPages           *pages);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SfReportPages, sf_report_pages_unref)

#define SF_TYPE_REPORT_PAGE (sf_report_page_get_type ())
G_DECLARE_FINAL_TYPE (SfReportPage, sf_report_page, SF, REPORT_PAGE, GtkWidget)

GtkWidget *sf_report_page_new        (SfReportPages *pages,
                                      guint          page);
guint      sf_report_page_get_number (SfReportPage  *self);
/* Screen pixels per point. */
void       sf_report_page_set_zoom   (SfReportPage  *self,
                                      double         zoom);
/* While held, the page shows blank paper instead of drawing (see sf-report-window.c). */
void       sf_report_page_set_held   (SfReportPage  *self,
                                      gboolean       held);
/* Whether it is (nearly) in view in its scrolled window but shows blank paper yet. */
gboolean   sf_report_page_wants_draw (SfReportPage  *self);

G_END_DECLS
