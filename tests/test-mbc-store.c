/* test-mbc-store.c: the business case in a project (issue 16): step 3's figures flowing in
 * with their marks, the project's and a flat's parameters, undo, and what is refused
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "sf-copy.h"
#include "sf-merge.h"
#include "sf-project-mbc.h"
#include "sf-store-error.h"
#include "sf-test-store.h"

typedef SfTestDir Fixture;

/* A flat's own counts are used with their marks; the kinds step 3 has no figure of are the
 * Rotterdam averages scaled by the flat's residents, marked as assumptions. */
static void
test_figures_flow_in (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autofree char *flat = sf_test_add_flat (project, "De Reiger");
  SfMbcInput input;
  SfMbcResult r;

  sf_test_set_number (project, "s3q1b", flat, 159, SF_ACCURACY_ESTIMATE);
  sf_test_set_number (project, "s3q5", flat, 20, SF_ACCURACY_EXACT);
  sf_test_set_number (project, "s3q7", flat, 10, SF_ACCURACY_EXACT);
  sf_test_set_number (project, "s3q11b", flat, 15, SF_ACCURACY_ESTIMATE);
  sf_test_set_number (project, "s3q8", flat, 3, SF_ACCURACY_EXACT);
  sf_project_calculate_mbc (project, flat, &input, &r);

  g_assert_cmpint (input.residents_origin, ==, SF_MBC_ORIGIN_ESTIMATE);
  g_assert_cmpfloat (input.residents.value, ==, 159);
  /* Household help and guidance together, marked: a resident may have both. */
  g_assert_cmpint (r.care[SF_MBC_CARE_WMO].origin, ==, SF_MBC_ORIGIN_ESTIMATE);
  g_assert_cmpfloat (r.care[SF_MBC_CARE_WMO].clients.value, ==, 30);
  g_assert_cmpfloat (r.care[SF_MBC_CARE_WMO].cost.value, ==, 30 * 3154);
  g_assert_cmpint (r.care[SF_MBC_CARE_NURSING].origin, ==, SF_MBC_ORIGIN_ESTIMATE);
  g_assert_cmpfloat (r.care[SF_MBC_CARE_NURSING].clients.value, ==, 15);
  g_assert_cmpint (r.care[SF_MBC_CARE_WLZ].origin, ==, SF_MBC_ORIGIN_STEP3);
  g_assert_cmpfloat (r.care[SF_MBC_CARE_WLZ].cost.value, ==, 3 * 22905);
  /* Half the reference flat's residents: half its €120,543 of GP care. */
  g_assert_cmpint (r.care[SF_MBC_CARE_GP].origin, ==, SF_MBC_ORIGIN_ASSUMPTION);
  g_assert_cmpfloat (round (r.care[SF_MBC_CARE_GP].cost.value * 2), ==, 120543);
  g_assert_cmpint (r.care[SF_MBC_CARE_ZVW_OTHER].origin, ==, SF_MBC_ORIGIN_ASSUMPTION);
  g_assert_true (r.care_total.known && r.effects.known);
  g_assert_cmpint (r.missing, ==, SF_MBC_MISSING_NONE);
  /* 159 × 6% = 9.5: 10 residents; 159 × 4% = 6.4: 6. */
  g_assert_cmpfloat (r.social_residents.value, ==, 10);
  g_assert_cmpfloat (r.severe_residents.value, ==, 6);

  /* Household help alone is not all Wmo support: the average stands in for it. */
  g_assert_true (sf_project_clear_indicator_value (project, sf_test_key_id (project, "s3q7"),
                                                   flat, NULL));
  sf_project_calculate_mbc (project, flat, &input, &r);
  g_assert_cmpint (r.care[SF_MBC_CARE_WMO].origin, ==, SF_MBC_ORIGIN_ASSUMPTION);
}

/* Without residents the dwellings stand in (the seed's one resident per dwelling), marked;
 * without either the figures that need them are unknown and the total says what is missing. */
static void
test_missing_figures (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autofree char *flat = sf_test_add_flat (project, "De Reiger");
  SfMbcInput input;
  SfMbcResult r;

  sf_test_set_number (project, "s3q11b", flat, 12, SF_ACCURACY_EXACT);
  sf_project_calculate_mbc (project, flat, &input, &r);
  g_assert_false (input.residents.known);
  g_assert_cmpint (r.missing, ==, SF_MBC_MISSING_RESIDENTS);
  g_assert_false (r.care_total.known);
  g_assert_false (r.years[2].cumulative.known);
  g_assert_false (isnan (r.years[2].cumulative.value) || isinf (r.years[2].cumulative.value));
  g_assert_true (r.care[SF_MBC_CARE_NURSING].cost.known);
  g_assert_true (r.years[0].costs.known);

  sf_test_set_number (project, "s3q1a", flat, 318, SF_ACCURACY_EXACT);
  sf_project_calculate_mbc (project, flat, &input, &r);
  g_assert_cmpint (input.residents_origin, ==, SF_MBC_ORIGIN_ASSUMPTION);
  g_assert_cmpint (r.missing, ==, SF_MBC_MISSING_NONE);
  g_assert_true (r.years[2].cumulative.known);
}

static double
cumulative (SfProject  *project,
            const char *flat)
{
  SfMbcResult r;

  sf_project_calculate_mbc (project, flat, NULL, &r);
  g_assert_true (r.years[SF_MBC_YEARS - 1].cumulative.known);
  return r.years[SF_MBC_YEARS - 1].cumulative.value;
}

/* A parameter changed for the project moves every flat's result, one changed for a flat only
 * that flat's, and it wins over the project's; each change is one undoable action, and the
 * setting says who made it. */
static void
test_parameters (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autofree char *reiger = sf_test_add_flat (project, "De Reiger");
  g_autofree char *zwaan = sf_test_add_flat (project, "De Zwaan");
  double reiger_before, zwaan_before;
  SfMbcSetting *setting;

  sf_test_set_number (project, "s3q1b", reiger, 318, SF_ACCURACY_EXACT);
  sf_test_set_number (project, "s3q1b", zwaan, 200, SF_ACCURACY_EXACT);
  reiger_before = cumulative (project, reiger);
  zwaan_before = cumulative (project, zwaan);
  g_assert_cmpfloat (round (reiger_before), ==, 59859);

  g_assert_true (sf_project_set_mbc_param (project, NULL, SF_MBC_PREVENTION, 0.10,
                                           " Gemeente Leiden ", NULL));
  g_assert_cmpstr (sf_project_get_undo_label (project), ==,
                   "Change “Saving by prevention, share of the care costs”");
  /* 2.5% more of €962,766, over 25% + 75% + 100% of the years. */
  g_assert_cmpfloat (round (cumulative (project, reiger) - reiger_before), ==, 48138);
  g_assert_cmpfloat (cumulative (project, zwaan), >, zwaan_before);
  setting = sf_project_find_mbc_setting (project, NULL, SF_MBC_PREVENTION);
  g_assert_nonnull (setting);
  g_assert_cmpstr (sf_mbc_setting_get_set_by (setting), ==, "Gemeente Leiden");
  g_assert_cmpfloat (sf_mbc_setting_get_value (setting), ==, 0.10);

  /* The flat's own wins, for that flat only. */
  g_assert_true (sf_project_set_mbc_param (project, zwaan, SF_MBC_PREVENTION, 0, "", NULL));
  g_assert_cmpfloat (cumulative (project, zwaan), <, zwaan_before);
  g_assert_cmpfloat (round (cumulative (project, reiger) - reiger_before), ==, 48138);
  g_assert_cmpuint (sf_test_n_items (sf_project_get_mbc_settings (project)), ==, 2);

  /* Changed again: the same row. */
  g_assert_true (sf_project_set_mbc_param (project, NULL, SF_MBC_PREVENTION, 0.09, NULL, NULL));
  g_assert_cmpuint (sf_test_n_items (sf_project_get_mbc_settings (project)), ==, 2);
  g_assert_true (sf_project_undo (project, NULL));
  g_assert_cmpfloat (sf_mbc_setting_get_value (
                       sf_project_find_mbc_setting (project, NULL, SF_MBC_PREVENTION)), ==, 0.10);

  g_assert_true (sf_project_undo (project, NULL));
  g_assert_true (sf_project_undo (project, NULL));
  g_assert_cmpfloat (cumulative (project, reiger), ==, reiger_before);
  g_assert_cmpfloat (cumulative (project, zwaan), ==, zwaan_before);
  g_assert_cmpuint (sf_test_n_items (sf_project_get_mbc_settings (project)), ==, 0);
  g_assert_true (sf_project_redo (project, NULL));
  g_assert_cmpfloat (round (cumulative (project, reiger) - reiger_before), ==, 48138);

  /* Reset: Rotterdam's again; kept over a reopen otherwise. */
  g_assert_true (sf_project_set_mbc_param (project, reiger, SF_MBC_COST_PERSONNEL_LATER, 50000,
                                           "Zorggroep", NULL));
  project = sf_test_reopen (project, f->path);
  setting = sf_project_find_mbc_setting (project, reiger, SF_MBC_COST_PERSONNEL_LATER);
  g_assert_cmpstr (sf_mbc_setting_get_set_by (setting), ==, "Zorggroep");
  g_assert_true (sf_project_reset_mbc_param (project, NULL, SF_MBC_PREVENTION, NULL));
  g_assert_null (sf_project_find_mbc_setting (project, NULL, SF_MBC_PREVENTION));
  g_assert_cmpstr (sf_project_get_undo_label (project), ==,
                   "Reset “Saving by prevention, share of the care costs”");

  /* A flat's settings go with it. */
  g_assert_true (sf_project_remove_flat (project, reiger, NULL));
  g_assert_null (sf_project_find_mbc_setting (project, reiger, SF_MBC_COST_PERSONNEL_LATER));
}

/* A negative amount, a share above 100% and an unknown flat are refused with a message, and
 * leave nothing to undo. */
static void
test_refused (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autoptr(GError) error = NULL;

  g_assert_false (sf_project_set_mbc_param (project, NULL, SF_MBC_COST_WMO, -5, NULL, &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "“Wmo cost per client” cannot be negative.");
  g_clear_error (&error);
  g_assert_false (sf_project_set_mbc_param (project, NULL, SF_MBC_RAMP_YEAR1, 1.25, NULL,
                                            &error));
  g_assert_cmpstr (error->message, ==,
                   "“Share of the effect reached in year 1” cannot be more than 100%.");
  g_clear_error (&error);
  g_assert_false (sf_project_set_mbc_param (project, NULL, SF_MBC_COST_WMO, NAN, NULL, &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (sf_project_set_mbc_param (project, "no-such-flat", SF_MBC_COST_WMO, 5, NULL,
                                            &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_false (sf_project_set_mbc_param (project, NULL, SF_MBC_N_PARAMS, 5, NULL, &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID);
  g_assert_cmpuint (sf_test_n_items (sf_project_get_mbc_settings (project)), ==, 0);
  g_assert_null (sf_project_get_undo_label (project));
}

/* A file from elsewhere may hold a share above 100% or a key this version does not know:
 * neither counts, and Rotterdam's value stands. */
static void
test_foreign_values (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autofree char *flat = sf_test_add_flat (project, "De Reiger");
  SfMbcInput input;

  sf_test_set_number (project, "s3q1b", flat, 318, SF_ACCURACY_EXACT);
  g_clear_object (&project);
  sf_test_exec_on_file (f->path,
                        "INSERT INTO mbc_parameter (id, key, value, changed) VALUES "
                        "('a', 'prevention', 7.5, 'x'), ('b', 'from_the_future', 1, 'x')");
  project = sf_project_open (f->path, SF_DB_OPEN_CHECK, NULL);
  g_assert_nonnull (project);
  sf_project_get_mbc_input (project, flat, &input);
  g_assert_cmpfloat (input.params[SF_MBC_PREVENTION], ==, 0.075);
  g_assert_cmpuint (sf_test_n_items (sf_project_get_mbc_settings (project)), ==, 2);
}

/* A copy's changed parameters merge back: one the copy alone changed is taken; the same one
 * changed on both sides meets on one row (its id is the flat's and the key's), a conflict
 * that keeps mine, never two settings of one parameter. */
static void
test_merge (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(SfProject) mine = sf_test_create_project (f->path);
  g_autofree char *flat = sf_test_add_flat (mine, "De Reiger");
  g_autofree char *theirs_path = g_build_filename (f->dir, "kopie.startfoto", NULL);
  g_autoptr(SfProject) theirs = NULL;
  g_autoptr(SfMergePlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  SfMergeConflict *conflict;

  g_assert_true (sf_project_export_copy (mine, theirs_path, TRUE, &error));
  g_assert_no_error (error);
  theirs = sf_project_open (theirs_path, SF_DB_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (sf_project_set_mbc_param (theirs, NULL, SF_MBC_PREVENTION, 0.10, "Kopie",
                                           NULL));
  g_assert_true (sf_project_set_mbc_param (theirs, flat, SF_MBC_COST_BUILDING_1, 12000,
                                           "Kopie", NULL));
  g_clear_object (&theirs);
  g_assert_true (sf_project_set_mbc_param (mine, NULL, SF_MBC_PREVENTION, 0.09, "Hier", NULL));

  plan = sf_merge_plan_new (mine, theirs_path, NULL, &error);
  g_assert_no_error (error);
  /* A conflict per column both changed (the value, who set it, when), all on the one row. */
  g_assert_cmpuint (sf_merge_plan_get_conflicts (plan)->len, >=, 1);
  for (guint i = 0; i < sf_merge_plan_get_conflicts (plan)->len; i++)
    {
      conflict = g_ptr_array_index (sf_merge_plan_get_conflicts (plan), i);
      g_assert_cmpstr (conflict->table, ==, "mbc_parameter");
      g_assert_cmpstr (conflict->row_id, ==,
                       sf_record_get_id (SF_RECORD (sf_project_find_mbc_setting (
                         mine, NULL, SF_MBC_PREVENTION))));
      g_assert_cmpint (conflict->kind, ==, SF_MERGE_BOTH_CHANGED);
    }
  g_assert_true (sf_project_apply_merge (mine, plan, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sf_test_n_items (sf_project_get_mbc_settings (mine)), ==, 2);
  g_assert_cmpfloat (sf_mbc_setting_get_value (
                       sf_project_find_mbc_setting (mine, NULL, SF_MBC_PREVENTION)), ==, 0.09);
  g_assert_cmpfloat (sf_mbc_setting_get_value (
                       sf_project_find_mbc_setting (mine, flat, SF_MBC_COST_BUILDING_1)), ==,
                     12000);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  SF_TEST_DIR_ADD ("/mbc-store/figures-flow-in", test_figures_flow_in);
  SF_TEST_DIR_ADD ("/mbc-store/missing-figures", test_missing_figures);
  SF_TEST_DIR_ADD ("/mbc-store/parameters", test_parameters);
  SF_TEST_DIR_ADD ("/mbc-store/refused", test_refused);
  SF_TEST_DIR_ADD ("/mbc-store/foreign-values", test_foreign_values);
  SF_TEST_DIR_ADD ("/mbc-store/merge", test_merge);
  return g_test_run ();
}
