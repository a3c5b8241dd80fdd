/* sf-project-interviews.h: step 1 of a project (people, interviews, answers, key points), and
 * the key points of step 2's sessions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One header for the step; the code is in a file per job: sf-project-interviews.c (people,
 * interviews), sf-project-answers.c, sf-project-key-points.c, sf-project-key-point-sources.c
 * and sf-project-interviews-progress.c (missing roles, counts).
 *
 * Every function that changes something is one user action: one transaction, one undo step
 * (see sf-project.h). Lists are owned by the project (transfer none) and stay up to date;
 * asking for the same list again returns the same model.
 */
#pragma once

#include "sf-answer.h"
#include "sf-interview.h"
#include "sf-key-point.h"
#include "sf-person.h"
#include "sf-project.h"

G_BEGIN_DECLS

/* ---- people ---- */

/* Of SfPerson, by name (case-insensitive). */
GListModel  *sf_project_get_people              (SfProject          *self);
char        *sf_project_add_person              (SfProject          *self,
                                                 const char         *name,
                                                 const char         *organisation,
                                                 const char         *role,
                                                 GError            **error);
gboolean     sf_project_update_person           (SfProject          *self,
                                                 const char         *id,
                                                 const char         *name,
                                                 const char         *organisation,
                                                 const char         *role,
                                                 GError            **error);

/* ---- interviews: at most one per partner ---- */

/* Of SfInterview, in the order of the partner register. find_interview returns the list's
 * own object (not a new reference), or NULL. */
GListModel  *sf_project_get_interviews          (SfProject          *self);
SfInterview *sf_project_find_interview          (SfProject          *self,
                                                 const char         *partner_id);
/* Dates are read as sf_date_parse () reads them and kept as ISO 8601; one that cannot be read
 * is refused (SF_STORE_ERROR_INVALID) with the reason, unless it is the free text the
 * interview already has. An interview whose date is still to come cannot be held or worked
 * out (sf_interview_check_held ()). */
gboolean     sf_interview_check_held            (const char         *date,
                                                 SfInterviewStatus   status,
                                                 GError            **error);
/* Refuses (SF_STORE_ERROR_INVALID) a partner that already has an interview: the caller then
 * edits that one with sf_project_update_interview (). The status is "planned" when a date is
 * given, "to plan" otherwise. @interviewer_id is a person's id, or NULL. */
char        *sf_project_plan_interview          (SfProject          *self,
                                                 const char         *partner_id,
                                                 const char         *interviewer_id,
                                                 const char         *date,
                                                 const char         *place,
                                                 GError            **error);
gboolean     sf_project_update_interview        (SfProject          *self,
                                                 const char         *id,
                                                 const char         *interviewer_id,
                                                 const char         *date,
                                                 const char         *place,
                                                 SfInterviewStatus   status,
                                                 GError            **error);
gboolean     sf_project_set_interview_status    (SfProject          *self,
                                                 const char         *id,
                                                 SfInterviewStatus   status,
                                                 GError            **error);
gboolean     sf_project_set_interview_notes     (SfProject          *self,
                                                 const char         *id,
                                                 const char         *notes,
                                                 gboolean            confidential,
                                                 GError            **error);
/* Removes the interview with its answers; the partner and its key points stay. */
gboolean     sf_project_remove_interview        (SfProject          *self,
                                                 const char         *id,
                                                 GError            **error);

/* ---- answers: at most one per interview and question, created when first set ---- */

/* Of SfAnswer, in the order of the questions. find_answer returns the list's own object
 * (not a new reference), or NULL. */
GListModel  *sf_project_get_answers             (SfProject          *self,
                                                 const char         *interview_id);
SfAnswer    *sf_project_find_answer             (SfProject          *self,
                                                 const char         *interview_id,
                                                 const char         *question_id);
/* Keeps @text as it is (any length); an answer with text was asked, so it loses "not asked". */
gboolean     sf_project_set_answer              (SfProject          *self,
                                                 const char         *interview_id,
                                                 const char         *question_id,
                                                 const char         *text,
                                                 GError            **error);
gboolean     sf_project_set_answer_not_asked    (SfProject          *self,
                                                 const char         *interview_id,
                                                 const char         *question_id,
                                                 gboolean            not_asked,
                                                 GError            **error);
gboolean     sf_project_set_answer_confidential (SfProject          *self,
                                                 const char         *interview_id,
                                                 const char         *question_id,
                                                 gboolean            confidential,
                                                 GError            **error);

/* ---- key points ("de belangrijkste punten") ---- */

/* Of SfKeyPoint, in their order: a partner's (step 1) or a session's (step 2). */
GListModel  *sf_project_get_key_points          (SfProject          *self,
                                                 const char         *partner_id);
GListModel  *sf_project_get_session_key_points  (SfProject          *self,
                                                 const char         *session_id);
/* Blank text is refused (SF_STORE_ERROR_INVALID); the new point comes last. */
char        *sf_project_add_key_point           (SfProject          *self,
                                                 const char         *partner_id,
                                                 const char         *text,
                                                 GError            **error);
char        *sf_project_add_session_key_point   (SfProject          *self,
                                                 const char         *session_id,
                                                 const char         *text,
                                                 GError            **error);
gboolean     sf_project_update_key_point        (SfProject          *self,
                                                 const char         *id,
                                                 const char         *text,
                                                 GError            **error);
gboolean     sf_project_set_key_point_confidential (SfProject       *self,
                                                 const char         *id,
                                                 gboolean            confidential,
                                                 GError            **error);
/* @new_position counts from 0 among the points of the same partner or session. */
gboolean     sf_project_move_key_point          (SfProject          *self,
                                                 const char         *id,
                                                 guint               new_position,
                                                 GError            **error);
gboolean     sf_project_remove_key_point        (SfProject          *self,
                                                 const char         *id,
                                                 GError            **error);
/* Replaces the answers the point came from with @answer_ids (NULL or empty: none). */
gboolean     sf_project_set_key_point_sources   (SfProject          *self,
                                                 const char         *key_point_id,
                                                 const char * const *answer_ids,
                                                 GError            **error);
/* The answers' ids, in the order of their questions; never NULL. */
GStrv        sf_project_get_key_point_sources   (SfProject          *self,
                                                 const char         *key_point_id);
/* A session's key point: replaces the statements it came from with @statement_ids (NULL or
 * empty: none), which must be statements of the same session (else SF_STORE_ERROR_NOT_FOUND
 * and nothing changes). */
gboolean     sf_project_set_key_point_statements (SfProject         *self,
                                                 const char         *key_point_id,
                                                 const char * const *statement_ids,
                                                 GError            **error);
/* The statements' ids, in the order of their questions and as they were said; never NULL. */
GStrv        sf_project_get_key_point_statements (SfProject         *self,
                                                 const char         *key_point_id);

/* ---- where a key point came from: answers, an interview's notes, statements ---- */

/* Each kind is a column of key_point_source; the store's SQL uses these numbers. */
typedef enum {
  SF_SOURCE_ANSWER          = 0,  /* an answer of the partner's interview */
  SF_SOURCE_INTERVIEW_NOTES = 1,  /* the notes of the partner's interview (by its id) */
  SF_SOURCE_STATEMENT       = 2,  /* a statement made in the session */
} SfSourceKind;

/* Something a key point can come from, as a chooser shows it. */
typedef struct
{
  SfSourceKind  kind;
  char         *id;           /* the answer's, interview's or statement's */
  char         *heading;      /* its question, or NULL (notes; a statement without one) */
  char         *text;
  char         *speaker;      /* who made a statement, or NULL */
  gboolean      confidential;
  gboolean      chosen;       /* the key point came from it */
} SfSourceCandidate;

void         sf_source_candidate_free           (SfSourceCandidate  *candidate);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SfSourceCandidate, sf_source_candidate_free)

/* Of SfSourceCandidate (the array frees them): for a partner's key point the answers of its
 * interview that have text, in the order of the questions, then the interview's notes if
 * there are any; for a session's, its statements by question. A chosen source is listed
 * even when its text has gone. Empty for a key point that does not exist. */
GPtrArray   *sf_project_get_key_point_candidates (SfProject         *self,
                                                 const char         *key_point_id);
/* Links @key_point_id to the source (@chosen) or unlinks it; one undo step when it changes
 * something. The source must exist (SF_STORE_ERROR_NOT_FOUND). */
gboolean     sf_project_set_key_point_source    (SfProject          *self,
                                                 const char         *key_point_id,
                                                 SfSourceKind        kind,
                                                 const char         *source_id,
                                                 gboolean            chosen,
                                                 GError            **error);

/* ---- progress ---- */

/* The method's step-1 roles (translated) that no partner in the register has. */
GStrv        sf_project_missing_partner_roles   (SfProject          *self);
void         sf_project_count_interviews        (SfProject          *self,
                                                 guint  counts[SF_INTERVIEW_N_STATUSES]);
/* Answers with text. */
guint        sf_project_count_answers           (SfProject          *self);
/* Step 1: the partners' key points; step 2: the sessions'. */
guint        sf_project_count_key_points        (SfProject          *self,
                                                 guint               step);

G_END_DECLS
