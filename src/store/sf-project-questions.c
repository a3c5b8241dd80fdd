/* sf-project-questions.c: each step's list of questions: the method's, reworded, reordered
 * or hidden, and the project's own
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The method's questions are never removed, so that they can always be restored; a standard
 * question keeps no text of its own unless reworded, and follows the reader's language.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sf-method.h"
#include "sf-project-parts.h"
#include "sf-project-private.h"
#include "sf-record-list.h"
#include "sf-store-error.h"
#include "sf-store-text.h"
#include "sf-store-util.h"

/* ---- questions -------------------------------------------------------------------------- */

typedef struct
{
  const char *id;
  int         step;
  const char *text;
} QuestionChange;

static gboolean
do_add_question (SfDb     *db,
                 gpointer  data,
                 GError  **error)
{
  QuestionChange *change = data;

  return sf_db_run (db, error,
                  "INSERT INTO question (id, step, position, text) VALUES (?1, ?2, "
                  "(SELECT coalesce (max (position) + 1, 0) FROM question WHERE step = ?2), ?3)",
                  "sis", change->id, change->step, change->text);
}

static gboolean
check_text (const char  *text,
            GError     **error)
{
  if (!sf_store_text_is_blank (text))
    return TRUE;
  g_set_error_literal (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID,
                       _("A question cannot be empty."));
  return FALSE;
}

char *
sf_project_add_question (SfProject   *self,
                         guint        step,
                         const char  *text,
                         GError     **error)
{
  g_autofree char *id = g_uuid_string_random ();
  g_autofree char *stripped = g_strstrip (g_strdup (text ? text : ""));
  QuestionChange change = { id, (int) step, stripped };

  g_return_val_if_fail (step >= 1 && step <= SF_METHOD_N_STEPS, NULL);
  if (!check_text (stripped, error) ||
      !sf_project_run_action (self, _("Add question"), do_add_question, &change, error))
    return NULL;
  return g_steal_pointer (&id);
}

static gboolean
do_reword_question (SfDb     *db,
                    gpointer  data,
                    GError  **error)
{
  QuestionChange *change = data;

  /* Giving a standard question back its method wording stores NULL, so that it follows the
   * reader's language again. */
  return sf_db_run (db, error, "UPDATE question SET text = ?2 WHERE id = ?1", "ss",
                  change->id, change->text) &&
         sf_store_require_change (db, error);
}

static SfQuestion *
find_question (SfProject  *self,
               const char *id)
{
  for (guint i = 0; i < SF_METHOD_N_STEPS; i++)
    {
      SfRecord *record = sf_record_list_lookup (
        SF_RECORD_LIST (sf_project_get_questions (self, i + 1)), id);

      if (record != NULL)
        return SF_QUESTION (record);
    }
  return NULL;
}

gboolean
sf_project_reword_question (SfProject   *self,
                            const char  *id,
                            const char  *text,
                            GError     **error)
{
  SfQuestion *question = find_question (self, id);
  g_autofree char *stripped = g_strstrip (g_strdup (text ? text : ""));
  QuestionChange change = { id, 0, stripped };
  const char *key;

  if (question == NULL)
    return sf_store_not_found (error);
  if (!check_text (stripped, error))
    return FALSE;
  key = sf_question_get_method_key (question);
  if (key != NULL && g_strcmp0 (sf_method_lookup_question (key, NULL, NULL), stripped) == 0)
    change.text = NULL;
  return sf_project_run_action (self, _("Reword question"), do_reword_question, &change, error);
}

static gboolean
do_hide_question (SfDb     *db,
                  gpointer  data,
                  GError  **error)
{
  QuestionChange *change = data;

  return sf_db_run (db, error, "UPDATE question SET hidden = ?2 WHERE id = ?1", "si",
                  change->id, change->step) &&
         sf_store_require_change (db, error);
}

gboolean
sf_project_set_question_hidden (SfProject   *self,
                                const char  *id,
                                gboolean     hidden,
                                GError     **error)
{
  QuestionChange change = { id, hidden ? 1 : 0, NULL };

  return sf_project_run_action (self, hidden ? _("Hide question") : _("Show question"),
                                do_hide_question, &change, error);
}

typedef struct
{
  GPtrArray *ids; /* in their new order */
} Reorder;

static gboolean
do_reorder (SfDb     *db,
            gpointer  data,
            GError  **error)
{
  Reorder *reorder = data;

  for (guint i = 0; i < reorder->ids->len; i++)
    if (!sf_db_run (db, error, "UPDATE question SET position = ?2 WHERE id = ?1 AND position != ?2",
                  "si", (const char *) g_ptr_array_index (reorder->ids, i), (int) i))
      return FALSE;
  return TRUE;
}

static GPtrArray *
question_ids (SfProject *self,
              guint      step)
{
  GListModel *list = sf_project_get_questions (self, step);
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SfRecord) record = g_list_model_get_item (list, i);

      g_ptr_array_add (ids, g_strdup (sf_record_get_id (record)));
    }
  return ids;
}

gboolean
sf_project_move_question (SfProject   *self,
                          const char  *id,
                          guint        new_position,
                          GError     **error)
{
  SfQuestion *question = find_question (self, id);
  g_autoptr(GPtrArray) ids = NULL;
  Reorder reorder;
  guint old_position;
  gpointer moved;

  if (question == NULL)
    return sf_store_not_found (error);
  ids = question_ids (self, (guint) sf_question_get_step (question));
  if (!g_ptr_array_find_with_equal_func (ids, id, g_str_equal, &old_position))
    return sf_store_not_found (error);
  new_position = MIN (new_position, ids->len - 1);
  if (new_position == old_position)
    return TRUE;

  moved = g_ptr_array_steal_index (ids, old_position);
  g_ptr_array_insert (ids, (int) new_position, moved);
  reorder.ids = ids;
  return sf_project_run_action (self, _("Move question"), do_reorder, &reorder, error);
}

gboolean
sf_project_remove_question (SfProject   *self,
                            const char  *id,
                            GError     **error)
{
  SfQuestion *question = find_question (self, id);
  if (question == NULL)
    return sf_store_not_found (error);
  if (sf_question_is_standard (question))
    {
      /* The method's questions stay in the list so they can always be restored; hide them. */
      g_set_error_literal (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID,
                           _("A question from the method can be hidden, not removed."));
      return FALSE;
    }
  return sf_project_delete_row (self, _("Remove question"), "DELETE FROM question WHERE id = ?1",
                                id, error);
}

typedef struct
{
  SfProject *self;
  guint      step;
} Restore;

/* The method's questions get back their wording, visibility and method order, in the places
 * the standard questions hold now; the user's own questions keep theirs. */
static gboolean
do_restore (SfDb     *db,
            gpointer  data,
            GError  **error)
{
  Restore *restore = data;
  const SfMethodStep *step = sf_method_get_step (restore->step);
  GListModel *list = sf_project_get_questions (restore->self, restore->step);
  guint n = g_list_model_get_n_items (list);
  guint n_method = sf_method_step_get_n_questions (step);
  g_autoptr(GPtrArray) order = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  guint next_method = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SfQuestion) q = g_list_model_get_item (list, i);

      if (sf_question_is_standard (q))
        g_hash_table_insert (by_key, g_strdup (sf_question_get_method_key (q)),
                             g_strdup (sf_record_get_id (SF_RECORD (q))));
    }

  for (guint i = 0; i < n_method; i++)
    {
      const char *key = sf_method_step_get_question_key (step, i);

      if (!g_hash_table_contains (by_key, key))
        {
          char *id = g_uuid_string_random ();

          if (!sf_db_run (db, error, "INSERT INTO question (id, step, position, method_key) "
                        "VALUES (?1, ?2, ?3, ?4)", "siis", id, (int) restore->step,
                        (int) (n + i), key))
            {
              g_free (id);
              return FALSE;
            }
          g_hash_table_insert (by_key, g_strdup (key), id);
        }
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SfQuestion) q = g_list_model_get_item (list, i);
      const char *key = sf_question_get_method_key (q);

      if (key == NULL || sf_method_lookup_question (key, NULL, NULL) == NULL)
        g_ptr_array_add (order, g_strdup (sf_record_get_id (SF_RECORD (q))));
      else if (next_method < n_method)
        g_ptr_array_add (order, g_strdup (g_hash_table_lookup (
                           by_key, sf_method_step_get_question_key (step, next_method++))));
    }
  while (next_method < n_method)
    g_ptr_array_add (order, g_strdup (g_hash_table_lookup (
                       by_key, sf_method_step_get_question_key (step, next_method++))));

  if (!sf_db_run (db, error, "UPDATE question SET text = NULL, hidden = 0 "
                "WHERE step = ?1 AND method_key IS NOT NULL AND (text IS NOT NULL OR hidden)",
                "i", (int) restore->step))
    return FALSE;
  return do_reorder (db, &(Reorder) { order }, error);
}

gboolean
sf_project_restore_questions (SfProject  *self,
                              guint       step,
                              GError    **error)
{
  Restore restore = { self, step };

  g_return_val_if_fail (step >= 1 && step <= SF_METHOD_N_STEPS, FALSE);
  return sf_project_run_action (self, _("Restore standard questions"), do_restore, &restore, error);
}
