/* sf-copy-partner.c: a copy of a project for one partner, to fill in its part
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Made the way every copy is (sf-copy.c), with a filter that keeps only what the list below
 * names: a table the list does not know, today's or one added later, is emptied, so that a new
 * kind of data never slips into a partner's copy unnoticed. So steps 2, 4 and 5 (the session,
 * the plan, decisions, remarks, the meetings, the boards, the slides) stay out whole: their
 * rows are about the partners together, or about other partners, and not for one partner to
 * fill in. The kept tables are then narrowed to the one partner.
 */
#include "config.h"

#include "sf-copy-private.h"
#include "sf-store-error.h"
#include "sf-store-util.h"

/* What a partner's copy holds, table by table; every other table of the project is emptied.
 * The search index (search_fts and its tables) is rebuilt from what is left. */
static const char *const kept_tables[] = {
  "project", "last_change", "step", "question", "flat", "theme", "precondition",
  "indicator", "indicator_value", "indicator_assignment",
  "partner", "person", "interview", "answer", "key_point", "key_point_source", "tag",
};

/* After the other partners are gone (with, by ON DELETE CASCADE, their interviews, answers,
 * key points, sources, tags, requests, board members and links to actions and decisions):
 * - people: only the partner's contact. The interviewer may be another partner's person, whose
 *   name and organisation are not this partner's to see; the interview keeps no interviewer.
 * - figures: the values of those asked of this partner (a value belongs to a figure and a
 *   flat, not to a partner); the user's own figures only when asked of it (the method's are
 *   definitions, like its questions).
 * - preconditions: the definitions, without step 4's choice and vision. */
static const char narrow_sql[] =
  "DELETE FROM person WHERE id NOT IN"
  "  (SELECT contact_id FROM partner WHERE contact_id IS NOT NULL);"
  "DELETE FROM indicator_value WHERE indicator_id NOT IN"
  "  (SELECT indicator_id FROM indicator_assignment);"
  "DELETE FROM indicator WHERE key IS NULL AND id NOT IN"
  "  (SELECT indicator_id FROM indicator_assignment);"
  "UPDATE precondition SET choice = 0, vision = '';";

typedef struct
{
  const char            *partner_id;
  SfPartnerCopyContents *contents;
} PartnerFilter;

static gboolean
is_kept (const char *table)
{
  /* The search index's own tables, rebuilt afterwards. */
  if (g_str_has_prefix (table, "search_fts") || g_str_has_prefix (table, "sqlite_"))
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (kept_tables); i++)
    if (g_str_equal (table, kept_tables[i]))
      return TRUE;
  return FALSE;
}

static gboolean
empty_other_tables (SfDb    *copy,
                    GError **error)
{
  sqlite3_stmt *stmt = sf_db_prepare (copy, "SELECT name FROM sqlite_schema WHERE type = 'table'",
                                      error);
  g_autoptr(GPtrArray) emptied = g_ptr_array_new_with_free_func (sqlite3_free);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *name = (const char *) sqlite3_column_text (stmt, 0);

      if (name != NULL && !is_kept (name))
        g_ptr_array_add (emptied, sqlite3_mprintf ("DELETE FROM \"%w\"", name));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sf_store_set_sqlite_error (error, sf_db_get_handle (copy), rc, sf_db_get_path (copy));
      return FALSE;
    }
  for (guint i = 0; i < emptied->len; i++)
    if (!sf_db_exec (copy, g_ptr_array_index (emptied, i), error))
      return FALSE;
  return TRUE;
}

/* The cascades leave no dangling reference; checked all the same, since the copy leaves the
 * app. */
static gboolean
check_foreign_keys (SfDb    *copy,
                    GError **error)
{
  sqlite3_stmt *stmt = sf_db_prepare (copy, "PRAGMA foreign_key_check", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    return TRUE;
  sf_store_set_sqlite_error (error, sf_db_get_handle (copy),
                             rc == SQLITE_ROW ? SQLITE_CONSTRAINT_FOREIGNKEY : rc,
                             sf_db_get_path (copy));
  return FALSE;
}

static void
count_contents (SfDb                  *copy,
                SfPartnerCopyContents *contents)
{
  contents->n_flats = sf_store_count (copy, "SELECT count (*) FROM flat", -1);
  contents->n_figures = sf_store_count (copy, "SELECT count (*) FROM indicator_assignment", -1);
  contents->has_interview = sf_store_count (copy, "SELECT count (*) FROM interview", -1) > 0;
  contents->n_answers = sf_store_count (copy, "SELECT count (*) FROM answer"
                                              " WHERE trim (text) != ''", -1);
  contents->n_key_points = sf_store_count (copy, "SELECT count (*) FROM key_point", -1);
}

static gboolean
keep_partner (SfDb     *copy,
              gpointer  data,
              GError  **error)
{
  PartnerFilter *filter = data;

  if (!sf_store_require_row (copy, "SELECT 1 FROM partner WHERE id = ?1", filter->partner_id,
                             error) ||
      !sf_copy_remove_confidential (copy, error) ||
      !empty_other_tables (copy, error) ||
      !sf_db_run (copy, error, "DELETE FROM partner WHERE id != ?1", "s", filter->partner_id) ||
      !sf_db_exec (copy, narrow_sql, error) ||
      !check_foreign_keys (copy, error))
    return FALSE;
  if (filter->contents != NULL)
    count_contents (copy, filter->contents);
  return TRUE;
}

gboolean
sf_project_export_partner_copy (SfProject              *self,
                                const char             *dest_path,
                                const char             *partner_id,
                                SfPartnerCopyContents  *contents,
                                GError                **error)
{
  SfPartnerCopyContents counted = { 0 };
  PartnerFilter filter = { partner_id, &counted };

  g_return_val_if_fail (partner_id != NULL, FALSE);
  if (!sf_copy_write (self, dest_path, keep_partner, &filter, error))
    return FALSE;
  if (contents != NULL)
    *contents = counted;
  return TRUE;
}
