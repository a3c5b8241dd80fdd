/* sf-test-report.h: a project in a temporary folder, its report built, laid out and written
 * as a PDF, for the report tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-project.h"
#include "sf-report-builder.h"
#include "sf-report-layout.h"

G_BEGIN_DECLS

/* A g_test_add () fixture: the project, and where its report's PDF goes. */
typedef struct
{
  char      *dir;
  char      *project_path;
  char      *pdf_path;
  SfProject *project;
} SfTestReport;

/* With a copy of the example project. */
void            sf_test_report_set_up_example (SfTestReport          *f,
                                               gconstpointer          data);
/* With a new, empty project. */
void            sf_test_report_set_up_empty   (SfTestReport          *f,
                                               gconstpointer          data);
void            sf_test_report_tear_down      (SfTestReport          *f,
                                               gconstpointer          data);
/* Builds, lays out and writes the report; returns the layout (with its document). */
SfReportLayout *sf_test_report_export         (SfTestReport          *f,
                                               const SfReportOptions *options);
/* Frees the layout and its document. */
void            sf_test_report_free_layout    (SfReportLayout        *layout);
/* The text of the report of @chapters, its pages checked to keep within the margins. */
char           *sf_test_report_text           (SfTestReport          *f,
                                               SfReportChapters       chapters,
                                               gboolean               names_as_roles);
/* @needles appear in @text in this order. */
void            sf_test_assert_in_order       (const char            *text,
                                               const char * const    *needles);

G_END_DECLS
