/* sf-project-slides.c: step 5's deck as the user changed it (issue 14)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A generated slide gets its row with its first change, in the same action, so that undoing
 * that change leaves nothing behind. Places are written for the whole deck at once: a slide
 * the project adds later (a new flat's figures) then takes its generated place among them.
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "sf-project-parts.h"
#include "sf-project-private.h"
#include "sf-project-slides.h"
#include "sf-store-error.h"
#include "sf-store-text.h"
#include "sf-store-util.h"

#define SLIDE_COLUMNS "id, key, position, hidden, title, body, notes"
/* The row of a ref: a generated slide's key, or an own slide's id. */
#define ROW_OF_REF "(key = ?1 OR (key IS NULL AND id = ?1))"

gboolean
sf_slide_ref_is_generated (const char *ref)
{
  static const char * const keys[] = {
    "title", "why", "how", "themes", "preconditions", "mbc", "plan", "decisions", "ask",
    "closing",
  };

  if (ref == NULL)
    return FALSE;
  if (g_str_has_prefix (ref, "figures:"))
    return ref[strlen ("figures:")] != '\0';
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    if (g_str_equal (ref, keys[i]))
      return TRUE;
  return FALSE;
}

GListModel *
sf_project_get_slides (SfProject *self)
{
  g_return_val_if_fail (SF_IS_PROJECT (self), NULL);

  return sf_project_cached_list (
    self, "sf-slides", SF_TYPE_SLIDE,
    "SELECT " SLIDE_COLUMNS " FROM slide ORDER BY position IS NULL, position, created, rowid",
    (const char *[]) { "slide", NULL });
}

SfSlide *
sf_project_find_slide (SfProject  *self,
                       const char *ref)
{
  GListModel *slides = sf_project_get_slides (self);
  guint n = slides != NULL ? g_list_model_get_n_items (slides) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SfSlide) slide = g_list_model_get_item (slides, i);

      if (g_strcmp0 (sf_slide_get_ref (slide), ref) == 0)
        return slide; /* the list keeps it */
    }
  return NULL;
}

/* Makes the row of a generated slide; an own slide's must exist. */
static gboolean
ensure_row (SfDb        *db,
            const char  *ref,
            GError     **error)
{
  g_autofree char *id = NULL;
  g_autofree char *now = NULL;

  if (!sf_slide_ref_is_generated (ref))
    return sf_store_require_row (db, "SELECT 1 FROM slide WHERE key IS NULL AND id = ?1", ref,
                                 error);
  id = g_uuid_string_random ();
  now = sf_db_now ();
  return sf_db_run (db, error, "INSERT INTO slide (id, key, created) SELECT ?1, ?2, ?3 "
                    "WHERE NOT EXISTS (SELECT 1 FROM slide WHERE key = ?2)", "sss", id, ref, now);
}

typedef struct
{
  const char *ref;
  const char *column; /* one of this file's: never the user's text */
  char       *text;   /* NULL: the generated one */
  int         number;
} FieldChange;

static gboolean
do_set_text (SfDb     *db,
             gpointer  data,
             GError  **error)
{
  FieldChange *change = data;
  g_autofree char *sql = g_strdup_printf ("UPDATE slide SET %s = ?2 WHERE " ROW_OF_REF,
                                          change->column);

  return ensure_row (db, change->ref, error) &&
         sf_db_run (db, error, sql, "ss", change->ref, change->text);
}

static gboolean
do_set_hidden (SfDb     *db,
               gpointer  data,
               GError  **error)
{
  FieldChange *change = data;

  return ensure_row (db, change->ref, error) &&
         sf_db_run (db, error, "UPDATE slide SET hidden = ?2 WHERE " ROW_OF_REF, "si",
                    change->ref, change->number);
}

static gboolean
check_ref (const char  *ref,
           GError     **error)
{
  if (ref != NULL && *ref != '\0')
    return TRUE;
  g_set_error_literal (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID, _("No such slide."));
  return FALSE;
}

gboolean
sf_project_set_slide_hidden (SfProject   *self,
                             const char  *ref,
                             gboolean     hidden,
                             GError     **error)
{
  FieldChange change = { ref, NULL, NULL, hidden ? 1 : 0 };

  g_return_val_if_fail (SF_IS_PROJECT (self), FALSE);

  return check_ref (ref, error) &&
         sf_project_run_action (self, hidden ? _("Hide slide") : _("Show slide"),
                                do_set_hidden, &change, error);
}

static gboolean
set_text (SfProject   *self,
          const char  *label,
          const char  *ref,
          const char  *column,
          char        *text,
          GError     **error)
{
  FieldChange change = { ref, column, text };
  gboolean ok = check_ref (ref, error) &&
                sf_project_run_action (self, label, do_set_text, &change, error);

  g_free (text);
  return ok;
}

gboolean
sf_project_set_slide_title (SfProject   *self,
                            const char  *ref,
                            const char  *title,
                            GError     **error)
{
  g_return_val_if_fail (SF_IS_PROJECT (self), FALSE);

  if (sf_store_text_is_blank (title) && !sf_slide_ref_is_generated (ref))
    {
      g_set_error_literal (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID,
                           _("A slide needs a title."));
      return FALSE;
    }
  return set_text (self, _("Edit slide title"), ref, "title",
                   sf_store_text_is_blank (title) ? NULL : sf_store_text_clean (title, TRUE),
                   error);
}

gboolean
sf_project_set_slide_body (SfProject   *self,
                           const char  *ref,
                           const char  *body,
                           GError     **error)
{
  g_return_val_if_fail (SF_IS_PROJECT (self), FALSE);

  return set_text (self, _("Edit slide text"), ref, "body",
                   body != NULL ? sf_store_text_clean (body, TRUE) : NULL, error);
}

gboolean
sf_project_set_slide_notes (SfProject   *self,
                            const char  *ref,
                            const char  *notes,
                            GError     **error)
{
  g_return_val_if_fail (SF_IS_PROJECT (self), FALSE);

  return set_text (self, _("Edit speaker notes"), ref, "notes",
                   sf_store_text_clean (notes, TRUE), error);
}

/* ---- order and own slides ---------------------------------------------------------------- */

typedef struct
{
  GPtrArray  *order; /* of const char *: the refs in their new order */
  const char *id;    /* an own slide to add first, or NULL */
  char       *title;
  char       *body;
} OrderChange;

static gboolean
do_set_order (SfDb     *db,
              gpointer  data,
              GError  **error)
{
  OrderChange *change = data;
  g_autofree char *now = sf_db_now ();

  if (change->id != NULL &&
      !sf_db_run (db, error, "INSERT INTO slide (id, position, title, body, created) "
                  "VALUES (?1, 0, ?2, ?3, ?4)", "ssss", change->id, change->title,
                  change->body, now))
    return FALSE;
  for (guint i = 0; i < change->order->len; i++)
    {
      const char *ref = g_ptr_array_index (change->order, i);

      if (!ensure_row (db, ref, error) ||
          !sf_db_run (db, error, "UPDATE slide SET position = ?2 WHERE " ROW_OF_REF, "si",
                      ref, (int) i))
        return FALSE;
    }
  return TRUE;
}

static GPtrArray *
order_array (const char * const *order)
{
  GPtrArray *array = g_ptr_array_new ();

  for (guint i = 0; order != NULL && order[i] != NULL; i++)
    g_ptr_array_add (array, (gpointer) order[i]);
  return array;
}

gboolean
sf_project_move_slide (SfProject           *self,
                       const char * const  *order,
                       guint                from,
                       guint                to,
                       GError             **error)
{
  g_autoptr(GPtrArray) array = order_array (order);
  OrderChange change = { array };
  gpointer ref;

  g_return_val_if_fail (SF_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (from < array->len && to < array->len, FALSE);

  ref = g_ptr_array_steal_index (array, from);
  g_ptr_array_insert (array, (int) to, ref);
  return sf_project_run_action (self, _("Move slide"), do_set_order, &change, error);
}

char *
sf_project_add_own_slide (SfProject           *self,
                          const char * const  *order,
                          guint                at,
                          const char          *title,
                          const char          *body,
                          GError             **error)
{
  g_autoptr(GPtrArray) array = order_array (order);
  g_autofree char *id = g_uuid_string_random ();
  OrderChange change = { array, id };
  gboolean ok;

  g_return_val_if_fail (SF_IS_PROJECT (self), NULL);
  g_return_val_if_fail (at <= array->len, NULL);

  if (sf_store_text_is_blank (title))
    {
      g_set_error_literal (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID,
                           _("A slide needs a title."));
      return NULL;
    }
  g_ptr_array_insert (array, (int) at, id);
  change.title = sf_store_text_clean (title, TRUE);
  change.body = sf_store_text_clean (body, TRUE);
  ok = sf_project_run_action (self, _("Add slide"), do_set_order, &change, error);
  g_free (change.title);
  g_free (change.body);
  return ok ? g_steal_pointer (&id) : NULL;
}

gboolean
sf_project_remove_own_slide (SfProject   *self,
                             const char  *id,
                             GError     **error)
{
  g_return_val_if_fail (SF_IS_PROJECT (self), FALSE);

  return sf_project_delete_row (self, _("Remove slide"),
                                "DELETE FROM slide WHERE key IS NULL AND id = ?1", id, error);
}
