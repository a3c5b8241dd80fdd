/* sf-project-review.c: step 4's meeting (issue 13)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A project has one review meeting: the row is made by the first change to it, in the same
 * action, so that undoing that change leaves no empty meeting behind. Notes are appended to
 * their question as step 2's statements are: capturing one is one INSERT in one action.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sf-date.h"
#include "sf-project-parts.h"
#include "sf-project-private.h"
#include "sf-project-review.h"
#include "sf-store-error.h"
#include "sf-store-text.h"
#include "sf-store-util.h"

/* ---- the meeting ------------------------------------------------------------------------- */

GListModel *
sf_project_get_review_meetings (SfProject *self)
{
  g_return_val_if_fail (SF_IS_PROJECT (self), NULL);

  return sf_project_cached_list (
    self, "sf-review-meetings", SF_TYPE_REVIEW_MEETING,
    "SELECT review_meeting.id, date, place, chair_id, coalesce (person.name, ''), held, "
    "decision_making, input, arrangement, arrangement_note FROM review_meeting "
    "LEFT JOIN person ON person.id = chair_id ORDER BY created, review_meeting.rowid LIMIT 1",
    (const char *[]) { "review_meeting", "person", NULL });
}

SfReviewMeeting *
sf_project_get_review_meeting (SfProject *self)
{
  return sf_store_first_item (sf_project_get_review_meetings (self));
}

typedef struct
{
  char *date;
  char *place;
  char *chair;
} MeetingChange;

static gboolean
do_set_meeting (SfDb     *db,
                gpointer  data,
                GError  **error)
{
  MeetingChange *change = data;
  g_autofree char *person_id = g_uuid_string_random ();

  /* The chair is a person, as step 2's facilitator: the one of that name, or a new one. */
  return sf_store_ensure_one_row (db, "review_meeting", error) &&
         (*change->chair == '\0' ||
          sf_db_run (db, error, "INSERT INTO person (id, name) SELECT ?1, ?2 "
                     "WHERE NOT EXISTS (SELECT 1 FROM person WHERE name = ?2)", "ss",
                     person_id, change->chair)) &&
         sf_db_run (db, error,
                    "UPDATE review_meeting SET date = ?1, place = ?2, chair_id = "
                    "(SELECT id FROM person WHERE ?3 != '' AND name = ?3 ORDER BY rowid LIMIT 1)",
                    "sss", change->date, change->place, change->chair);
}

gboolean
sf_project_set_review_meeting (SfProject                    *self,
                               const SfReviewMeetingFields  *fields,
                               GError                      **error)
{
  MeetingChange change = { NULL };
  gboolean ok;

  g_return_val_if_fail (SF_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (fields != NULL, FALSE);

  change.date = sf_date_to_iso (sf_store_or_empty (fields->date), error);
  if (change.date == NULL)
    return FALSE;
  change.place = sf_store_text_clean (fields->place, TRUE);
  change.chair = sf_store_text_clean (fields->chair_name, TRUE);
  ok = sf_project_run_action (self, _("Edit review meeting"), do_set_meeting, &change, error);
  g_free (change.date);
  g_free (change.place);
  g_free (change.chair);
  return ok;
}

gboolean
sf_project_set_review_held (SfProject  *self,
                            gboolean    held,
                            GError    **error)
{
  g_return_val_if_fail (SF_IS_PROJECT (self), FALSE);

  return sf_project_set_one_row_flag (self, held ? _("Mark review meeting as held")
                                                 : _("Mark review meeting as not held"),
                                      "review_meeting", "held", held, error);
}

typedef struct
{
  char *decision_making;
  char *input;
  int   arrangement;
  char *note;
} ArrangementsChange;

static gboolean
do_set_arrangements (SfDb     *db,
                     gpointer  data,
                     GError  **error)
{
  ArrangementsChange *change = data;

  return sf_store_ensure_one_row (db, "review_meeting", error) &&
         sf_db_run (db, error,
                    "UPDATE review_meeting SET decision_making = ?1, input = ?2, "
                    "arrangement = ?3, arrangement_note = ?4", "ssis", change->decision_making,
                    change->input, change->arrangement, change->note);
}

gboolean
sf_project_set_review_arrangements (SfProject                   *self,
                                    const SfReviewArrangements  *fields,
                                    GError                     **error)
{
  ArrangementsChange change;
  gboolean ok;

  g_return_val_if_fail (SF_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (fields != NULL && fields->arrangement < SF_ARRANGEMENT_N_FORMS, FALSE);

  change.decision_making = sf_store_text_clean (fields->decision_making, TRUE);
  change.input = sf_store_text_clean (fields->input, TRUE);
  change.arrangement = (int) fields->arrangement;
  change.note = sf_store_text_clean (fields->arrangement_note, TRUE);
  ok = sf_project_run_action (self, _("Edit working arrangements"), do_set_arrangements,
                              &change, error);
  g_free (change.decision_making);
  g_free (change.input);
  g_free (change.note);
  return ok;
}

/* ---- who attends ------------------------------------------------------------------------- */

GListModel *
sf_project_get_review_attendees (SfProject *self)
{
  g_return_val_if_fail (SF_IS_PROJECT (self), NULL);

  return sf_project_cached_list (
    self, "sf-review-attendees", SF_TYPE_REVIEW_ATTENDEE,
    "SELECT review_attendance.id, partner_id, partner.organisation, attended "
    "FROM review_attendance JOIN partner ON partner.id = partner_id "
    "ORDER BY partner.created, partner.rowid",
    (const char *[]) { "review_attendance", "partner", NULL });
}

typedef struct
{
  const char *partner_id;
  int         attendance;
} AttendanceChange;

static gboolean
do_set_attendance (SfDb     *db,
                   gpointer  data,
                   GError  **error)
{
  AttendanceChange *change = data;
  g_autofree char *id = g_uuid_string_random ();

  return sf_store_require_row (db, "SELECT 1 FROM partner WHERE id = ?1", change->partner_id,
                               error) &&
         sf_store_ensure_one_row (db, "review_meeting", error) &&
         sf_db_run (db, error,
                    "INSERT INTO review_attendance (id, meeting_id, partner_id, attended) "
                    "SELECT ?1, id, ?2, ?3 FROM review_meeting ORDER BY created, rowid LIMIT 1 "
                    "ON CONFLICT (meeting_id, partner_id) DO UPDATE SET attended = ?3",
                    "ssi", id, change->partner_id, change->attendance);
}

gboolean
sf_project_set_review_attendance (SfProject     *self,
                                  const char    *partner_id,
                                  SfAttendance   attendance,
                                  GError       **error)
{
  AttendanceChange change = { partner_id, (int) attendance };

  g_return_val_if_fail (SF_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (partner_id != NULL && attendance < SF_ATTENDANCE_N_VALUES, FALSE);

  return sf_project_run_action (self, _("Edit attendance"), do_set_attendance, &change,
                                error);
}

gboolean
sf_project_uninvite_review_partner (SfProject   *self,
                                    const char  *partner_id,
                                    GError     **error)
{
  g_return_val_if_fail (SF_IS_PROJECT (self), FALSE);

  return sf_project_delete_row (self, _("Edit attendance"),
                                "DELETE FROM review_attendance WHERE partner_id = ?1",
                                partner_id, error);
}

/* ---- notes per question ------------------------------------------------------------------ */

GListModel *
sf_project_get_review_notes (SfProject *self)
{
  g_return_val_if_fail (SF_IS_PROJECT (self), NULL);

  return sf_project_cached_list (
    self, "sf-review-notes", SF_TYPE_REVIEW_NOTE,
    "SELECT review_note.id, question_id, review_note.text, confidential FROM review_note "
    "LEFT JOIN question ON question.id = question_id "
    "ORDER BY question.position IS NULL, question.position, review_note.position, "
    "review_note.created, review_note.rowid",
    (const char *[]) { "review_note", "question", NULL });
}

typedef struct
{
  const char *id;
  const char *question_id;
  char       *text;
  int         confidential;
} NoteChange;

static gboolean
do_add_note (SfDb     *db,
             gpointer  data,
             GError  **error)
{
  NoteChange *change = data;
  g_autofree char *now = sf_db_now ();

  return sf_store_require_row (db, "SELECT 1 FROM question WHERE id = ?1 AND step = 4",
                               change->question_id, error) &&
         sf_store_ensure_one_row (db, "review_meeting", error) &&
         sf_db_run (db, error,
                    "INSERT INTO review_note (id, meeting_id, question_id, position, text, "
                    "created) SELECT ?1, review_meeting.id, ?2, (SELECT coalesce (max (position) "
                    "+ 1, 0) FROM review_note WHERE question_id = ?2), ?3, ?4 "
                    "FROM review_meeting ORDER BY created, rowid LIMIT 1",
                    "ssss", change->id, change->question_id, change->text, now);
}

static gboolean
check_note (const char  *text,
            GError     **error)
{
  if (!sf_store_text_is_blank (text))
    return TRUE;
  g_set_error_literal (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID,
                       _("A note cannot be empty."));
  return FALSE;
}

char *
sf_project_add_review_note (SfProject   *self,
                            const char  *question_id,
                            const char  *text,
                            GError     **error)
{
  g_autofree char *id = g_uuid_string_random ();
  NoteChange change = { id, question_id };
  gboolean ok;

  g_return_val_if_fail (SF_IS_PROJECT (self), NULL);
  g_return_val_if_fail (question_id != NULL, NULL);

  if (!check_note (text, error))
    return NULL;
  change.text = sf_store_text_clean (text, TRUE);
  ok = sf_project_run_action (self, _("Add note"), do_add_note, &change, error);
  g_free (change.text);
  return ok ? g_steal_pointer (&id) : NULL;
}

static gboolean
do_update_note (SfDb     *db,
                gpointer  data,
                GError  **error)
{
  NoteChange *change = data;

  return sf_db_run (db, error, "UPDATE review_note SET text = ?2 WHERE id = ?1", "ss",
                    change->id, change->text) &&
         sf_store_require_change (db, error);
}

gboolean
sf_project_update_review_note (SfProject   *self,
                               const char  *id,
                               const char  *text,
                               GError     **error)
{
  NoteChange change = { id };
  gboolean ok;

  g_return_val_if_fail (SF_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  if (!check_note (text, error))
    return FALSE;
  change.text = sf_store_text_clean (text, TRUE);
  ok = sf_project_run_action (self, _("Edit note"), do_update_note, &change, error);
  g_free (change.text);
  return ok;
}

static gboolean
do_set_note_confidential (SfDb     *db,
                          gpointer  data,
                          GError  **error)
{
  NoteChange *change = data;

  return sf_db_run (db, error, "UPDATE review_note SET confidential = ?2 WHERE id = ?1", "si",
                    change->id, change->confidential) &&
         sf_store_require_change (db, error);
}

gboolean
sf_project_set_review_note_confidential (SfProject   *self,
                                         const char  *id,
                                         gboolean     confidential,
                                         GError     **error)
{
  NoteChange change = { id, NULL, NULL, confidential ? 1 : 0 };

  g_return_val_if_fail (SF_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  return sf_project_run_action (self, confidential ? _("Mark note as confidential")
                                                   : _("Mark note as not confidential"),
                                do_set_note_confidential, &change, error);
}

gboolean
sf_project_remove_review_note (SfProject   *self,
                               const char  *id,
                               GError     **error)
{
  return sf_project_delete_row (self, _("Remove note"),
                                "DELETE FROM review_note WHERE id = ?1", id, error);
}
