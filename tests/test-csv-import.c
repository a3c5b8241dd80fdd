/* test-csv-import.c: what the import of the figures' CSV file keeps as it was, how it reads a
 * structured cell, and every malformed file refused with its line and the project left as it
 * was, without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "sf-csv.h"
#include "sf-csv-cells.h"
#include "sf-project-figures.h"
#include "sf-project-figures-private.h"
#include "sf-project-private.h"
#include "sf-project.h"
#include "sf-store-error.h"
#include "sf-test-figures.h"
#include "sf-test-store.h"

typedef SfTestFigures Fixture;

/* Importing f->csv (of @n_rows rows) leaves every row as it was, and no undo step. */
static void
assert_import_changes_nothing (Fixture *f,
                               guint    n_rows)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SfCsvImport) import = NULL;
  g_autofree char *before = sf_test_figures_raw (f->project);
  g_autofree char *after = NULL;
  g_autofree char *label = g_strdup (sf_project_get_undo_label (f->project));

  g_assert_true (sf_project_import_csv_preview (f->project, f->csv, &import, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sf_csv_import_get_n_rows (import), ==, n_rows);
  g_assert_true (sf_project_import_csv_apply (f->project, import, &error));
  g_assert_no_error (error);
  after = sf_test_figures_raw (f->project);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpstr (sf_project_get_undo_label (f->project), ==, label);
}

/* Importing exactly what is there changes nothing: no undo step, no new "last change". */
static void
test_import_unchanged (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 2; i++)
    {
      g_assert_true (sf_project_export_csv (f->project, f->csv, ';', i, &error));
      g_assert_no_error (error);
      assert_import_changes_nothing (f, 9);
    }
}

/* ---- structured cells ------------------------------------------------------------------- */

typedef struct
{
  SfIndicatorType  type;
  const char      *cell;
  const char      *json;    /* what it is read as; NULL: refused */
  const char      *message; /* a part of the refusal */
} Cell;

static const Cell cells[] = {
  { SF_INDICATOR_DISTRIBUTION, "<55: 10; 85+: 20; average age: 77",
    "{\"bands\": {\"<55\": 10, \"85+\": 20}, \"average\": 77}" },
  { SF_INDICATOR_DISTRIBUTION, "  55–64 : 3,5\n GEMIDDELD: 70 ;",
    "{\"bands\": {\"55-64\": 3.5}, \"average\": 70}" },
  { SF_INDICATOR_DISTRIBUTION, "gemiddelde leeftijd: 81", "{\"average\": 81}" },
  { SF_INDICATOR_DISTRIBUTION, " {\"average\": 81}", " {\"average\": 81}" },
  { SF_INDICATOR_CATEGORY_COUNTS, "Overlast: 4; Lekkage",
    "[{\"kind\": \"Overlast\", \"count\": 4}, {\"kind\": \"Lekkage\"}]" },
  { SF_INDICATOR_CATEGORY_COUNTS, "Overlast: geluid: 4\nLekkage: 1.5",
    "[{\"kind\": \"Overlast: geluid\", \"count\": 4}, {\"kind\": \"Lekkage\", \"count\": 1.5}]" },
  { SF_INDICATOR_CATEGORY_COUNTS, "\"a;\"\"b\"\"\": 2; \"\": 1; \"c\"",
    "[{\"kind\": \"a;\\\"b\\\"\", \"count\": 2}, {\"kind\": \"\", \"count\": 1}, "
    "{\"kind\": \"c\"}]" },
  { SF_INDICATOR_ACTIVITIES, "Koffie; organisator: De Brug; hoe vaak: wekelijks; "
    "deelnemers: 12; Bingo; participants: 30",
    "[{\"name\": \"Koffie\", \"organiser\": \"De Brug\", \"frequency\": \"wekelijks\", "
    "\"attendance\": 12}, {\"name\": \"Bingo\", \"attendance\": 30}]" },
  { SF_INDICATOR_ACTIVITIES, "organiser: A\r\norganiser: B; how often: \"10:00; 14:00\"",
    "[{\"organiser\": \"A\"}, {\"organiser\": \"B\", \"frequency\": \"10:00; 14:00\"}]" },
  { SF_INDICATOR_ACTIVITIES, "Activiteit: Koffie: en thee; Frequency: 10:00",
    "[{\"name\": \"Koffie: en thee\", \"frequency\": \"10:00\"}]" },
  { SF_INDICATOR_DISTRIBUTION, "<50: 3", NULL, "“<50” is not an age group" },
  { SF_INDICATOR_DISTRIBUTION, "<55: 3; <55: 4", NULL, "“<55” is there twice" },
  { SF_INDICATOR_DISTRIBUTION, "<55", NULL, "“<55” needs a number" },
  { SF_INDICATOR_DISTRIBUTION, "<55: ongeveer 3", NULL, "“ongeveer 3” is not a number" },
  { SF_INDICATOR_DISTRIBUTION, "85+: -3", NULL, "cannot be negative" },
  { SF_INDICATOR_DISTRIBUTION, " ; ", NULL, "not in the expected form" },
  { SF_INDICATOR_DISTRIBUTION, "{\"bands\": 3}", NULL, "not in the expected form" },
  { SF_INDICATOR_CATEGORY_COUNTS, ": 4", NULL, "needs its kind" },
  { SF_INDICATOR_CATEGORY_COUNTS, "\"open: 4", NULL, "quotes" },
  { SF_INDICATOR_CATEGORY_COUNTS, "\"a\"b: 4", NULL, "quotes" },
  { SF_INDICATOR_ACTIVITIES, "Koffie; plaats: buurthuis", NULL, "“plaats” is not one of" },
  { SF_INDICATOR_ACTIVITIES, "Koffie; organiser: \"De Brug", NULL, "quotes" },
  { SF_INDICATOR_ACTIVITIES, "[{\"when\": 1}]", NULL, "not in the expected form" },
};

static void
test_cell (gconstpointer data)
{
  const Cell *c = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = sf_csv_parse_structured (c->type, c->cell, "Leeftijd", &error);

  if (c->json == NULL)
    {
      g_assert_null (json);
      g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID);
      if (strstr (error->message, c->message) == NULL ||
          strstr (error->message, "Leeftijd") == NULL)
        g_error ("“%s” does not say “%s”", error->message, c->message);
      return;
    }
  g_assert_no_error (error);
  g_assert_true (sf_inventory_json_fits (c->type, json));
  if (!sf_inventory_json_equal (json, c->json))
    g_error ("“%s” was read as %s", c->cell, json);
}

/* Structured figures mean the same however they are spaced, ordered or their numbers
 * written; not when a value, a type or the order of a list differs. */
static void
test_json_equal (void)
{
  const char *same[][2] = {
    { "{\"a\": 1, \"b\": [1.0, \"x\", true, null]}", "{\"b\":[1,\"x\",true,null],\"a\":1e0}" },
    { "\"\\u00e9\\n\"", "\"é\\n\"" },
    { "-0", "0" },
    { "[{\"kind\": \"a\"}]", " [ { \"kind\" : \"a\" } ] " },
  };
  const char *different[][2] = {
    { "[1, 2]", "[2, 1]" },
    { "{\"a\": 1}", "{\"a\": \"1\"}" },
    { "{\"a\": 1}", "{\"a\": 1, \"b\": 1}" },
    { "{\"a\": 1}", NULL },
    { "{\"a\": 1", "{\"a\": 1}" },
    { "0.30000000000000004", "0.3" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (same); i++)
    g_assert_true (sf_inventory_json_equal (same[i][0], same[i][1]));
  for (guint i = 0; i < G_N_ELEMENTS (different); i++)
    {
      g_assert_false (sf_inventory_json_equal (different[i][0], different[i][1]));
      g_assert_false (sf_inventory_json_equal (different[i][1], different[i][0]));
    }
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
  sf_test_write_file (f->csv, "flat;indicator;value;status\nDe Zilverreiger;s3q6;-0;received\n");
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
  g_autofree char *before = sf_test_figures_raw (f->project);

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_autoptr(GError) error = NULL;
      Twice twice = { sf_test_key_id (f->project, keys[i]), f->flat, &fields };
      g_autofree char *after = NULL;

      g_assert_false (sf_project_run_written_action (f->project, "Twice", write_twice, &twice,
                                                     &error));
      g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID);
      after = sf_test_figures_raw (f->project);
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
  g_autofree char *before = sf_test_figures_snapshot (f->project);
  g_autofree char *after = NULL;

  g_assert_false (sf_project_import_csv_preview (f->project, f->csv, &import, &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID);
  g_assert_null (import);
  if (g_test_verbose ())
    g_printerr ("%s\n", error->message);
  g_assert_nonnull (strstr (error->message, message));
  after = sf_test_figures_snapshot (f->project);
  g_assert_cmpstr (after, ==, before);
}

static void
test_malformed (Fixture       *f,
                gconstpointer  data)
{
  const Malformed *m = data;
  gboolean could_undo = sf_project_can_undo (f->project);
  const char *undo_label = sf_project_get_undo_label (f->project);

  sf_test_write_file (f->csv, m->contents);
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

  sf_test_write_file (f->csv,
                      "flat,indicator,value\nDe Zilverreiger,s3q1a,1\nHet Baken,s3q1a,2\n");
  g_assert_true (sf_project_import_csv_preview (f->project, f->csv, &import, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sf_csv_import_get_separator (import), ==, ',');
  g_assert_true (sf_project_remove_flat (f->project, f->other, &error));
  g_assert_no_error (error);
  before = sf_test_figures_snapshot (f->project);
  g_assert_false (sf_project_import_csv_apply (f->project, import, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "Line 3:"));
  after = sf_test_figures_snapshot (f->project);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpstr (sf_project_get_undo_label (f->project), !=, "Import figures");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  SF_TEST_FIGURES_ADD ("/csv/import-unchanged", test_import_unchanged, NULL);
  SF_TEST_FIGURES_ADD ("/csv/import-minus-zero", test_import_minus_zero, NULL);
  SF_TEST_FIGURES_ADD ("/csv/write-twice", test_write_twice, NULL);
  SF_TEST_FIGURES_ADD ("/csv/too-big", test_too_big, NULL);
  SF_TEST_FIGURES_ADD ("/csv/flat-removed", test_flat_removed, NULL);
  g_test_add_data_func ("/csv/json-equal", NULL, (GTestDataFunc) test_json_equal);
  for (guint i = 0; i < G_N_ELEMENTS (cells); i++)
    {
      g_autofree char *path = g_strdup_printf ("/csv/cell/%u", i);

      g_test_add_data_func (path, &cells[i], test_cell);
    }
  for (guint i = 0; i < G_N_ELEMENTS (malformed); i++)
    {
      g_autofree char *path = g_strconcat ("/csv/malformed/", malformed[i].name, NULL);

      SF_TEST_FIGURES_ADD (path, test_malformed, &malformed[i]);
    }
  return g_test_run ();
}
