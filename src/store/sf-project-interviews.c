/* sf-interviews.c: step 1 of a project (people, interviews, answers, key points), and the
 * key points of step 2's sessions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Checks that need the file (does the partner still exist?) run inside the action, so that
 * they see what the action changes and a refusal rolls everything back.
 *
 * Removals delete the rows that depend on the removed one themselves, children first,
 * rather than leaving them to ON DELETE CASCADE: then redo does not depend on foreign-key
 * actions while a changeset is applied. (SQLite 3.40 runs them there: a cascade would remove
 * the children before the changeset does, and its own delete of them would conflict.)
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sf-date.h"
#include "sf-project-interviews.h"
#include "sf-method.h"
#include "sf-project-private.h"
#include "sf-store-error.h"
#include "sf-store-util.h"

/* ---- helpers ---------------------------------------------------------------------------- */

/* Pasted text can hold anything; SQLite would store broken UTF-8 as it is, and every reader
 * after us would trip over it. */
static char *
clean_text (const char *text,
            gboolean    strip)
{
  char *clean = g_utf8_make_valid (sf_store_or_empty (text), -1);

  return strip ? g_strstrip (clean) : clean;
}

/* A list that is made the first time it is asked for and kept on the project (@id: bound to
 * ?1, or NULL). A list that cannot be read (a damaged file) is shown empty rather than
 * crashing its view. */
static GListModel *
project_list (SfProject          *self,
              const char         *data_key,
              GType               item_type,
              const char         *sql,
              const char * const *tables)
{
  GListModel *list = g_object_get_data (G_OBJECT (self), data_key);

  if (list == NULL)
    {
      list = sf_project_watch_or_empty (self, item_type, sql, 0, NULL, tables);
      g_object_set_data_full (G_OBJECT (self), data_key, list, g_object_unref);
    }
  return list;
}

/* One list per @ref (an interview's or partner's id, bound to ?1), kept in a table on the
 * project so that every view of the same interview shares one model. */
static GListModel *
keyed_list (SfProject          *self,
            const char         *data_key,
            GType               item_type,
            const char         *sql,
            const char * const *tables,
            const char         *ref)
{
  GHashTable *lists = g_object_get_data (G_OBJECT (self), data_key);
  GListModel *list;

  g_return_val_if_fail (ref != NULL, NULL);
  if (lists == NULL)
    {
      lists = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
      g_object_set_data_full (G_OBJECT (self), data_key, lists,
                              (GDestroyNotify) g_hash_table_unref);
    }
  list = g_hash_table_lookup (lists, ref);
  if (list == NULL)
    {
      list = sf_project_watch_or_empty (self, item_type, sql, 1, &ref, tables);
      g_hash_table_insert (lists, g_strdup (ref), list);
    }
  return list;
}

/* ---- people ----------------------------------------------------------------------------- */

typedef struct
{
  const char *id;
  const char *name;
  const char *organisation;
  const char *role;
} PersonChange;

static gboolean
check_name (const char  *name,
            GError     **error)
{
  if (!sf_store_is_blank (name))
    return TRUE;
  g_set_error_literal (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID,
                       _("A person needs a name."));
  return FALSE;
}

static gboolean
do_add_person (SfDb     *db,
               gpointer  data,
               GError  **error)
{
  PersonChange *change = data;

  return sf_db_run (db, error,
                    "INSERT INTO person (id, name, organisation, role) VALUES (?1, ?2, ?3, ?4)",
                    "ssss", change->id, change->name, change->organisation, change->role);
}

static gboolean
do_update_person (SfDb     *db,
                  gpointer  data,
                  GError  **error)
{
  PersonChange *change = data;

  return sf_db_run (db, error,
                    "UPDATE person SET name = ?2, organisation = ?3, role = ?4 WHERE id = ?1",
                    "ssss", change->id, change->name, change->organisation, change->role) &&
         sf_store_require_change (db, error);
}

GListModel *
sf_project_get_people (SfProject *self)
{
  g_return_val_if_fail (SF_IS_PROJECT (self), NULL);
  return project_list (self, "sf-people", SF_TYPE_PERSON,
                       "SELECT id, name, organisation, role FROM person "
                       "ORDER BY name COLLATE NOCASE, id",
                       (const char *[]) { "person", NULL });
}

char *
sf_project_add_person (SfProject   *self,
                       const char  *name,
                       const char  *organisation,
                       const char  *role,
                       GError     **error)
{
  g_autofree char *id = g_uuid_string_random ();
  g_autofree char *clean_name = clean_text (name, TRUE);
  g_autofree char *clean_organisation = clean_text (organisation, TRUE);
  g_autofree char *clean_role = clean_text (role, TRUE);
  PersonChange change = { id, clean_name, clean_organisation, clean_role };

  g_return_val_if_fail (SF_IS_PROJECT (self), NULL);
  if (!check_name (clean_name, error) ||
      !sf_project_run_action (self, _("Add person"), do_add_person, &change, error))
    return NULL;
  return g_steal_pointer (&id);
}

gboolean
sf_project_update_person (SfProject   *self,
                          const char  *id,
                          const char  *name,
                          const char  *organisation,
                          const char  *role,
                          GError     **error)
{
  g_autofree char *clean_name = clean_text (name, TRUE);
  g_autofree char *clean_organisation = clean_text (organisation, TRUE);
  g_autofree char *clean_role = clean_text (role, TRUE);
  PersonChange change = { id, clean_name, clean_organisation, clean_role };

  g_return_val_if_fail (SF_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);
  return check_name (clean_name, error) &&
         sf_project_run_action (self, _("Edit person"), do_update_person, &change, error);
}

/* ---- interviews ------------------------------------------------------------------------- */

typedef struct
{
  const char *id;
  const char *partner_id;
  const char *interviewer_id; /* NULL: nobody */
  const char *date;
  const char *place;
  int         status;
  const char *notes;
  int         confidential;
} InterviewChange;

static gboolean
check_interviewer (SfDb        *db,
                   const char  *person_id,
                   GError     **error)
{
  return person_id == NULL ||
         sf_store_require_row (db, "SELECT 1 FROM person WHERE id = ?1", person_id, error);
}

gboolean
sf_interview_check_held (const char         *date,
                         SfInterviewStatus   status,
                         GError            **error)
{
  g_autofree char *shown = NULL;

  if (status < SF_INTERVIEW_HELD || !sf_date_is_future (date))
    return TRUE;
  shown = sf_date_format (date, SF_DATE_LONG);
  g_set_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID,
               /* Translators: %s is the interview's date ("14 January 2027"). */
               _("The interview is planned for %s, a day still to come: it can be marked as "
                 "held from that day on. If it was held earlier, change its date."), shown);
  return FALSE;
}

static gboolean
do_plan_interview (SfDb     *db,
                   gpointer  data,
                   GError  **error)
{
  InterviewChange *change = data;
  gboolean exists = FALSE;

  if (!sf_store_require_row (db, "SELECT 1 FROM partner WHERE id = ?1", change->partner_id,
                             error) ||
      !sf_store_row_exists (db, "SELECT 1 FROM interview WHERE partner_id = ?1",
                            change->partner_id, NULL, &exists, error))
    return FALSE;
  if (exists)
    {
      g_set_error_literal (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID,
                           _("This partner already has an interview."));
      return FALSE;
    }
  return check_interviewer (db, change->interviewer_id, error) &&
         sf_db_run (db, error,
                    "INSERT INTO interview (id, partner_id, interviewer_id, date, place, status) "
                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                    "sssssi", change->id, change->partner_id, change->interviewer_id,
                    change->date, change->place, change->status);
}

static gboolean
do_update_interview (SfDb     *db,
                     gpointer  data,
                     GError  **error)
{
  InterviewChange *change = data;
  g_autofree char *date = sf_store_date_for_row (db, "SELECT 1 FROM interview "
                                                 "WHERE id = ?1 AND date = ?2",
                                                 change->id, change->date, error);

  return date != NULL &&
         sf_interview_check_held (date, change->status, error) &&
         check_interviewer (db, change->interviewer_id, error) &&
         sf_db_run (db, error,
                    "UPDATE interview SET interviewer_id = ?2, date = ?3, place = ?4, status = ?5 "
                    "WHERE id = ?1",
                    "ssssi", change->id, change->interviewer_id, date, change->place,
                    change->status) &&
         sf_store_require_change (db, error);
}

static gboolean
do_set_interview_status (SfDb     *db,
                         gpointer  data,
                         GError  **error)
{
  InterviewChange *change = data;
  g_autofree char *date = NULL;

  return sf_store_get_text (db, "SELECT date FROM interview WHERE id = ?1", change->id, &date,
                            error) &&
         sf_interview_check_held (date, change->status, error) &&
         sf_db_run (db, error, "UPDATE interview SET status = ?2 WHERE id = ?1", "si",
                    change->id, change->status) &&
         sf_store_require_change (db, error);
}

static gboolean
do_set_interview_notes (SfDb     *db,
                        gpointer  data,
                        GError  **error)
{
  InterviewChange *change = data;

  return sf_db_run (db, error,
                    "UPDATE interview SET notes = ?2, notes_confidential = ?3 WHERE id = ?1",
                    "ssi", change->id, change->notes, change->confidential) &&
         sf_store_require_change (db, error);
}

static gboolean
do_remove_interview (SfDb     *db,
                     gpointer  data,
                     GError  **error)
{
  const char *id = data;

  return sf_db_run (db, error,
                    "DELETE FROM key_point_source WHERE answer_id IN "
                    "(SELECT id FROM answer WHERE interview_id = ?1) OR interview_id = ?1",
                    "s", id) &&
         sf_db_run (db, error, "DELETE FROM answer WHERE interview_id = ?1", "s", id) &&
         sf_db_run (db, error, "DELETE FROM interview WHERE id = ?1", "s", id) &&
         sf_store_require_change (db, error);
}

GListModel *
sf_project_get_interviews (SfProject *self)
{
  g_return_val_if_fail (SF_IS_PROJECT (self), NULL);
  return project_list (self, "sf-interviews", SF_TYPE_INTERVIEW,
                       "SELECT interview.id, interview.partner_id, partner.organisation, "
                       "interview.interviewer_id, coalesce (person.name, ''), interview.date, "
                       "interview.place, interview.status, interview.notes, "
                       "interview.notes_confidential FROM interview "
                       "JOIN partner ON partner.id = interview.partner_id "
                       "LEFT JOIN person ON person.id = interview.interviewer_id "
                       "ORDER BY partner.created, partner.rowid",
                       (const char *[]) { "interview", "partner", "person", NULL });
}

SfInterview *
sf_project_find_interview (SfProject  *self,
                           const char *partner_id)
{
  GListModel *list = sf_project_get_interviews (self);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SfInterview) interview = g_list_model_get_item (list, i);

      if (g_strcmp0 (sf_interview_get_partner_id (interview), partner_id) == 0)
        return interview; /* the list keeps it alive */
    }
  return NULL;
}

char *
sf_project_plan_interview (SfProject   *self,
                           const char  *partner_id,
                           const char  *interviewer_id,
                           const char  *date,
                           const char  *place,
                           GError     **error)
{
  g_autofree char *id = g_uuid_string_random ();
  g_autofree char *clean_date = sf_date_to_iso (date, error);
  g_autofree char *clean_place = clean_text (place, TRUE);
  InterviewChange change = {
    .id = id,
    .partner_id = partner_id,
    .interviewer_id = sf_store_or_null (interviewer_id),
    .date = clean_date,
    .place = clean_place,
    .status = clean_date != NULL && *clean_date ? SF_INTERVIEW_PLANNED : SF_INTERVIEW_TO_PLAN,
  };

  g_return_val_if_fail (SF_IS_PROJECT (self), NULL);
  g_return_val_if_fail (partner_id != NULL, NULL);
  if (clean_date == NULL ||
      !sf_project_run_action (self, _("Plan interview"), do_plan_interview, &change, error))
    return NULL;
  return g_steal_pointer (&id);
}

gboolean
sf_project_update_interview (SfProject          *self,
                             const char         *id,
                             const char         *interviewer_id,
                             const char         *date,
                             const char         *place,
                             SfInterviewStatus   status,
                             GError            **error)
{
  g_autofree char *clean_date = clean_text (date, TRUE);
  g_autofree char *clean_place = clean_text (place, TRUE);
  InterviewChange change = {
    .id = id,
    .interviewer_id = sf_store_or_null (interviewer_id),
    .date = clean_date,
    .place = clean_place,
    .status = (int) status,
  };

  g_return_val_if_fail (SF_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);
  g_return_val_if_fail ((guint) status < SF_INTERVIEW_N_STATUSES, FALSE);
  return sf_project_run_action (self, _("Edit interview"), do_update_interview, &change, error);
}

gboolean
sf_project_set_interview_status (SfProject          *self,
                                 const char         *id,
                                 SfInterviewStatus   status,
                                 GError            **error)
{
  InterviewChange change = { .id = id, .status = (int) status };

  g_return_val_if_fail (SF_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);
  g_return_val_if_fail ((guint) status < SF_INTERVIEW_N_STATUSES, FALSE);
  return sf_project_run_action (self, _("Change interview status"), do_set_interview_status,
                                &change, error);
}

gboolean
sf_project_set_interview_notes (SfProject   *self,
                                const char  *id,
                                const char  *notes,
                                gboolean     confidential,
                                GError     **error)
{
  g_autofree char *clean_notes = clean_text (notes, FALSE);
  InterviewChange change = { .id = id, .notes = clean_notes, .confidential = confidential != 0 };

  g_return_val_if_fail (SF_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);
  return sf_project_run_action (self, _("Edit interview notes"), do_set_interview_notes,
                                &change, error);
}

gboolean
sf_project_remove_interview (SfProject   *self,
                             const char  *id,
                             GError     **error)
{
  g_return_val_if_fail (SF_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);
  return sf_project_run_action (self, _("Remove interview"), do_remove_interview,
                                (gpointer) id, error);
}

/* ---- answers ---------------------------------------------------------------------------- */

typedef enum {
  ANSWER_TEXT,
  ANSWER_NOT_ASKED,
  ANSWER_CONFIDENTIAL,
} AnswerField;

typedef struct
{
  AnswerField  field;
  const char  *interview_id;
  const char  *question_id;
  const char  *text;
  int          flag;
} AnswerChange;

/* Insert or update, so that the answer keeps its id (key points point to it) however often
 * it is edited. */
static gboolean
do_set_answer (SfDb     *db,
               gpointer  data,
               GError  **error)
{
  static const char * const sql[] = {
    [ANSWER_TEXT] =
      "INSERT INTO answer (id, interview_id, question_id, text) VALUES (?1, ?2, ?3, ?4) "
      "ON CONFLICT (interview_id, question_id) DO UPDATE SET text = excluded.text, "
      "not_asked = CASE WHEN ?5 THEN 0 ELSE not_asked END",
    [ANSWER_NOT_ASKED] =
      "INSERT INTO answer (id, interview_id, question_id, not_asked) VALUES (?1, ?2, ?3, ?5) "
      "ON CONFLICT (interview_id, question_id) DO UPDATE SET not_asked = excluded.not_asked",
    [ANSWER_CONFIDENTIAL] =
      "INSERT INTO answer (id, interview_id, question_id, confidential) "
      "VALUES (?1, ?2, ?3, ?5) "
      "ON CONFLICT (interview_id, question_id) DO UPDATE SET confidential = excluded.confidential",
  };
  AnswerChange *change = data;
  g_autofree char *id = g_uuid_string_random ();
  gboolean exists = FALSE;

  if (!sf_store_require_row (db, "SELECT 1 FROM interview WHERE id = ?1", change->interview_id,
                             error) ||
      !sf_store_require_row (db, "SELECT 1 FROM question WHERE id = ?1", change->question_id,
                             error))
    return FALSE;

  /* Clearing or unflagging an answer that was never given leaves no empty row behind (and,
   * changing nothing, no undo step). */
  if (!sf_store_row_exists (db,
                            "SELECT 1 FROM answer WHERE interview_id = ?1 AND question_id = ?2",
                            change->interview_id, change->question_id, &exists, error))
    return FALSE;
  if (!exists && change->flag == 0 && (change->text == NULL || *change->text == '\0'))
    return TRUE;
  return sf_db_run (db, error, sql[change->field], "ssssi", id, change->interview_id,
                    change->question_id, sf_store_or_empty (change->text), change->flag);
}

static gboolean
set_answer (SfProject     *self,
            const char    *label,
            AnswerChange  *change,
            GError       **error)
{
  g_return_val_if_fail (SF_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (change->interview_id != NULL && change->question_id != NULL, FALSE);
  return sf_project_run_action (self, label, do_set_answer, change, error);
}

GListModel *
sf_project_get_answers (SfProject  *self,
                        const char *interview_id)
{
  g_return_val_if_fail (SF_IS_PROJECT (self), NULL);
  return keyed_list (self, "sf-answers", SF_TYPE_ANSWER,
                     "SELECT answer.id, answer.interview_id, answer.question_id, answer.text, "
                     "answer.not_asked, answer.confidential FROM answer "
                     "JOIN question ON question.id = answer.question_id "
                     "WHERE answer.interview_id = ?1 "
                     "ORDER BY question.step, question.position, answer.id",
                     (const char *[]) { "answer", "question", NULL }, interview_id);
}

SfAnswer *
sf_project_find_answer (SfProject  *self,
                        const char *interview_id,
                        const char *question_id)
{
  GListModel *list = sf_project_get_answers (self, interview_id);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SfAnswer) answer = g_list_model_get_item (list, i);

      if (g_strcmp0 (sf_answer_get_question_id (answer), question_id) == 0)
        return answer; /* the list keeps it alive */
    }
  return NULL;
}

gboolean
sf_project_set_answer (SfProject   *self,
                       const char  *interview_id,
                       const char  *question_id,
                       const char  *text,
                       GError     **error)
{
  g_autofree char *clean = clean_text (text, FALSE);
  AnswerChange change = { ANSWER_TEXT, interview_id, question_id, clean,
                          !sf_store_is_blank (clean) };

  return set_answer (self, _("Edit answer"), &change, error);
}

gboolean
sf_project_set_answer_not_asked (SfProject   *self,
                                 const char  *interview_id,
                                 const char  *question_id,
                                 gboolean     not_asked,
                                 GError     **error)
{
  AnswerChange change = { ANSWER_NOT_ASKED, interview_id, question_id, NULL, not_asked != 0 };

  return set_answer (self, not_asked ? _("Mark question as not asked")
                                     : _("Mark question as asked"), &change, error);
}

gboolean
sf_project_set_answer_confidential (SfProject   *self,
                                    const char  *interview_id,
                                    const char  *question_id,
                                    gboolean     confidential,
                                    GError     **error)
{
  AnswerChange change = {
    ANSWER_CONFIDENTIAL, interview_id, question_id, NULL, confidential != 0
  };

  return set_answer (self, confidential ? _("Mark answer as confidential")
                                        : _("Mark answer as not confidential"), &change, error);
}

/* ---- key points ------------------------------------------------------------------------- */

/* What a key point came from: a partner's answers or interview notes (step 1) or its
 * session's statements (step 2). The SQL is picked from these constants, never built. */
typedef struct
{
  const char *check;  /* a row if ?1 may be a source of key point ?2 */
  const char *linked; /* the key point's links of this kind: the source's id, the link's id */
  const char *link;   /* a new link: ?1 its id, ?2 the key point, ?3 the source */
  const char *list;   /* the sources' ids, in their order */
  const char *find;   /* a row if key point ?1 is linked to source ?2 */
  const char *unlink; /* removes the link of key point ?1 to source ?2 */
} SourceKind;

static const SourceKind answer_sources = {
  "SELECT 1 FROM answer WHERE id = ?1",
  "SELECT answer_id, id FROM key_point_source WHERE key_point_id = ?1 AND answer_id IS NOT NULL",
  "INSERT INTO key_point_source (id, key_point_id, answer_id) VALUES (?1, ?2, ?3)",
  "SELECT answer.id FROM key_point_source "
  "JOIN answer ON answer.id = key_point_source.answer_id "
  "JOIN question ON question.id = answer.question_id "
  "WHERE key_point_source.key_point_id = ?1 "
  "ORDER BY question.step, question.position, answer.id",
  "SELECT 1 FROM key_point_source WHERE key_point_id = ?1 AND answer_id = ?2",
  "DELETE FROM key_point_source WHERE key_point_id = ?1 AND answer_id = ?2",
};

/* Only the notes of the interview with the key point's own partner. */
static const SourceKind notes_sources = {
  "SELECT 1 FROM interview JOIN key_point ON key_point.partner_id = interview.partner_id "
  "WHERE interview.id = ?1 AND key_point.id = ?2",
  "SELECT interview_id, id FROM key_point_source "
  "WHERE key_point_id = ?1 AND interview_id IS NOT NULL",
  "INSERT INTO key_point_source (id, key_point_id, interview_id) VALUES (?1, ?2, ?3)",
  "SELECT interview_id FROM key_point_source "
  "WHERE key_point_id = ?1 AND interview_id IS NOT NULL",
  "SELECT 1 FROM key_point_source WHERE key_point_id = ?1 AND interview_id = ?2",
  "DELETE FROM key_point_source WHERE key_point_id = ?1 AND interview_id = ?2",
};

/* Only statements made in the key point's own session. */
static const SourceKind statement_sources = {
  "SELECT 1 FROM statement JOIN key_point ON key_point.session_id = statement.session_id "
  "WHERE statement.id = ?1 AND key_point.id = ?2",
  "SELECT statement_id, id FROM key_point_source "
  "WHERE key_point_id = ?1 AND statement_id IS NOT NULL",
  "INSERT INTO key_point_source (id, key_point_id, statement_id) VALUES (?1, ?2, ?3)",
  "SELECT statement.id FROM key_point_source "
  "JOIN statement ON statement.id = key_point_source.statement_id "
  "LEFT JOIN question ON question.id = statement.question_id "
  "WHERE key_point_source.key_point_id = ?1 "
  "ORDER BY question.position, statement.position, statement.created, statement.id",
  "SELECT 1 FROM key_point_source WHERE key_point_id = ?1 AND statement_id = ?2",
  "DELETE FROM key_point_source WHERE key_point_id = ?1 AND statement_id = ?2",
};

typedef struct
{
  const char       *id;
  const char       *owner_id;   /* the partner (step 1) or session (step 2) */
  gboolean          of_session;
  const char       *text;
  int               value;      /* confidential, or the new position */
  const SourceKind *sources;    /* the kind of the new sources */
  GPtrArray        *source_ids; /* the new sources, without doubles */
} KeyPointChange;

static gboolean
check_key_point_text (const char  *text,
                      GError     **error)
{
  if (!sf_store_is_blank (text))
    return TRUE;
  g_set_error_literal (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID,
                       _("A key point cannot be empty."));
  return FALSE;
}

static gboolean
do_add_key_point (SfDb     *db,
                  gpointer  data,
                  GError  **error)
{
  KeyPointChange *change = data;

  if (change->of_session)
    return sf_store_require_row (db, "SELECT 1 FROM session WHERE id = ?1", change->owner_id,
                                 error) &&
           sf_db_run (db, error,
                      "INSERT INTO key_point (id, session_id, position, text) VALUES (?1, ?2, "
                      "(SELECT coalesce (max (position) + 1, 0) FROM key_point "
                      "WHERE session_id = ?2), ?3)",
                      "sss", change->id, change->owner_id, change->text);
  return sf_store_require_row (db, "SELECT 1 FROM partner WHERE id = ?1", change->owner_id,
                               error) &&
         sf_db_run (db, error,
                    "INSERT INTO key_point (id, partner_id, position, text) VALUES (?1, ?2, "
                    "(SELECT coalesce (max (position) + 1, 0) FROM key_point "
                    "WHERE partner_id = ?2), ?3)",
                    "sss", change->id, change->owner_id, change->text);
}

static gboolean
do_update_key_point (SfDb     *db,
                     gpointer  data,
                     GError  **error)
{
  KeyPointChange *change = data;

  return sf_db_run (db, error, "UPDATE key_point SET text = ?2 WHERE id = ?1", "ss",
                    change->id, change->text) &&
         sf_store_require_change (db, error);
}

static gboolean
do_set_key_point_confidential (SfDb     *db,
                               gpointer  data,
                               GError  **error)
{
  KeyPointChange *change = data;

  return sf_db_run (db, error, "UPDATE key_point SET confidential = ?2 WHERE id = ?1", "si",
                    change->id, change->value) &&
         sf_store_require_change (db, error);
}

/* The ids of the key points that share @id's partner or session, in their order. */
static GPtrArray *
sibling_key_points (SfDb        *db,
                    const char  *id,
                    GError     **error)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;
  int rc;

  if (!sf_store_require_row (db, "SELECT 1 FROM key_point WHERE id = ?1", id, error))
    return NULL;
  stmt = sf_db_prepare (db, "SELECT sibling.id FROM key_point AS sibling "
                        "JOIN key_point AS moved ON moved.id = ?1 "
                        "WHERE sibling.partner_id IS moved.partner_id "
                        "AND sibling.session_id IS moved.session_id "
                        "ORDER BY sibling.position, sibling.id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (ids, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sf_store_set_sqlite_error (error, sf_db_get_handle (db), rc, sf_db_get_path (db));
      return NULL;
    }
  return g_steal_pointer (&ids);
}

/* Renumbers the whole list 0, 1, 2...: only the rows whose number changes are written, so a
 * move is a small undo step, and gaps left by removals close. */
static gboolean
do_move_key_point (SfDb     *db,
                   gpointer  data,
                   GError  **error)
{
  KeyPointChange *change = data;
  g_autoptr(GPtrArray) ids = sibling_key_points (db, change->id, error);
  guint old_position, new_position;
  gpointer moved;

  if (ids == NULL)
    return FALSE;
  if (!g_ptr_array_find_with_equal_func (ids, change->id, g_str_equal, &old_position))
    return sf_store_not_found (error);
  new_position = MIN ((guint) change->value, ids->len - 1);
  moved = g_ptr_array_steal_index (ids, old_position);
  g_ptr_array_insert (ids, (int) new_position, moved);
  for (guint i = 0; i < ids->len; i++)
    if (!sf_db_run (db, error,
                    "UPDATE key_point SET position = ?2 WHERE id = ?1 AND position != ?2", "si",
                    (const char *) g_ptr_array_index (ids, i), (int) i))
      return FALSE;
  return TRUE;
}

static gboolean
do_remove_key_point (SfDb     *db,
                     gpointer  data,
                     GError  **error)
{
  KeyPointChange *change = data;

  return sf_db_run (db, error, "DELETE FROM key_point_source WHERE key_point_id = ?1", "s",
                    change->id) &&
         sf_db_run (db, error, "DELETE FROM tag WHERE key_point_id = ?1", "s", change->id) &&
         sf_db_run (db, error, "DELETE FROM key_point WHERE id = ?1", "s", change->id) &&
         sf_store_require_change (db, error);
}

/* Only the links that come or go are written: a source that stays keeps its row. */
static gboolean
do_set_key_point_sources (SfDb     *db,
                          gpointer  data,
                          GError  **error)
{
  KeyPointChange *change = data;
  const SourceKind *kind = change->sources;
  g_autoptr(GHashTable) old = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  GHashTableIter iter;
  gpointer old_source, link_id;
  sqlite3_stmt *stmt;
  int rc;

  if (!sf_store_require_row (db, "SELECT 1 FROM key_point WHERE id = ?1", change->id, error))
    return FALSE;
  for (guint i = 0; i < change->source_ids->len; i++)
    {
      gboolean found = FALSE;

      if (!sf_store_row_exists (db, kind->check, g_ptr_array_index (change->source_ids, i),
                                change->id, &found, error))
        return FALSE;
      if (!found)
        return sf_store_not_found (error);
    }

  stmt = sf_db_prepare (db, kind->linked, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, change->id, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_insert (old, g_strdup ((const char *) sqlite3_column_text (stmt, 0)),
                         g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sf_store_set_sqlite_error (error, sf_db_get_handle (db), rc, sf_db_get_path (db));
      return FALSE;
    }

  for (guint i = 0; i < change->source_ids->len; i++)
    {
      const char *id = g_ptr_array_index (change->source_ids, i);
      g_autofree char *link = NULL;

      if (g_hash_table_remove (old, id))
        continue;
      link = g_uuid_string_random ();
      if (!sf_db_run (db, error, kind->link, "sss", link, change->id, id))
        return FALSE;
    }
  g_hash_table_iter_init (&iter, old);
  while (g_hash_table_iter_next (&iter, &old_source, &link_id))
    if (!sf_db_run (db, error, "DELETE FROM key_point_source WHERE id = ?1", "s", link_id))
      return FALSE;
  return TRUE;
}

static const char * const key_point_tables[] = { "key_point", NULL };

GListModel *
sf_project_get_key_points (SfProject  *self,
                           const char *partner_id)
{
  g_return_val_if_fail (SF_IS_PROJECT (self), NULL);
  return keyed_list (self, "sf-key-points", SF_TYPE_KEY_POINT,
                     "SELECT id, partner_id, session_id, position, text, confidential "
                     "FROM key_point WHERE partner_id = ?1 "
                     "ORDER BY position, id", key_point_tables, partner_id);
}

GListModel *
sf_project_get_session_key_points (SfProject  *self,
                                   const char *session_id)
{
  g_return_val_if_fail (SF_IS_PROJECT (self), NULL);
  return keyed_list (self, "sf-session-key-points", SF_TYPE_KEY_POINT,
                     "SELECT id, partner_id, session_id, position, text, confidential "
                     "FROM key_point WHERE session_id = ?1 "
                     "ORDER BY position, id", key_point_tables, session_id);
}

static char *
add_key_point (SfProject   *self,
               const char  *owner_id,
               gboolean     of_session,
               const char  *text,
               GError     **error)
{
  g_autofree char *id = g_uuid_string_random ();
  g_autofree char *clean = clean_text (text, TRUE);
  KeyPointChange change = { .id = id, .owner_id = owner_id, .of_session = of_session,
                            .text = clean };

  g_return_val_if_fail (SF_IS_PROJECT (self), NULL);
  g_return_val_if_fail (owner_id != NULL, NULL);
  if (!check_key_point_text (clean, error) ||
      !sf_project_run_action (self, _("Add key point"), do_add_key_point, &change, error))
    return NULL;
  return g_steal_pointer (&id);
}

char *
sf_project_add_key_point (SfProject   *self,
                          const char  *partner_id,
                          const char  *text,
                          GError     **error)
{
  return add_key_point (self, partner_id, FALSE, text, error);
}

char *
sf_project_add_session_key_point (SfProject   *self,
                                  const char  *session_id,
                                  const char  *text,
                                  GError     **error)
{
  return add_key_point (self, session_id, TRUE, text, error);
}

gboolean
sf_project_update_key_point (SfProject   *self,
                             const char  *id,
                             const char  *text,
                             GError     **error)
{
  g_autofree char *clean = clean_text (text, TRUE);
  KeyPointChange change = { .id = id, .text = clean };

  g_return_val_if_fail (SF_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);
  return check_key_point_text (clean, error) &&
         sf_project_run_action (self, _("Edit key point"), do_update_key_point, &change, error);
}

gboolean
sf_project_set_key_point_confidential (SfProject   *self,
                                       const char  *id,
                                       gboolean     confidential,
                                       GError     **error)
{
  KeyPointChange change = { .id = id, .value = confidential != 0 };

  g_return_val_if_fail (SF_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);
  return sf_project_run_action (self, confidential ? _("Mark key point as confidential")
                                                   : _("Mark key point as not confidential"),
                                do_set_key_point_confidential, &change, error);
}

gboolean
sf_project_move_key_point (SfProject   *self,
                           const char  *id,
                           guint        new_position,
                           GError     **error)
{
  KeyPointChange change = { .id = id, .value = (int) MIN (new_position, (guint) G_MAXINT) };

  g_return_val_if_fail (SF_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);
  return sf_project_run_action (self, _("Move key point"), do_move_key_point, &change, error);
}

gboolean
sf_project_remove_key_point (SfProject   *self,
                             const char  *id,
                             GError     **error)
{
  KeyPointChange change = { .id = id };

  g_return_val_if_fail (SF_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);
  return sf_project_run_action (self, _("Remove key point"), do_remove_key_point, &change,
                                error);
}

static gboolean
set_sources (SfProject          *self,
             const SourceKind   *kind,
             const char         *key_point_id,
             const char * const *source_ids,
             GError            **error)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  KeyPointChange change = { .id = key_point_id, .sources = kind, .source_ids = ids };

  g_return_val_if_fail (SF_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (key_point_id != NULL, FALSE);
  for (guint i = 0; source_ids != NULL && source_ids[i] != NULL; i++)
    if (!g_ptr_array_find_with_equal_func (ids, source_ids[i], g_str_equal, NULL))
      g_ptr_array_add (ids, (gpointer) source_ids[i]);
  return sf_project_run_action (self, _("Change key point sources"), do_set_key_point_sources,
                                &change, error);
}

gboolean
sf_project_set_key_point_sources (SfProject          *self,
                                  const char         *key_point_id,
                                  const char * const *answer_ids,
                                  GError            **error)
{
  return set_sources (self, &answer_sources, key_point_id, answer_ids, error);
}

gboolean
sf_project_set_key_point_statements (SfProject          *self,
                                     const char         *key_point_id,
                                     const char * const *statement_ids,
                                     GError            **error)
{
  return set_sources (self, &statement_sources, key_point_id, statement_ids, error);
}

static GStrv
get_sources (SfProject        *self,
             const SourceKind *kind,
             const char       *key_point_id)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GError) error = NULL;
  SfDb *db;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (SF_IS_PROJECT (self), NULL);
  db = sf_project_get_db (self);
  stmt = sf_db_prepare (db, kind->list, &error);
  if (stmt == NULL)
    {
      g_warning ("Cannot read the sources of a key point: %s", error->message);
      return g_strv_builder_end (builder);
    }
  sqlite3_bind_text (stmt, 1, key_point_id, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));
  if (rc != SQLITE_DONE)
    g_warning ("Cannot read the sources of a key point: %s",
               sqlite3_errmsg (sf_db_get_handle (db)));
  sqlite3_reset (stmt);
  return g_strv_builder_end (builder);
}

GStrv
sf_project_get_key_point_sources (SfProject  *self,
                                  const char *key_point_id)
{
  return get_sources (self, &answer_sources, key_point_id);
}

GStrv
sf_project_get_key_point_statements (SfProject  *self,
                                     const char *key_point_id)
{
  return get_sources (self, &statement_sources, key_point_id);
}

/* ---- sources of any kind ---------------------------------------------------------------- */

static const SourceKind *const source_kinds[] = {
  [SF_SOURCE_ANSWER] = &answer_sources,
  [SF_SOURCE_INTERVIEW_NOTES] = &notes_sources,
  [SF_SOURCE_STATEMENT] = &statement_sources,
};

typedef struct
{
  const char   *key_point_id;
  SfSourceKind  kind;
  const char   *source_id;
  gboolean      chosen;
} SourceChange;

static gboolean
do_set_key_point_source (SfDb     *db,
                         gpointer  data,
                         GError  **error)
{
  SourceChange *change = data;
  const SourceKind *kind = source_kinds[change->kind];
  gboolean may = FALSE, linked = FALSE;
  g_autofree char *id = NULL;

  if (!sf_store_require_row (db, "SELECT 1 FROM key_point WHERE id = ?1", change->key_point_id,
                             error) ||
      !sf_store_row_exists (db, kind->check, change->source_id, change->key_point_id, &may,
                            error) ||
      !(may || sf_store_not_found (error)) ||
      !sf_store_row_exists (db, kind->find, change->key_point_id, change->source_id, &linked,
                            error))
    return FALSE;
  if (linked == change->chosen)
    return TRUE;
  if (!change->chosen)
    return sf_db_run (db, error, kind->unlink, "ss", change->key_point_id, change->source_id);
  id = g_uuid_string_random ();
  return sf_db_run (db, error, kind->link, "sss", id, change->key_point_id, change->source_id);
}

gboolean
sf_project_set_key_point_source (SfProject     *self,
                                 const char    *key_point_id,
                                 SfSourceKind   kind,
                                 const char    *source_id,
                                 gboolean       chosen,
                                 GError       **error)
{
  SourceChange change = { key_point_id, kind, source_id, chosen != 0 };

  g_return_val_if_fail (SF_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (key_point_id != NULL && source_id != NULL, FALSE);
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (source_kinds), FALSE);
  return sf_project_run_action (self, _("Change key point sources"), do_set_key_point_source,
                                &change, error);
}

void
sf_source_candidate_free (SfSourceCandidate *candidate)
{
  if (candidate == NULL)
    return;
  g_free (candidate->id);
  g_free (candidate->heading);
  g_free (candidate->text);
  g_free (candidate->speaker);
  g_free (candidate);
}

/* The question's text as the project words it (the method's, translated, or the user's). */
static char *
question_heading (SfProject  *self,
                  guint       step,
                  const char *question_id)
{
  GListModel *questions = sf_project_get_questions (self, step);

  for (guint i = 0; question_id != NULL && i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(SfQuestion) question = g_list_model_get_item (questions, i);

      if (g_strcmp0 (sf_record_get_id (SF_RECORD (question)), question_id) == 0)
        return g_strdup (sf_question_get_text (question));
    }
  return NULL;
}

/* Each row of @sql (?1: the key point): kind, id, question (or NULL), text, confidential,
 * chosen, speaker (or NULL). */
static void
add_candidates (SfProject  *self,
                GPtrArray  *candidates,
                const char *sql,
                guint       step,
                const char *key_point_id)
{
  SfDb *db = sf_project_get_db (self);
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = sf_db_prepare (db, sql, &error);
  int rc;

  if (stmt == NULL)
    {
      g_warning ("Cannot read what a key point can come from: %s", error->message);
      return;
    }
  sqlite3_bind_text (stmt, 1, key_point_id, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SfSourceCandidate *candidate = g_new0 (SfSourceCandidate, 1);

      candidate->kind = (SfSourceKind) sqlite3_column_int (stmt, 0);
      candidate->id = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      candidate->heading = question_heading (self, step,
                                             (const char *) sqlite3_column_text (stmt, 2));
      candidate->text = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      candidate->confidential = sqlite3_column_int (stmt, 4) != 0;
      candidate->chosen = sqlite3_column_int (stmt, 5) != 0;
      if (sqlite3_column_type (stmt, 6) != SQLITE_NULL)
        candidate->speaker = g_strdup ((const char *) sqlite3_column_text (stmt, 6));
      g_ptr_array_add (candidates, candidate);
    }
  if (rc != SQLITE_DONE)
    g_warning ("Cannot read what a key point can come from: %s",
               sqlite3_errmsg (sf_db_get_handle (db)));
  sqlite3_reset (stmt);
}

GPtrArray *
sf_project_get_key_point_candidates (SfProject  *self,
                                     const char *key_point_id)
{
  GPtrArray *candidates = g_ptr_array_new_with_free_func (
                            (GDestroyNotify) sf_source_candidate_free);

  g_return_val_if_fail (SF_IS_PROJECT (self), candidates);
  g_return_val_if_fail (key_point_id != NULL, candidates);
  /* A step-1 point: its partner's answers with text, then the interview's notes. */
  add_candidates (self, candidates,
                  "SELECT 0, answer.id, answer.question_id, answer.text, answer.confidential, "
                  "EXISTS (SELECT 1 FROM key_point_source WHERE key_point_id = ?1 "
                  "AND answer_id = answer.id) AS chosen, NULL FROM answer "
                  "JOIN interview ON interview.id = answer.interview_id "
                  "JOIN key_point ON key_point.partner_id = interview.partner_id "
                  "JOIN question ON question.id = answer.question_id "
                  "WHERE key_point.id = ?1 "
                  "AND (length (trim (answer.text, char (32, 9, 10, 13))) > 0 OR chosen) "
                  "ORDER BY question.step, question.position, answer.id", 1, key_point_id);
  add_candidates (self, candidates,
                  "SELECT 1, interview.id, NULL, interview.notes, interview.notes_confidential, "
                  "EXISTS (SELECT 1 FROM key_point_source WHERE key_point_id = ?1 "
                  "AND interview_id = interview.id) AS chosen, NULL FROM interview "
                  "JOIN key_point ON key_point.partner_id = interview.partner_id "
                  "WHERE key_point.id = ?1 "
                  "AND (length (trim (interview.notes, char (32, 9, 10, 13))) > 0 OR chosen)",
                  1, key_point_id);
  /* A step-2 point: its session's statements, by question. */
  add_candidates (self, candidates,
                  "SELECT 2, statement.id, statement.question_id, statement.text, "
                  "statement.confidential, EXISTS (SELECT 1 FROM key_point_source "
                  "WHERE key_point_id = ?1 AND statement_id = statement.id), person.name "
                  "FROM statement "
                  "JOIN key_point ON key_point.session_id = statement.session_id "
                  "LEFT JOIN question ON question.id = statement.question_id "
                  "LEFT JOIN participant ON participant.id = statement.participant_id "
                  "LEFT JOIN person ON person.id = participant.person_id "
                  "WHERE key_point.id = ?1 "
                  "ORDER BY question.position IS NULL, question.position, statement.position, "
                  "statement.id", 2, key_point_id);
  return candidates;
}

/* ---- progress --------------------------------------------------------------------------- */

/* By the roles' keys, never by their words: a file made in Dutch and opened in English (or
 * the reverse) has the same roles. */
GStrv
sf_project_missing_partner_roles (SfProject *self)
{
  const SfMethodStep *step = sf_method_get_step (1);
  g_autoptr(GHashTable) present = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GStrvBuilder) missing = g_strv_builder_new ();
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt;
  SfDb *db;
  int rc;

  g_return_val_if_fail (SF_IS_PROJECT (self), NULL);
  db = sf_project_get_db (self);
  stmt = sf_db_prepare (db, "SELECT DISTINCT role_key FROM partner WHERE role_key IS NOT NULL",
                        &error);
  if (stmt == NULL)
    {
      g_warning ("Cannot read the partners' roles: %s", error->message);
      return g_strv_builder_end (missing);
    }
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_add (present, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  if (rc != SQLITE_DONE)
    g_warning ("Cannot read the partners' roles: %s", sqlite3_errmsg (sf_db_get_handle (db)));
  sqlite3_reset (stmt);
  for (guint i = 0; i < sf_method_step_get_n_roles (step); i++)
    if (!g_hash_table_contains (present, sf_method_step_get_role_key (step, i)))
      g_strv_builder_add (missing, sf_method_step_get_role (step, i));
  return g_strv_builder_end (missing);
}

void
sf_project_count_interviews (SfProject *self,
                             guint      counts[SF_INTERVIEW_N_STATUSES])
{
  SfDb *db;
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_if_fail (SF_IS_PROJECT (self));
  for (guint i = 0; i < SF_INTERVIEW_N_STATUSES; i++)
    counts[i] = 0;
  db = sf_project_get_db (self);
  stmt = sf_db_prepare (db, "SELECT status, count (*) FROM interview GROUP BY status", &error);
  if (stmt == NULL)
    {
      g_warning ("Cannot count the interviews: %s", error->message);
      return;
    }
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int status = sqlite3_column_int (stmt, 0);

      if (status >= 0 && status < SF_INTERVIEW_N_STATUSES)
        counts[status] = (guint) sqlite3_column_int (stmt, 1);
    }
  if (rc != SQLITE_DONE)
    g_warning ("Cannot count the interviews: %s", sqlite3_errmsg (sf_db_get_handle (db)));
  sqlite3_reset (stmt);
}

guint
sf_project_count_answers (SfProject *self)
{
  g_return_val_if_fail (SF_IS_PROJECT (self), 0);
  /* An answer row can exist without text (only marked "not asked" or confidential). */
  return sf_store_count (sf_project_get_db (self),
                         "SELECT count (*) FROM answer "
                         "WHERE length (trim (text, char (32, 9, 10, 13))) > 0", -1);
}

guint
sf_project_count_key_points (SfProject *self,
                             guint      step)
{
  g_return_val_if_fail (SF_IS_PROJECT (self), 0);
  if (step == 1)
    return sf_store_count (sf_project_get_db (self),
                           "SELECT count (*) FROM key_point WHERE partner_id IS NOT NULL", -1);
  if (step == 2)
    return sf_store_count (sf_project_get_db (self),
                           "SELECT count (*) FROM key_point WHERE session_id IS NOT NULL", -1);
  return 0;
}
