/* test-merge-undo.c: undo of a merge gives back mine row for row, redo the merge, randomised
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * From the example, a copy is made; random edits (changed texts, figures and references,
 * removals that cascade or set references to nothing, added rows) go to mine and to the copy;
 * the copy is merged into mine. Undo must give back every table exactly as before the merge,
 * redo exactly as after it. The command line's randomised check (check-merge.py) checks what
 * the merge keeps; this one what undo restores, which only the store can reach.
 */
#include "config.h"

#include "sf-copy.h"
#include "sf-example.h"
#include "sf-merge.h"
#include "sf-project-private.h"
#include "sf-test-store.h"

#define ROUNDS 12
#define EDITS  8

/* A row of @table picked by a random number (@n: {a} or {b}), in a stable order. */
#define PICK(table, n) "(SELECT id FROM " table " ORDER BY id LIMIT 1 OFFSET (" n " % " \
                       "(SELECT max (1, count (*)) FROM " table ")))"

static const char * const edits[] = {
  "UPDATE statement SET text = text || ' ({a})' WHERE id = " PICK ("statement", "{a}"),
  "UPDATE answer SET text = 'Antwoord {a}' WHERE id = " PICK ("answer", "{a}"),
  "UPDATE indicator_value SET value_number = {a} WHERE id = " PICK ("indicator_value", "{a}"),
  "UPDATE flat SET name = name || ' {a}' WHERE id = " PICK ("flat", "{a}"),
  "UPDATE plan_action SET what = 'Actie {a}' WHERE id = " PICK ("plan_action", "{a}"),
  "UPDATE partner SET contact_id = " PICK ("person", "{a}") " WHERE id = "
  PICK ("partner", "{b}"),
  "DELETE FROM statement WHERE id = " PICK ("statement", "{a}"),
  "DELETE FROM plan_action WHERE id = " PICK ("plan_action", "{a}"),
  "DELETE FROM theme WHERE id = " PICK ("theme", "{a}"),
  "DELETE FROM person WHERE id = " PICK ("person", "{a}"),
  "DELETE FROM interview WHERE id = " PICK ("interview", "{a}"),
  "INSERT INTO flat (id, position, name) VALUES (lower (hex (randomblob (16))), 50 + {a}, "
  "'Flat {b}')",
  "INSERT INTO theme (id, name, name_key, created) VALUES (lower (hex (randomblob (16))), "
  "'Thema {a}', 'thema {a}', '2026-12-07T10:00:00Z')",
};

/* Every table of the project's content, for dumps. */
static GStrv
content_tables (SfProject *project)
{
  g_autofree char *names = sf_test_dump_rows (project,
                                              "SELECT name FROM sqlite_schema WHERE type = "
                                              "'table' AND name NOT LIKE '%fts%' AND name NOT "
                                              "LIKE 'sqlite_%' AND name != 'last_change' "
                                              "ORDER BY name", FALSE);
  g_autoptr(GString) list = g_string_new (names);

  g_string_replace (list, "|\n", "\n", 0);
  g_strchomp (list->str);
  return g_strsplit (list->str, "\n", -1);
}

/* @n random edits, as SQL. */
static char *
random_edits (guint n)
{
  g_autoptr(GString) sql = g_string_new ("");

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GString) edit = g_string_new (edits[g_test_rand_int_range (0,
                                                                           G_N_ELEMENTS (edits))]);
      g_autofree char *a = g_strdup_printf ("%d", g_test_rand_int_range (0, 10000));
      g_autofree char *b = g_strdup_printf ("%d", g_test_rand_int_range (0, 10000));

      /* Two numbers per edit, so that its two picks differ. */
      g_string_replace (edit, "{a}", a, 0);
      g_string_replace (edit, "{b}", b, 0);
      g_string_append_printf (sql, "%s;", edit->str);
    }
  return g_string_free (g_steal_pointer (&sql), FALSE);
}

static void
edit_file (const char *path,
           const char *sql)
{
  g_autofree char *all = g_strconcat ("PRAGMA foreign_keys = ON;", sql, NULL);

  sf_test_exec_on_file (path, all);
}

/* Mine and its copy of the example, each edited, the copy merged; undo gives back @before and
 * redo the merge. Returns mine as merged, or NULL when there was nothing to merge. */
static SfProject *
merge_and_undo (const char *dir,
                guint       round,
                const char *mine_edits,
                const char *copy_edits)
{
  g_autofree char *mine_path = g_strdup_printf ("%s/mijn-%u.startfoto", dir, round);
  g_autofree char *copy_path = g_strdup_printf ("%s/kopie-%u.startfoto", dir, round);
  g_autofree char *before = NULL, *merged = NULL, *undone = NULL, *redone = NULL;
  g_autoptr(SfProject) mine = NULL;
  g_autoptr(SfMergePlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) tables = NULL;

  g_assert_true (sf_example_write (mine_path, &error));
  mine = sf_project_open (mine_path, SF_DB_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (sf_project_export_copy (mine, copy_path, TRUE, &error));
  g_clear_object (&mine);
  edit_file (copy_path, copy_edits);
  edit_file (mine_path, mine_edits);

  mine = sf_project_open (mine_path, SF_DB_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  tables = content_tables (mine);
  before = sf_test_dump_tables (mine, (const char * const *) tables);
  plan = sf_merge_plan_new (mine, copy_path, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (sf_merge_plan_has_base (plan));
  g_assert_true (sf_project_apply_merge (mine, plan, &error));
  g_assert_no_error (error);
  merged = sf_test_dump_tables (mine, (const char * const *) tables);
  if (sf_merge_plan_is_empty (plan))
    return NULL; /* nothing merged, nothing to undo */
  g_assert_cmpstr (merged, !=, before);

  g_assert_true (sf_project_undo (mine, &error));
  g_assert_no_error (error);
  undone = sf_test_dump_tables (mine, (const char * const *) tables);
  g_assert_cmpstr (undone, ==, before);
  g_assert_true (sf_project_redo (mine, &error));
  g_assert_no_error (error);
  redone = sf_test_dump_tables (mine, (const char * const *) tables);
  g_assert_cmpstr (redone, ==, merged);
  return g_steal_pointer (&mine);
}

static void
test_undo_redo (SfTestDir     *f,
                gconstpointer  data)
{
  for (guint round = 0; round < ROUNDS; round++)
    {
      g_autofree char *mine_edits = random_edits (EDITS);
      g_autofree char *copy_edits = random_edits (EDITS);
      g_autoptr(SfProject) merged = merge_and_undo (f->dir, round, mine_edits, copy_edits);
    }
}

/* The copy added a theme, removed one and renamed a plan action under it. The added theme puts
 * the theme table first in the plan, so in mine the removal sets the action's theme to nothing
 * (ON DELETE SET NULL) before the rename reaches the action, which must still get its name. */
static void
test_update_after_set_null (SfTestDir     *f,
                            gconstpointer  data)
{
  static const char copy_edits[] =
    "INSERT INTO theme (id, name, name_key, created) VALUES ('nieuw-thema', 'Nieuw thema', "
    "'nieuw thema', '2026-12-07T10:00:00Z');"
    "UPDATE plan_action SET what = 'Actie hernoemd' WHERE id = (SELECT min (id) FROM "
    "plan_action WHERE theme_id IS NOT NULL);"
    "DELETE FROM theme WHERE id = (SELECT theme_id FROM plan_action WHERE what = "
    "'Actie hernoemd');";
  g_autoptr(SfProject) mine = merge_and_undo (f->dir, 0, "", copy_edits);
  g_autofree char *action = NULL;

  g_assert_nonnull (mine);
  action = sf_test_dump_rows (mine, "SELECT coalesce (theme_id, 'geen') FROM plan_action "
                                    "WHERE what = 'Actie hernoemd'", FALSE);
  g_assert_cmpstr (action, ==, "geen|\n");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  SF_TEST_DIR_ADD ("/merge/undo-redo-random", test_undo_redo);
  SF_TEST_DIR_ADD ("/merge/update-after-set-null", test_update_after_set_null);
  return g_test_run ();
}
