/* sf-project-review.h: step 4's meeting: its details, who attends, the notes taken per
 * question of its agenda, and how the partners will work together
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-project.h"
#include "sf-review-attendee.h"
#include "sf-review-meeting.h"
#include "sf-review-note.h"

G_BEGIN_DECLS

typedef struct {
  const char *date;       /* "" or a date as sf_date_to_iso () reads it */
  const char *place;      /* NULL: "" */
  const char *chair_name; /* a person, found by name or added; NULL or "": no chair */
} SfReviewMeetingFields;

typedef struct {
  const char    *decision_making;  /* NULL: "" */
  const char    *input;            /* NULL: "" */
  SfArrangement  arrangement;
  const char    *arrangement_note; /* NULL: "" */
} SfReviewArrangements;

/* The project has one review meeting, made by the first change to it: the list holds it (or
 * nothing yet). Borrowed. */
GListModel      *sf_project_get_review_meetings          (SfProject                    *self);
/* The meeting, or NULL while nothing about it was set. Borrowed. */
SfReviewMeeting *sf_project_get_review_meeting           (SfProject                    *self);
gboolean         sf_project_set_review_meeting           (SfProject                    *self,
                                                          const SfReviewMeetingFields  *fields,
                                                          GError                      **error);
gboolean         sf_project_set_review_held              (SfProject                    *self,
                                                          gboolean                      held,
                                                          GError                      **error);
gboolean         sf_project_set_review_arrangements      (SfProject                    *self,
                                                          const SfReviewArrangements   *fields,
                                                          GError                      **error);

/* The partners invited, in the register's order (of SfReviewAttendee). Borrowed. */
GListModel      *sf_project_get_review_attendees         (SfProject                    *self);
/* Invites @partner_id (if not yet) with @attendance. */
gboolean         sf_project_set_review_attendance        (SfProject                    *self,
                                                          const char                   *partner_id,
                                                          SfAttendance                  attendance,
                                                          GError                      **error);
gboolean         sf_project_uninvite_review_partner      (SfProject                    *self,
                                                          const char                   *partner_id,
                                                          GError                      **error);

/* Every note, in the agenda's order and then as taken (of SfReviewNote). Borrowed. */
GListModel      *sf_project_get_review_notes             (SfProject                    *self);
/* Appends a note to @question_id (a step-4 question); returns its id. */
char            *sf_project_add_review_note              (SfProject                    *self,
                                                          const char                   *question_id,
                                                          const char                   *text,
                                                          GError                      **error);
gboolean         sf_project_update_review_note           (SfProject                    *self,
                                                          const char                   *id,
                                                          const char                   *text,
                                                          GError                      **error);
gboolean         sf_project_set_review_note_confidential (SfProject                    *self,
                                                          const char                   *id,
                                                          gboolean                      confidential,
                                                          GError                      **error);
gboolean         sf_project_remove_review_note           (SfProject                    *self,
                                                          const char                   *id,
                                                          GError                      **error);

G_END_DECLS
