/* test-search.c: search across a project: flats, step 3's figures and their names, what is
 * marked confidential, and files from before flats and figures could be found
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>

#include "sf-csv.h"
#include "sf-project-figures.h"
#include "sf-project-private.h"
#include "sf-search.h"
#include "sf-project-key-figures.h"
#include "sf-test-store.h"

typedef struct
{
  SfTestDir  dir;
  SfProject *project;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  sf_test_dir_set_up (&f->dir, data);
  f->project = sf_test_create_project (f->dir.path);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->project);
  sf_test_dir_tear_down (&f->dir, data);
}

static GPtrArray *
find (SfProject  *project,
      const char *text)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *hits = sf_search_find (project, text, 50, &error);

  g_assert_no_error (error);
  g_assert_nonnull (hits);
  return hits;
}

/* The hit of @kind, or NULL; there is at most one. */
static SfSearchHit *
hit_of (GPtrArray  *hits,
        const char *kind)
{
  SfSearchHit *found = NULL;

  for (guint i = 0; i < hits->len; i++)
    {
      SfSearchHit *hit = g_ptr_array_index (hits, i);

      if (g_str_equal (hit->kind, kind))
        {
          g_assert_null (found);
          found = hit;
        }
    }
  return found;
}

static void
undo (SfProject *project)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sf_project_undo (project, &error));
  g_assert_no_error (error);
}

/* A flat by its name, address or corporation; an edit, a removal and undo keep up. */
static void
test_flats (Fixture       *f,
            gconstpointer  data)
{
  SfFlatFields fields = { "De Reiger", "Kooilaan 12-80, Den Haag", "Staedion", 64 };
  g_autofree char *id = sf_project_add_flat (f->project, &fields, NULL);
  g_autoptr(GPtrArray) hits = NULL;
  SfSearchHit *hit;

  g_assert_nonnull (id);
  hits = find (f->project, "kooilaan");
  hit = hit_of (hits, "flat");
  g_assert_nonnull (hit);
  g_assert_cmpstr (hit->ref, ==, id);
  g_assert_cmpuint (hit->step, ==, 0);
  g_assert_false (hit->confidential);
  g_assert_nonnull (strstr (hit->snippet, "\x02Kooilaan\x03"));
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = find (f->project, "staedion reiger");
  g_assert_nonnull (hit_of (hits, "flat"));
  g_clear_pointer (&hits, g_ptr_array_unref);

  fields.address = "Meeuwenlaan 3";
  g_assert_true (sf_project_update_flat (f->project, id, &fields, NULL));
  hits = find (f->project, "kooilaan");
  g_assert_null (hit_of (hits, "flat"));
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = find (f->project, "meeuwen");
  g_assert_nonnull (hit_of (hits, "flat"));
  g_clear_pointer (&hits, g_ptr_array_unref);

  g_assert_true (sf_project_remove_flat (f->project, id, NULL));
  hits = find (f->project, "meeuwen");
  g_assert_null (hit_of (hits, "flat"));
  g_clear_pointer (&hits, g_ptr_array_unref);
  undo (f->project);
  hits = find (f->project, "meeuwen");
  g_assert_nonnull (hit_of (hits, "flat"));
}

/* A figure by its text, source, period, note and the text in a structured value; a hit
 * says which figure of which flat. */
static void
test_figures (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *flat = sf_test_add_flat (f->project, "De Reiger");
  SfIndicatorValueFields fields = {
    .has_number = TRUE, .number = 1, .text = "Ontmoetingsruimte met keukentje",
    .source = "Woonstichting, plattegrond", .period = "peildatum 1 januari",
    .note = "Ruimte wordt gedeeld met de buurt", .status = SF_VALUE_RECEIVED,
  };
  SfIndicator *room = sf_project_find_indicator_by_key (f->project, "s3q2");
  g_autoptr(GPtrArray) hits = NULL;
  g_autofree char *context = NULL;
  SfSearchHit *hit;

  sf_test_set_value (f->project, "s3q2", flat, &fields);
  for (const char * const *word = (const char * const[]) { "keukentje", "plattegrond",
                                                           "peildatum", "gedeeld", NULL };
       *word != NULL; word++)
    {
      g_autoptr(GPtrArray) found = find (f->project, *word);

      hit = hit_of (found, "indicator_value");
      g_assert_nonnull (hit);
      g_assert_cmpuint (hit->step, ==, 3);
    }
  hits = find (f->project, "keukentje");
  hit = hit_of (hits, "indicator_value");
  context = g_strdup_printf ("%s · De Reiger", sf_indicator_get_name (room));
  g_assert_cmpstr (hit->context, ==, context);
  g_assert_cmpstr (hit->ref, ==,
                   sf_record_get_id (SF_RECORD (sf_project_find_indicator_value (
                     f->project, sf_record_get_id (SF_RECORD (room)), flat))));
  g_clear_pointer (&hits, g_ptr_array_unref);

  /* The text of a structured value, accents ignored; the neighbourhood's own figures too. */
  sf_test_set_json (f->project, "s3q12", NULL,
                    "[{\"kind\": \"Reparatieverzoek\", \"count\": 48}, "
                    "{\"kind\": \"Zorgen om een bewoner\", \"count\": 5}]", SF_ACCURACY_EXACT);
  sf_test_set_json (f->project, "s3q14", flat,
                    "[{\"name\": \"Koffieochtend\", \"organiser\": \"Welzijn Voorbeeldstad\", "
                    "\"frequency\": \"wekelijks, dinsdag\", \"attendance\": 18}]",
                    SF_ACCURACY_AVERAGE);
  hits = find (f->project, "reparatie");
  hit = hit_of (hits, "indicator_value");
  g_assert_nonnull (hit);
  g_assert_nonnull (g_strrstr (hit->context, " · "));
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = find (f->project, "dinsdag welzijn");
  g_assert_nonnull (hit_of (hits, "indicator_value"));
  g_clear_pointer (&hits, g_ptr_array_unref);

  /* Undone, the figure is not found any more. */
  undo (f->project);
  hits = find (f->project, "dinsdag");
  g_assert_null (hit_of (hits, "indicator_value"));
}

/* A figure by its name: the method's, as shown, and the users' own. */
static void
test_figure_names (Fixture       *f,
                   gconstpointer  data)
{
  SfIndicator *room = sf_project_find_indicator_by_key (f->project, "s3q2");
  const char *room_id = sf_record_get_id (SF_RECORD (room));
  g_auto(GStrv) words = g_strsplit (sf_indicator_get_name (room), " ", -1);
  g_autofree char *own = sf_project_add_indicator (f->project, "Huismeester in de flat",
                                                   SF_INDICATOR_COUNT, "uur", NULL);
  g_autoptr(GPtrArray) hits = NULL;
  SfSearchHit *hit = NULL;

  /* The method's name, by its last word, written without capitals. */
  hits = find (f->project, g_utf8_strdown (words[g_strv_length (words) - 1], -1));
  for (guint i = 0; i < hits->len && hit == NULL; i++)
    if (g_str_equal (((SfSearchHit *) g_ptr_array_index (hits, i))->ref, room_id))
      hit = g_ptr_array_index (hits, i);
  g_assert_nonnull (hit);
  g_assert_cmpstr (hit->kind, ==, "indicator");
  g_assert_cmpuint (hit->step, ==, 3);
  g_assert_nonnull (strchr (hit->snippet, '\x02'));
  g_clear_pointer (&hits, g_ptr_array_unref);

  hits = find (f->project, "huismeest");
  hit = hit_of (hits, "indicator");
  g_assert_nonnull (hit);
  g_assert_cmpstr (hit->ref, ==, own);
  g_assert_cmpstr (hit->snippet, ==, "\x02Huismeester\x03 in de flat");
  g_clear_pointer (&hits, g_ptr_array_unref);

  /* Renamed, by its new name; hidden, not at all (step 3 does not show it). */
  g_assert_true (sf_project_rename_indicator (f->project, own, "Conciërge", NULL));
  hits = find (f->project, "concierge");
  g_assert_nonnull (hit_of (hits, "indicator"));
  g_clear_pointer (&hits, g_ptr_array_unref);
  g_assert_true (sf_project_set_indicator_hidden (f->project, own, TRUE, NULL));
  hits = find (f->project, "concierge");
  g_assert_null (hit_of (hits, "indicator"));
}

/* Hits in what is marked confidential say so. */
static void
test_confidential (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *open = sf_project_add_session (f->project, "2026-10-01", "", NULL, NULL);
  g_autofree char *closed = sf_project_add_session (f->project, "2026-10-08", "", NULL, NULL);
  g_autoptr(GPtrArray) hits = NULL;

  g_assert_true (sf_project_set_session_notes (f->project, open, "Koffie in de hal", FALSE,
                                               NULL));
  g_assert_true (sf_project_set_session_notes (f->project, closed, "Koffie bij mevrouw K.",
                                               TRUE, NULL));
  hits = find (f->project, "koffie");
  g_assert_cmpuint (hits->len, ==, 2);
  for (guint i = 0; i < hits->len; i++)
    {
      SfSearchHit *hit = g_ptr_array_index (hits, i);

      g_assert_cmpstr (hit->kind, ==, "session");
      g_assert_cmpint (hit->confidential, ==, g_str_equal (hit->ref, closed));
    }
}

/* A file from before flats and figures could be found: a search completes its index, and
 * nothing else in it changes. */
static void
test_older_file (Fixture       *f,
                 gconstpointer  data)
{
  static const char * const tables[] = {
    "project", "flat", "partner", "person", "question", "step", "interview", "answer",
    "session", "participant", "statement", "key_point", "key_point_source", "theme", "tag",
    "indicator", "indicator_value", "indicator_assignment", NULL
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  g_autofree char *rows_before = NULL;
  g_autofree char *rows_after = NULL;
  sqlite3 *handle;
  int changes;

  /* As such a file is: the same project without them in its index. */
  g_free (sf_test_add_flat (f->project, "De Reiger"));
  sf_test_set_value (f->project, "s3q1a", NULL, &(SfIndicatorValueFields) {
                       .has_number = TRUE, .number = 96, .source = "Huurdersadministratie" });
  g_assert_true (sf_db_exec (sf_project_get_db (f->project),
                             "DELETE FROM search_fts WHERE kind IN ('flat', 'indicator_value');"
                             "DELETE FROM search_fts_ref WHERE ref IN "
                             "(SELECT id FROM flat UNION SELECT id FROM indicator_value)",
                             NULL));
  f->project = sf_test_reopen (f->project, f->dir.path);
  rows_before = sf_test_dump_tables (f->project, tables);

  hits = find (f->project, "reiger");
  g_assert_nonnull (hit_of (hits, "flat"));
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = find (f->project, "huurders");
  g_assert_nonnull (hit_of (hits, "indicator_value"));
  g_clear_pointer (&hits, g_ptr_array_unref);
  rows_after = sf_test_dump_tables (f->project, tables);
  g_assert_cmpstr (rows_after, ==, rows_before);
  g_assert_false (sf_project_can_undo (f->project));

  /* Once is enough: the next search writes nothing. */
  handle = sf_db_get_handle (sf_project_get_db (f->project));
  changes = sqlite3_total_changes (handle);
  hits = find (f->project, "reiger");
  g_assert_cmpint (sqlite3_total_changes (handle), ==, changes);
}

/* An import of many figures leaves the index to the next search, which finds them all; its
 * undo too. */
static void
test_large_import (Fixture       *f,
                   gconstpointer  data)
{
  static const char * const counts[] = {
    "s3q1a", "s3q1b", "s3q5", "s3q6", "s3q7", "s3q8", "s3q9", "s3q10", "s3q11a", "s3q11b",
  };
  g_autoptr(GString) csv = g_string_new ("flat;indicator;value;source\r\n");
  g_autoptr(SfCsvImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  const char *marked = "SELECT count (*) FROM search_fts_ref WHERE ref = ''";

  for (guint flat = 1; flat <= 150; flat++)
    {
      g_autofree char *name = g_strdup_printf ("Flat %u", flat);

      g_free (sf_test_add_flat (f->project, name));
      for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
        g_string_append_printf (csv, "%s;%s;%u;Cliëntregistratie\r\n", name, counts[i], flat);
    }
  g_assert_cmpuint (sf_test_count_rows (f->project, marked), ==, 0);
  g_assert_true (sf_project_import_csv_data (f->project, csv->str, csv->len, &import, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sf_csv_import_get_n_rows (import), ==, 1500);
  g_assert_true (sf_project_import_csv_apply (f->project, import, &error));
  g_assert_no_error (error);
  /* Not indexed by the import itself. */
  g_assert_cmpuint (sf_test_count_rows (f->project, marked), ==, 1);

  hits = sf_search_find (f->project, "clientregistratie", 2000, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hits->len, ==, 1500);
  g_assert_cmpuint (sf_test_count_rows (f->project, marked), ==, 0);
  g_clear_pointer (&hits, g_ptr_array_unref);

  undo (f->project);
  hits = find (f->project, "clientregistratie");
  g_assert_cmpuint (hits->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  /* The method's names in English, as the test reads them. */
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/search/flats", test_flats);
  ADD ("/search/figures", test_figures);
  ADD ("/search/figure-names", test_figure_names);
  ADD ("/search/confidential", test_confidential);
  ADD ("/search/older-file", test_older_file);
  ADD ("/search/large-import", test_large_import);
  return g_test_run ();
}
