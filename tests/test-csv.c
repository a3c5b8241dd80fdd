/* test-csv.c: the inventory's figures exported as CSV and imported back, in either language,
 * as a spreadsheet gives them back and as older versions wrote them, and undone, without a
 * display (what the import keeps as it was or refuses: test-csv-import.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

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
#include "sf-test-figures.h"
#include "sf-test-store.h"

typedef SfTestFigures Fixture;

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
  g_autofree char *before = sf_test_figures_snapshot (f->project);
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
  after = sf_test_figures_snapshot (copy);
  g_assert_cmpstr (after, ==, before);
}

/* Import is one undo step; undo brings back the old values, redo the imported ones. */
static void
test_undo (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SfCsvImport) import = NULL;
  g_autofree char *before = sf_test_figures_snapshot (f->project);
  g_autofree char *imported = NULL;

  sf_test_write_file (f->csv,
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
  imported = sf_test_figures_snapshot (f->project);
  g_assert_cmpstr (imported, !=, before);
  assert_undo_redo (f->project, sf_test_figures_snapshot, before, imported);
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
  g_autofree char *before = sf_test_figures_raw (f->project);
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
  sf_test_write_file (f->csv, contents->str);

  g_assert_true (sf_project_import_csv_preview (f->project, f->csv, &import, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sf_csv_import_get_n_rows (import), ==, 7);
  kept_id = g_strdup (sf_record_get_id (SF_RECORD (
    sf_project_find_indicator_value (f->project, dwellings, f->flat))));
  g_assert_true (sf_project_import_csv_apply (f->project, import, &error));
  g_assert_no_error (error);
  imported = sf_test_figures_raw (f->project);
  g_assert_cmpstr (imported, !=, before);
  /* the row left as it was keeps its id; -0 is kept as 0 */
  g_assert_cmpstr (sf_record_get_id (SF_RECORD (
    sf_project_find_indicator_value (f->project, dwellings, f->flat))), ==, kept_id);
  g_assert_cmpuint (sf_test_count_rows (f->project, "SELECT count(*) FROM indicator_value "
                                        "WHERE flat_id IS NULL AND value_number = 0"), ==, 1);
  g_assert_cmpuint (sf_test_count_rows (f->project, "SELECT count(*) FROM indicator_value "
                                        "WHERE length (CAST (note AS BLOB)) >= 20000"), ==, 1);
  assert_undo_redo (f->project, sf_test_figures_raw, before, imported);

  /* an edit on top, undone, then the import undone and redone */
  sf_test_set_value (f->project, "s3q1b", f->other, &edit);
  g_assert_true (sf_project_undo (f->project, &error));
  g_assert_no_error (error);
  g_assert_true (sf_project_undo (f->project, &error));
  g_assert_no_error (error);
  g_free (now);
  now = sf_test_figures_raw (f->project);
  g_assert_cmpstr (now, ==, before);
  g_assert_true (sf_project_redo (f->project, &error));
  g_assert_no_error (error);
  g_free (now);
  now = sf_test_figures_raw (f->project);
  g_assert_cmpstr (now, ==, imported);
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
  g_autofree char *before = sf_test_figures_raw (f->project);
  g_autofree char *after = NULL;
  const char *id = sf_test_key_id (f->project, edit->key);
  guint replaced = 0, unchanged = 0;

  g_assert_true (sf_project_export_csv (f->project, f->csv, ';', edit->language, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (f->csv, &contents, NULL, NULL));
  rows = sf_test_csv_read (contents, ';');
  sf_test_csv_edit (rows, edit->flat, edit->key, edit->from, edit->to);
  saved = sf_test_csv_write_like_spreadsheet (rows, ';', decimal);
  sf_test_write_file (f->csv, saved);

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
  after = sf_test_figures_raw (f->project);
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
  g_autofree char *before = sf_test_figures_snapshot (f->project);
  g_autofree char *after = NULL;

  for (guint r = 0; r < G_N_ELEMENTS (rows); r++)
    append_row (contents, separator, rows[r]);
  sf_test_write_file (f->csv, contents->str);
  g_assert_true (sf_project_import_csv_preview (copy, f->csv, &import, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sf_csv_import_get_separator (import), ==, separator);
  g_assert_true (sf_project_import_csv_apply (copy, import, &error));
  g_assert_no_error (error);
  after = sf_test_figures_snapshot (copy);
  g_assert_cmpstr (after, ==, before);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *path = g_strconcat ("/csv/round-trip/", formats[i].name, NULL);

      SF_TEST_FIGURES_ADD (path, test_round_trip, &formats[i]);
    }
  SF_TEST_FIGURES_ADD ("/csv/undo", test_undo, NULL);
  SF_TEST_FIGURES_ADD ("/csv/undo-every-kind", test_undo_every_kind, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (edits); i++)
    {
      g_autofree char *path = g_strconcat ("/csv/spreadsheet/", edits[i].name, NULL);

      SF_TEST_FIGURES_ADD (path, test_spreadsheet, &edits[i]);
    }
  SF_TEST_FIGURES_ADD ("/csv/older-file", test_older_file, GINT_TO_POINTER (';'));
  SF_TEST_FIGURES_ADD ("/csv/older-file-comma", test_older_file, GINT_TO_POINTER (','));
  SF_TEST_FIGURES_ADD ("/csv/older-file-tab", test_older_file, GINT_TO_POINTER ('\t'));
  return g_test_run ();
}
