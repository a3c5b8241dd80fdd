/* sf-project-answers.c: step 1's answers, one per interview and question
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Checks that need the file (does the partner still exist?) run inside the action, so that
 * they see what the action changes and a refusal rolls everything back.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sf-project-interviews.h"
#include "sf-project-interviews-private.h"
#include "sf-project-private.h"
#include "sf-store-text.h"
#include "sf-store-util.h"

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
  return sf_interviews_keyed_list (self, "sf-answers", SF_TYPE_ANSWER,
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
  g_autofree char *clean = sf_store_text_clean (text, FALSE);
  AnswerChange change = { ANSWER_TEXT, interview_id, question_id, clean,
                          !sf_store_text_is_blank (clean) };

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

