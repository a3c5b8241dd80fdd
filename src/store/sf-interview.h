/* sf-interview.h: the interview with one partner (step 1): its planning, state and notes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-record.h"

G_BEGIN_DECLS

/* Stored as these numbers: never renumber. */
typedef enum {
  SF_INTERVIEW_TO_PLAN    = 0,
  SF_INTERVIEW_PLANNED    = 1,
  SF_INTERVIEW_HELD       = 2,
  SF_INTERVIEW_WORKED_OUT = 3,
} SfInterviewStatus;

#define SF_INTERVIEW_N_STATUSES 4

#define SF_TYPE_INTERVIEW (sf_interview_get_type ())
G_DECLARE_FINAL_TYPE (SfInterview, sf_interview, SF, INTERVIEW, SfRecord)

const char        *sf_interview_status_get_label       (SfInterviewStatus status);

const char        *sf_interview_get_partner_id        (SfInterview *self);
const char        *sf_interview_get_partner_name      (SfInterview *self);
const char        *sf_interview_get_interviewer_id    (SfInterview *self);
const char        *sf_interview_get_interviewer_name  (SfInterview *self);
const char        *sf_interview_get_date              (SfInterview *self);
const char        *sf_interview_get_place             (SfInterview *self);
SfInterviewStatus  sf_interview_get_status            (SfInterview *self);
const char        *sf_interview_get_notes             (SfInterview *self);
gboolean           sf_interview_get_notes_confidential (SfInterview *self);

G_END_DECLS
