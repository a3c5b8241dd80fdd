/* sf-review-meeting.h: step 4's meeting, where the partners review the outcomes together
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-record.h"

G_BEGIN_DECLS

/* How the partners bind their collaboration; stored as these numbers. */
typedef enum {
  SF_ARRANGEMENT_NONE_YET        = 0, /* nog niet */
  SF_ARRANGEMENT_COVENANT        = 1, /* convenant */
  SF_ARRANGEMENT_AGREEMENT       = 2, /* samenwerkingsovereenkomst */
  SF_ARRANGEMENT_LETTER_OF_INTENT = 3, /* intentieverklaring */
  SF_ARRANGEMENT_OTHER           = 4, /* anders */
  SF_ARRANGEMENT_N_FORMS
} SfArrangement;

#define SF_TYPE_REVIEW_MEETING (sf_review_meeting_get_type ())
G_DECLARE_FINAL_TYPE (SfReviewMeeting, sf_review_meeting, SF, REVIEW_MEETING, SfRecord)

/* An ISO date, or "". */
const char    *sf_review_meeting_get_date             (SfReviewMeeting *self);
const char    *sf_review_meeting_get_place            (SfReviewMeeting *self);
/* The chair, a person (NULL: none), and their name. */
const char    *sf_review_meeting_get_chair_id         (SfReviewMeeting *self);
const char    *sf_review_meeting_get_chair_name       (SfReviewMeeting *self);
gboolean       sf_review_meeting_get_held             (SfReviewMeeting *self);
/* Working together (questions 9-13): how decisions are made and recorded, how the input of
 * partners, residents and key figures is taken into account, and the arrangement. */
const char    *sf_review_meeting_get_decision_making  (SfReviewMeeting *self);
const char    *sf_review_meeting_get_input            (SfReviewMeeting *self);
SfArrangement  sf_review_meeting_get_arrangement      (SfReviewMeeting *self);
const char    *sf_review_meeting_get_arrangement_note (SfReviewMeeting *self);

G_END_DECLS
