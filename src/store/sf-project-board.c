/* sf-project-board.c: step 5's board meeting and each board's support (issue 14)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A project has one board meeting, made by the first change to it in the same action, as
 * step 4's meeting. A board member is a person made for that board (name, and the function
 * as the person's role); removing the member removes that person. A board that has not
 * answered a decision has no row: "no decision yet" is the default.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sf-date.h"
#include "sf-decision.h"
#include "sf-project-board.h"
#include "sf-project-parts.h"
#include "sf-project-private.h"
#include "sf-store-error.h"
#include "sf-store-text.h"
#include "sf-store-util.h"

/* A stance that counts as the board's support. */
#define SUPPORTS_SQL "(1, 2)"

/* ---- the meeting ------------------------------------------------------------------------- */

GListModel *
sf_project_get_board_meetings (SfProject *self)
{
  g_return_val_if_fail (SF_IS_PROJECT (self), NULL);

  return sf_project_cached_list (
    self, "sf-board-meetings", SF_TYPE_BOARD_MEETING,
    "SELECT id, date, place, question, held, deck_ready FROM board_meeting "
    "ORDER BY created, rowid LIMIT 1", (const char *[]) { "board_meeting", NULL });
}

SfBoardMeeting *
sf_project_get_board_meeting (SfProject *self)
{
  return sf_store_first_item (sf_project_get_board_meetings (self));
}

typedef struct
{
  char *date;
  char *place;
  char *question;
} MeetingChange;

static gboolean
do_set_meeting (SfDb     *db,
                gpointer  data,
                GError  **error)
{
  MeetingChange *change = data;

  return sf_store_ensure_one_row (db, "board_meeting", error) &&
         sf_db_run (db, error, "UPDATE board_meeting SET date = ?1, place = ?2, question = ?3",
                    "sss", change->date, change->place, change->question);
}

gboolean
sf_project_set_board_meeting (SfProject                   *self,
                              const SfBoardMeetingFields  *fields,
                              GError                     **error)
{
  MeetingChange change = { NULL };
  gboolean ok;

  g_return_val_if_fail (SF_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (fields != NULL, FALSE);

  change.date = sf_date_to_iso (sf_store_or_empty (fields->date), error);
  if (change.date == NULL)
    return FALSE;
  change.place = sf_store_text_clean (fields->place, TRUE);
  change.question = sf_store_text_clean (fields->question, TRUE);
  ok = sf_project_run_action (self, _("Edit board meeting"), do_set_meeting, &change, error);
  g_free (change.date);
  g_free (change.place);
  g_free (change.question);
  return ok;
}

gboolean
sf_project_set_board_held (SfProject  *self,
                           gboolean    held,
                           GError    **error)
{
  g_return_val_if_fail (SF_IS_PROJECT (self), FALSE);

  return sf_project_set_one_row_flag (self, held ? _("Mark board meeting as held")
                                                 : _("Mark board meeting as not held"),
                                      "board_meeting", "held", held, error);
}

gboolean
sf_project_set_deck_ready (SfProject  *self,
                           gboolean    ready,
                           GError    **error)
{
  g_return_val_if_fail (SF_IS_PROJECT (self), FALSE);

  return sf_project_set_one_row_flag (self, ready ? _("Mark deck as ready")
                                                  : _("Mark deck as not ready"),
                                      "board_meeting", "deck_ready", ready, error);
}

/* ---- board members ----------------------------------------------------------------------- */

GListModel *
sf_project_get_board_members (SfProject *self)
{
  g_return_val_if_fail (SF_IS_PROJECT (self), NULL);

  return sf_project_cached_list (
    self, "sf-board-members", SF_TYPE_BOARD_MEMBER,
    "SELECT board_member.id, partner_id, partner.organisation, person_id, person.name, "
    "person.role, attended FROM board_member JOIN partner ON partner.id = partner_id "
    "JOIN person ON person.id = person_id "
    "ORDER BY partner.created, partner.rowid, board_member.created, board_member.rowid",
    (const char *[]) { "board_member", "partner", "person", NULL });
}

typedef struct
{
  const char *id;
  const char *partner_id;
  char       *name;
  char       *function;
  int         attendance;
} MemberChange;

static gboolean
check_member (const char    *name,
              const char    *function,
              MemberChange  *change,
              GError       **error)
{
  if (sf_store_text_is_blank (name))
    {
      g_set_error_literal (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID,
                           _("A board member needs a name."));
      return FALSE;
    }
  change->name = sf_store_text_clean (name, TRUE);
  change->function = sf_store_text_clean (function, TRUE);
  return TRUE;
}

static void
member_change_clear (MemberChange *change)
{
  g_free (change->name);
  g_free (change->function);
}

static gboolean
do_add_member (SfDb     *db,
               gpointer  data,
               GError  **error)
{
  MemberChange *change = data;
  g_autofree char *person_id = g_uuid_string_random ();
  g_autofree char *now = sf_db_now ();

  return sf_store_require_row (db, "SELECT 1 FROM partner WHERE id = ?1", change->partner_id,
                               error) &&
         sf_db_run (db, error, "INSERT INTO person (id, name, organisation, role) "
                    "SELECT ?1, ?2, organisation, ?3 FROM partner WHERE id = ?4", "ssss",
                    person_id, change->name, change->function, change->partner_id) &&
         sf_db_run (db, error, "INSERT INTO board_member (id, partner_id, person_id, created) "
                    "VALUES (?1, ?2, ?3, ?4)", "ssss", change->id, change->partner_id,
                    person_id, now);
}

char *
sf_project_add_board_member (SfProject   *self,
                             const char  *partner_id,
                             const char  *name,
                             const char  *function,
                             GError     **error)
{
  g_autofree char *id = g_uuid_string_random ();
  MemberChange change = { id, partner_id };
  gboolean ok;

  g_return_val_if_fail (SF_IS_PROJECT (self), NULL);
  g_return_val_if_fail (partner_id != NULL, NULL);

  ok = check_member (name, function, &change, error) &&
       sf_project_run_action (self, _("Add board member"), do_add_member, &change, error);
  member_change_clear (&change);
  return ok ? g_steal_pointer (&id) : NULL;
}

static gboolean
do_update_member (SfDb     *db,
                  gpointer  data,
                  GError  **error)
{
  MemberChange *change = data;

  return sf_db_run (db, error, "UPDATE person SET name = ?2, role = ?3 WHERE id = "
                    "(SELECT person_id FROM board_member WHERE id = ?1)", "sss", change->id,
                    change->name, change->function) &&
         sf_store_require_change (db, error);
}

gboolean
sf_project_update_board_member (SfProject   *self,
                                const char  *id,
                                const char  *name,
                                const char  *function,
                                GError     **error)
{
  MemberChange change = { id };
  gboolean ok;

  g_return_val_if_fail (SF_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  ok = check_member (name, function, &change, error) &&
       sf_project_run_action (self, _("Edit board member"), do_update_member, &change, error);
  member_change_clear (&change);
  return ok;
}

static gboolean
do_set_attendance (SfDb     *db,
                   gpointer  data,
                   GError  **error)
{
  MemberChange *change = data;

  return sf_db_run (db, error, "UPDATE board_member SET attended = ?2 WHERE id = ?1", "si",
                    change->id, change->attendance) &&
         sf_store_require_change (db, error);
}

gboolean
sf_project_set_board_attendance (SfProject     *self,
                                 const char    *id,
                                 SfAttendance   attendance,
                                 GError       **error)
{
  MemberChange change = { id, .attendance = (int) attendance };

  g_return_val_if_fail (SF_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (id != NULL && attendance < SF_ATTENDANCE_N_VALUES, FALSE);

  return sf_project_run_action (self, _("Edit attendance"), do_set_attendance, &change,
                                error);
}

gboolean
sf_project_remove_board_member (SfProject   *self,
                                const char  *id,
                                GError     **error)
{
  /* The person was made for this board: removing it takes the member row with it. */
  return sf_project_delete_row (self, _("Remove board member"),
                                "DELETE FROM person WHERE id = "
                                "(SELECT person_id FROM board_member WHERE id = ?1)",
                                id, error);
}

GStrv
sf_project_get_board_partners (SfProject *self)
{
  GListModel *members = sf_project_get_board_members (self);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  const char *last = NULL;

  /* The list is in the register's order, a partner's members together. */
  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(SfBoardMember) member = g_list_model_get_item (members, i);
      const char *partner = sf_board_member_get_partner_id (member);

      if (g_strcmp0 (partner, last) != 0)
        g_strv_builder_add (builder, partner);
      last = partner;
    }
  return g_strv_builder_end (builder);
}

/* ---- support ----------------------------------------------------------------------------- */

GListModel *
sf_project_get_board_supports (SfProject *self)
{
  g_return_val_if_fail (SF_IS_PROJECT (self), NULL);

  return sf_project_cached_list (
    self, "sf-board-supports", SF_TYPE_BOARD_SUPPORT,
    "SELECT id, partner_id, decision_id, stance, conditions, commitment, mandate, date "
    "FROM board_support ORDER BY created, rowid",
    (const char *[]) { "board_support", NULL });
}

SfBoardSupport *
sf_project_find_board_support (SfProject  *self,
                               const char *partner_id,
                               const char *decision_id)
{
  GListModel *supports = sf_project_get_board_supports (self);

  for (guint i = 0; i < g_list_model_get_n_items (supports); i++)
    {
      g_autoptr(SfBoardSupport) support = g_list_model_get_item (supports, i);

      if (g_strcmp0 (sf_board_support_get_partner_id (support), partner_id) == 0 &&
          g_strcmp0 (sf_board_support_get_decision_id (support), decision_id) == 0)
        return support; /* the list keeps it */
    }
  return NULL;
}

typedef struct
{
  const char *partner_id;
  const char *decision_id;
  int         stance;
  char       *conditions;
  char       *commitment;
  char       *mandate;
  char       *date;
} SupportChange;

static gboolean
do_set_support (SfDb     *db,
                gpointer  data,
                GError  **error)
{
  SupportChange *change = data;
  g_autofree char *id = g_uuid_string_random ();
  g_autofree char *now = sf_db_now ();

  return sf_store_require_row (db, "SELECT 1 FROM partner WHERE id = ?1", change->partner_id,
                               error) &&
         sf_store_require_row (db, "SELECT 1 FROM decision WHERE id = ?1", change->decision_id,
                               error) &&
         sf_db_run (db, error,
                    "INSERT INTO board_support (id, partner_id, decision_id, stance, conditions, "
                    "commitment, mandate, date, created) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
                    "?9) ON CONFLICT (partner_id, decision_id) DO UPDATE SET stance = ?4, "
                    "conditions = ?5, commitment = ?6, mandate = ?7, date = ?8", "sssisssss", id,
                    change->partner_id, change->decision_id, change->stance,
                    change->conditions, change->commitment, change->mandate, change->date, now);
}

gboolean
sf_project_set_board_support (SfProject                   *self,
                              const char                  *partner_id,
                              const char                  *decision_id,
                              const SfBoardSupportFields  *fields,
                              GError                     **error)
{
  SupportChange change = { partner_id, decision_id };
  gboolean ok;

  g_return_val_if_fail (SF_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (partner_id != NULL && decision_id != NULL, FALSE);
  g_return_val_if_fail (fields != NULL && fields->stance < SF_BOARD_STANCE_N_VALUES, FALSE);

  change.date = sf_date_to_iso (sf_store_or_empty (fields->date), error);
  if (change.date == NULL)
    return FALSE;
  change.stance = (int) fields->stance;
  change.conditions = sf_store_text_clean (fields->conditions, TRUE);
  change.commitment = sf_store_text_clean (fields->commitment, TRUE);
  change.mandate = sf_store_text_clean (fields->mandate, TRUE);
  ok = sf_project_run_action (self, _("Record support"), do_set_support, &change, error);
  g_free (change.conditions);
  g_free (change.commitment);
  g_free (change.mandate);
  g_free (change.date);
  return ok;
}

/* ---- the form of the whole --------------------------------------------------------------- */

GListModel *
sf_project_get_board_forms (SfProject *self)
{
  g_return_val_if_fail (SF_IS_PROJECT (self), NULL);

  return sf_project_cached_list (self, "sf-board-forms", SF_TYPE_BOARD_FORM,
                                 "SELECT id, partner_id, form FROM board_form ORDER BY rowid",
                                 (const char *[]) { "board_form", NULL });
}

SfBoardFormKind
sf_project_get_board_form (SfProject  *self,
                           const char *partner_id)
{
  GListModel *forms = sf_project_get_board_forms (self);

  for (guint i = 0; i < g_list_model_get_n_items (forms); i++)
    {
      g_autoptr(SfBoardForm) form = g_list_model_get_item (forms, i);

      if (g_strcmp0 (sf_board_form_get_partner_id (form), partner_id) == 0)
        return sf_board_form_get_form (form);
    }
  return SF_BOARD_FORM_NONE;
}

static gboolean
do_set_form (SfDb     *db,
             gpointer  data,
             GError  **error)
{
  SupportChange *change = data;
  g_autofree char *id = g_uuid_string_random ();

  return sf_store_require_row (db, "SELECT 1 FROM partner WHERE id = ?1", change->partner_id,
                               error) &&
         sf_db_run (db, error, "INSERT INTO board_form (id, partner_id, form) VALUES (?1, ?2, ?3) "
                    "ON CONFLICT (partner_id) DO UPDATE SET form = ?3", "ssi", id,
                    change->partner_id, change->stance);
}

gboolean
sf_project_set_board_form (SfProject        *self,
                           const char       *partner_id,
                           SfBoardFormKind   form,
                           GError          **error)
{
  SupportChange change = { partner_id, NULL, (int) form };

  g_return_val_if_fail (SF_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (partner_id != NULL && form < SF_BOARD_FORM_N_VALUES, FALSE);

  return sf_project_run_action (self, _("Edit form of support"), do_set_form, &change, error);
}

/* ---- what the boards support ------------------------------------------------------------- */

gboolean
sf_project_boards_support_decision (SfProject  *self,
                                    const char *decision_id)
{
  gboolean found = FALSE;

  g_return_val_if_fail (SF_IS_PROJECT (self), FALSE);

  return sf_store_row_exists (sf_project_get_db (self),
                              "SELECT 1 WHERE EXISTS (SELECT 1 FROM decision WHERE id = ?1) "
                              "AND EXISTS (SELECT 1 FROM board_member) AND NOT EXISTS "
                              "(SELECT 1 FROM board_member m WHERE NOT EXISTS (SELECT 1 FROM "
                              "board_support s WHERE s.partner_id = m.partner_id AND "
                              "s.decision_id = ?1 AND s.stance IN " SUPPORTS_SQL "))",
                              decision_id, NULL, &found, NULL) && found;
}

static gboolean
do_mark_taken (SfDb     *db,
               gpointer  data,
               GError  **error)
{
  return sf_db_run (db, error,
                    "UPDATE decision SET status = ?2, date = CASE WHEN date != '' THEN date "
                    "ELSE coalesce ((SELECT date FROM board_meeting ORDER BY created, rowid "
                    "LIMIT 1), '') END WHERE id = ?1", "si", (const char *) data,
                    SF_DECISION_TAKEN) &&
         sf_store_require_change (db, error);
}

gboolean
sf_project_mark_decision_taken (SfProject   *self,
                                const char  *decision_id,
                                GError     **error)
{
  g_return_val_if_fail (SF_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (decision_id != NULL, FALSE);

  if (!sf_project_boards_support_decision (self, decision_id))
    {
      g_set_error_literal (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID,
                           _("Not every board supports this decision yet."));
      return FALSE;
    }
  return sf_project_run_action (self, _("Mark decision as taken"), do_mark_taken,
                                (gpointer) decision_id, error);
}

guint
sf_project_count_supporting_boards (SfProject *self,
                                    guint     *supporting)
{
  SfDb *db = sf_project_get_db (self);

  /* The decisions put to the boards: those proposed, and those a board answered (a decision
   * marked taken stays one the boards supported). */
  *supporting = sf_store_count (
    db, "WITH put AS (SELECT id FROM decision WHERE status = 0 OR id IN "
        "(SELECT decision_id FROM board_support)), boards AS (SELECT DISTINCT partner_id "
        "FROM board_member) SELECT count (*) FROM boards b WHERE EXISTS (SELECT 1 FROM put) "
        "AND NOT EXISTS (SELECT 1 FROM put WHERE NOT EXISTS (SELECT 1 FROM board_support s "
        "WHERE s.partner_id = b.partner_id AND s.decision_id = put.id AND s.stance IN "
        SUPPORTS_SQL "))", -1);
  return sf_store_count (db, "SELECT count (DISTINCT partner_id) FROM board_member", -1);
}
