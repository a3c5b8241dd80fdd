/* test-decisions.c: step 4's decisions list in the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sf-project-decisions.h"
#include "sf-search.h"
#include "sf-store-error.h"
#include "sf-test-store.h"

typedef SfTestDir Fixture;

/* Decisions in order of date (none last), a date typed as a Dutch user types it; blank ones
 * and dates that are none refused; proposals counted for the boards; who agreed; undo. */
static void
test_decisions (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autofree char *corporation = sf_test_add_partner (project, "Woonstichting", "housing", "");
  g_autofree char *welfare = sf_test_add_partner (project, "Welzijn Leiden", "welfare", "");
  SfDecisionFields taken = { "14-1-2027", " De flat aan de Kooilaan wordt de eerste ",
                             "Grootste flat, actieve bewonerscommissie", "Stuurgroep, unaniem",
                             SF_DECISION_TAKEN };
  SfDecisionFields proposal = { "", "Een coördinator voor twee jaar", NULL, NULL,
                                SF_DECISION_PROPOSED };
  SfDecisionFields earlier = { "2026-12-01", "Startfoto maken met vijf partners", NULL, NULL,
                               SF_DECISION_TAKEN };
  GListModel *decisions = sf_project_get_decisions (project);
  g_autofree char *a = sf_project_add_decision (project, &taken, NULL);
  g_autofree char *b = sf_project_add_decision (project, &proposal, NULL);
  g_autofree char *c = sf_project_add_decision (project, &earlier, NULL);
  const char *both[] = { welfare, corporation, "geen-partner", NULL };
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) agreed = NULL;
  SfDecisionFields bad = taken;
  g_autoptr(GPtrArray) hits = NULL;
  guint proposed;

  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_nonnull (c);
  g_assert_cmpstr (sf_decision_get_text (sf_test_item (decisions, 0)), ==,
                   "Startfoto maken met vijf partners");
  g_assert_cmpstr (sf_decision_get_date (sf_test_item (decisions, 1)), ==, "2027-01-14");
  g_assert_cmpstr (sf_decision_get_text (sf_test_item (decisions, 1)), ==,
                   "De flat aan de Kooilaan wordt de eerste");
  g_assert_cmpstr (sf_decision_get_how (sf_test_item (decisions, 1)), ==, "Stuurgroep, unaniem");
  g_assert_cmpint (sf_decision_get_status (sf_test_item (decisions, 2)), ==,
                   SF_DECISION_PROPOSED);
  g_assert_cmpuint (sf_project_count_decisions (project, &proposed), ==, 3);
  g_assert_cmpuint (proposed, ==, 1);
  hits = sf_search_find (project, "bewonerscommissie", 10, NULL);
  g_assert_cmpuint (hits->len, ==, 1);
  g_assert_cmpstr (((SfSearchHit *) g_ptr_array_index (hits, 0))->kind, ==, "decision");

  bad.text = "\n";
  g_assert_null (sf_project_add_decision (project, &bad, &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID);
  g_clear_error (&error);
  bad = taken;
  bad.date = "ergens in januari";
  g_assert_false (sf_project_update_decision (project, a, &bad, &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID);

  g_assert_true (sf_project_set_decision_partners (project, a, both, NULL));
  agreed = sf_project_get_decision_partners (project, a);
  g_assert_cmpuint (g_strv_length (agreed), ==, 2);
  g_assert_cmpstr (agreed[0], ==, corporation);

  proposal.status = SF_DECISION_TAKEN;
  g_assert_true (sf_project_update_decision (project, b, &proposal, NULL));
  g_assert_cmpuint (sf_project_count_decisions (project, &proposed), ==, 3);
  g_assert_cmpuint (proposed, ==, 0);
  g_assert_true (sf_project_remove_decision (project, a, NULL));
  g_assert_cmpuint (sf_test_n_items (decisions), ==, 2);
  g_assert_true (sf_project_undo (project, NULL));
  g_strfreev (agreed);
  agreed = sf_project_get_decision_partners (project, a);
  g_assert_cmpuint (g_strv_length (agreed), ==, 2);
  g_assert_true (sf_project_undo (project, NULL));
  g_assert_cmpuint (sf_project_count_decisions (project, &proposed), ==, 3);
  g_assert_cmpuint (proposed, ==, 1);
}

/* A decision with who agreed, added and changed in one step each: one undo takes it back. */
static void
test_decision_with_partners (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autofree char *corporation = sf_test_add_partner (project, "Woonstichting", "housing", "");
  g_autofree char *welfare = sf_test_add_partner (project, "Welzijn Leiden", "welfare", "");
  const char *both[] = { corporation, welfare, NULL };
  const char *one[] = { welfare, NULL };
  SfDecisionFields fields = { "", "Een coördinator voor twee jaar", NULL, NULL,
                              SF_DECISION_PROPOSED, both };
  g_autofree char *id = sf_project_add_decision (project, &fields, NULL);
  g_auto(GStrv) agreed = NULL;

  g_assert_nonnull (id);
  agreed = sf_project_get_decision_partners (project, id);
  g_assert_cmpuint (g_strv_length (agreed), ==, 2);
  fields.agreed = one;
  fields.status = SF_DECISION_TAKEN;
  g_assert_true (sf_project_update_decision (project, id, &fields, NULL));
  g_strfreev (agreed);
  agreed = sf_project_get_decision_partners (project, id);
  g_assert_cmpuint (g_strv_length (agreed), ==, 1);
  g_assert_cmpstr (agreed[0], ==, welfare);

  g_assert_true (sf_project_undo (project, NULL));
  g_strfreev (agreed);
  agreed = sf_project_get_decision_partners (project, id);
  g_assert_cmpuint (g_strv_length (agreed), ==, 2);
  g_assert_true (sf_project_undo (project, NULL));
  g_assert_cmpuint (sf_test_n_items (sf_project_get_decisions (project)), ==, 0);
  g_assert_cmpuint (sf_test_count_rows (project, "SELECT count (*) FROM decision_partner"), ==,
                    0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  SF_TEST_DIR_ADD ("/decisions/list", test_decisions);
  SF_TEST_DIR_ADD ("/decisions/with-partners", test_decision_with_partners);

  return g_test_run ();
}
