/* sf-report-step4.h: what the parts of the report's step 4 chapter and the glance share
 * (private to src/report)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-communication.h"
#include "sf-consideration.h"
#include "sf-decision.h"
#include "sf-project-preconditions.h"
#include "sf-remark.h"
#include "sf-report-chapters.h"
#include "sf-review-attendee.h"
#include "sf-review-meeting.h"

G_BEGIN_DECLS

/* The words the report uses for step 4's statuses and kinds (sf-report-step4-labels.c). */
const char *sf_report_precondition_status_label (SfPreconditionStatus  status);
const char *sf_report_choice_label              (SfChoice              choice);
const char *sf_report_decision_status_label     (SfDecisionStatus      status);
const char *sf_report_consideration_kind_label  (SfConsiderationKind   kind);
const char *sf_report_audience_label            (SfAudience            audience);
const char *sf_report_attendance_label          (SfAttendance          attendance);
const char *sf_report_arrangement_label         (SfArrangement         arrangement);
/* What a remark is about: "a key point", "a figure"... from its item's kind. */
const char *sf_report_remark_item_label         (const char           *kind);
/* When an action or a message is due: "14 januari 2027", "K1 2027", or "" for none. */
char       *sf_report_format_due                (const char           *due);

/* How @precondition stands for @flat_id (NULL: the whole project), read once per report: the
 * chapter and the glance both ask for every flat. NULL when the file cannot be read. */
const SfPreconditionState *sf_report_precondition_state (SfReportContext *ctx,
                                                         SfPrecondition  *precondition,
                                                         const char      *flat_id);

/* How a precondition stands for a flat (NULL: the whole project), as the report writes it:
 * its status, and for one step 3 suggests (no status set by hand), the figure it rests on,
 * "≈" when that is an estimate. @estimate: whether it is. */
char       *sf_report_precondition_status_text  (SfReportContext      *ctx,
                                                 SfPrecondition       *precondition,
                                                 const char           *flat_id,
                                                 const SfPreconditionState *state,
                                                 gboolean             *estimate);

/* A line in bold that says what follows (a list, a table). */
void        sf_report_add_bold                  (SfReportContext      *ctx,
                                                 const char           *text);

/* The plan's actions (all, or those open or under way) in order of when they are due, a date
 * before the end of its quarter, those without one last (of SfPlanAction). */
GPtrArray  *sf_report_plan_by_due               (SfReportContext      *ctx,
                                                 gboolean              next_only);

/* The chapter's parts in files of their own. */
void        sf_report_step4_add_preconditions   (SfReportContext      *ctx);
void        sf_report_step4_add_plan            (SfReportContext      *ctx);

G_END_DECLS
