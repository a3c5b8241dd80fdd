/* test-merge-again.c: a copy merged again, taking its changes back, and merged on a worker
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "sf-merge-private.h"
#include "sf-project-conflicts.h"
#include "sf-project-private.h"
#include "sf-store-error.h"
#include "sf-test-merge.h"
#include "sf-test-store.h"

/* The same copy merged again after mine dealt with what it brought: mine's removal and
 * rename stand. The copy edited further brings only what changed since; undoing that merge
 * makes those changes new again. */
static void
test_again_after_mine_changed (SfTestMerge   *f,
                               gconstpointer  data)
{
  g_autoptr(SfMergePlan) first = NULL;
  g_autoptr(SfMergePlan) again = NULL;
  g_autoptr(SfMergePlan) further = NULL;
  g_autoptr(SfMergePlan) redone = NULL;
  g_autofree char *sql = NULL, *name = NULL, *kept = NULL, *record = NULL;
  const char *merel = "0b4e6a5e-1111-4000-8000-000000000002";
  const char *lijster = "0b4e6a5e-1111-4000-8000-000000000003";
  GStatBuf st;

  sql = g_strdup_printf ("UPDATE flat SET name = 'Zilverreiger' WHERE id = '%s';"
                         "INSERT INTO flat (id, position, name) VALUES ('%s', 9, 'De Merel')",
                         f->flat_a, merel);
  sf_test_exec_on_file (f->theirs, sql);
  first = sf_test_merge_plan (f);
  g_assert_true (sf_project_apply_merge (f->mine, first, NULL));
  /* The copy as merged is kept beside its base, private. */
  record = sf_test_dump_rows (f->mine, "SELECT id FROM merge_record", FALSE);
  *strchr (record, '|') = '\0';
  kept = sf_merge_merged_path (NULL, sf_project_get_id (f->mine), record);
  g_assert_cmpint (g_stat (kept, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  g_assert_true (sf_project_remove_flat (f->mine, merel, NULL));
  sf_test_merge_rename_flat (f->mine, f->flat_a, "De Zilverreiger");
  again = sf_test_merge_plan (f);
  g_assert_true (sf_merge_plan_is_empty (again));

  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("UPDATE flat SET name = 'Kwikstaart' WHERE id = '%s';"
                         "INSERT INTO flat (id, position, name) VALUES ('%s', 10, 'De Lijster')",
                         f->flat_b, lijster);
  sf_test_exec_on_file (f->theirs, sql);
  further = sf_test_merge_plan (f);
  g_assert_cmpuint (sf_merge_plan_get_counts (further, 0)->added, ==, 1);
  g_assert_cmpuint (sf_merge_plan_get_counts (further, 0)->changed, ==, 1);
  g_assert_cmpuint (sf_merge_plan_get_conflicts (further)->len, ==, 0);
  g_assert_true (sf_project_apply_merge (f->mine, further, NULL));
  name = sf_test_dump_rows (f->mine, "SELECT name FROM flat ORDER BY position", FALSE);
  g_assert_cmpstr (name, ==, "De Zilverreiger|\nKwikstaart|\nDe Lijster|\n");

  g_assert_true (sf_project_undo (f->mine, NULL));
  redone = sf_test_merge_plan (f);
  g_assert_cmpuint (sf_merge_plan_get_counts (redone, 0)->added, ==, 1);
  g_assert_cmpuint (sf_merge_plan_get_counts (redone, 0)->changed, ==, 1);
}

/* The copy, merged once, then takes its own changes back: a name back to the base's, a flat
 * it had added removed. From its base nothing changed; from what was merged, both did. Which
 * it is (the copy taking back, or a second copy of the base that never had them) cannot be
 * told, so both are conflicts, mine kept; a row mine changed since, which the copy did not
 * touch again, is no conflict. */
static void
test_copy_took_back (SfTestMerge   *f,
                     gconstpointer  data)
{
  g_autoptr(SfMergePlan) first = NULL;
  g_autoptr(SfMergePlan) back = NULL;
  g_autofree char *sql = NULL;
  const char *merel = "0b4e6a5e-1111-4000-8000-000000000002";
  GPtrArray *conflicts;
  gboolean name = FALSE, removed = FALSE;

  sql = g_strdup_printf ("UPDATE flat SET name = 'Zilverreiger' WHERE id = '%s';"
                         "UPDATE flat SET address = 'Laan 1' WHERE id = '%s';"
                         "INSERT INTO flat (id, position, name) VALUES ('%s', 9, 'De Merel')",
                         f->flat_a, f->flat_b, merel);
  sf_test_exec_on_file (f->theirs, sql);
  first = sf_test_merge_plan (f);
  g_assert_true (sf_project_apply_merge (f->mine, first, NULL));
  sf_test_merge_rename_flat (f->mine, f->flat_b, "Kwikstaart (hier)");

  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("UPDATE flat SET name = 'De Zilverreiger' WHERE id = '%s';"
                         "DELETE FROM flat WHERE id = '%s'", f->flat_a, merel);
  sf_test_exec_on_file (f->theirs, sql);
  back = sf_test_merge_plan (f);
  conflicts = sf_merge_plan_get_conflicts (back);
  for (guint i = 0; i < conflicts->len; i++)
    {
      SfMergeConflict *c = g_ptr_array_index (conflicts, i);

      name |= g_strcmp0 (c->row_id, f->flat_a) == 0 && g_strcmp0 (c->column, "name") == 0 &&
              g_strcmp0 ((const char *) sqlite3_value_text (c->mine), "Zilverreiger") == 0 &&
              g_strcmp0 ((const char *) sqlite3_value_text (c->theirs), "De Zilverreiger") == 0;
      removed |= g_strcmp0 (c->row_id, merel) == 0 && c->kind == SF_MERGE_THEIRS_REMOVED;
    }
  g_assert_true (name);
  g_assert_true (removed);
  g_assert_cmpuint (conflicts->len, ==, 2);
  g_assert_true (sf_project_apply_merge (f->mine, back, NULL));
  g_assert_cmpuint (sf_test_count_rows (f->mine, "SELECT count (*) FROM flat"), ==, 3);
}

typedef struct
{
  gboolean  done;
  gboolean  merged;
  GError   *error;
} Applied;

static void
applied_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      data)
{
  Applied *applied = data;

  applied->merged = sf_project_apply_merge_finish (SF_PROJECT (source), result,
                                                   &applied->error);
  applied->done = TRUE;
}

/* Written on a worker: meanwhile the project refuses other actions, with a message, and
 * takes the merge in when it is done; undo then gives mine back. */
static void
test_async (SfTestMerge   *f,
            gconstpointer  data)
{
  g_autoptr(SfMergePlan) merge = NULL;
  g_autoptr(GError) refused = NULL;
  Applied applied = { FALSE, FALSE, NULL };
  g_autofree char *before = NULL, *after = NULL, *name = NULL, *sql = NULL;

  sql = g_strdup_printf ("UPDATE flat SET name = 'Zilverreiger' WHERE id = '%s'", f->flat_a);
  sf_test_exec_on_file (f->theirs, sql);
  before = sf_test_dump_tables (f->mine, sf_test_merge_tables);
  merge = sf_test_merge_plan (f);
  sf_project_apply_merge_async (f->mine, merge, NULL, applied_cb, &applied);
  g_assert_false (sf_project_remove_flat (f->mine, f->flat_b, &refused));
  g_assert_error (refused, SF_STORE_ERROR, SF_STORE_ERROR_LOCKED);
  while (!applied.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (applied.error);
  g_assert_true (applied.merged);
  name = sf_test_merge_flat_name (f->mine, f->flat_a);
  g_assert_cmpstr (name, ==, "Zilverreiger|\n");
  g_assert_cmpstr (sf_project_get_undo_label (f->mine), ==, "Merge a copy");
  /* The project's own lists show it: the flat's list was read again. */
  g_assert_cmpstr (sf_flat_get_name (sf_test_item (sf_project_get_flats (f->mine), 0)), ==,
                   "Zilverreiger");
  g_assert_true (sf_project_remove_flat (f->mine, f->flat_b, NULL)); /* free again */
  g_assert_true (sf_project_undo (f->mine, NULL));
  g_assert_true (sf_project_undo (f->mine, NULL));
  after = sf_test_dump_tables (f->mine, sf_test_merge_tables);
  g_assert_cmpstr (after, ==, before);
}

/* Another window (or the command line) writes between the check on the main thread and the
 * merge's own transaction: the merge, checking again under the file's write lock, refuses and
 * changes nothing. */
static void
test_async_written_meanwhile (SfTestMerge   *f,
                              gconstpointer  data)
{
  g_autoptr(SfMergePlan) merge = NULL;
  g_autofree char *sql = NULL, *name = NULL;
  Applied applied = { FALSE, FALSE, NULL };
  sqlite3 *other = NULL;

  sql = g_strdup_printf ("UPDATE flat SET name = 'Zilverreiger' WHERE id = '%s'", f->flat_a);
  sf_test_exec_on_file (f->theirs, sql);
  merge = sf_test_merge_plan (f);
  g_assert_cmpint (sqlite3_open (sf_project_get_path (f->mine), &other), ==, SQLITE_OK);
  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("BEGIN IMMEDIATE; UPDATE flat SET name = 'Ander venster' WHERE id = "
                         "'%s'; UPDATE last_change SET changes = changes + 1", f->flat_b);
  g_assert_cmpint (sqlite3_exec (other, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sf_project_apply_merge_async (f->mine, merge, NULL, applied_cb, &applied);
  g_usleep (200 * 1000); /* the merge waits for the other window's write lock */
  g_assert_cmpint (sqlite3_exec (other, "COMMIT", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (other);
  while (!applied.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (applied.merged);
  g_assert_error (applied.error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID);
  g_clear_error (&applied.error);
  name = sf_test_merge_flat_name (f->mine, f->flat_a);
  g_assert_cmpstr (name, ==, "De Zilverreiger|\n");
  g_assert_cmpuint (sf_test_count_rows (f->mine, "SELECT count (*) FROM merge_record"), ==, 0);
}

/* A test with the fixture of sf-test-merge.h; @with_base: the copy names its base. */
#define ADD(path, func, with_base) \
  g_test_add ((path), SfTestMerge, GINT_TO_POINTER (with_base), sf_test_merge_set_up, (func), \
              sf_test_merge_tear_down)

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  ADD ("/merge/again-after-mine-changed", test_again_after_mine_changed, TRUE);
  ADD ("/merge/async", test_async, TRUE);
  ADD ("/merge/async-written-meanwhile", test_async_written_meanwhile, TRUE);
  ADD ("/merge/copy-took-back", test_copy_took_back, TRUE);
  return g_test_run ();
}
