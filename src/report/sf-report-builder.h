/* sf-report-builder.h: a project's report as a document: the chapters chosen, built from what
 * the project holds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Building reads the project (on the thread that owns it) and copies everything the report
 * shows into the document, so the document can then be laid out and written on another
 * thread while the project goes on changing. Confidential text is never copied in.
 */
#pragma once

#include "sf-project.h"
#include "sf-report-document.h"

G_BEGIN_DECLS

typedef enum {
  SF_REPORT_CHAPTER_AT_A_GLANCE = 1 << 0, /* "In één oogopslag" */
  SF_REPORT_CHAPTER_STEP_1      = 1 << 1, /* partner interviews */
  SF_REPORT_CHAPTER_STEP_2      = 1 << 2, /* the session with key figures */
  SF_REPORT_CHAPTER_STEP_3      = 1 << 3, /* facts and figures */
  SF_REPORT_CHAPTER_APPENDIX    = 1 << 4, /* questions, sources, credit to the method */
  SF_REPORT_CHAPTER_STEP_4      = 1 << 5, /* the joint review: before the appendix */
  SF_REPORT_CHAPTER_STEP_5      = 1 << 6, /* presenting to the boards */
  SF_REPORT_CHAPTER_MBC         = 1 << 7, /* the societal business case: after step 4 */
  SF_REPORT_CHAPTER_ALL         = (1 << 8) - 1,
} SfReportChapters;

typedef struct {
  SfReportChapters chapters;      /* the cover and the contents are always there */
  gboolean         with_answers;  /* step 1: the interview answers (never confidential ones) */
  gboolean         names_as_roles;/* every person's name replaced by their role */
  gboolean         resident_names;/* residents by name too (sf_person_role_is_private ()) */
} SfReportOptions;

/* Every chapter, without answers; professionals by name, residents by their role. */
void              sf_report_options_init_default (SfReportOptions       *options);
/* The chapter's title as the contents and the preview's switches show it. */
const char       *sf_report_chapter_get_title    (SfReportChapters       chapter);

/* NULL with @error only when the project cannot be read. */
SfReportDocument *sf_report_build                (SfProject             *project,
                                                  const SfReportOptions *options,
                                                  GError               **error);
/* The minutes of step 5's board meeting ("Verslag bestuurdersoverleg"); of @options only how
 * people are named counts. NULL with @error only when the project cannot be read. */
SfReportDocument *sf_report_build_minutes        (SfProject             *project,
                                                  const SfReportOptions *options,
                                                  GError               **error);

G_END_DECLS
