/* test-inventory-derived.c: what step 3's figures come to in the store: derived figures,
 * the Thuisplusflat requirements, completeness and progress, and what each partner still has
 * to deliver, without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "sf-project-figures.h"
#include "sf-progress.h"
#include "sf-project.h"
#include "sf-store-error.h"
#include "sf-test-store.h"

typedef SfTestDir Fixture;

/* Received from "Woonstad", for "2025". */
#define set_number(project, key, flat_id, number, accuracy) \
  sf_test_set_number_from (project, key, flat_id, number, accuracy, "Woonstad", "2025")

static void
assert_figure (const SfDerivedFigure *figure,
               double                 value,
               gboolean               estimate)
{
  g_assert_true (figure->known);
  g_assert_cmpfloat_with_epsilon (figure->value, value, 1e-9);
  g_assert_cmpint (figure->estimate, ==, estimate);
}

static void
assert_unknown (const SfDerivedFigure *figure)
{
  g_assert_false (figure->known);
  g_assert_false (figure->estimate);
  g_assert_true (isfinite (figure->value));
}

static void
test_derived (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autofree char *flat = sf_test_add_flat (project, "De Zilverreiger");
  g_autofree char *empty = sf_test_add_flat (project, "Het Baken");
  g_autofree char *zero = sf_test_add_flat (project, "De Horst");
  g_autoptr(GError) error = NULL;
  SfDerivedFigure figures[SF_DERIVED_N];

  /* Nothing known yet: every figure unknown, none a crash or a NaN. */
  g_assert_true (sf_project_compute_derived (project, empty, figures, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < SF_DERIVED_N; i++)
    {
      assert_unknown (&figures[i]);
      g_assert_nonnull (sf_derived_get_label (i));
    }

  set_number (project, "s3q1a", flat, 200, SF_ACCURACY_EXACT);
  set_number (project, "s3q1b", flat, 250, SF_ACCURACY_EXACT);
  set_number (project, "s3q5", flat, 50, SF_ACCURACY_EXACT);
  set_number (project, "s3q7", flat, 25, SF_ACCURACY_ESTIMATE);
  set_number (project, "s3q8", flat, 10, SF_ACCURACY_AVERAGE);
  sf_test_set_json (project, "s3q3", flat,
                    "{\"bands\": {\"<55\": 20, \"55-64\": 30, \"65-74\": 50, "
                    "\"75-84\": 60, \"85+\": 40}}",
                    SF_ACCURACY_ESTIMATE);
  sf_test_set_json (project, "s3q12", flat,
                    "[{\"kind\": \"overlast\", \"count\": 6}, "
                    "{\"kind\": \"reparatie\", \"count\": 4}]",
                    SF_ACCURACY_EXACT);
  sf_test_set_json (project, "s3q13", flat, "[]", SF_ACCURACY_EXACT);
  sf_test_set_json (project, "s3q14", flat,
                    "[{\"name\": \"Koffieochtend\", \"attendance\": 20}, {\"name\": \"Bingo\"}]",
                    SF_ACCURACY_EXACT);
  sf_test_set_json (project, "s3q15", flat, "[{\"name\": \"Uitje\", \"attendance\": 30}]",
                    SF_ACCURACY_ESTIMATE);

  g_assert_true (sf_project_compute_derived (project, flat, figures, &error));
  assert_figure (&figures[SF_DERIVED_RESIDENTS_PER_DWELLING], 1.25, FALSE);
  assert_figure (&figures[SF_DERIVED_SHARE_HOUSEHOLD_HELP], 0.2, FALSE);
  assert_figure (&figures[SF_DERIVED_SHARE_GUIDANCE], 0.1, TRUE);
  assert_figure (&figures[SF_DERIVED_SHARE_WLZ], 0.04, TRUE);
  assert_unknown (&figures[SF_DERIVED_SHARE_DISTRICT_NURSING]);
  assert_figure (&figures[SF_DERIVED_SHARE_75_PLUS], 0.5, TRUE);
  assert_figure (&figures[SF_DERIVED_SHARE_85_PLUS], 0.2, TRUE);
  assert_figure (&figures[SF_DERIVED_CORPORATION_REPORTS_PER_100], 5, FALSE);
  /* An empty list is "none reported": no counts to sum, so unknown rather than zero. */
  assert_unknown (&figures[SF_DERIVED_POLICE_REPORTS_PER_100]);
  assert_figure (&figures[SF_DERIVED_ACTIVITY_ATTENDANCE], 0.2, TRUE);

  /* An estimated denominator makes every share that uses it an estimate. */
  set_number (project, "s3q1b", flat, 250, SF_ACCURACY_ESTIMATE);
  g_assert_true (sf_project_compute_derived (project, flat, figures, &error));
  assert_figure (&figures[SF_DERIVED_SHARE_HOUSEHOLD_HELP], 0.2, TRUE);
  assert_figure (&figures[SF_DERIVED_RESIDENTS_PER_DWELLING], 1.25, TRUE);
  assert_figure (&figures[SF_DERIVED_CORPORATION_REPORTS_PER_100], 5, FALSE);

  /* A flat with 0 residents and 0 dwellings: division by zero is unknown. */
  set_number (project, "s3q1a", zero, 0, SF_ACCURACY_EXACT);
  set_number (project, "s3q1b", zero, 0, SF_ACCURACY_EXACT);
  set_number (project, "s3q5", zero, 3, SF_ACCURACY_EXACT);
  sf_test_set_json (project, "s3q3", zero,
                    "{\"bands\": {\"<55\": 0, \"85+\": 0}, \"average\": 80}",
                    SF_ACCURACY_EXACT);
  sf_test_set_json (project, "s3q12", zero, "[{\"kind\": \"overlast\", \"count\": 2}]",
                    SF_ACCURACY_EXACT);
  g_assert_true (sf_project_compute_derived (project, zero, figures, &error));
  for (guint i = 0; i < SF_DERIVED_N; i++)
    assert_unknown (&figures[i]);

  /* Residents known, no dwellings: residents per dwelling unknown, shares known. */
  set_number (project, "s3q1b", empty, 80, SF_ACCURACY_EXACT);
  set_number (project, "s3q5", empty, 8, SF_ACCURACY_EXACT);
  g_assert_true (sf_project_compute_derived (project, empty, figures, &error));
  assert_unknown (&figures[SF_DERIVED_RESIDENTS_PER_DWELLING]);
  assert_figure (&figures[SF_DERIVED_SHARE_HOUSEHOLD_HELP], 0.1, FALSE);
  g_assert_true (sf_derived_is_share (SF_DERIVED_SHARE_HOUSEHOLD_HELP));
  g_assert_false (sf_derived_is_share (SF_DERIVED_RESIDENTS_PER_DWELLING));

  /* The project keeps what the figures are computed from until it changes: undone, the
   * figure goes with the value; changed by another program, caught up, it follows. */
  g_assert_true (sf_project_undo (project, &error));
  g_assert_true (sf_project_compute_derived (project, empty, figures, &error));
  assert_unknown (&figures[SF_DERIVED_SHARE_HOUSEHOLD_HELP]);
  sf_test_exec_on_file (f->path, "UPDATE indicator_value SET value_number = 100 WHERE "
                                 "indicator_id = (SELECT id FROM indicator WHERE key = "
                                 "'s3q5') AND flat_id = (SELECT id FROM flat WHERE name = "
                                 "'De Zilverreiger')");
  g_assert_true (sf_project_catch_up (project, &error));
  g_assert_true (sf_project_compute_derived (project, flat, figures, &error));
  assert_figure (&figures[SF_DERIVED_SHARE_HOUSEHOLD_HELP], 0.4, TRUE);
}

static void
set_yes_no (SfProject  *project,
            const char *key,
            const char *flat_id,
            gboolean    yes)
{
  set_number (project, key, flat_id, yes ? 1 : 0, SF_ACCURACY_EXACT);
}

static void
test_requirements (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autofree char *flat = sf_test_add_flat (project, "De Zilverreiger");
  g_autofree char *small = sf_test_add_flat (project, "Het Baken");
  g_autoptr(GError) error = NULL;
  SfRequirementResult results[SF_REQUIREMENT_N];

  g_assert_true (sf_project_check_requirements (project, flat, results, &error));
  for (guint i = 0; i < SF_REQUIREMENT_N; i++)
    {
      g_assert_cmpint (results[i].state, ==, SF_REQUIREMENT_UNKNOWN);
      g_assert_nonnull (sf_requirement_get_label (i));
    }

  set_number (project, "s3q1a", flat, 80, SF_ACCURACY_ESTIMATE);
  set_yes_no (project, "s3q2", flat, TRUE);
  set_yes_no (project, "req_social_rent", flat, TRUE);
  set_yes_no (project, "req_near_transport_shop", flat, FALSE);
  set_number (project, "s3q1a", small, 79, SF_ACCURACY_EXACT);
  set_yes_no (project, "s3q2", small, FALSE);

  g_assert_true (sf_project_check_requirements (project, flat, results, &error));
  g_assert_cmpint (results[SF_REQUIREMENT_MIN_DWELLINGS].state, ==, SF_REQUIREMENT_MET);
  g_assert_true (results[SF_REQUIREMENT_MIN_DWELLINGS].estimate);
  g_assert_cmpint (results[SF_REQUIREMENT_COMMON_ROOM].state, ==, SF_REQUIREMENT_MET);
  g_assert_false (results[SF_REQUIREMENT_COMMON_ROOM].estimate);
  g_assert_cmpint (results[SF_REQUIREMENT_SOCIAL_RENT].state, ==, SF_REQUIREMENT_MET);
  g_assert_cmpint (results[SF_REQUIREMENT_NEAR_TRANSPORT_SHOP].state, ==,
                   SF_REQUIREMENT_NOT_MET);
  g_assert_cmpint (results[SF_REQUIREMENT_SCOOTER_STORAGE].state, ==, SF_REQUIREMENT_UNKNOWN);

  g_assert_true (sf_project_check_requirements (project, small, results, &error));
  g_assert_cmpint (results[SF_REQUIREMENT_MIN_DWELLINGS].state, ==, SF_REQUIREMENT_NOT_MET);
  g_assert_cmpint (results[SF_REQUIREMENT_COMMON_ROOM].state, ==, SF_REQUIREMENT_NOT_MET);
  g_assert_cmpint (results[SF_REQUIREMENT_SOCIAL_RENT].state, ==, SF_REQUIREMENT_UNKNOWN);
}

static void
test_completeness (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autofree char *flat = sf_test_add_flat (project, "De Zilverreiger");
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) missing = NULL;
  guint filled = 99, total = 0;
  double share;

  share = sf_project_get_completeness (project, flat, &filled, &total, &missing);
  g_assert_cmpfloat (share, ==, 0);
  g_assert_cmpuint (filled, ==, 0);
  g_assert_cmpuint (total, ==, 20);
  g_assert_cmpuint (g_strv_length (missing), ==, 20);
  g_clear_pointer (&missing, g_strfreev);

  set_number (project, "s3q1a", flat, 120, SF_ACCURACY_EXACT);
  set_number (project, "s3q1b", flat, 150, SF_ACCURACY_ESTIMATE);
  /* Asked for, not yet answered: still missing. */
  g_assert_true (sf_project_set_indicator_status (project, sf_test_key_id (project, "s3q5"), flat,
                                                  SF_VALUE_ASKED, &error));
  /* A hidden indicator does not count. */
  g_assert_true (sf_project_set_indicator_hidden (project, sf_test_key_id (project, "s3q15"), TRUE,
                                                  &error));
  g_assert_no_error (error);

  share = sf_project_get_completeness (project, flat, &filled, &total, &missing);
  g_assert_cmpuint (filled, ==, 2);
  g_assert_cmpuint (total, ==, 19);
  g_assert_cmpfloat_with_epsilon (share, 2.0 / 19, 1e-9);
  g_assert_cmpuint (g_strv_length (missing), ==, 17);
  g_assert_cmpstr (missing[0], ==, sf_test_key_id (project, "s3q2"));
  g_assert_false (g_strv_contains ((const char * const *) missing,
                                   sf_test_key_id (project, "s3q15")));
  g_assert_true (g_strv_contains ((const char * const *) missing,
                                  sf_test_key_id (project, "s3q5")));
}

/* The sidebar's line for step 3 counts every figure of every flat. */
static void
test_progress (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autofree char *first = sf_test_add_flat (project, "De Zilverreiger");
  g_autofree char *second = NULL;
  g_autofree char *line = NULL;

  g_assert_null (sf_project_describe_progress (project, 3));
  set_number (project, "s3q1a", NULL, 120, SF_ACCURACY_EXACT);
  /* The neighbourhood's figures are not a flat's. */
  g_assert_null (sf_project_describe_progress (project, 3));

  set_number (project, "s3q1a", first, 120, SF_ACCURACY_EXACT);
  line = sf_project_describe_progress (project, 3);
  g_assert_cmpstr (line, ==, "1 of 20 figures gathered (5%)");
  g_clear_pointer (&line, g_free);

  second = sf_test_add_flat (project, "De Kievit");
  set_number (project, "s3q1a", second, 80, SF_ACCURACY_ESTIMATE);
  set_number (project, "s3q1b", second, 95, SF_ACCURACY_EXACT);
  line = sf_project_describe_progress (project, 3);
  g_assert_cmpstr (line, ==, "3 of 40 figures gathered (8%)");

  /* As the deck counts them, kept by the project until a figure changes or is undone. */
  {
    guint filled = 0, total = 0;

    sf_project_get_inventory_progress (project, &filled, &total);
    g_assert_cmpuint (filled, ==, 3);
    g_assert_true (sf_project_undo (project, NULL));
    sf_project_get_inventory_progress (project, &filled, &total);
    g_assert_cmpuint (filled, ==, 2);
    g_assert_cmpuint (total, ==, 40);
  }
}

static void
test_outstanding (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autofree char *partner = sf_test_add_partner (project, "Woonstad", "care", NULL);
  g_autofree char *other = sf_test_add_partner (project, "Welzijn Zuid", "care", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) gaps = NULL;
  g_auto(GStrv) assigned = NULL;
  g_autofree char *flat = NULL;
  g_autofree char *second = NULL;
  SfInventoryGap *gap;

  /* No flats yet: the neighbourhood is what is asked for. */
  g_assert_true (sf_project_assign_indicator (project, sf_test_key_id (project, "s3q1a"), partner,
                                              &error));
  g_assert_no_error (error);
  gaps = sf_project_get_outstanding (project, partner);
  g_assert_cmpuint (gaps->len, ==, 1);
  gap = g_ptr_array_index (gaps, 0);
  g_assert_null (gap->flat_id);
  g_clear_pointer (&gaps, g_ptr_array_unref);

  flat = sf_test_add_flat (project, "De Zilverreiger");
  second = sf_test_add_flat (project, "Het Baken");
  g_assert_true (sf_project_assign_indicator (project, sf_test_key_id (project, "s3q12"), partner,
                                              &error));
  /* Twice is once. */
  g_assert_true (sf_project_assign_indicator (project, sf_test_key_id (project, "s3q12"), partner,
                                              &error));
  g_assert_true (sf_project_assign_indicator (project, sf_test_key_id (project, "s3q14"), other,
                                              &error));
  g_assert_false (sf_project_assign_indicator (project, sf_test_key_id (project, "s3q14"), "nope",
                                               &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  assigned = sf_project_get_assigned_indicators (project, partner);
  g_assert_cmpuint (g_strv_length (assigned), ==, 2);
  g_assert_cmpstr (assigned[0], ==, sf_test_key_id (project, "s3q1a"));
  g_assert_cmpstr (assigned[1], ==, sf_test_key_id (project, "s3q12"));

  gaps = sf_project_get_outstanding (project, partner);
  g_assert_cmpuint (gaps->len, ==, 4);
  g_clear_pointer (&gaps, g_ptr_array_unref);

  /* Received for one flat; only asked for the other. */
  set_number (project, "s3q1a", flat, 120, SF_ACCURACY_EXACT);
  g_assert_true (sf_project_set_indicator_status (project, sf_test_key_id (project, "s3q1a"),
                                                  second, SF_VALUE_ASKED, &error));
  gaps = sf_project_get_outstanding (project, partner);
  g_assert_cmpuint (gaps->len, ==, 3);
  gap = g_ptr_array_index (gaps, 0);
  g_assert_cmpstr (gap->indicator_id, ==, sf_test_key_id (project, "s3q1a"));
  g_assert_cmpstr (gap->flat_id, ==, second);
  gap = g_ptr_array_index (gaps, 1);
  g_assert_cmpstr (gap->indicator_id, ==, sf_test_key_id (project, "s3q12"));
  g_assert_cmpstr (gap->flat_id, ==, flat);
  g_clear_pointer (&gaps, g_ptr_array_unref);

  gaps = sf_project_get_outstanding (project, other);
  g_assert_cmpuint (gaps->len, ==, 2);
  g_clear_pointer (&gaps, g_ptr_array_unref);

  g_assert_true (sf_project_unassign_indicator (project, sf_test_key_id (project, "s3q12"),
                                                partner, &error));
  gaps = sf_project_get_outstanding (project, partner);
  g_assert_cmpuint (gaps->len, ==, 1);
  g_clear_pointer (&gaps, g_ptr_array_unref);

  /* A removed partner takes its assignments along, and undo brings them back. */
  g_assert_true (sf_project_remove_partner (project, other, &error));
  g_assert_cmpuint (sf_test_count_rows (project, "SELECT count(*) FROM indicator_assignment"),
                    ==, 1);
  g_assert_true (sf_project_undo (project, &error));
  g_assert_no_error (error);
  gaps = sf_project_get_outstanding (project, other);
  g_assert_cmpuint (gaps->len, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  SF_TEST_DIR_ADD ("/inventory/derived", test_derived);
  SF_TEST_DIR_ADD ("/inventory/requirements", test_requirements);
  SF_TEST_DIR_ADD ("/inventory/completeness", test_completeness);
  SF_TEST_DIR_ADD ("/inventory/progress", test_progress);
  SF_TEST_DIR_ADD ("/inventory/outstanding", test_outstanding);

  return g_test_run ();
}
