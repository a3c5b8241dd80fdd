/* test-merge.c: a copy merged back into its project, with and without its base
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <time.h>
#include <utime.h>

#include "sf-copy.h"
#include "sf-merge-private.h"
#include "sf-merge-record.h"
#include "sf-project-conflicts.h"
#include "sf-project-parts.h"
#include "sf-project-private.h"
#include "sf-store-error.h"
#include "sf-test-merge.h"
#include "sf-test-store.h"

/* With its base: what only the copy changed is taken, what only mine changed stays, the same
 * column changed on both sides is one conflict that keeps mine; the merge is one undo step,
 * and merging the copy again changes nothing. */
static void
test_with_base (SfTestMerge   *f,
                gconstpointer  data)
{
  g_autoptr(SfMergePlan) first = NULL;
  g_autoptr(SfMergePlan) again = NULL;
  g_autofree char *before = NULL, *after = NULL, *name = NULL;
  g_autoptr(GError) error = NULL;
  SfMergeConflict *conflict;
  const SfMergeCounts *counts;
  g_autofree char *sql = NULL;

  sql = g_strdup_printf ("UPDATE flat SET name = 'De Zilverreiger (96)' WHERE id = '%s';"
                         "UPDATE flat SET name = 'Kwikstaart' WHERE id = '%s';"
                         "INSERT INTO flat (id, position, name) VALUES "
                         "('0b4e6a5e-1111-4000-8000-000000000002', 9, 'De Merel')",
                         f->flat_a, f->flat_b);
  sf_test_exec_on_file (f->theirs, sql);
  sf_test_merge_rename_flat (f->mine, f->flat_b, "Het Kwikstaartje (96)");
  before = sf_test_dump_tables (f->mine, sf_test_merge_tables);

  /* The copy names its base, kept with exactly the bytes the copy left with. */
  {
    sqlite3 *db = NULL;
    sqlite3_stmt *stmt = NULL;
    g_autofree char *base = NULL;

    g_assert_cmpint (sqlite3_open_v2 (f->theirs, &db, SQLITE_OPEN_READONLY, NULL), ==,
                     SQLITE_OK);
    g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT id FROM copy_origin", -1, &stmt, NULL), ==,
                     SQLITE_OK);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    base = sf_merge_base_path (NULL, sf_project_get_id (f->mine),
                               (const char *) sqlite3_column_text (stmt, 0));
    sqlite3_finalize (stmt);
    sqlite3_close (db);
    g_assert_true (g_file_test (base, G_FILE_TEST_IS_REGULAR));
    g_assert_true (g_str_has_prefix (base, g_get_user_data_dir ()));
  }
  first = sf_test_merge_plan (f);
  g_assert_true (sf_merge_plan_has_base (first));
  counts = sf_merge_plan_get_counts (first, 0);
  g_assert_cmpuint (counts->added, ==, 1);
  g_assert_cmpuint (counts->changed, ==, 1);
  g_assert_cmpuint (counts->removed, ==, 0);
  g_assert_cmpuint (sf_merge_plan_get_conflicts (first)->len, ==, 1);
  conflict = g_ptr_array_index (sf_merge_plan_get_conflicts (first), 0);
  g_assert_cmpstr (conflict->table, ==, "flat");
  g_assert_cmpstr (conflict->row_id, ==, f->flat_b);
  g_assert_cmpstr (conflict->column, ==, "name");
  g_assert_cmpint (conflict->kind, ==, SF_MERGE_BOTH_CHANGED);
  g_assert_cmpstr ((const char *) sqlite3_value_text (conflict->base), ==, "Het Kwikstaartje");
  g_assert_cmpstr ((const char *) sqlite3_value_text (conflict->mine), ==,
                   "Het Kwikstaartje (96)");
  g_assert_cmpstr ((const char *) sqlite3_value_text (conflict->theirs), ==, "Kwikstaart");
  /* A preview writes nothing. */
  after = sf_test_dump_tables (f->mine, sf_test_merge_tables);
  g_assert_cmpstr (after, ==, before);
  g_clear_pointer (&after, g_free);

  g_assert_true (sf_project_apply_merge (f->mine, first, &error));
  g_assert_no_error (error);
  name = sf_test_merge_flat_name (f->mine, f->flat_a);
  g_assert_cmpstr (name, ==, "De Zilverreiger (96)|\n");
  g_clear_pointer (&name, g_free);
  name = sf_test_merge_flat_name (f->mine, f->flat_b);
  g_assert_cmpstr (name, ==, "Het Kwikstaartje (96)|\n"); /* mine kept */
  g_assert_cmpuint (sf_test_count_rows (f->mine, "SELECT count (*) FROM flat"), ==, 3);
  g_assert_cmpuint (sf_test_count_rows (f->mine, "SELECT count (*) FROM merge_conflict WHERE "
                                                 "decided = 0"), ==, 1);

  again = sf_test_merge_plan (f);
  g_assert_true (sf_merge_plan_is_empty (again));

  g_assert_true (sf_project_undo (f->mine, NULL));
  after = sf_test_dump_tables (f->mine, sf_test_merge_tables);
  g_assert_cmpstr (after, ==, before);
}

/* Without a base: a row only the copy has is taken, a row that differs is a conflict (who
 * changed it cannot be known), a row only mine has stays. */
static void
test_without_base (SfTestMerge   *f,
                   gconstpointer  data)
{
  g_autoptr(SfMergePlan) merge = NULL;
  g_autofree char *sql = NULL, *name = NULL;
  g_autofree char *mine_only = sf_test_merge_add_flat (f->mine, "De Specht");
  SfMergeConflict *conflict;

  sql = g_strdup_printf ("UPDATE flat SET name = 'Zilverreiger' WHERE id = '%s';"
                         "INSERT INTO flat (id, position, name) VALUES "
                         "('0b4e6a5e-1111-4000-8000-000000000002', 9, 'De Merel')", f->flat_a);
  sf_test_exec_on_file (f->theirs, sql);
  merge = sf_test_merge_plan (f);
  g_assert_false (sf_merge_plan_has_base (merge));
  g_assert_cmpuint (sf_merge_plan_get_counts (merge, 0)->added, ==, 1);
  g_assert_cmpuint (sf_merge_plan_get_counts (merge, 0)->removed, ==, 0);
  g_assert_cmpuint (sf_merge_plan_get_conflicts (merge)->len, ==, 1);
  conflict = g_ptr_array_index (sf_merge_plan_get_conflicts (merge), 0);
  g_assert_cmpint (conflict->kind, ==, SF_MERGE_DIFFERS);
  g_assert_null (conflict->base);
  g_assert_true (sf_project_apply_merge (f->mine, merge, NULL));
  g_assert_cmpuint (sf_test_count_rows (f->mine, "SELECT count (*) FROM flat"), ==, 4);
  name = sf_test_merge_flat_name (f->mine, mine_only);
  g_assert_cmpstr (name, ==, "De Specht|\n");
}

/* The copy removed a flat mine changed: a conflict, and mine keeps it; a flat removed on
 * both sides is simply gone. */
static void
test_removed (SfTestMerge   *f,
              gconstpointer  data)
{
  g_autoptr(SfMergePlan) merge = NULL;
  g_autofree char *sql = g_strdup_printf ("DELETE FROM flat WHERE id IN ('%s', '%s')",
                                          f->flat_a, f->flat_b);
  SfMergeConflict *conflict;

  sf_test_exec_on_file (f->theirs, sql);
  sf_test_merge_rename_flat (f->mine, f->flat_a, "De Zilverreiger (nieuw)");
  g_assert_true (sf_project_remove_flat (f->mine, f->flat_b, NULL));
  merge = sf_test_merge_plan (f);
  g_assert_cmpuint (sf_merge_plan_get_conflicts (merge)->len, ==, 1);
  conflict = g_ptr_array_index (sf_merge_plan_get_conflicts (merge), 0);
  g_assert_cmpint (conflict->kind, ==, SF_MERGE_THEIRS_REMOVED);
  g_assert_cmpstr (conflict->row_id, ==, f->flat_a);
  g_assert_true (sf_project_apply_merge (f->mine, merge, NULL));
  g_assert_cmpuint (sf_test_count_rows (f->mine, "SELECT count (*) FROM flat"), ==, 1);
}

/* Two copies of a file from before merging, each migrated on its own: the rows migrations
 * seeded (figures, preconditions) got ids of their own on each side, yet they are one thing
 * by the schema's unique keys. Nothing is added twice and nothing differs. */
static void
test_migrated_apart (SfTestMerge   *f,
                     gconstpointer  data)
{
  g_autofree char *fixture = g_test_build_filename (G_TEST_DIST, "fixtures", "v6.startfoto",
                                                    NULL);
  g_autofree char *old_mine = g_build_filename (f->dir.dir, "oud.startfoto", NULL);
  g_autofree char *old_theirs = g_build_filename (f->dir.dir, "oud-kopie.startfoto", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(SfProject) mine = NULL;
  g_autoptr(SfMergePlan) merge = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;
  guint preconditions;

  g_assert_true (g_file_get_contents (fixture, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (old_mine, contents, length, NULL));
  g_assert_true (g_file_set_contents (old_theirs, contents, length, NULL));
  mine = sf_project_open (old_mine, SF_DB_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  preconditions = sf_test_count_rows (mine, "SELECT count (*) FROM precondition");
  g_assert_cmpuint (preconditions, ==, 20);
  merge = sf_merge_plan_new (mine, old_theirs, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (sf_merge_plan_has_base (merge));
  g_assert_cmpuint (sf_merge_plan_get_conflicts (merge)->len, ==, 0);
  g_assert_true (sf_merge_plan_is_empty (merge));
}

/* A reference to another row reads as that row's name, and is chosen, never edited. */
static void
test_reference_by_name (SfTestMerge   *f,
                        gconstpointer  data)
{
  SfPartnerFields fields = { "Woonstichting", "housing", "", "", "" };
  const char *piet = "0b4e6a5e-1111-4000-8000-000000000009";
  g_autoptr(SfMergePlan) merge = NULL;
  g_autofree char *sql = NULL, *base = NULL, *mine = NULL, *theirs = NULL, *kept = NULL;
  SfMergeConflict *conflict = NULL;
  SfConflict *open;

  /* Another person as contact: the contact emptied, then named (a new person). */
  g_assert_true (sf_project_update_partner (f->mine, f->partner, &fields, NULL));
  fields.contact = "Anna de Vries";
  g_assert_true (sf_project_update_partner (f->mine, f->partner, &fields, NULL));
  sql = g_strdup_printf ("INSERT INTO person (id, name) VALUES ('%s', 'Piet Jansen');"
                         "UPDATE partner SET contact_id = '%s' WHERE id = '%s'",
                         piet, piet, f->partner);
  sf_test_exec_on_file (f->theirs, sql);
  merge = sf_test_merge_plan (f);
  for (guint i = 0; i < sf_merge_plan_get_conflicts (merge)->len; i++)
    {
      SfMergeConflict *c = g_ptr_array_index (sf_merge_plan_get_conflicts (merge), i);

      if (g_strcmp0 (c->column, "contact_id") == 0)
        conflict = c;
    }
  g_assert_nonnull (conflict);
  base = sf_merge_plan_value_text (merge, conflict, conflict->base);
  mine = sf_merge_plan_value_text (merge, conflict, conflict->mine);
  theirs = sf_merge_plan_value_text (merge, conflict, conflict->theirs);
  g_assert_cmpstr (base, ==, "Fatma Yılmaz");
  g_assert_cmpstr (mine, ==, "Anna de Vries");
  g_assert_cmpstr (theirs, ==, "Piet Jansen");

  g_assert_true (sf_project_apply_merge (f->mine, merge, NULL));
  open = sf_test_item (sf_project_get_conflicts (f->mine), 0);
  g_assert_cmpstr (sf_conflict_get_column (open), ==, "contact_id");
  g_assert_true (sf_project_conflict_is_reference (f->mine, open));
  kept = sf_project_conflict_value_text (f->mine, open, sf_conflict_get_theirs (open));
  g_assert_cmpstr (kept, ==, "Piet Jansen"); /* the person came with the merge */

  /* A real number reads as a number, as the step shows it; a text that looks like one stays. */
  {
    sqlite3 *db = sf_db_get_handle (sf_project_get_db (f->mine));
    g_autofree char *number = sf_merge_describe_value (db, FALSE, "indicator_value",
                                                       "value_number", "96.0");
    g_autofree char *text = sf_merge_describe_value (db, FALSE, "flat", "name", "96.0");

    g_assert_cmpstr (number, ==, "96");
    g_assert_cmpstr (text, ==, "96.0");
  }
}

/* The copy adds a participant for a person mine removed, and makes a statement of mine the new
 * participant's: the participant comes out again, and the statement, which that set to no one
 * (ON DELETE SET NULL), gets mine's participant back, as a conflict. */
static void
test_orphan_nulls_nothing (SfTestMerge   *f,
                           gconstpointer  data)
{
  g_autoptr(SfMergePlan) merge = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL, *who = NULL;
  g_autofree char *path = g_strdup (sf_project_get_path (f->mine));
  gboolean statement = FALSE;
  GPtrArray *conflicts;

  /* Session X with Q taking part and saying something; Z not (yet). */
  g_clear_object (&f->mine);
  sf_test_exec_on_file (path,
    "INSERT INTO person (id, name) VALUES ('00000000-0000-4000-8000-00000000000a', 'Q'),"
    "  ('00000000-0000-4000-8000-00000000000b', 'Z');"
    "INSERT INTO session (id, created) VALUES ('00000000-0000-4000-8000-00000000000c', '');"
    "INSERT INTO participant (id, session_id, person_id) VALUES"
    "  ('00000000-0000-4000-8000-00000000000d', '00000000-0000-4000-8000-00000000000c',"
    "   '00000000-0000-4000-8000-00000000000a');"
    "INSERT INTO statement (id, session_id, participant_id, position, text, created) VALUES"
    "  ('00000000-0000-4000-8000-00000000000e', '00000000-0000-4000-8000-00000000000c',"
    "   '00000000-0000-4000-8000-00000000000d', 0, 'Ik wil hier blijven wonen', '')");
  f->mine = sf_project_open (path, SF_DB_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (sf_project_export_copy (f->mine, f->theirs, TRUE, &error));
  sf_test_exec_on_file (f->theirs,
    "INSERT INTO participant (id, session_id, person_id) VALUES"
    "  ('00000000-0000-4000-8000-00000000000f', '00000000-0000-4000-8000-00000000000c',"
    "   '00000000-0000-4000-8000-00000000000b');"
    "UPDATE statement SET participant_id = '00000000-0000-4000-8000-00000000000f'");
  g_assert_true (sf_project_delete_row (f->mine, "Remove", "DELETE FROM person WHERE id = ?1",
                                        "00000000-0000-4000-8000-00000000000b", &error));
  g_assert_no_error (error);

  merge = sf_test_merge_plan (f);
  conflicts = sf_merge_plan_get_conflicts (merge);
  for (guint i = 0; i < conflicts->len; i++)
    {
      SfMergeConflict *c = g_ptr_array_index (conflicts, i);

      statement |= g_str_equal (c->table, "statement") &&
                   g_strcmp0 (c->column, "participant_id") == 0 &&
                   c->kind == SF_MERGE_PARENT_REMOVED;
    }
  g_assert_true (statement);
  g_assert_true (sf_project_apply_merge (f->mine, merge, NULL));
  who = sf_test_dump_rows (f->mine, "SELECT participant_id FROM statement", FALSE);
  g_assert_cmpstr (who, ==, "00000000-0000-4000-8000-00000000000d|\n");
}

/* A copy of another project, or a file that is no project, is refused and changes nothing. */
static void
test_refused (SfTestMerge   *f,
              gconstpointer  data)
{
  g_autofree char *other_dir = g_build_filename (f->dir.dir, "other", NULL);
  g_autofree char *other_path = g_build_filename (other_dir, "ander.startfoto", NULL);
  g_autofree char *junk = g_build_filename (f->dir.dir, "junk.startfoto", NULL);
  g_autofree char *before = sf_test_dump_tables (f->mine, sf_test_merge_tables);
  g_autofree char *after = NULL;
  g_autoptr(SfProject) other = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (other_dir, 0700), ==, 0);
  other = sf_test_create_project (other_path);
  g_assert_null (sf_merge_plan_new (f->mine, other_path, NULL, &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_OTHER_PROJECT);
  g_clear_error (&error);
  g_assert_true (g_file_set_contents (junk, "not a project", -1, NULL));
  g_assert_null (sf_merge_plan_new (f->mine, junk, NULL, &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_NOT_SQLITE);
  after = sf_test_dump_tables (f->mine, sf_test_merge_tables);
  g_assert_cmpstr (after, ==, before);
}

/* An open conflict survives reopening; taking the copy's value writes it, undo brings mine
 * back, a value written by hand is kept, and keeping mine closes it; a conflict naming a
 * table the schema has not is refused. */
static void
test_decide (SfTestMerge   *f,
             gconstpointer  data)
{
  g_autoptr(SfMergePlan) merge = NULL;
  g_autofree char *sql = g_strdup_printf ("UPDATE flat SET name = 'Kwikstaart' WHERE id = '%s'",
                                          f->flat_b);
  g_autofree char *name = NULL, *what = NULL;
  g_autoptr(GError) error = NULL;
  SfConflict *conflict;
  GListModel *open;

  sf_test_exec_on_file (f->theirs, sql);
  sf_test_merge_rename_flat (f->mine, f->flat_b, "Het Kwikstaartje (96)");
  merge = sf_test_merge_plan (f);
  g_assert_true (sf_project_apply_merge (f->mine, merge, NULL));
  f->mine = sf_test_reopen (f->mine, f->dir.path);
  open = sf_project_get_conflicts (f->mine);
  g_assert_cmpuint (g_list_model_get_n_items (open), ==, 1);
  g_assert_cmpuint (sf_project_count_open_conflicts (f->mine), ==, 1);
  conflict = sf_test_item (open, 0);
  what = sf_project_describe_conflict (f->mine, conflict);
  g_assert_cmpstr (what, ==, "Flat “Het Kwikstaartje (96)”: name");
  g_assert_cmpstr (sf_conflict_get_base (conflict), ==, "Het Kwikstaartje");
  g_assert_cmpstr (sf_conflict_get_theirs (conflict), ==, "Kwikstaart");

  g_assert_true (sf_project_decide_conflict (f->mine, sf_record_get_id (SF_RECORD (conflict)),
                                             SF_MERGE_TOOK_THEIRS, NULL, &error));
  g_assert_no_error (error);
  name = sf_test_merge_flat_name (f->mine, f->flat_b);
  g_assert_cmpstr (name, ==, "Kwikstaart|\n");
  g_clear_pointer (&name, g_free);
  g_assert_cmpuint (sf_project_count_open_conflicts (f->mine), ==, 0);
  g_assert_true (sf_project_undo (f->mine, NULL));
  name = sf_test_merge_flat_name (f->mine, f->flat_b);
  g_assert_cmpstr (name, ==, "Het Kwikstaartje (96)|\n");
  g_clear_pointer (&name, g_free);
  g_assert_cmpuint (sf_project_count_open_conflicts (f->mine), ==, 1);

  conflict = sf_test_item (open, 0);
  g_assert_true (sf_project_decide_conflict (f->mine, sf_record_get_id (SF_RECORD (conflict)),
                                             SF_MERGE_EDITED, "Het Kwikstaartje", NULL));
  name = sf_test_merge_flat_name (f->mine, f->flat_b);
  g_assert_cmpstr (name, ==, "Het Kwikstaartje|\n");
  g_assert_cmpuint (g_list_model_get_n_items (open), ==, 0);

  /* A file's conflict that names what the schema does not have changes nothing. */
  sf_test_exec_on_file (f->dir.path, "INSERT INTO merge_conflict (id, merge_id, table_name, "
                                     "row_id, column_name) SELECT 'x', id, 'sqlite_schema', "
                                     "'y', 'sql' FROM merge_record");
  f->mine = sf_test_reopen (f->mine, f->dir.path);
  g_assert_false (sf_project_decide_conflict (f->mine, "x", SF_MERGE_TOOK_THEIRS, NULL,
                                              &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_NOT_FOUND);
}

/* Making a copy removes the bases copies are unlikely to come back to: older than a year,
 * or beyond the newest 50 of the project. */
static void
test_bases_pruned (SfTestMerge   *f,
                   gconstpointer  data)
{
  g_autofree char *dir = NULL, *old = NULL, *more = NULL;
  g_autofree char *probe = sf_merge_base_path (NULL, sf_project_get_id (f->mine), "probe");
  g_autoptr(GDir) listing = NULL;
  guint n = 0;

  dir = g_path_get_dirname (probe);
  for (guint i = 0; i < 60; i++)
    {
      g_autofree char *name = g_strdup_printf ("extra-%02u.startfoto", i);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      struct utimbuf times = { 0, 0 };

      g_assert_true (g_file_set_contents (path, "base", -1, NULL));
      /* One is two years old; the others a minute apart, all newer than the year. */
      times.actime = times.modtime = i == 0 ? time (NULL) - 2 * 365 * 24 * 3600
                                            : time (NULL) - 3600 + 60 * (glong) i;
      g_assert_cmpint (g_utime (path, &times), ==, 0);
    }
  old = g_build_filename (dir, "extra-00.startfoto", NULL);
  more = g_build_filename (f->dir.dir, "nog-een.startfoto", NULL);
  g_assert_true (sf_project_export_copy (f->mine, more, TRUE, NULL));
  g_assert_false (g_file_test (old, G_FILE_TEST_EXISTS));
  listing = g_dir_open (dir, 0, NULL);
  while (g_dir_read_name (listing) != NULL)
    n++;
  g_assert_cmpuint (n, ==, 50);
}

/* The copy removed a flat whose figure mine entered since: the flat stays, with mine's
 * figure, as a conflict; a removal never takes mine's work with it. */
static void
test_removal_keeps_mine_under_it (SfTestMerge   *f,
                                  gconstpointer  data)
{
  g_autoptr(SfMergePlan) merge = NULL;
  g_autofree char *sql = g_strdup_printf ("PRAGMA foreign_keys = ON; "
                                          "DELETE FROM flat WHERE id = '%s'", f->flat_a);
  g_autofree char *count = g_strdup_printf ("SELECT count (*) FROM indicator_value "
                                            "WHERE flat_id = '%s'", f->flat_a);
  SfMergeConflict *conflict;

  /* The figure is in the copy as made; the copy removes the flat (and so the figure), mine
   * corrects the figure. */
  sf_test_set_number (f->mine, "s3q1a", f->flat_a, 80, SF_ACCURACY_EXACT);
  g_assert_true (sf_project_export_copy (f->mine, f->theirs, TRUE, NULL));
  sf_test_exec_on_file (f->theirs, sql);
  sf_test_set_number (f->mine, "s3q1a", f->flat_a, 96, SF_ACCURACY_EXACT);
  merge = sf_test_merge_plan (f);
  g_assert_cmpuint (sf_merge_plan_get_counts (merge, 0)->removed, ==, 0);
  g_assert_cmpuint (sf_merge_plan_get_conflicts (merge)->len, ==, 2);
  conflict = g_ptr_array_index (sf_merge_plan_get_conflicts (merge), 1);
  g_assert_cmpint (conflict->kind, ==, SF_MERGE_THEIRS_REMOVED);
  g_assert_cmpstr (conflict->row_id, ==, f->flat_a);
  g_assert_true (sf_project_apply_merge (f->mine, merge, NULL));
  g_assert_cmpuint (sf_test_count_rows (f->mine, count), ==, 1);
}

/* A base id that is no id (a path of the copy's making) names no base; a copy made of a
 * project that merges hold no merge's values (they may be confidential). */
static void
test_hostile_base_and_copy (SfTestMerge   *f,
                            gconstpointer  data)
{
  g_autoptr(SfMergePlan) merge = NULL;
  g_autofree char *sql = g_strdup_printf ("UPDATE flat SET name = 'Kwikstaart' WHERE id = '%s'",
                                          f->flat_b);
  g_autofree char *second = g_build_filename (f->dir.dir, "tweede.startfoto", NULL);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  sf_test_exec_on_file (f->theirs, sql);
  sf_test_merge_rename_flat (f->mine, f->flat_b, "Het Kwikstaartje (96)");
  merge = sf_test_merge_plan (f);
  g_assert_true (sf_project_apply_merge (f->mine, merge, NULL));
  g_assert_cmpuint (sf_project_count_open_conflicts (f->mine), ==, 1);
  g_assert_true (sf_project_export_copy (f->mine, second, TRUE, NULL));
  g_assert_cmpint (sqlite3_open_v2 (second, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT (SELECT count (*) FROM merge_conflict) + "
                                           "(SELECT count (*) FROM merge_record)", -1, &stmt,
                                       NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  sf_test_exec_on_file (second, "UPDATE copy_origin SET id = '../../../../etc/passwd'");
  g_clear_pointer (&merge, sf_merge_plan_free);
  merge = sf_merge_plan_new (f->mine, second, NULL, NULL);
  g_assert_nonnull (merge);
  g_assert_false (sf_merge_plan_has_base (merge));
}

/* The project's history of merges: each merge with its copy's name, when, what it added,
 * changed and removed and its conflicts, newest first; a decision shows at once, and the
 * history survives reopening. */
static void
test_history (SfTestMerge   *f,
              gconstpointer  data)
{
  g_autofree char *sql = g_strdup_printf ("UPDATE flat SET name = 'De Zilverreiger (96)' "
                                          "WHERE id = '%s';"
                                          "UPDATE flat SET name = 'Kwikstaart' WHERE id = '%s';"
                                          "INSERT INTO flat (id, position, name) VALUES "
                                          "('0b4e6a5e-1111-4000-8000-000000000003', 9, 'Merel')",
                                          f->flat_a, f->flat_b);
  g_autofree char *second = g_build_filename (f->dir.dir, "kopie-van-anna.startfoto", NULL);
  g_autoptr(SfMergePlan) merge = NULL;
  g_autoptr(GDateTime) when = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  SfMergeRecord *record;
  GListModel *merges = sf_project_get_merges (f->mine);
  SfConflict *conflict;

  g_assert_cmpuint (g_list_model_get_n_items (merges), ==, 0);
  sf_test_exec_on_file (f->theirs, sql);
  sf_test_merge_rename_flat (f->mine, f->flat_b, "Het Kwikstaartje (96)");
  merge = sf_test_merge_plan (f);
  g_assert_true (sf_project_apply_merge (f->mine, merge, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (merges), ==, 1);
  record = sf_test_item (merges, 0);
  g_assert_cmpstr (sf_merge_record_get_copy_name (record), ==, "kopie.startfoto");
  g_assert_cmpuint (sf_merge_record_get_added (record), ==, 1);
  g_assert_cmpuint (sf_merge_record_get_changed (record), ==, 1);
  g_assert_cmpuint (sf_merge_record_get_removed (record), ==, 0);
  g_assert_cmpuint (sf_merge_record_get_n_conflicts (record), ==, 1);
  g_assert_cmpuint (sf_merge_record_get_n_open (record), ==, 1);
  when = g_date_time_new_from_iso8601 (sf_merge_record_get_merged (record), NULL);
  g_assert_nonnull (when);
  g_assert_cmpint (g_date_time_difference (now, when), <, 60 * G_TIME_SPAN_SECOND);

  /* Deciding the conflict shows in the same record. */
  conflict = sf_test_item (sf_project_get_conflicts (f->mine), 0);
  g_assert_true (sf_project_decide_conflict (f->mine, sf_record_get_id (SF_RECORD (conflict)),
                                             SF_MERGE_KEPT_MINE, NULL, NULL));
  g_assert_cmpuint (sf_merge_record_get_n_open (record), ==, 0);
  g_assert_cmpuint (sf_merge_record_get_n_conflicts (record), ==, 1);

  /* A second copy, with one flat removed: it comes first. */
  g_assert_true (sf_project_export_copy (f->mine, second, FALSE, NULL));
  sf_test_exec_on_file (second, "DELETE FROM flat WHERE name = 'Merel'");
  g_clear_pointer (&f->theirs, g_free);
  f->theirs = g_strdup (second);
  g_clear_pointer (&merge, sf_merge_plan_free);
  merge = sf_test_merge_plan (f);
  g_assert_true (sf_project_apply_merge (f->mine, merge, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (merges), ==, 2);
  record = sf_test_item (merges, 0);
  g_assert_cmpstr (sf_merge_record_get_copy_name (record), ==, "kopie-van-anna.startfoto");
  g_assert_cmpuint (sf_merge_record_get_added (record), ==, 0);
  g_assert_cmpuint (sf_merge_record_get_removed (record), ==, 1);
  g_assert_cmpuint (sf_merge_record_get_n_conflicts (record), ==, 0);
  record = sf_test_item (merges, 1);
  g_assert_cmpstr (sf_merge_record_get_copy_name (record), ==, "kopie.startfoto");
  g_assert_cmpuint (sf_merge_record_get_n_conflicts (record), ==, 1);
  g_assert_cmpuint (sf_merge_record_get_n_open (record), ==, 0);

  /* Undoing the merge takes it out of the history again; the first stays, also reopened. */
  g_assert_true (sf_project_undo (f->mine, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (merges), ==, 1);
  f->mine = sf_test_reopen (f->mine, f->dir.path);
  merges = sf_project_get_merges (f->mine);
  g_assert_cmpuint (g_list_model_get_n_items (merges), ==, 1);
  record = sf_test_item (merges, 0);
  g_assert_cmpstr (sf_merge_record_get_copy_name (record), ==, "kopie.startfoto");
  g_assert_cmpuint (sf_merge_record_get_added (record), ==, 1);
  g_assert_cmpuint (sf_merge_record_get_n_conflicts (record), ==, 1);
}

/* An edit to mine after the preview, even in the same second, stops the merge: the plan
 * would write over it. */
static void
test_changed_since (SfTestMerge   *f,
                    gconstpointer  data)
{
  g_autoptr(SfMergePlan) merge = NULL;
  g_autofree char *sql = g_strdup_printf ("UPDATE flat SET name = 'Kwikstaart' WHERE id = '%s'",
                                          f->flat_b);
  g_autofree char *name = NULL;
  g_autoptr(GError) error = NULL;

  sf_test_exec_on_file (f->theirs, sql);
  merge = sf_test_merge_plan (f);
  sf_test_merge_rename_flat (f->mine, f->flat_a, "De Zilverreiger (nieuw)");
  g_assert_false (sf_project_apply_merge (f->mine, merge, &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID);
  name = sf_test_merge_flat_name (f->mine, f->flat_b);
  g_assert_cmpstr (name, ==, "Het Kwikstaartje|\n");
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
  ADD ("/merge/with-base", test_with_base, TRUE);
  ADD ("/merge/without-base", test_without_base, FALSE);
  ADD ("/merge/migrated-apart", test_migrated_apart, TRUE);
  ADD ("/merge/reference-by-name", test_reference_by_name, TRUE);
  ADD ("/merge/orphan-nulls-nothing", test_orphan_nulls_nothing, TRUE);
  ADD ("/merge/removed", test_removed, TRUE);
  ADD ("/merge/decide", test_decide, TRUE);
  ADD ("/merge/bases-pruned", test_bases_pruned, TRUE);
  ADD ("/merge/removal-keeps-mine", test_removal_keeps_mine_under_it, TRUE);
  ADD ("/merge/hostile", test_hostile_base_and_copy, TRUE);
  ADD ("/merge/changed-since", test_changed_since, TRUE);
  ADD ("/merge/refused", test_refused, TRUE);
  ADD ("/merge/history", test_history, TRUE);
  return g_test_run ();
}
