/* sf-review-attendee.h: a partner invited to step 4's meeting, and whether they came
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-record.h"

G_BEGIN_DECLS

/* Stored as these numbers. */
typedef enum {
  SF_ATTENDANCE_INVITED = 0, /* uitgenodigd */
  SF_ATTENDANCE_PRESENT = 1, /* aanwezig */
  SF_ATTENDANCE_ABSENT  = 2, /* afgemeld */
  SF_ATTENDANCE_N_VALUES
} SfAttendance;

#define SF_TYPE_REVIEW_ATTENDEE (sf_review_attendee_get_type ())
G_DECLARE_FINAL_TYPE (SfReviewAttendee, sf_review_attendee, SF, REVIEW_ATTENDEE, SfRecord)

const char   *sf_review_attendee_get_partner_id   (SfReviewAttendee *self);
/* The partner's organisation. */
const char   *sf_review_attendee_get_organisation (SfReviewAttendee *self);
SfAttendance  sf_review_attendee_get_attendance   (SfReviewAttendee *self);

G_END_DECLS
