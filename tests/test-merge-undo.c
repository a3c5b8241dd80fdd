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

static void
edit_file (const char *path,
           guint       n)
{
  g_autoptr(GString) sql = g_string_new ("PRAGMA foreign_keys = ON;");

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
  sf_test_exec_on_file (path, sql->str);
}

static void
test_undo_redo (SfTestDir     *f,
                gconstpointer  data)
{
  for (guint round = 0; round < ROUNDS; round++)
    {
      g_autofree char *mine_path = g_strdup_printf ("%s/mijn-%u.startfoto", f->dir, round);
      g_autofree char *copy_path = g_strdup_printf ("%s/kopie-%u.startfoto", f->dir, round);
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
      edit_file (copy_path, EDITS);
      edit_file (mine_path, EDITS);

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
        continue; /* nothing merged, nothing to undo */
      g_assert_cmpstr (merged, !=, before);

      g_assert_true (sf_project_undo (mine, &error));
      g_assert_no_error (error);
      undone = sf_test_dump_tables (mine, (const char * const *) tables);
      g_assert_cmpstr (undone, ==, before);
      g_assert_true (sf_project_redo (mine, &error));
      g_assert_no_error (error);
      redone = sf_test_dump_tables (mine, (const char * const *) tables);
      g_assert_cmpstr (redone, ==, merged);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  SF_TEST_DIR_ADD ("/merge/undo-redo-random", test_undo_redo);
  return g_test_run ();
}
