/* test-remarks.c: remarks made while checking the Startfoto together, resolved three ways
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sf-copy.h"
#include "sf-project-remarks.h"
#include "sf-search.h"
#include "sf-store-error.h"
#include "sf-test-store.h"

typedef SfTestDir Fixture;

/* A remark on a flat corrected in place, one on a missing role turned into an action (one
 * step: undo takes both back), one dismissed only with a reason; a confidential one searched
 * but left out of a shared copy. */
static void
test_remarks (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autofree char *flat = sf_test_add_flat (project, "Het Baken");
  g_autofree char *corporation = sf_test_add_partner (project, "Woonstichting", "housing", "");
  g_autofree char *dest = g_build_filename (f->dir, "kopie.startfoto", NULL);
  GListModel *remarks = sf_project_get_remarks (project);
  g_autofree char *wrong = sf_project_add_remark (project, "flat", flat,
                                                  "Klopt niet: 84 woningen", FALSE, NULL);
  g_autofree char *missing = sf_project_add_remark (project, "role", "s1r6",
                                                    "Mist nog: de activiteitencommissie", FALSE,
                                                    NULL);
  g_autofree char *touchy = sf_project_add_remark (project, "partner", corporation,
                                                   "Wil niet genoemd worden", TRUE, NULL);
  SfActionFields ask = { "Activiteitencommissie uitnodigen", NULL, NULL, NULL, corporation,
                         "2027-Q1", SF_ACTION_OPEN };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(SfProject) copy = NULL;
  g_autofree char *action = NULL;
  guint open;

  g_assert_nonnull (wrong);
  g_assert_null (sf_project_add_remark (project, "flat", flat, " ", FALSE, &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (sf_test_n_items (remarks), ==, 3);
  g_assert_cmpstr (sf_remark_get_item_kind (sf_test_item (remarks, 1)), ==, "role");

  g_assert_true (sf_project_resolve_remark (project, wrong, SF_REMARK_CORRECTED, NULL, NULL));
  g_assert_false (sf_project_resolve_remark (project, touchy, SF_REMARK_DISMISSED, "", &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID);
  g_assert_true (sf_project_resolve_remark (project, touchy, SF_REMARK_DISMISSED,
                                            "Besproken met de directeur", NULL));
  g_assert_cmpstr (sf_remark_get_reason (sf_test_item (remarks, 2)), ==,
                   "Besproken met de directeur");

  action = sf_project_remark_to_action (project, missing, &ask, NULL);
  g_assert_nonnull (action);
  g_assert_cmpint (sf_remark_get_resolution (sf_test_item (remarks, 1)), ==, SF_REMARK_ACTION);
  g_assert_cmpstr (sf_remark_get_action_id (sf_test_item (remarks, 1)), ==, action);
  g_assert_cmpuint (sf_test_n_items (sf_project_get_plan (project)), ==, 1);
  g_assert_cmpuint (sf_project_count_remarks (project, &open), ==, 3);
  g_assert_cmpuint (open, ==, 0);
  g_assert_true (sf_project_undo (project, NULL));
  g_assert_cmpuint (sf_test_n_items (sf_project_get_plan (project)), ==, 0);
  g_assert_cmpint (sf_remark_get_resolution (sf_test_item (remarks, 1)), ==, SF_REMARK_OPEN);

  hits = sf_search_find (project, "genoemd", 10, NULL);
  g_assert_cmpuint (hits->len, ==, 1);
  g_assert_true (((SfSearchHit *) g_ptr_array_index (hits, 0))->confidential);
  g_assert_true (sf_project_export_copy (project, dest, FALSE, NULL));
  copy = sf_project_open (dest, SF_DB_OPEN_READ_ONLY | SF_DB_OPEN_CHECK, NULL);
  g_assert_cmpuint (sf_test_n_items (sf_project_get_remarks (copy)), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  SF_TEST_DIR_ADD ("/remarks/resolved", test_remarks);

  return g_test_run ();
}
