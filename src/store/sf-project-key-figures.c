/* sf-sessions.c: step 2, the key-figure session: its details, participants and statements
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Capturing a statement is the hot path of a live session: one INSERT in one action, then
 * only the lists that show statements are re-read, each with one indexed query.
 *
 * A project list takes one integer parameter. Lists per session (and per question) bind the
 * number of a row in a connection-private table that holds the ids they are about, so that
 * their SQL stays constant and every id is bound, never spliced into the text.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sf-date.h"
#include "sf-project-private.h"
#include "sf-project-key-figures.h"
#include "sf-store-error.h"
#include "sf-store-text.h"
#include "sf-store-util.h"

#define LISTS_KEY "sf-sessions-lists"

/* ---- helpers ---------------------------------------------------------------------------- */

/* The list of @type rows about @a (and @b) from @sql, which reads them as ?1 and ?2 (@b may
 * be NULL). Made once; the project owns it and keeps it up to date. */
static GListModel *
keyed_list (SfProject          *self,
            GType               type,
            const char         *sql,
            const char * const *tables,
            const char         *a,
            const char         *b)
{
  GHashTable *lists = g_object_get_data (G_OBJECT (self), LISTS_KEY);
  g_autoptr(GError) error = NULL;
  g_autofree char *key = g_strdup_printf ("%s\x1f%s\x1f%s", g_type_name (type), a,
                                          sf_store_or_empty (b));
  const char *ids[] = { a, b };
  SfRecordList *list;

  if (lists == NULL)
    {
      lists = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_object_set_data_full (G_OBJECT (self), LISTS_KEY, lists,
                              (GDestroyNotify) g_hash_table_unref);
    }
  list = g_hash_table_lookup (lists, key);
  if (list != NULL)
    return G_LIST_MODEL (list);

  list = sf_project_watch_list_for_ids (self, type, sql, 2, ids, tables, &error);
  if (list == NULL)
    {
      g_warning ("Cannot read a list of the project: %s", error->message);
      return NULL;
    }
  g_hash_table_insert (lists, g_steal_pointer (&key), list);
  return G_LIST_MODEL (list);
}

typedef struct
{
  const char         *id;
  const char         *a;
  const char         *b;
  const char         *c;
  int                 value;
  const char * const *sql; /* for do_delete () */
} Change;

/* ---- sessions --------------------------------------------------------------------------- */

GListModel *
sf_project_get_sessions (SfProject *self)
{
  g_return_val_if_fail (SF_IS_PROJECT (self), NULL);

  return sf_project_cached_list (
    self, "sf-sessions", SF_TYPE_SESSION,
    "SELECT session.id, date, place, facilitator_id, coalesce (person.name, ''), held, notes, "
    "notes_confidential FROM session LEFT JOIN person ON person.id = session.facilitator_id "
    "ORDER BY date, created, session.id",
    (const char *[]) { "session", "person", NULL });
}

/* A session whose date is still to come cannot have been held. */
static gboolean
check_held (const char  *date,
            gboolean     held,
            GError     **error)
{
  g_autofree char *shown = NULL;

  if (!held || !sf_date_is_future (date))
    return TRUE;
  shown = sf_date_format (date, SF_DATE_LONG);
  g_set_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID,
               /* Translators: %s is the session's date ("14 January 2027"). */
               _("The session is planned for %s, a day still to come: it can be marked as "
                 "held from that day on. If it was held earlier, change its date."), shown);
  return FALSE;
}

static gboolean
do_add_session (SfDb     *db,
                gpointer  data,
                GError  **error)
{
  Change *change = data;
  g_autofree char *now = sf_db_now ();

  return sf_db_run (db, error,
                    "INSERT INTO session (id, date, place, facilitator_id, created) "
                    "SELECT ?1, ?2, ?3, ?4, ?5 WHERE ?4 IS NULL "
                    "OR EXISTS (SELECT 1 FROM person WHERE id = ?4)",
                    "sssss", change->id, change->a, change->b, change->c, now) &&
         sf_store_require_change (db, error);
}

char *
sf_project_add_session (SfProject   *self,
                        const char  *date,
                        const char  *place,
                        const char  *facilitator_id,
                        GError     **error)
{
  g_autofree char *id = g_uuid_string_random ();
  g_autofree char *clean_date = sf_date_to_iso (date, error);
  g_autofree char *clean_place = sf_store_text_clean (place, TRUE);
  Change change = { id, clean_date, clean_place, sf_store_or_null (facilitator_id), 0 };

  if (clean_date == NULL ||
      !sf_project_run_action (self, _("Add session"), do_add_session, &change, error))
    return NULL;
  return g_steal_pointer (&id);
}

static gboolean
do_update_session (SfDb     *db,
                   gpointer  data,
                   GError  **error)
{
  Change *change = data;
  g_autofree char *date = sf_store_date_for_row (db, "SELECT 1 FROM session "
                                                 "WHERE id = ?1 AND date = ?2",
                                                 change->id, change->a, error);
  gboolean held = FALSE;

  return date != NULL &&
         sf_store_row_exists (db, "SELECT 1 FROM session WHERE id = ?1 AND held", change->id,
                              NULL, &held, error) &&
         check_held (date, held, error) &&
         sf_db_run (db, error,
                    "UPDATE session SET date = ?2, place = ?3, facilitator_id = ?4 "
                    "WHERE id = ?1 AND (?4 IS NULL OR EXISTS (SELECT 1 FROM person "
                    "WHERE person.id = ?4))",
                    "ssss", change->id, date, change->b, change->c) &&
         sf_store_require_change (db, error);
}

gboolean
sf_project_update_session (SfProject   *self,
                           const char  *id,
                           const char  *date,
                           const char  *place,
                           const char  *facilitator_id,
                           GError     **error)
{
  g_autofree char *clean_date = sf_store_text_clean (date, TRUE);
  g_autofree char *clean_place = sf_store_text_clean (place, TRUE);
  Change change = { id, clean_date, clean_place, sf_store_or_null (facilitator_id), 0 };

  return sf_project_run_action (self, _("Edit session"), do_update_session, &change, error);
}

static gboolean
do_set_held (SfDb     *db,
             gpointer  data,
             GError  **error)
{
  Change *change = data;
  g_autofree char *date = NULL;

  return sf_store_get_text (db, "SELECT date FROM session WHERE id = ?1", change->id, &date,
                            error) &&
         check_held (date, change->value, error) &&
         sf_db_run (db, error, "UPDATE session SET held = ?2 WHERE id = ?1", "si",
                    change->id, change->value) &&
         sf_store_require_change (db, error);
}

gboolean
sf_project_set_session_held (SfProject   *self,
                             const char  *id,
                             gboolean     held,
                             GError     **error)
{
  Change change = { id, NULL, NULL, NULL, held ? 1 : 0 };

  return sf_project_run_action (self, held ? _("Mark session as held")
                                           : _("Mark session as not held"),
                                do_set_held, &change, error);
}

static gboolean
do_set_notes (SfDb     *db,
              gpointer  data,
              GError  **error)
{
  Change *change = data;

  return sf_db_run (db, error,
                    "UPDATE session SET notes = ?2, notes_confidential = ?3 WHERE id = ?1",
                    "ssi", change->id, change->a, change->value) &&
         sf_store_require_change (db, error);
}

gboolean
sf_project_set_session_notes (SfProject   *self,
                              const char  *id,
                              const char  *notes,
                              gboolean     confidential,
                              GError     **error)
{
  Change change = { id, sf_store_or_empty (notes), NULL, NULL, confidential ? 1 : 0 };

  return sf_project_run_action (self, _("Edit session notes"), do_set_notes, &change, error);
}

/* Removing: the rows that refer to the one removed go first, by hand rather than through
 * ON DELETE CASCADE / SET NULL. A changeset lists its tables in the order they were first
 * changed and redo replays it in that order; had the cascade already removed a row, redo
 * would find it gone and fail. */
static gboolean
do_delete (SfDb     *db,
           gpointer  data,
           GError  **error)
{
  Change *change = data;
  /* change->sql is one of this file's constant lists of statements, each taking the id. */
  for (guint i = 0; change->sql[i] != NULL; i++)
    if (!sf_db_run (db, error, change->sql[i], "s", change->id))
      return FALSE;
  return sf_store_require_change (db, error);
}

static const char * const remove_session_sql[] = {
  "DELETE FROM tag WHERE statement_id IN (SELECT id FROM statement WHERE session_id = ?1) "
  "OR key_point_id IN (SELECT id FROM key_point WHERE session_id = ?1)",
  "DELETE FROM key_point_source WHERE statement_id IN "
  "(SELECT id FROM statement WHERE session_id = ?1) "
  "OR key_point_id IN (SELECT id FROM key_point WHERE session_id = ?1)",
  "DELETE FROM statement WHERE session_id = ?1",
  "DELETE FROM key_point WHERE session_id = ?1",
  "DELETE FROM participant WHERE session_id = ?1",
  "DELETE FROM session WHERE id = ?1",
  NULL
};

static const char * const remove_participant_sql[] = {
  "UPDATE statement SET participant_id = NULL WHERE participant_id = ?1",
  "DELETE FROM participant WHERE id = ?1",
  NULL
};

static const char * const remove_statement_sql[] = {
  "DELETE FROM tag WHERE statement_id = ?1",
  "DELETE FROM key_point_source WHERE statement_id = ?1",
  "DELETE FROM statement WHERE id = ?1",
  NULL
};

gboolean
sf_project_remove_session (SfProject   *self,
                           const char  *id,
                           GError     **error)
{
  Change change = { .id = id, .sql = remove_session_sql };

  /* Its participants, statements, key points and their tags go with it, all in the
   * changeset, so undo brings them back. */
  return sf_project_run_action (self, _("Remove session"), do_delete, &change, error);
}

/* ---- participants ----------------------------------------------------------------------- */

GListModel *
sf_project_get_participants (SfProject  *self,
                             const char *session_id)
{
  g_return_val_if_fail (SF_IS_PROJECT (self), NULL);
  g_return_val_if_fail (session_id != NULL, NULL);

  return keyed_list (
    self, SF_TYPE_PARTICIPANT,
    "SELECT participant.id, session_id, person_id, person.name, person.organisation, "
    "participant.role, attended, stance, stance_note FROM participant "
    "JOIN person ON person.id = participant.person_id "
    "WHERE session_id = ?1 "
    "ORDER BY person.name COLLATE NOCASE, participant.id",
    (const char *[]) { "participant", "person", NULL }, session_id, NULL);
}

typedef struct
{
  const char *id;
  const char *session_id;
  const char *person_id;
  const char *name;
  const char *organisation;
  const char *role;
} NewParticipant;

static gboolean
do_add_participant (SfDb     *db,
                    gpointer  data,
                    GError  **error)
{
  NewParticipant *p = data;
  gboolean taking_part = FALSE;

  if (!sf_store_require_row (db, "SELECT 1 FROM session WHERE id = ?1", p->session_id, error))
    return FALSE;
  if (p->name == NULL &&
      (!sf_store_require_row (db, "SELECT 1 FROM person WHERE id = ?1", p->person_id, error) ||
       !sf_store_row_exists (db,
                             "SELECT 1 FROM participant WHERE session_id = ?1 AND person_id = ?2",
                             p->session_id, p->person_id, &taking_part, error)))
    return FALSE;
  if (taking_part)
    {
      g_set_error_literal (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID,
                           _("This person already takes part in this session."));
      return FALSE;
    }
  /* The participant before the person it refers to: a changeset lists its tables in the
   * order they were first changed, and undo deletes in that order. Deleting the person
   * first would take the participant with it (ON DELETE CASCADE) and undo would fail. */
  return sf_db_exec (db, "PRAGMA defer_foreign_keys = ON", error) &&
         sf_db_run (db, error,
                    "INSERT INTO participant (id, session_id, person_id, role) "
                    "VALUES (?1, ?2, ?3, ?4)",
                    "ssss", p->id, p->session_id, p->person_id, p->role) &&
         (p->name == NULL ||
          sf_db_run (db, error,
                     "INSERT INTO person (id, name, organisation, role) VALUES (?1, ?2, ?3, ?4)",
                     "ssss", p->person_id, p->name, p->organisation, p->role));
}

char *
sf_project_add_participant (SfProject   *self,
                            const char  *session_id,
                            const char  *name,
                            const char  *organisation,
                            const char  *role,
                            GError     **error)
{
  g_autofree char *id = g_uuid_string_random ();
  g_autofree char *person_id = g_uuid_string_random ();
  g_autofree char *clean_name = sf_store_text_clean (name, TRUE);
  g_autofree char *clean_organisation = sf_store_text_clean (organisation, TRUE);
  g_autofree char *clean_role = sf_store_text_clean (role, TRUE);
  NewParticipant p = { id, session_id, person_id, clean_name, clean_organisation, clean_role };

  if (*clean_name == '\0')
    {
      g_set_error_literal (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID,
                           _("A participant needs a name."));
      return NULL;
    }
  if (!sf_project_run_action (self, _("Add participant"), do_add_participant, &p, error))
    return NULL;
  return g_steal_pointer (&id);
}

char *
sf_project_add_participant_person (SfProject   *self,
                                   const char  *session_id,
                                   const char  *person_id,
                                   const char  *role,
                                   GError     **error)
{
  g_autofree char *id = g_uuid_string_random ();
  g_autofree char *clean_role = sf_store_text_clean (role, TRUE);
  NewParticipant p = { id, session_id, person_id, NULL, NULL, clean_role };

  if (!sf_project_run_action (self, _("Add participant"), do_add_participant, &p, error))
    return NULL;
  return g_steal_pointer (&id);
}

static gboolean
do_set_role (SfDb     *db,
             gpointer  data,
             GError  **error)
{
  Change *change = data;

  return sf_db_run (db, error, "UPDATE participant SET role = ?2 WHERE id = ?1", "ss",
                    change->id, change->a) &&
         sf_store_require_change (db, error);
}

gboolean
sf_project_set_participant_role (SfProject   *self,
                                 const char  *id,
                                 const char  *role,
                                 GError     **error)
{
  g_autofree char *clean_role = sf_store_text_clean (role, TRUE);
  Change change = { id, clean_role, NULL, NULL, 0 };

  return sf_project_run_action (self, _("Change role"), do_set_role, &change, error);
}

static gboolean
do_set_attended (SfDb     *db,
                 gpointer  data,
                 GError  **error)
{
  Change *change = data;

  return sf_db_run (db, error, "UPDATE participant SET attended = ?2 WHERE id = ?1", "si",
                    change->id, change->value) &&
         sf_store_require_change (db, error);
}

gboolean
sf_project_set_participant_attended (SfProject   *self,
                                     const char  *id,
                                     gboolean     attended,
                                     GError     **error)
{
  Change change = { id, NULL, NULL, NULL, attended ? 1 : 0 };

  return sf_project_run_action (self, _("Change attendance"), do_set_attended, &change, error);
}

static gboolean
do_set_stance (SfDb     *db,
               gpointer  data,
               GError  **error)
{
  Change *change = data;

  return sf_db_run (db, error,
                    "UPDATE participant SET stance = ?2, stance_note = ?3 WHERE id = ?1", "sis",
                    change->id, change->value, change->a) &&
         sf_store_require_change (db, error);
}

gboolean
sf_project_set_participant_stance (SfProject   *self,
                                   const char  *id,
                                   SfStance     stance,
                                   const char  *note,
                                   GError     **error)
{
  g_autofree char *clean_note = sf_store_text_clean (note, TRUE);
  Change change = { id, clean_note, NULL, NULL, (int) stance };

  g_return_val_if_fail ((int) stance >= SF_STANCE_UNKNOWN && stance <= SF_STANCE_NEGATIVE,
                        FALSE);
  return sf_project_run_action (self, _("Change stance"), do_set_stance, &change, error);
}

gboolean
sf_project_remove_participant (SfProject   *self,
                               const char  *id,
                               GError     **error)
{
  Change change = { .id = id, .sql = remove_participant_sql };

  /* Their statements stay, anonymous; the person stays too, as step 1 or another session
   * may refer to them. */
  return sf_project_run_action (self, _("Remove participant"), do_delete, &change, error);
}

/* ---- statements ------------------------------------------------------------------------- */

GListModel *
sf_project_get_statements (SfProject  *self,
                           const char *session_id,
                           const char *question_id)
{
  g_return_val_if_fail (SF_IS_PROJECT (self), NULL);
  g_return_val_if_fail (session_id != NULL, NULL);

  /* The themes column is ordered in a subquery: group_concat takes no ORDER BY before
   * SQLite 3.44. */
  return keyed_list (
    self, SF_TYPE_STATEMENT,
    "SELECT statement.id, statement.session_id, statement.question_id, "
    "statement.participant_id, coalesce (person.name, ''), statement.position, statement.text, "
    "statement.confidential, statement.created, "
    "coalesce ((SELECT group_concat (name, ', ') FROM (SELECT theme.name AS name FROM tag "
    "JOIN theme ON theme.id = tag.theme_id WHERE tag.statement_id = statement.id "
    "ORDER BY theme.name_key)), '') "
    "FROM statement LEFT JOIN participant ON participant.id = statement.participant_id "
    "LEFT JOIN person ON person.id = participant.person_id "
    "WHERE statement.session_id = ?1 AND statement.question_id IS ?2 "
    "ORDER BY statement.position, statement.created, statement.id",
    (const char *[]) { "statement", "participant", "person", "tag", "theme", NULL },
    session_id, sf_store_or_null (question_id));
}

typedef struct
{
  const char *id;
  const char *session_id;
  const char *question_id;
  const char *participant_id;
  const char *text;
} NewStatement;

static gboolean
do_add_statement (SfDb     *db,
                  gpointer  data,
                  GError  **error)
{
  NewStatement *s = data;
  g_autofree char *now = sf_db_now ();

  /* Appended after that question's statements; a participant must be one of this session's.
   * The position is found through the index statement_by_question. */
  return sf_db_run (db, error,
                    "INSERT INTO statement (id, session_id, question_id, participant_id, "
                    "position, text, created) "
                    "SELECT ?1, ?2, ?3, ?4, (SELECT coalesce (max (position) + 1, 0) "
                    "FROM statement WHERE session_id = ?2 AND question_id IS ?3), ?5, ?6 "
                    "WHERE EXISTS (SELECT 1 FROM session WHERE id = ?2) "
                    "AND (?3 IS NULL OR EXISTS (SELECT 1 FROM question WHERE id = ?3)) "
                    "AND (?4 IS NULL OR EXISTS (SELECT 1 FROM participant "
                    "WHERE id = ?4 AND session_id = ?2))",
                    "ssssss", s->id, s->session_id, s->question_id, s->participant_id,
                    s->text, now) &&
         sf_store_require_change (db, error);
}

static gboolean
check_statement (const char  *text,
                 GError     **error)
{
  if (*text != '\0')
    return TRUE;
  g_set_error_literal (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID,
                       _("A statement cannot be empty."));
  return FALSE;
}

char *
sf_project_add_statement (SfProject   *self,
                          const char  *session_id,
                          const char  *question_id,
                          const char  *participant_id,
                          const char  *text,
                          GError     **error)
{
  g_autofree char *id = g_uuid_string_random ();
  g_autofree char *clean = sf_store_text_clean (text, TRUE);
  NewStatement s = { id, session_id, sf_store_or_null (question_id),
                     sf_store_or_null (participant_id), clean };

  if (!check_statement (clean, error) ||
      !sf_project_run_action (self, _("Add statement"), do_add_statement, &s, error))
    return NULL;
  return g_steal_pointer (&id);
}

static gboolean
do_update_statement (SfDb     *db,
                     gpointer  data,
                     GError  **error)
{
  Change *change = data;

  return sf_db_run (db, error, "UPDATE statement SET text = ?2 WHERE id = ?1", "ss",
                    change->id, change->a) &&
         sf_store_require_change (db, error);
}

gboolean
sf_project_update_statement (SfProject   *self,
                             const char  *id,
                             const char  *text,
                             GError     **error)
{
  g_autofree char *clean = sf_store_text_clean (text, TRUE);
  Change change = { id, clean, NULL, NULL, 0 };

  return check_statement (clean, error) &&
         sf_project_run_action (self, _("Edit statement"), do_update_statement, &change, error);
}

static gboolean
do_attribute (SfDb     *db,
              gpointer  data,
              GError  **error)
{
  Change *change = data;

  return sf_db_run (db, error,
                    "UPDATE statement SET participant_id = ?2 WHERE id = ?1 "
                    "AND (?2 IS NULL OR EXISTS (SELECT 1 FROM participant "
                    "WHERE participant.id = ?2 "
                    "AND participant.session_id = statement.session_id))",
                    "ss", change->id, change->a) &&
         sf_store_require_change (db, error);
}

gboolean
sf_project_attribute_statement (SfProject   *self,
                                const char  *id,
                                const char  *participant_id,
                                GError     **error)
{
  Change change = { id, sf_store_or_null (participant_id), NULL, NULL, 0 };

  return sf_project_run_action (self, _("Change speaker"), do_attribute, &change, error);
}

static gboolean
do_set_confidential (SfDb     *db,
                     gpointer  data,
                     GError  **error)
{
  Change *change = data;

  return sf_db_run (db, error, "UPDATE statement SET confidential = ?2 WHERE id = ?1", "si",
                    change->id, change->value) &&
         sf_store_require_change (db, error);
}

gboolean
sf_project_set_statement_confidential (SfProject   *self,
                                       const char  *id,
                                       gboolean     confidential,
                                       GError     **error)
{
  Change change = { id, NULL, NULL, NULL, confidential ? 1 : 0 };

  return sf_project_run_action (self, confidential ? _("Mark statement as confidential")
                                                   : _("Mark statement as not confidential"),
                                do_set_confidential, &change, error);
}

gboolean
sf_project_remove_statement (SfProject   *self,
                             const char  *id,
                             GError     **error)
{
  Change change = { .id = id, .sql = remove_statement_sql };

  return sf_project_run_action (self, _("Remove statement"), do_delete, &change, error);
}

/* ---- counts ----------------------------------------------------------------------------- */

guint
sf_project_count_sessions (SfProject *self)
{
  return sf_store_count (sf_project_get_db (self), "SELECT count (*) FROM session", -1);
}

guint
sf_project_count_statements (SfProject *self)
{
  return sf_store_count (sf_project_get_db (self), "SELECT count (*) FROM statement", -1);
}

/* Everyone invited to a session, whether they came or not. */
guint
sf_project_count_participants (SfProject *self)
{
  return sf_store_count (sf_project_get_db (self), "SELECT count (*) FROM participant", -1);
}

guint
sf_project_count_stances (SfProject *self,
                          SfStance   stance)
{
  return sf_store_count (sf_project_get_db (self),
                         "SELECT count (*) FROM participant WHERE stance = ?1", (int) stance);
}
