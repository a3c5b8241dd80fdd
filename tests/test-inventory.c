/* test-inventory.c: step 3 in the store (the method's and the users' own indicators, values
 * per flat, undo, migrations, the example), without a display (what the figures come to:
 * test-inventory-derived.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "sf-example.h"
#include "sf-project-figures.h"
#include "sf-project-figures-private.h"
#include "sf-method.h"
#include "sf-migrations.h"
#include "sf-progress.h"
#include "sf-project.h"
#include "sf-store-error.h"
#include "sf-test-store.h"

typedef SfTestDir Fixture;

/* Received from "Woonstad", for "2025". */
#define set_number(project, key, flat_id, number, accuracy) \
  sf_test_set_number_from (project, key, flat_id, number, accuracy, "Woonstad", "2025")

/* Every row of step 3's tables, in one string: what undo and redo must bring back exactly. */
static char *
snapshot (SfProject *project)
{
  static const char * const tables[] = {
    "indicator", "indicator_value", "indicator_assignment", NULL
  };

  return sf_test_dump_tables (project, tables);
}

/* The method's indicators, in the method's order, each with its type: the literal rows of
 * migration 3 must match method.json. */
static void
assert_method_indicators (SfProject *project)
{
  GListModel *indicators = sf_project_get_indicators (project);

  g_assert_cmpuint (sf_method_get_n_indicators (), ==, 20);
  g_assert_cmpuint (sf_test_n_items (indicators), >=, sf_method_get_n_indicators ());
  for (guint i = 0; i < sf_method_get_n_indicators (); i++)
    {
      const SfMethodIndicator *method = sf_method_get_indicator (i);
      SfIndicator *indicator = sf_test_item (indicators, i);

      g_assert_cmpstr (sf_indicator_get_key (indicator), ==, sf_method_indicator_get_key (method));
      g_assert_cmpint (sf_indicator_get_indicator_type (indicator), ==,
                       sf_method_indicator_get_indicator_type (method));
      g_assert_cmpstr (sf_indicator_get_name (indicator), ==,
                       sf_method_indicator_get_name (method));
      g_assert_cmpstr (sf_indicator_get_unit (indicator), ==,
                       sf_method_indicator_get_unit (method));
      g_assert_true (sf_indicator_is_standard (indicator));
      g_assert_false (sf_indicator_get_hidden (indicator));
    }
}

static void
test_new_project (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);

  assert_method_indicators (project);
  g_assert_cmpuint (sf_test_n_items (sf_project_get_indicators (project)), ==, 20);
  g_assert_cmpstr (sf_indicator_get_name (sf_project_find_indicator_by_key (project, "s3q1a")),
                   ==, "Number of dwellings");
  g_assert_cmpstr (sf_indicator_get_unit (sf_project_find_indicator_by_key (project, "s3q1b")),
                   ==, "residents");
  g_assert_cmpint (sf_indicator_get_indicator_type (
                     sf_project_find_indicator_by_key (project, "s3q3")), ==,
                   SF_INDICATOR_DISTRIBUTION);
  g_assert_false (sf_project_can_undo (project));
}

static void
test_values (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autofree char *flat = sf_test_add_flat (project, "De Zilverreiger");
  g_autofree char *other = sf_test_add_flat (project, "Het Baken");
  g_autoptr(GError) error = NULL;
  SfIndicatorValue *value;
  SfIndicatorValueFields room = { TRUE, 1, "  Ontmoetingsruimte op de begane grond ", NULL,
                                  SF_ACCURACY_EXACT, "Huismeester", "", "", SF_VALUE_CHECKED };
  SfIndicatorValueFields bad = { TRUE, -3, NULL, NULL, SF_ACCURACY_EXACT, NULL, NULL, NULL,
                                 SF_VALUE_RECEIVED };
  GListModel *values = sf_project_get_indicator_values (project, flat);

  set_number (project, "s3q1a", flat, 120, SF_ACCURACY_EXACT);
  set_number (project, "s3q1b", flat, 150, SF_ACCURACY_ESTIMATE);
  g_assert_cmpuint (sf_test_n_items (values), ==, 2);
  value = sf_project_find_indicator_value (project, sf_test_key_id (project, "s3q1b"), flat);
  g_assert_nonnull (value);
  g_assert_true (sf_indicator_value_has_number (value));
  g_assert_cmpfloat (sf_indicator_value_get_number (value), ==, 150);
  g_assert_cmpint (sf_indicator_value_get_accuracy (value), ==, SF_ACCURACY_ESTIMATE);
  g_assert_cmpstr (sf_indicator_value_get_source (value), ==, "Woonstad");
  g_assert_cmpstr (sf_indicator_value_get_period (value), ==, "2025");
  g_assert_cmpint (sf_indicator_value_get_status (value), ==, SF_VALUE_RECEIVED);

  /* Setting again replaces the value in the same row. */
  set_number (project, "s3q1b", flat, 160, SF_ACCURACY_EXACT);
  g_assert_cmpuint (sf_test_n_items (values), ==, 2);
  g_assert_true (value == sf_project_find_indicator_value (project,
                                                           sf_test_key_id (project, "s3q1b"),
                                                           flat));
  g_assert_cmpfloat (sf_indicator_value_get_number (value), ==, 160);
  g_assert_cmpint (sf_indicator_value_get_accuracy (value), ==, SF_ACCURACY_EXACT);

  g_assert_true (sf_project_set_indicator_value (project, sf_test_key_id (project, "s3q2"),
                                                 flat, &room, &error));
  g_assert_no_error (error);
  value = sf_project_find_indicator_value (project, sf_test_key_id (project, "s3q2"), flat);
  g_assert_cmpstr (sf_indicator_value_get_text (value), ==,
                   "Ontmoetingsruimte op de begane grond");

  /* Other flats and the neighbourhood keep their own values. */
  g_assert_cmpuint (sf_test_n_items (sf_project_get_indicator_values (project, other)), ==, 0);
  set_number (project, "s3q9", NULL, 40, SF_ACCURACY_AVERAGE);
  set_number (project, "s3q9", NULL, 42, SF_ACCURACY_AVERAGE);
  g_assert_cmpuint (sf_test_n_items (sf_project_get_indicator_values (project, NULL)), ==, 1);
  g_assert_cmpuint (sf_test_count_rows (project, "SELECT count(*) FROM indicator_value "
                                                 "WHERE flat_id IS NULL"), ==, 1);

  /* Values that do not fit the type are refused, and change nothing. */
  g_assert_false (sf_project_set_indicator_value (project, sf_test_key_id (project, "s3q1a"),
                                                  flat, &bad, &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID);
  g_clear_error (&error);
  bad.number = 2;
  g_assert_false (sf_project_set_indicator_value (project, sf_test_key_id (project, "s3q2"),
                                                  flat, &bad, &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID);
  g_clear_error (&error);
  bad.number = NAN;
  g_assert_false (sf_project_set_indicator_value (project, sf_test_key_id (project, "s3q5"),
                                                  flat, &bad, &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID);
  g_clear_error (&error);
  bad.has_number = FALSE;
  bad.json = "{\"bands\": {\"90+\": 3}}";
  g_assert_false (sf_project_set_indicator_value (project, sf_test_key_id (project, "s3q3"),
                                                  flat, &bad, &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID);
  g_clear_error (&error);
  bad.json = "[{\"kind\": \"overlast\", \"count\": \"veel\"}]";
  g_assert_false (sf_project_set_indicator_value (project, sf_test_key_id (project, "s3q12"),
                                                  flat, &bad, &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID);
  g_clear_error (&error);
  bad.json = "not json";
  g_assert_false (sf_project_set_indicator_value (project, sf_test_key_id (project, "s3q14"),
                                                  flat, &bad, &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (sf_test_n_items (values), ==, 3);

  sf_test_set_json (project, "s3q3", flat, "{\"bands\": {\"<55\": 10, \"85+\": 20}}",
                    SF_ACCURACY_EXACT);
  sf_test_set_json (project, "s3q12", flat, "[{\"kind\": \"overlast\", \"count\": 4}]",
                    SF_ACCURACY_EXACT);
  sf_test_set_json (project, "s3q14", flat,
                    "[{\"name\": \"Koffieochtend\", \"organiser\": \"Welzijn\", "
                    "\"frequency\": \"wekelijks\", \"attendance\": 25}]", SF_ACCURACY_EXACT);
  g_assert_cmpuint (sf_test_n_items (values), ==, 6);

  /* A value for a flat that is not there. */
  g_assert_false (sf_project_set_indicator_value (project, sf_test_key_id (project, "s3q1a"),
                                                  "nope", &room, &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Clearing, and the status of a value asked for but not yet received. */
  g_assert_true (sf_project_clear_indicator_value (project, sf_test_key_id (project, "s3q14"),
                                                   flat, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sf_test_n_items (values), ==, 5);
  g_assert_true (sf_project_set_indicator_status (project, sf_test_key_id (project, "s3q6"), flat,
                                                  SF_VALUE_ASKED, &error));
  g_assert_no_error (error);
  value = sf_project_find_indicator_value (project, sf_test_key_id (project, "s3q6"), flat);
  g_assert_nonnull (value);
  g_assert_false (sf_indicator_value_is_filled (value));
  g_assert_true (sf_project_set_indicator_status (project, sf_test_key_id (project, "s3q1a"), flat,
                                                  SF_VALUE_CHECKED, &error));
  value = sf_project_find_indicator_value (project, sf_test_key_id (project, "s3q1a"), flat);
  g_assert_cmpint (sf_indicator_value_get_status (value), ==, SF_VALUE_CHECKED);
  g_assert_cmpfloat (sf_indicator_value_get_number (value), ==, 120);

  /* Kept in the file; a removed flat takes its values along. */
  project = sf_test_reopen (g_steal_pointer (&project), f->path);
  g_assert_cmpuint (sf_test_n_items (sf_project_get_indicator_values (project, flat)), ==, 6);
  g_assert_true (sf_project_remove_flat (project, flat, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sf_test_n_items (sf_project_get_indicator_values (project, flat)), ==, 0);
  g_assert_true (sf_project_undo (project, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sf_test_n_items (sf_project_get_indicator_values (project, flat)), ==, 6);
  g_assert_true (sf_project_redo (project, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sf_test_count_rows (project, "SELECT count(*) FROM indicator_value"), ==, 1);
}

static void
test_own_indicators (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  SfIndicator *indicator;
  const char *standard;

  g_assert_null (sf_project_add_indicator (project, "  ", SF_INDICATOR_COUNT, "", &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID);
  g_clear_error (&error);

  id = sf_project_add_indicator (project, "Aantal gebouwen", SF_INDICATOR_COUNT, "gebouwen",
                                 &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sf_test_n_items (sf_project_get_indicators (project)), ==, 21);
  indicator = sf_test_item (sf_project_get_indicators (project), 20);
  g_assert_cmpstr (sf_record_get_id (SF_RECORD (indicator)), ==, id);
  g_assert_cmpstr (sf_indicator_get_name (indicator), ==, "Aantal gebouwen");
  g_assert_cmpstr (sf_indicator_get_unit (indicator), ==, "gebouwen");
  g_assert_null (sf_indicator_get_key (indicator));
  g_assert_false (sf_indicator_is_standard (indicator));

  g_assert_true (sf_project_rename_indicator (project, id, "Gebouwen", &error));
  g_assert_cmpstr (sf_indicator_get_name (indicator), ==, "Gebouwen");
  g_assert_false (sf_project_rename_indicator (project, id, "", &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (sf_project_rename_indicator (project, "nope", NULL, &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* A standard indicator renamed, and given the method's name back. */
  standard = sf_test_key_id (project, "s3q4");
  g_assert_true (sf_project_rename_indicator (project, standard, "Soort bewoners", &error));
  g_assert_cmpstr (sf_indicator_get_name (sf_project_find_indicator (project, standard)), ==,
                   "Soort bewoners");
  g_assert_true (sf_project_rename_indicator (project, standard, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (sf_indicator_get_name (sf_project_find_indicator (project, standard)), ==,
                   "Who lives in the flat");

  g_assert_true (sf_project_set_indicator_hidden (project, standard, TRUE, &error));
  g_assert_true (sf_indicator_get_hidden (sf_project_find_indicator (project, standard)));
  g_assert_cmpstr (sf_project_get_undo_label (project), ==, "Hide indicator");
  g_assert_true (sf_project_undo (project, &error));
  g_assert_false (sf_indicator_get_hidden (sf_project_find_indicator (project, standard)));
}

/* Every action undone brings back exactly what was there; redone, what it made. */
static void
test_undo_redo (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autofree char *flat = sf_test_add_flat (project, "De Zilverreiger");
  g_autofree char *partner = sf_test_add_partner (project, "Zorg Zuid", "care", NULL);
  g_autoptr(GPtrArray) states = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *own = NULL;
  guint n;

  g_ptr_array_add (states, snapshot (project));
  set_number (project, "s3q1a", flat, 100, SF_ACCURACY_EXACT);
  g_ptr_array_add (states, snapshot (project));
  set_number (project, "s3q1a", flat, 110, SF_ACCURACY_ESTIMATE);
  g_ptr_array_add (states, snapshot (project));
  sf_test_set_json (project, "s3q3", flat, "{\"average\": 78}", SF_ACCURACY_AVERAGE);
  g_ptr_array_add (states, snapshot (project));
  g_assert_true (sf_project_set_indicator_status (project, sf_test_key_id (project, "s3q5"), flat,
                                                  SF_VALUE_ASKED, &error));
  g_ptr_array_add (states, snapshot (project));
  g_assert_true (sf_project_clear_indicator_value (project, sf_test_key_id (project, "s3q1a"),
                                                   flat, &error));
  g_ptr_array_add (states, snapshot (project));
  own = sf_project_add_indicator (project, "Huismeester (uren per week)", SF_INDICATOR_COUNT,
                                  "uren", &error);
  g_ptr_array_add (states, snapshot (project));
  g_assert_true (sf_project_assign_indicator (project, own, partner, &error));
  g_ptr_array_add (states, snapshot (project));
  g_assert_true (sf_project_unassign_indicator (project, own, partner, &error));
  g_ptr_array_add (states, snapshot (project));
  g_assert_no_error (error);

  n = states->len;
  for (guint i = n - 1; i > 0; i--)
    {
      g_autofree char *now = NULL;

      g_assert_true (sf_project_undo (project, &error));
      g_assert_no_error (error);
      now = snapshot (project);
      g_assert_cmpstr (now, ==, g_ptr_array_index (states, i - 1));
    }
  for (guint i = 1; i < n; i++)
    {
      g_autofree char *now = NULL;

      g_assert_true (sf_project_redo (project, &error));
      g_assert_no_error (error);
      now = snapshot (project);
      g_assert_cmpstr (now, ==, g_ptr_array_index (states, i));
    }
  /* The lists follow. */
  g_assert_cmpuint (sf_test_n_items (sf_project_get_indicator_values (project, flat)), ==, 2);
}


static void
test_migrate (Fixture       *f,
              gconstpointer  data)
{
  for (int version = 1; version <= 2; version++)
    {
      g_autofree char *name = g_strdup_printf ("v%d.startfoto", version);
      g_autofree char *fixture = g_test_build_filename (G_TEST_DIST, "fixtures", name, NULL);
      g_autofree char *copy = g_build_filename (f->dir, name, NULL);
      g_autofree char *contents = NULL;
      g_autoptr(SfProject) project = NULL;
      g_autoptr(SfProject) look = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *flat = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (fixture, &contents, &length, NULL));
      g_assert_true (g_file_set_contents (copy, contents, length, NULL));

      /* Looking (read-only) migrates in memory, with the indicators. */
      look = sf_project_open (copy, SF_DB_OPEN_READ_ONLY, &error);
      g_assert_no_error (error);
      assert_method_indicators (look);
      g_clear_object (&look);

      project = sf_project_open (copy, SF_DB_OPEN_CHECK, &error);
      g_assert_no_error (error);
      g_assert_cmpint (sf_test_count_rows (project, "PRAGMA user_version"), ==,
                       sf_db_current_version ());
      assert_method_indicators (project);
      g_assert_cmpuint (sf_test_count_rows (project, "SELECT count(DISTINCT id) FROM indicator"),
                        ==, 20);
      flat = g_strdup (sf_record_get_id (sf_test_item (sf_project_get_flats (project), 0)));
      set_number (project, "s3q1a", flat, 96, SF_ACCURACY_EXACT);
      project = sf_test_reopen (g_steal_pointer (&project), copy);
      g_assert_cmpuint (sf_test_n_items (sf_project_get_indicator_values (project, flat)), ==,
                        1);
    }
}

/* A flat's number of dwellings, kept twice until version 4 (the flat's own and step 3's), is
 * one figure after migrating, and no number is lost. */
static void
value_is (SfProject  *project,
          const char *key,
          const char *flat,
          double      number,
          const char *source)
{
  SfIndicatorValue *value = sf_project_find_indicator_value (project, key, flat);

  g_assert_nonnull (value);
  g_assert_cmpfloat (sf_indicator_value_get_number (value), ==, number);
  g_assert_cmpstr (sf_indicator_value_get_source (value), ==, source);
}

static void
test_migrate_dwellings (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SfProject) project = NULL;
  guint n;
  const SfMigration *migrations = sf_migrations_get (&n);
  SfDb *db = sf_db_open_with (f->path, SF_DB_OPEN_CREATE, migrations, 3, &error);
  GListModel *flats;
  SfIndicatorValue *value;
  const char *key;

  g_assert_no_error (error);
  /* Version 3: four flats, each a case. */
  g_assert_true (sf_db_exec (db,
    "INSERT INTO project (id, name, created, modified) VALUES ('p', 'Oud', 'x', 'x');"
    "INSERT INTO flat (id, position, name, dwellings) VALUES"
    "  ('differ', 0, 'Kooilaan', 125), ('only-flat', 1, 'Baken', 80),"
    "  ('asked', 2, 'Reiger', 50), ('only-figure', 3, 'Meeuw', NULL);"
    "INSERT INTO indicator_value (id, indicator_id, flat_id, value_number, accuracy, note, status)"
    "  SELECT v.column1, indicator.id, v.column2, v.column3, v.column4, v.column5, v.column6"
    "  FROM indicator, (VALUES ('v1', 'differ', 120, 1, 'Telling huismeester', 2),"
    "                          ('v2', 'asked', NULL, 0, '', 0),"
    "                          ('v3', 'only-figure', 70, 0, '', 1)) AS v"
    "  WHERE indicator.key = 's3q1a';", &error));
  g_assert_no_error (error);
  sf_db_free (db);

  project = sf_project_open (f->path, SF_DB_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sf_test_count_rows (project, "SELECT count (*) FROM pragma_table_info ('flat')"
                                                 " WHERE name = 'dwellings'"), ==, 0);
  key = sf_test_key_id (project, "s3q1a");
  flats = sf_project_get_flats (project);

  /* Both had a number: step 3's stays, with its accuracy; the flat's is in the note, to be
   * checked again. */
  value = sf_project_find_indicator_value (project, key, "differ");
  g_assert_cmpfloat (sf_indicator_value_get_number (value), ==, 120);
  g_assert_cmpint (sf_indicator_value_get_accuracy (value), ==, SF_ACCURACY_ESTIMATE);
  g_assert_true (g_str_has_prefix (sf_indicator_value_get_note (value), "Telling huismeester\n"));
  g_assert_nonnull (strstr (sf_indicator_value_get_note (value), "125"));
  g_assert_nonnull (strstr (sf_indicator_value_get_note (value), "120"));
  g_assert_cmpint (sf_indicator_value_get_status (value), ==, SF_VALUE_RECEIVED);
  g_assert_cmpint (sf_flat_get_dwellings (sf_test_item (flats, 0)), ==, 120);
  g_assert_true (sf_flat_get_dwellings_estimated (sf_test_item (flats, 0)));

  /* Only the flat had one, or step 3 only asked for it: the flat's number is the figure. */
  value = sf_project_find_indicator_value (project, key, "only-flat");
  g_assert_cmpfloat (sf_indicator_value_get_number (value), ==, 80);
  g_assert_cmpint (sf_indicator_value_get_status (value), ==, SF_VALUE_RECEIVED);
  value = sf_project_find_indicator_value (project, key, "asked");
  g_assert_cmpfloat (sf_indicator_value_get_number (value), ==, 50);
  g_assert_cmpint (sf_flat_get_dwellings (sf_test_item (flats, 2)), ==, 50);
  g_assert_false (sf_flat_get_dwellings_estimated (sf_test_item (flats, 2)));
  /* Only step 3 had one: it is the flat's number now too. */
  g_assert_cmpint (sf_flat_get_dwellings (sf_test_item (flats, 3)), ==, 70);
  g_assert_cmpstr (sf_indicator_value_get_note (
                     sf_project_find_indicator_value (project, key, "only-figure")), ==, "");
}

/* The flat's number of dwellings and step 3's "number of dwellings" are one value, edited from
 * either place, each edit one undo step. */
static void
test_dwellings_one_value (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autoptr(GError) error = NULL;
  SfFlatFields fields = { "Kooilaan", "Kooilaan 1-125", "Woonstad", 125 };
  g_autofree char *flat = sf_project_add_flat (project, &fields, &error);
  const char *key = sf_test_key_id (project, "s3q1a");
  SfFlat *item;

  g_assert_no_error (error);
  /* Typed with the flat, it is step 3's figure. */
  g_assert_cmpfloat (sf_indicator_value_get_number (
                       sf_project_find_indicator_value (project, key, flat)), ==, 125);
  item = sf_test_item (sf_project_get_flats (project), 0);
  g_assert_cmpint (sf_flat_get_dwellings (item), ==, 125);

  /* Corrected in step 3, as an estimate: the flat says so too. */
  set_number (project, "s3q1a", flat, 120, SF_ACCURACY_ESTIMATE);
  g_assert_cmpint (sf_flat_get_dwellings (item), ==, 120);
  g_assert_true (sf_flat_get_dwellings_estimated (item));

  /* Edited with the flat: the number changes, what else step 3 knows of it stays; a checked
   * figure is to be checked again. */
  g_assert_true (sf_project_set_indicator_status (project, key, flat, SF_VALUE_CHECKED, &error));
  fields.dwellings = 118;
  g_assert_true (sf_project_update_flat (project, flat, &fields, &error));
  g_assert_no_error (error);
  value_is (project, key, flat, 118, "Woonstad");
  g_assert_cmpint (sf_indicator_value_get_status (
                     sf_project_find_indicator_value (project, key, flat)), ==, SF_VALUE_RECEIVED);
  g_assert_cmpint (sf_flat_get_dwellings (item), ==, 118);
  g_assert_true (sf_project_undo (project, &error));
  value_is (project, key, flat, 120, "Woonstad");
  g_assert_cmpint (sf_flat_get_dwellings (item), ==, 120);

  /* Saving the flat with its number unchanged changes nothing in step 3: still checked. */
  fields.dwellings = 120;
  fields.name = "De Kooilaan";
  g_assert_true (sf_project_update_flat (project, flat, &fields, &error));
  g_assert_cmpint (sf_indicator_value_get_status (
                     sf_project_find_indicator_value (project, key, flat)), ==, SF_VALUE_CHECKED);

  /* Not known any more: asked again, with its source kept. */
  fields.dwellings = -1;
  g_assert_true (sf_project_update_flat (project, flat, &fields, &error));
  g_assert_cmpint (sf_flat_get_dwellings (item), ==, -1);
  g_assert_false (sf_indicator_value_has_number (
                    sf_project_find_indicator_value (project, key, flat)));
  g_assert_cmpint (sf_indicator_value_get_status (
                     sf_project_find_indicator_value (project, key, flat)), ==, SF_VALUE_ASKED);
}

static void
test_method_indicators (void)
{
  const SfMethodIndicator *indicator = sf_method_lookup_indicator ("s3q3");

  g_assert_nonnull (indicator);
  g_assert_cmpint (sf_method_indicator_get_indicator_type (indicator), ==,
                   SF_INDICATOR_DISTRIBUTION);
  g_assert_null (sf_method_lookup_indicator ("s3q99"));
  for (guint i = 0; i < SF_INDICATOR_N_TYPES; i++)
    {
      SfIndicatorType type;

      g_assert_true (sf_indicator_type_from_string (sf_indicator_type_to_string (i), &type));
      g_assert_cmpint (type, ==, i);
    }
  g_assert_cmpstr (sf_accuracy_get_label (SF_ACCURACY_ESTIMATE), ==, "estimate");
  g_assert_cmpstr (sf_value_status_get_label (SF_VALUE_CHECKED), ==, "checked");
  g_assert_cmpstr (sf_resident_category_get_label (SF_CATEGORY_MIXED), ==, "Mixed");
}

/* The example shows step 3 as it is in practice: figures per flat, some estimated, some
 * gaps, partners who still have to deliver. */
static void
test_example (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SfProject) project = NULL;
  GListModel *flats;
  GListModel *partners;
  guint outstanding = 0;
  guint estimates = 0;

  g_assert_true (sf_example_write (f->path, &error));
  g_assert_no_error (error);
  project = sf_project_open (f->path, SF_DB_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  flats = sf_project_get_flats (project);
  g_assert_cmpuint (sf_test_n_items (flats), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      SfFlat *flat = sf_test_item (flats, i);
      const char *flat_id = sf_record_get_id (SF_RECORD (flat));
      GListModel *values = sf_project_get_indicator_values (project, flat_id);
      SfDerivedFigure figures[SF_DERIVED_N];
      SfRequirementResult requirements[SF_REQUIREMENT_N];
      g_auto(GStrv) missing = NULL;
      guint filled = 0;
      guint total = 0;
      guint known = 0;

      sf_project_get_completeness (project, flat_id, &filled, &total, &missing);
      g_assert_cmpuint (filled, >=, 15);
      g_assert_cmpuint (filled, <, total);
      g_assert_cmpuint (g_strv_length (missing), ==, total - filled);
      for (guint v = 0; v < g_list_model_get_n_items (values); v++)
        estimates += sf_indicator_value_get_accuracy (sf_test_item (values, v)) !=
                     SF_ACCURACY_EXACT;

      g_assert_true (sf_project_compute_derived (project, flat_id, figures, &error));
      g_assert_no_error (error);
      for (guint k = 0; k < SF_DERIVED_N; k++)
        known += figures[k].known;
      g_assert_cmpuint (known, >=, 6);
      g_assert_true (figures[SF_DERIVED_RESIDENTS_PER_DWELLING].known);
      g_assert_true (figures[SF_DERIVED_SHARE_HOUSEHOLD_HELP].known);
      g_assert_true (figures[SF_DERIVED_CORPORATION_REPORTS_PER_100].known);
      g_assert_true (sf_project_check_requirements (project, flat_id, requirements, &error));
      g_assert_cmpint (requirements[SF_REQUIREMENT_MIN_DWELLINGS].state, !=,
                       SF_REQUIREMENT_UNKNOWN);
      g_assert_cmpint (requirements[SF_REQUIREMENT_SOCIAL_RENT].state, ==, SF_REQUIREMENT_MET);
      if (i == 0)
        {
          /* 118 residents in 96 dwellings; 60 of the 118 are 75 or over. */
          g_assert_cmpfloat_with_epsilon (figures[SF_DERIVED_RESIDENTS_PER_DWELLING].value,
                                          118.0 / 96.0, 1e-9);
          g_assert_false (figures[SF_DERIVED_RESIDENTS_PER_DWELLING].estimate);
          g_assert_cmpfloat_with_epsilon (figures[SF_DERIVED_SHARE_75_PLUS].value, 60.0 / 118.0,
                                          1e-9);
          g_assert_true (figures[SF_DERIVED_SHARE_HOUSEHOLD_HELP].estimate);
          g_assert_cmpint (requirements[SF_REQUIREMENT_SCOOTER_STORAGE].state, ==,
                           SF_REQUIREMENT_NOT_MET);
        }
      else
        {
          /* Residents estimated; only the average age known. */
          g_assert_true (figures[SF_DERIVED_RESIDENTS_PER_DWELLING].estimate);
          g_assert_false (figures[SF_DERIVED_SHARE_75_PLUS].known);
          g_assert_cmpint (requirements[SF_REQUIREMENT_MIN_DWELLINGS].state, ==,
                           SF_REQUIREMENT_NOT_MET);
          g_assert_cmpint (requirements[SF_REQUIREMENT_SCOOTER_STORAGE].state, ==,
                           SF_REQUIREMENT_UNKNOWN);
        }
    }
  g_assert_cmpuint (estimates, >=, 3);
  /* A figure the care organisation counts only for the whole neighbourhood. */
  g_assert_cmpuint (sf_test_n_items (sf_project_get_indicator_values (project, NULL)), >=, 1);

  partners = sf_project_get_partners (project);
  for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
    {
      const char *partner_id = sf_record_get_id (SF_RECORD (sf_test_item (partners, i)));
      g_auto(GStrv) ids = sf_project_get_assigned_indicators (project, partner_id);
      g_autoptr(GPtrArray) gaps = sf_project_get_outstanding (project, partner_id);

      g_assert_cmpuint (g_strv_length (ids), >=, 1);
      outstanding += gaps->len;
    }
  g_assert_cmpuint (outstanding, >=, 3);
}

/* The forms of structured figures: strict JSON, read as json-glib reads it. */
/* What a file holds in value_json is parsed only when the store's bounded reading accepts it:
 * 200,000 "[" overflowed json-glib's recursive parser. */
static void
test_json_parse (void)
{
  g_autofree char *deep = g_strnfill (200000, '[');
  g_autoptr(JsonNode) parsed = sf_inventory_json_parse ("{\"bands\": {\"<55\": 10}}");
  g_autoptr(JsonNode) nested = NULL;
  g_autoptr(GString) deep_closed = g_string_new (NULL);

  g_assert_nonnull (parsed);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (parsed));
  g_assert_null (sf_inventory_json_parse (deep));
  for (int i = 0; i < 40; i++)
    g_string_append_c (deep_closed, '[');
  for (int i = 0; i < 40; i++)
    g_string_append_c (deep_closed, ']');
  g_assert_null (sf_inventory_json_parse (deep_closed->str));
  g_assert_null (sf_inventory_json_parse ("[1, 2"));
  g_assert_null (sf_inventory_json_parse ("[1] x"));
  g_assert_null (sf_inventory_json_parse ("\xff"));
  g_assert_null (sf_inventory_json_parse (NULL));
  nested = sf_inventory_json_parse (" [[[1]]] ");
  g_assert_nonnull (nested);
}

static void
test_json_forms (void)
{
  static const struct
  {
    SfIndicatorType  type;
    const char      *json;
    gboolean         fits;
  } cases[] = {
    { SF_INDICATOR_DISTRIBUTION,
      "{\"bands\": {\"<55\": 10, \"85+\": 2.5}, \"average\": 77}", TRUE },
    { SF_INDICATOR_DISTRIBUTION, " {\"average\": 0} ", TRUE },
    { SF_INDICATOR_DISTRIBUTION, "{\"bands\": {\"\\u003c55\": 1}}", TRUE },
    { SF_INDICATOR_DISTRIBUTION,
      "{\"bands\": {}, \"note\": [1, {\"a\": null}, true, \"\\ud83d\\ude00\"]}",
      TRUE },
    { SF_INDICATOR_DISTRIBUTION, "{}", FALSE },
    { SF_INDICATOR_DISTRIBUTION, "{\"bands\": {\"90+\": 3}}", FALSE },
    { SF_INDICATOR_DISTRIBUTION, "{\"bands\": {\"<55\": -1}}", FALSE },
    { SF_INDICATOR_DISTRIBUTION, "{\"bands\": [10]}", FALSE },
    { SF_INDICATOR_DISTRIBUTION, "{\"average\": \"77\"}", FALSE },
    { SF_INDICATOR_DISTRIBUTION, "{\"average\": 1e999}", FALSE },
    { SF_INDICATOR_DISTRIBUTION, "{\"average\": 77,}", FALSE },
    { SF_INDICATOR_DISTRIBUTION, "{\"average\": 077}", FALSE },
    { SF_INDICATOR_CATEGORY_COUNTS,
      "[{\"kind\": \"overlast\", \"count\": 4}, {\"kind\": \"x\"}]", TRUE },
    { SF_INDICATOR_CATEGORY_COUNTS, "[]", TRUE },
    { SF_INDICATOR_CATEGORY_COUNTS, "[{\"count\": 4}]", FALSE },
    { SF_INDICATOR_CATEGORY_COUNTS, "[{\"kind\": \"a\\u0000b\"}]", FALSE },
    { SF_INDICATOR_CATEGORY_COUNTS,
      "[{\"kind\": \"x\", \"count\": 123456789012345678901}]", FALSE },
    { SF_INDICATOR_CATEGORY_COUNTS, "[{\"kind\": \"x\"}] x", FALSE },
    { SF_INDICATOR_ACTIVITIES,
      "[{\"name\": \"Bingo\", \"organiser\": \"Welzijn\", "
      "\"frequency\": \"wekelijks\", \"attendance\": 23}]", TRUE },
    { SF_INDICATOR_ACTIVITIES, "[{\"attendance\": 23}]", TRUE },
    { SF_INDICATOR_ACTIVITIES, "[{\"name\": \"Bingo\", \"extra\": 1}]", FALSE },
    { SF_INDICATOR_ACTIVITIES, "[{'name': 'Bingo'}]", FALSE },
    { SF_INDICATOR_ACTIVITIES, "[{\"name\": \"\\ud800\"}]", FALSE },
    { SF_INDICATOR_ACTIVITIES, "[{\"name\": \"tab\there\"}]", FALSE },
    { SF_INDICATOR_ACTIVITIES, "[{\"name\": \"\xff\"}]", FALSE },
    { SF_INDICATOR_ACTIVITIES, "", FALSE },
    { SF_INDICATOR_COUNT, "[]", FALSE },
  };
  g_autoptr(GString) deep = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("case %u", i);
      g_assert_cmpint (sf_inventory_json_fits (cases[i].type, cases[i].json), ==,
                       cases[i].fits);
    }
  /* Nesting is bounded, so a hostile file cannot exhaust the stack. */
  g_string_append (deep, "{\"average\": 1, \"x\": ");
  for (int i = 0; i < 100000; i++)
    g_string_append_c (deep, '[');
  g_assert_false (sf_inventory_json_fits (SF_INDICATOR_DISTRIBUTION, deep->str));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/inventory/method", test_method_indicators);
  g_test_add_func ("/inventory/json-forms", test_json_forms);
  g_test_add_func ("/inventory/json-parse", test_json_parse);
  SF_TEST_DIR_ADD ("/inventory/new-project", test_new_project);
  SF_TEST_DIR_ADD ("/inventory/values", test_values);
  SF_TEST_DIR_ADD ("/inventory/own-indicators", test_own_indicators);
  SF_TEST_DIR_ADD ("/inventory/undo-redo", test_undo_redo);
  SF_TEST_DIR_ADD ("/inventory/migrate", test_migrate);
  SF_TEST_DIR_ADD ("/inventory/migrate-dwellings", test_migrate_dwellings);
  SF_TEST_DIR_ADD ("/inventory/dwellings-one-value", test_dwellings_one_value);
  SF_TEST_DIR_ADD ("/inventory/example", test_example);

  return g_test_run ();
}
