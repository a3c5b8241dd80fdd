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
#include "sf-csv-cells.h"
#include "sf-project-figures.h"
#include "sf-project-figures-private.h"
#include "sf-project-private.h"
#include "sf-project.h"
#include "sf-store-error.h"
#include "sf-test-csv.h"
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

/* Structured figures, their texts such that their cells need quotes. */
#define AGES_JSON "{\"bands\": {\"<55\": 10, \"85+\": 20}, \"average\": 77}"
#define REPORTS_JSON \
  "[{\"kind\": \"Overlast: geluid\", \"count\": 4}, " \
  "{\"kind\": \"Lekkage; dak\", \"count\": 2.5}, {\"kind\": \"Zonder aantal\"}, " \
  "{\"kind\": \" \\\"Spatie\\\" \", \"count\": 0.30000000000000004}]"
#define ACTIVITIES_JSON \
  "[{\"name\": \"Koffie: ochtend\", \"organiser\": \"Buurthuis \\\"De Brug\\\"\", " \
  "\"frequency\": \"di 10:00; do 14:00\", \"attendance\": 12}, {\"organiser\": \"Bewoners\"}, " \
  "{\"name\": \"[Bingo]\", \"frequency\": \"\"}, " \
  "{\"name\": \"Tuin\\nclub\", \"attendance\": 1e-07}]"

/* Two flats with a few figures: exact, an estimate, structured values (whose texts need
 * quoting in their cells), a yes/no with a description, a category, text that needs quoting,
 * and a figure of the whole neighbourhood. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  SfIndicatorValueFields dwellings = { TRUE, 120, NULL, NULL, SF_ACCURACY_EXACT, "Woonstad",
                                       "2025", "", SF_VALUE_CHECKED };
  SfIndicatorValueFields residents = { TRUE, 150.5, NULL, NULL, SF_ACCURACY_ESTIMATE,
                                       "Huismeester; telling", "jan 2025",
                                       "Geteld \"ongeveer\",\nop twee regels", SF_VALUE_RECEIVED };
  SfIndicatorValueFields ages = { FALSE, 0, NULL, AGES_JSON, SF_ACCURACY_AVERAGE, "CBS", "2024",
                                  NULL, SF_VALUE_RECEIVED };
  SfIndicatorValueFields room = { TRUE, 1, "Ontmoetingsruimte, begane grond", NULL,
                                  SF_ACCURACY_EXACT, "", "", "", SF_VALUE_CHECKED };
  SfIndicatorValueFields other = { TRUE, 80, NULL, NULL, SF_ACCURACY_EXACT, "", "", "",
                                   SF_VALUE_RECEIVED };
  SfIndicatorValueFields hood = { TRUE, 3, NULL, NULL, SF_ACCURACY_ESTIMATE, "Wijkteam", "",
                                  "", SF_VALUE_ASKED };
  SfIndicatorValueFields mix = { TRUE, SF_CATEGORY_MIXED, "Ouderen en starters", NULL,
                                 SF_ACCURACY_EXACT, "", "", "", SF_VALUE_RECEIVED };
  SfIndicatorValueFields reports = { FALSE, 0, NULL, REPORTS_JSON, SF_ACCURACY_ESTIMATE,
                                     "Politie", "2025", "", SF_VALUE_RECEIVED };
  SfIndicatorValueFields activities = { FALSE, 0, NULL, ACTIVITIES_JSON, SF_ACCURACY_EXACT, "", "",
                                        "", SF_VALUE_CHECKED };

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
  sf_test_set_value (f->project, "s3q4", f->flat, &mix);
  sf_test_set_value (f->project, "s3q13", f->other, &reports);
  sf_test_set_value (f->project, "s3q15", f->other, &activities);
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

/* The figures as a user sees them (structured ones without their spacing). */
static char *
snapshot (SfProject *project)
{
  return sf_test_dump_rows (project, "SELECT coalesce (i.key, i.name), f.name, "
                                     "quote (v.value_number), quote (v.value_text), "
                                     "quote (json (v.value_json)), v.accuracy, quote (v.source), "
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

typedef struct
{
  const char    *name;
  char           separator;
  SfCsvLanguage  language;
} Format;

static const Format formats[] = {
  { "english", ';', SF_CSV_ENGLISH },
  { "english-comma", ',', SF_CSV_ENGLISH },
  { "english-tab", '\t', SF_CSV_ENGLISH },
  { "dutch", ';', SF_CSV_DUTCH },
  { "dutch-comma", ',', SF_CSV_DUTCH },
  { "dutch-tab", '\t', SF_CSV_DUTCH },
};

/* What a file of @format says, and what it does not, in its value and accuracy cells. */
static void
assert_words (const char   *contents,
              const Format *format)
{
  gboolean dutch = format->language == SF_CSV_DUTCH;
  gboolean comma = dutch && format->separator == ';';
  const char *expected[] = {
    dutch ? "flat#cijfer#naam#eenheid#waarde#beschrijving#nauwkeurigheid#bron#"
            "datum of periode#notitie#status\r\n"
          : "flat#indicator#name#unit#value#text#accuracy#source#period#note#status\r\n",
    comma ? "#150,5#" : "#150.5#",
    dutch ? "#schatting#Huismeester; telling#" : "#estimate#Huismeester; telling#",
    dutch ? "#ja#Ontmoetingsruimte, begane grond#exact#"
          : "#yes#Ontmoetingsruimte, begane grond#exact#",
    dutch ? "#gemengd#Ouderen en starters#" : "#mixed#Ouderen en starters#",
    dutch ? "#<55: 10; 85+: 20; gemiddelde leeftijd: 77#" : "#<55: 10; 85+: 20; average age: 77#",
    comma ? "#\"Overlast: geluid\": 4; \"Lekkage; dak\": 2,5; Zonder aantal; "
            "\" \"\"Spatie\"\" \": 0,30000000000000004#"
          : "#\"Overlast: geluid\": 4; \"Lekkage; dak\": 2.5; Zonder aantal; "
            "\" \"\"Spatie\"\" \": 0.30000000000000004#",
    dutch ? "#\"Koffie: ochtend\"; organisator: \"Buurthuis \"\"De Brug\"\"\"; "
            "hoe vaak: \"di 10:00; do 14:00\"; deelnemers: 12\n"
            "organisator: Bewoners\n\"[Bingo]\"; hoe vaak: \"\"\n"
            "\"Tuin\nclub\"; deelnemers: 1e-07#"
          : "#\"Koffie: ochtend\"; organiser: \"Buurthuis \"\"De Brug\"\"\"; "
            "how often: \"di 10:00; do 14:00\"; participants: 12\n"
            "organiser: Bewoners\n\"[Bingo]\"; how often: \"\"\n"
            "\"Tuin\nclub\"; participants: 1e-07#",
  };
  g_autoptr(GString) cells = g_string_new (NULL);
  gboolean quoted = FALSE;

  /* The file's cells as a spreadsheet shows them, '#' between them. */
  for (const char *p = contents; *p != '\0'; p++)
    {
      if (*p == '"' && quoted && p[1] == '"')
        g_string_append_c (cells, *p++);
      else if (*p == '"')
        quoted = !quoted;
      else if (*p == format->separator && !quoted)
        g_string_append_c (cells, '#');
      else
        g_string_append_c (cells, *p);
    }
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    if (strstr (cells->str, expected[i]) == NULL)
      g_error ("“%s” is not in the file:\n%s", expected[i], cells->str);
  /* No JSON, and no English words in a Dutch file. */
  g_assert_null (strstr (contents, "{"));
  g_assert_null (strstr (contents, "[{"));
  if (dutch)
    g_assert_null (strstr (cells->str, "received"));
}

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  const Format *format = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(SfCsvImport) import = NULL;
  g_autoptr(SfProject) copy = NULL;
  g_autofree char *before = snapshot (f->project);
  g_autofree char *after = NULL;
  g_autofree char *contents = NULL;
  GStatBuf info;

  g_assert_true (sf_project_export_csv (f->project, f->csv, format->separator, format->language,
                                        &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (f->csv, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);
  g_assert_true (g_file_get_contents (f->csv, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "\xef\xbb\xbf" "flat"));
  assert_words (contents + 3, format);

  copy = empty_copy (f);
  g_assert_cmpuint (sf_test_count_rows (copy, "SELECT count(*) FROM indicator_value"), ==, 0);
  g_assert_true (sf_project_import_csv_preview (copy, f->csv, &import, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sf_csv_import_get_separator (import), ==, format->separator);
  g_assert_cmpuint (sf_csv_import_get_n_rows (import), ==, 9);
  g_assert_cmpstr (sf_csv_import_get_columns (import)[0], ==, "flat");
  g_assert_cmpstr (sf_csv_import_get_column_use (import, 1), ==, "indicator");
  g_assert_cmpstr (sf_csv_import_get_column_use (import, 2), ==, "name");
  g_assert_cmpstr (sf_csv_import_get_column_use (import, 8), ==, "period");
  g_assert_cmpstr (sf_csv_import_get_row (import, 0)->flat_name, ==, "De Zilverreiger");
  g_assert_cmpstr (sf_csv_import_get_row (import, 0)->indicator_id, ==,
                   sf_test_key_id (copy, "s3q1a"));
  g_assert_cmpuint (sf_csv_import_get_row (import, 0)->line, ==, 2);
  g_assert_true (sf_project_import_csv_apply (copy, import, &error));
  g_assert_no_error (error);
  after = snapshot (copy);
  g_assert_cmpstr (after, ==, before);
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

  for (guint i = 0; i < 2; i++)
    {
      g_assert_true (sf_project_export_csv (f->project, f->csv, ';', i, &error));
      g_assert_no_error (error);
      assert_import_changes_nothing (f, 9);
    }
}

/* ---- as a spreadsheet gives it back ----------------------------------------------------- */

typedef struct
{
  const char    *name;
  SfCsvLanguage  language;
  const char    *flat;   /* the flat's name */
  const char    *key;
  const char    *from;   /* a part of the value cell, and what the user types over it */
  const char    *to;
} Edit;

static const Edit edits[] = {
  { "english", SF_CSV_ENGLISH, "De Zilverreiger", "s3q1b", "150.5", "151.5" },
  { "dutch", SF_CSV_DUTCH, "De Zilverreiger", "s3q1b", "150,5", "151,5" },
  { "dutch-ages", SF_CSV_DUTCH, "De Zilverreiger", "s3q3", "<55: 10", "<55: 11" },
  { "english-activities", SF_CSV_ENGLISH, "Het Baken", "s3q15", "participants: 12",
    "participants: 13" },
};

/* Export, open in a spreadsheet, change one figure there, save, import: the preview finds
 * that figure replaced and every other the same as entered, and applying it changes that
 * figure's row and no other. */
static void
test_spreadsheet (Fixture       *f,
                  gconstpointer  data)
{
  const Edit *edit = data;
  char decimal = edit->language == SF_CSV_DUTCH ? ',' : '.';
  g_autoptr(GError) error = NULL;
  g_autoptr(SfCsvImport) import = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *before = raw_snapshot (f->project);
  g_autofree char *after = NULL;
  const char *id = sf_test_key_id (f->project, edit->key);
  guint replaced = 0, unchanged = 0;

  g_assert_true (sf_project_export_csv (f->project, f->csv, ';', edit->language, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (f->csv, &contents, NULL, NULL));
  rows = sf_test_csv_read (contents, ';');
  sf_test_csv_edit (rows, edit->flat, edit->key, edit->from, edit->to);
  saved = sf_test_csv_write_like_spreadsheet (rows, ';', decimal);
  write_file (f->csv, saved);

  g_assert_true (sf_project_import_csv_preview (f->project, f->csv, &import, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sf_csv_import_get_n_rows (import), ==, 9);
  for (guint i = 0; i < sf_csv_import_get_n_rows (import); i++)
    {
      const SfCsvRow *row = sf_csv_import_get_row (import, i);
      SfIndicatorValue *value = sf_project_find_indicator_value (f->project, row->indicator_id,
                                                                 row->flat_id);

      g_assert_nonnull (value);
      if (sf_indicator_value_matches (value, &row->fields))
        unchanged++;
      else
        {
          replaced++;
          g_assert_cmpstr (row->indicator_id, ==, id);
        }
    }
  g_assert_cmpuint (replaced, ==, 1);
  g_assert_cmpuint (unchanged, ==, 8);

  g_assert_true (sf_project_import_csv_apply (f->project, import, &error));
  g_assert_no_error (error);
  after = raw_snapshot (f->project);
  sf_test_assert_one_line_changed (before, after, id);
}

/* ---- what older versions wrote ---------------------------------------------------------- */

static void
append_row (GString             *out,
            char                 separator,
            const char * const  *fields)
{
  for (guint c = 0; fields[c] != NULL; c++)
    {
      gboolean quote = strchr (fields[c], separator) != NULL ||
                       strpbrk (fields[c], "\"\r\n") != NULL;

      if (c > 0)
        g_string_append_c (out, separator);
      if (!quote)
        {
          g_string_append (out, fields[c]);
          continue;
        }
      g_string_append_c (out, '"');
      for (const char *p = fields[c]; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (out, '"');
          g_string_append_c (out, *p);
        }
      g_string_append_c (out, '"');
    }
  g_string_append (out, "\r\n");
}

/* The fixture's figures as versions before the readable cells wrote them (English words,
 * JSON for structured figures, 1 and 0 for yes and no, a decimal comma with ';'), and with
 * ',' or a tab between fields: read as the same figures. */
static void
test_older_file (Fixture       *f,
                 gconstpointer  data)
{
  char separator = GPOINTER_TO_INT (data);
  const char *decimal = separator == ';' ? "150,5" : "150.5";
  const char * const rows[][12] = {
    { "flat", "indicator", "name", "unit", "value", "text", "accuracy", "source", "period",
      "note", "status", NULL },
    { "De Zilverreiger", "s3q1a", "", "", "120", "", "exact", "Woonstad", "2025", "", "checked",
      NULL },
    { "De Zilverreiger", "s3q1b", "", "", decimal, "", "estimate", "Huismeester; telling",
      "jan 2025", "Geteld \"ongeveer\",\nop twee regels", "received", NULL },
    { "De Zilverreiger", "s3q2", "", "", "1", "Ontmoetingsruimte, begane grond", "exact", "",
      "", "", "checked", NULL },
    { "De Zilverreiger", "s3q3", "", "", AGES_JSON, "", "average", "CBS", "2024", "",
      "received", NULL },
    { "De Zilverreiger", "s3q4", "", "", "1", "Ouderen en starters", "exact", "", "", "",
      "received", NULL },
    { "Het Baken", "s3q1a", "", "", "80", "", "exact", "", "", "", "received", NULL },
    { "Het Baken", "s3q13", "", "", REPORTS_JSON, "", "estimate", "Politie", "2025", "",
      "received", NULL },
    { "Het Baken", "s3q15", "", "", ACTIVITIES_JSON, "", "exact", "", "", "", "checked", NULL },
    { "", "s3q5", "", "", "3", "", "estimate", "Wijkteam", "", "", "asked", NULL },
  };
  g_autoptr(GString) contents = g_string_new ("\xef\xbb\xbf");
  g_autoptr(GError) error = NULL;
  g_autoptr(SfCsvImport) import = NULL;
  g_autoptr(SfProject) copy = empty_copy (f);
  g_autofree char *before = snapshot (f->project);
  g_autofree char *after = NULL;

  for (guint r = 0; r < G_N_ELEMENTS (rows); r++)
    append_row (contents, separator, rows[r]);
  write_file (f->csv, contents->str);
  g_assert_true (sf_project_import_csv_preview (copy, f->csv, &import, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sf_csv_import_get_separator (import), ==, separator);
  g_assert_true (sf_project_import_csv_apply (copy, import, &error));
  g_assert_no_error (error);
  after = snapshot (copy);
  g_assert_cmpstr (after, ==, before);
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

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *path = g_strconcat ("/csv/round-trip/", formats[i].name, NULL);

      ADD (path, test_round_trip, &formats[i]);
    }
  ADD ("/csv/undo", test_undo, NULL);
  ADD ("/csv/undo-every-kind", test_undo_every_kind, NULL);
  ADD ("/csv/import-unchanged", test_import_unchanged, NULL);
  ADD ("/csv/import-minus-zero", test_import_minus_zero, NULL);
  ADD ("/csv/write-twice", test_write_twice, NULL);
  ADD ("/csv/too-big", test_too_big, NULL);
  ADD ("/csv/flat-removed", test_flat_removed, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (edits); i++)
    {
      g_autofree char *path = g_strconcat ("/csv/spreadsheet/", edits[i].name, NULL);

      ADD (path, test_spreadsheet, &edits[i]);
    }
  ADD ("/csv/older-file", test_older_file, GINT_TO_POINTER (';'));
  ADD ("/csv/older-file-comma", test_older_file, GINT_TO_POINTER (','));
  ADD ("/csv/older-file-tab", test_older_file, GINT_TO_POINTER ('\t'));
  g_test_add_data_func ("/csv/json-equal", NULL, (GTestDataFunc) test_json_equal);
  for (guint i = 0; i < G_N_ELEMENTS (cells); i++)
    {
      g_autofree char *path = g_strdup_printf ("/csv/cell/%u", i);

      g_test_add_data_func (path, &cells[i], test_cell);
    }
  for (guint i = 0; i < G_N_ELEMENTS (malformed); i++)
    {
      g_autofree char *path = g_strconcat ("/csv/malformed/", malformed[i].name, NULL);

      ADD (path, test_malformed, &malformed[i]);
    }
  return g_test_run ();
}
