/* test-csv.c: the inventory's figures exported as CSV and imported back, and every malformed
 * file refused with its line and the project left as it was, without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "sf-copy.h"
#include "sf-csv.h"
#include "sf-inventory.h"
#include "sf-inventory-private.h"
#include "sf-project-private.h"
#include "sf-project.h"
#include "sf-store-error.h"
#include "sf-test-store.h"

typedef struct
{
  char      *dir;
  char      *path;
  char      *csv;
  SfProject *project;
  char      *flat;  /* "De Zilverreiger" */
  char      *other; /* "Het Baken" */
} Fixture;

/* Two flats with a few figures: exact, an estimate, a structured value, a yes/no with a
 * description, text that needs quoting, and a figure of the whole neighbourhood. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  SfIndicatorValueFields dwellings = { TRUE, 120, NULL, NULL, SF_ACCURACY_EXACT, "Woonstad",
                                       "2025", "", SF_VALUE_CHECKED };
  SfIndicatorValueFields residents = { TRUE, 150.5, NULL, NULL, SF_ACCURACY_ESTIMATE,
                                       "Huismeester; telling", "jan 2025",
                                       "Geteld \"ongeveer\",\nop twee regels", SF_VALUE_RECEIVED };
  SfIndicatorValueFields ages = { FALSE, 0, NULL,
                                  "{\"bands\": {\"<55\": 10, \"85+\": 20}, \"average\": 77}",
                                  SF_ACCURACY_AVERAGE, "CBS", "2024", NULL, SF_VALUE_RECEIVED };
  SfIndicatorValueFields room = { TRUE, 1, "Ontmoetingsruimte, begane grond", NULL,
                                  SF_ACCURACY_EXACT, "", "", "", SF_VALUE_CHECKED };
  SfIndicatorValueFields other = { TRUE, 80, NULL, NULL, SF_ACCURACY_EXACT, "", "", "",
                                   SF_VALUE_RECEIVED };
  SfIndicatorValueFields hood = { TRUE, 3, NULL, NULL, SF_ACCURACY_ESTIMATE, "Wijkteam", "",
                                  "", SF_VALUE_ASKED };

  f->dir = g_dir_make_tmp ("startfoto-test-XXXXXX", NULL);
  g_assert_nonnull (f->dir);
  f->path = g_build_filename (f->dir, "project.startfoto", NULL);
  f->csv = g_build_filename (f->dir, "figures.csv", NULL);
  f->project = sf_test_create_project (f->path);
  f->flat = sf_test_add_flat (f->project, "De Zilverreiger");
  f->other = sf_test_add_flat (f->project, "Het Baken");
  sf_test_set_value (f->project, "s3q1a", f->flat, &dwellings);
  sf_test_set_value (f->project, "s3q1b", f->flat, &residents);
  sf_test_set_value (f->project, "s3q3", f->flat, &ages);
  sf_test_set_value (f->project, "s3q2", f->flat, &room);
  sf_test_set_value (f->project, "s3q1a", f->other, &other);
  sf_test_set_value (f->project, "s3q5", NULL, &hood);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->project);
  sf_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
  g_free (f->csv);
  g_free (f->flat);
  g_free (f->other);
}

/* The figures as a user sees them. */
static char *
snapshot (SfProject *project)
{
  return sf_test_dump_rows (project, "SELECT coalesce (i.key, i.name), f.name, "
                                     "quote (v.value_number), quote (v.value_text), "
                                     "quote (v.value_json), v.accuracy, quote (v.source), "
                                     "quote (v.period), quote (v.note), v.status "
                                     "FROM indicator_value v "
                                     "JOIN indicator i ON i.id = v.indicator_id "
                                     "LEFT JOIN flat f ON f.id = v.flat_id "
                                     "ORDER BY 1, 2", FALSE);
}

/* Every row of indicator_value as stored, ids and types included. */
static char *
raw_snapshot (SfProject *project)
{
  return sf_test_dump_rows (project, "SELECT * FROM indicator_value ORDER BY id", TRUE);
}

/* Undo gives @before back and redo @after, as @take_snapshot sees them. */
static void
assert_undo_redo (SfProject  *project,
                  char     *(*take_snapshot) (SfProject *project),
                  const char *before,
                  const char *after)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;

  g_assert_true (sf_project_undo (project, &error));
  g_assert_no_error (error);
  undone = take_snapshot (project);
  g_assert_cmpstr (undone, ==, before);
  g_assert_true (sf_project_redo (project, &error));
  g_assert_no_error (error);
  redone = take_snapshot (project);
  g_assert_cmpstr (redone, ==, after);
}

static void
write_file (const char *path,
            const char *contents)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, contents, -1, &error));
  g_assert_no_error (error);
}

/* A copy of the project with every figure cleared (flats and indicators kept). */
static SfProject *
empty_copy (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *copy_path = g_build_filename (f->dir, "copy.startfoto", NULL);
  SfProject *copy;

  g_assert_true (sf_project_export_copy (f->project, copy_path, TRUE, &error));
  g_assert_no_error (error);
  copy = sf_project_open (copy_path, SF_DB_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_nonnull (copy);
  g_assert_true (sf_db_exec (sf_project_get_db (copy), "DELETE FROM indicator_value", &error));
  g_assert_no_error (error);
  return copy;
}

static void
round_trip (Fixture *f,
            char     separator)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SfCsvImport) import = NULL;
  g_autoptr(SfProject) copy = NULL;
  g_autofree char *before = snapshot (f->project);
  g_autofree char *after = NULL;
  g_autofree char *contents = NULL;
  GStatBuf info;

  g_assert_true (sf_project_export_csv (f->project, f->csv, separator, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (f->csv, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);
  g_assert_true (g_file_get_contents (f->csv, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "\xef\xbb\xbf" "flat"));
  g_assert_nonnull (strstr (contents, separator == ';' ? "150,5" : "150.5"));

  copy = empty_copy (f);
  g_assert_cmpuint (sf_test_count_rows (copy, "SELECT count(*) FROM indicator_value"), ==, 0);
  g_assert_true (sf_project_import_csv_preview (copy, f->csv, &import, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sf_csv_import_get_separator (import), ==, separator);
  g_assert_cmpuint (sf_csv_import_get_n_rows (import), ==, 6);
  g_assert_cmpstr (sf_csv_import_get_columns (import)[0], ==, "flat");
  g_assert_cmpstr (sf_csv_import_get_column_use (import, 2), ==, "name");
  g_assert_cmpstr (sf_csv_import_get_row (import, 0)->flat_name, ==, "De Zilverreiger");
  g_assert_cmpstr (sf_csv_import_get_row (import, 0)->indicator_id, ==,
                   sf_test_key_id (copy, "s3q1a"));
  g_assert_cmpuint (sf_csv_import_get_row (import, 0)->line, ==, 2);
  g_assert_true (sf_project_import_csv_apply (copy, import, &error));
  g_assert_no_error (error);
  after = snapshot (copy);
  g_assert_cmpstr (after, ==, before);
}

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  round_trip (f, ';');
}

static void
test_round_trip_comma (Fixture       *f,
                       gconstpointer  data)
{
  round_trip (f, ',');
}

/* Import is one undo step; undo brings back the old values, redo the imported ones. */
static void
test_undo (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SfCsvImport) import = NULL;
  g_autofree char *before = snapshot (f->project);
  g_autofree char *imported = NULL;

  write_file (f->csv,
              "flat;indicator;value;accuracy;status\n"
              "De Zilverreiger;s3q1a;130;estimate;received\n"
              "Het Baken;s3q1a;90;;\n"
              "Het Baken;s3q2;ja;;checked\n");
  g_assert_true (sf_project_import_csv_preview (f->project, f->csv, &import, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sf_csv_import_get_n_rows (import), ==, 3);
  g_assert_true (sf_project_import_csv_apply (f->project, import, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (sf_project_get_undo_label (f->project), ==, "Import figures");
  g_assert_cmpfloat (sf_indicator_value_get_number (
                       sf_project_find_indicator_value (f->project,
                                                        sf_test_key_id (f->project, "s3q1a"),
                                                        f->other)), ==, 90);
  g_assert_cmpint (sf_indicator_value_get_accuracy (
                     sf_project_find_indicator_value (f->project,
                                                      sf_test_key_id (f->project, "s3q1a"),
                                                      f->flat)), ==, SF_ACCURACY_ESTIMATE);
  imported = snapshot (f->project);
  g_assert_cmpstr (imported, !=, before);
  assert_undo_redo (f->project, snapshot, before, imported);
}

/* The import records its own undo step (sf-changeset-writer.c): new figures, changed ones,
 * ones left as they were, the neighbourhood's, "-0", a long unicode note. Undo brings back
 * exactly the rows from before, ids and types included, and redo exactly the imported ones,
 * also after an edit that was undone in between. */
static void
test_undo_every_kind (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SfCsvImport) import = NULL;
  g_autoptr(GString) contents = g_string_new ("flat;indicator;value;text;accuracy;source;"
                                              "period;note;status\n");
  g_autoptr(GString) note = g_string_new (NULL);
  g_autofree char *before = raw_snapshot (f->project);
  g_autofree char *imported = NULL;
  g_autofree char *now = NULL;
  SfIndicatorValueFields edit = { TRUE, 5, NULL, NULL, SF_ACCURACY_EXACT, "", "", "",
                                  SF_VALUE_RECEIVED };
  const char *dwellings = sf_test_key_id (f->project, "s3q1a");
  g_autofree char *kept_id = NULL;

  while (note->len < 20000)
    g_string_append (note, "Één bewoner vertelde: “het is hier goed wonen”. ");
  /* as it is (no change) */
  g_string_append (contents, "De Zilverreiger;s3q1a;120;;exact;Woonstad;2025;;checked\n");
  /* the number changed */
  g_string_append (contents, "De Zilverreiger;s3q1b;151;;estimate;\"Huismeester; telling\";"
                             "jan 2025;\"Geteld \"\"ongeveer\"\",\nop twee regels\";"
                             "received\n");
  /* the neighbourhood's, changed and new */
  g_string_append (contents, ";s3q5;4;;estimate;Wijkteam;;;asked\n");
  g_string_append (contents, ";s3q6;-0;;;;;;\n");
  /* only the note changed, to a long one */
  g_string_append_printf (contents, "Het Baken;s3q1a;80;;exact;;;%s;received\n", note->str);
  /* new: a structured value and a yes with its description */
  g_string_append (contents, "Het Baken;s3q12;\"[{\"\"kind\"\": \"\"overlast\"\", "
                             "\"\"count\"\": 4}]\";;;;;;\n");
  g_string_append (contents, "Het Baken;s3q2;ja;Recreatiezaal;;;;;checked\n");
  write_file (f->csv, contents->str);

  g_assert_true (sf_project_import_csv_preview (f->project, f->csv, &import, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sf_csv_import_get_n_rows (import), ==, 7);
  kept_id = g_strdup (sf_record_get_id (SF_RECORD (
    sf_project_find_indicator_value (f->project, dwellings, f->flat))));
  g_assert_true (sf_project_import_csv_apply (f->project, import, &error));
  g_assert_no_error (error);
  imported = raw_snapshot (f->project);
  g_assert_cmpstr (imported, !=, before);
  /* the row left as it was keeps its id; -0 is kept as 0 */
  g_assert_cmpstr (sf_record_get_id (SF_RECORD (
    sf_project_find_indicator_value (f->project, dwellings, f->flat))), ==, kept_id);
  g_assert_cmpuint (sf_test_count_rows (f->project, "SELECT count(*) FROM indicator_value "
                                        "WHERE flat_id IS NULL AND value_number = 0"), ==, 1);
  g_assert_cmpuint (sf_test_count_rows (f->project, "SELECT count(*) FROM indicator_value "
                                        "WHERE length (CAST (note AS BLOB)) >= 20000"), ==, 1);
  assert_undo_redo (f->project, raw_snapshot, before, imported);

  /* an edit on top, undone, then the import undone and redone */
  sf_test_set_value (f->project, "s3q1b", f->other, &edit);
  g_assert_true (sf_project_undo (f->project, &error));
  g_assert_no_error (error);
  g_assert_true (sf_project_undo (f->project, &error));
  g_assert_no_error (error);
  g_free (now);
  now = raw_snapshot (f->project);
  g_assert_cmpstr (now, ==, before);
  g_assert_true (sf_project_redo (f->project, &error));
  g_assert_no_error (error);
  g_free (now);
  now = raw_snapshot (f->project);
  g_assert_cmpstr (now, ==, imported);
}

/* Importing f->csv (of @n_rows rows) leaves every row as it was, and no undo step. */
static void
assert_import_changes_nothing (Fixture *f,
                               guint    n_rows)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SfCsvImport) import = NULL;
  g_autofree char *before = raw_snapshot (f->project);
  g_autofree char *after = NULL;
  g_autofree char *label = g_strdup (sf_project_get_undo_label (f->project));

  g_assert_true (sf_project_import_csv_preview (f->project, f->csv, &import, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sf_csv_import_get_n_rows (import), ==, n_rows);
  g_assert_true (sf_project_import_csv_apply (f->project, import, &error));
  g_assert_no_error (error);
  after = raw_snapshot (f->project);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpstr (sf_project_get_undo_label (f->project), ==, label);
}

/* Importing exactly what is there changes nothing: no undo step, no new "last change". */
static void
test_import_unchanged (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sf_project_export_csv (f->project, f->csv, ';', &error));
  g_assert_no_error (error);
  assert_import_changes_nothing (f, 6);
}

/* "-0" over a 0 is the same figure: the number is kept as a REAL column keeps it (0), so
 * nothing changes and no undo step appears. */
static void
test_import_minus_zero (Fixture       *f,
                        gconstpointer  data)
{
  SfIndicatorValueFields zero = { TRUE, 0, NULL, NULL, SF_ACCURACY_EXACT, "", "", "",
                                  SF_VALUE_RECEIVED };

  sf_test_set_value (f->project, "s3q6", f->flat, &zero);
  write_file (f->csv, "flat;indicator;value;status\nDe Zilverreiger;s3q6;-0;received\n");
  assert_import_changes_nothing (f, 1);
}

typedef struct
{
  const char                   *indicator_id;
  const char                   *flat_id;
  const SfIndicatorValueFields *fields;
} Twice;

static const SfIndicatorValueFields *
twice_at (gpointer     data,
          guint        index,
          const char **indicator_id,
          const char **flat_id)
{
  Twice *twice = data;

  *indicator_id = twice->indicator_id;
  *flat_id = twice->flat_id;
  return twice->fields;
}

static gboolean
write_twice (SfDb              *db,
             gpointer           data,
             SfChangesetWriter *changes,
             GError           **error)
{
  return sf_inventory_write_values (db, 2, twice_at, data, changes, error);
}

/* The same figure twice in one write, new or already there, would give two records of one
 * row, and undo would then find the second value where it expects the first: it is refused
 * (the import's preview refuses it first, with its lines). */
static void
test_write_twice (Fixture       *f,
                  gconstpointer  data)
{
  SfIndicatorValueFields fields = { TRUE, 12, NULL, NULL, SF_ACCURACY_EXACT, "", "", "",
                                    SF_VALUE_RECEIVED };
  const char *keys[] = { "s3q6" /* new */, "s3q1a" /* there already, with 120 */ };
  g_autofree char *before = raw_snapshot (f->project);

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_autoptr(GError) error = NULL;
      Twice twice = { sf_test_key_id (f->project, keys[i]), f->flat, &fields };
      g_autofree char *after = NULL;

      g_assert_false (sf_project_run_written_action (f->project, "Twice", write_twice, &twice,
                                                     &error));
      g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID);
      after = raw_snapshot (f->project);
      g_assert_cmpstr (after, ==, before);
      g_assert_cmpstr (sf_project_get_undo_label (f->project), !=, "Twice");
    }
}

typedef struct
{
  const char *name;
  const char *contents;
  const char *message; /* a part of the message: the line */
} Malformed;

static const Malformed malformed[] = {
  { "encoding", "flat;indicator;value\nDe Zilverreiger;s3q1a;12\nHet Baken;s3q1a;\xe9\xe9n\n",
    "Line 3 " },
  { "unknown-indicator", "flat;indicator;value\nDe Zilverreiger;s3q1a;12\n"
    "Het Baken;s3q99;4\n", "Line 3:" },
  { "unknown-flat", "flat;indicator;value\nDe Reiger;s3q1a;12\n", "Line 2:" },
  { "text-in-count", "flat;indicator;value\nDe Zilverreiger;s3q1a;12\n\n"
    "Het Baken;s3q1b;veel\n", "Line 4:" },
  { "negative-count", "flat;indicator;value\nHet Baken;s3q1b;-4\n", "Line 2:" },
  { "ragged", "flat;indicator;value;note\nDe Zilverreiger;s3q1a;12;\"twee\nregels\"\n"
    "Het Baken;s3q1a;12\n", "Line 4 " },
  { "unterminated-quote", "flat;indicator;value;note\nDe Zilverreiger;s3q1a;12;ok\n"
    "Het Baken;s3q1a;12;\"nooit dicht\nnog steeds\n", "Line 3:" },
  { "stray-quote", "flat;indicator;value\nDe Zilverreiger;s3q1a;\"12\"x\n", "Line 2:" },
  { "bad-json", "flat;indicator;value\nDe Zilverreiger;s3q3;\"{\"\"bands\"\": 3}\"\n", "Line 2:" },
  { "yes-no", "flat;indicator;value\nDe Zilverreiger;s3q2;misschien\n", "Line 2:" },
  { "accuracy", "flat;indicator;value;accuracy\nHet Baken;s3q1a;3;gok\n", "Line 2:" },
  { "duplicate", "flat;indicator;value\nHet Baken;s3q1a;3\nHet Baken;s3q1a;4\n", "Line 3:" },
  { "header", "vlak;indicator\nHet Baken;s3q1a\n", "Line 1:" },
};

static void
assert_refused (Fixture    *f,
                const char *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SfCsvImport) import = NULL;
  g_autofree char *before = snapshot (f->project);
  g_autofree char *after = NULL;

  g_assert_false (sf_project_import_csv_preview (f->project, f->csv, &import, &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID);
  g_assert_null (import);
  if (g_test_verbose ())
    g_printerr ("%s\n", error->message);
  g_assert_nonnull (strstr (error->message, message));
  after = snapshot (f->project);
  g_assert_cmpstr (after, ==, before);
}

static void
test_malformed (Fixture       *f,
                gconstpointer  data)
{
  const Malformed *m = data;
  gboolean could_undo = sf_project_can_undo (f->project);
  const char *undo_label = sf_project_get_undo_label (f->project);

  write_file (f->csv, m->contents);
  assert_refused (f, m->message);
  g_assert_cmpint (sf_project_can_undo (f->project), ==, could_undo);
  g_assert_cmpstr (sf_project_get_undo_label (f->project), ==, undo_label);
}

/* A 50 MB file (sparse, so made at once) is refused before it is read. */
static void
test_too_big (Fixture       *f,
              gconstpointer  data)
{
  int fd = g_open (f->csv, O_WRONLY | O_CREAT | O_TRUNC, 0600);

  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (write (fd, "flat;indicator;value\n", 21), ==, 21);
  g_assert_cmpint (ftruncate (fd, 50 * 1024 * 1024), ==, 0);
  g_assert_cmpint (close (fd), ==, 0);
  assert_refused (f, "too large");
}

/* Applying refuses, and rolls back every row, when a flat went away after the preview. */
static void
test_flat_removed (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SfCsvImport) import = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  write_file (f->csv, "flat,indicator,value\nDe Zilverreiger,s3q1a,1\nHet Baken,s3q1a,2\n");
  g_assert_true (sf_project_import_csv_preview (f->project, f->csv, &import, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sf_csv_import_get_separator (import), ==, ',');
  g_assert_true (sf_project_remove_flat (f->project, f->other, &error));
  g_assert_no_error (error);
  before = snapshot (f->project);
  g_assert_false (sf_project_import_csv_apply (f->project, import, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "Line 3:"));
  after = snapshot (f->project);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpstr (sf_project_get_undo_label (f->project), !=, "Import figures");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func, data) \
  g_test_add (path, Fixture, data, fixture_set_up, func, fixture_tear_down)

  ADD ("/csv/round-trip", test_round_trip, NULL);
  ADD ("/csv/round-trip-comma", test_round_trip_comma, NULL);
  ADD ("/csv/undo", test_undo, NULL);
  ADD ("/csv/undo-every-kind", test_undo_every_kind, NULL);
  ADD ("/csv/import-unchanged", test_import_unchanged, NULL);
  ADD ("/csv/import-minus-zero", test_import_minus_zero, NULL);
  ADD ("/csv/write-twice", test_write_twice, NULL);
  ADD ("/csv/too-big", test_too_big, NULL);
  ADD ("/csv/flat-removed", test_flat_removed, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (malformed); i++)
    {
      g_autofree char *path = g_strconcat ("/csv/malformed/", malformed[i].name, NULL);

      ADD (path, test_malformed, &malformed[i]);
    }
  return g_test_run ();
}
