/* test-plan.c: step 4's plan for the coming year in the store: who does what, why and when
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sf-project-plan.h"
#include "sf-project-preconditions.h"
#include "sf-search.h"
#include "sf-store-error.h"
#include "sf-test-store.h"

typedef SfTestDir Fixture;

static const char *
id_of (gpointer record)
{
  return sf_record_get_id (SF_RECORD (record));
}

/* When an action is due: a date or a quarter, and its quarter for the timeline. */
static void
test_due_quarter (void)
{
  int year = 0, quarter = 0;

  g_assert_true (sf_plan_due_quarter ("2027-Q3", &year, &quarter));
  g_assert_cmpint (year, ==, 2027);
  g_assert_cmpint (quarter, ==, 3);
  g_assert_true (sf_plan_due_quarter ("2027-11-30", &year, &quarter));
  g_assert_cmpint (quarter, ==, 4);
  g_assert_true (sf_plan_due_quarter ("2028-01-01", &year, &quarter));
  g_assert_cmpint (year, ==, 2028);
  g_assert_cmpint (quarter, ==, 1);
  g_assert_false (sf_plan_due_quarter ("", &year, &quarter));
  g_assert_false (sf_plan_due_quarter ("2027-Q5", &year, &quarter));
  g_assert_false (sf_plan_due_quarter ("2027-Q1x", &year, &quarter));
  g_assert_false (sf_plan_due_quarter ("2027-02-30", &year, &quarter));
  g_assert_false (sf_plan_due_quarter ("volgend jaar", &year, &quarter));
}

/* Actions are listed by when they are due (none last), with their partner; a blank one, one
 * without a responsible partner, or with a date that is none, is refused with a message. */
static void
test_plan (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autofree char *corporation = sf_test_add_partner (project, "Woonstichting", "housing", "");
  g_autofree char *welfare = sf_test_add_partner (project, "Welzijn Leiden", "welfare", "");
  SfPrecondition *room = sf_test_item (sf_project_get_preconditions (project), 3);
  SfActionFields later = { "Bewonersavond over de ontmoetingsruimte", "Vraag uit de sessie",
                           id_of (room), NULL, welfare, "2027-Q3", SF_ACTION_OPEN };
  SfActionFields first = { " Ruimte inmeten ", NULL, id_of (room), NULL, corporation,
                           "2027-02-15", SF_ACTION_UNDER_WAY };
  SfActionFields someday = { "Convenant opstellen", NULL, NULL, NULL, corporation, "",
                             SF_ACTION_OPEN };
  GListModel *plan = sf_project_get_plan (project);
  g_autoptr(GError) error = NULL;
  g_autofree char *a = sf_project_add_action (project, &later, NULL);
  g_autofree char *b = sf_project_add_action (project, &first, NULL);
  g_autofree char *c = sf_project_add_action (project, &someday, NULL);
  SfActionFields bad = first;
  g_autoptr(GPtrArray) hits = NULL;
  guint done;

  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_nonnull (c);
  g_assert_cmpuint (sf_test_n_items (plan), ==, 3);
  g_assert_cmpstr (sf_plan_action_get_what (sf_test_item (plan, 0)), ==, "Ruimte inmeten");
  g_assert_cmpstr (sf_plan_action_get_responsible (sf_test_item (plan, 0)), ==, "Woonstichting");
  g_assert_cmpstr (sf_plan_action_get_due (sf_test_item (plan, 1)), ==, "2027-Q3");
  g_assert_cmpstr (sf_plan_action_get_precondition_id (sf_test_item (plan, 1)), ==, id_of (room));
  g_assert_cmpstr (sf_plan_action_get_what (sf_test_item (plan, 2)), ==, "Convenant opstellen");

  bad.what = "  ";
  g_assert_null (sf_project_add_action (project, &bad, &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID);
  g_clear_error (&error);
  bad = first;
  bad.responsible_id = NULL;
  g_assert_null (sf_project_add_action (project, &bad, &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID);
  g_clear_error (&error);
  bad = first;
  bad.due = "volgende maand";
  g_assert_false (sf_project_update_action (project, b, &bad, &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID);

  first.status = SF_ACTION_DONE;
  g_assert_true (sf_project_update_action (project, b, &first, NULL));
  g_assert_cmpuint (sf_project_count_actions (project, &done), ==, 3);
  g_assert_cmpuint (done, ==, 1);
  hits = sf_search_find (project, "ontmoetingsruimte", 10, NULL);
  g_assert_cmpuint (hits->len, ==, 1);
  g_assert_cmpstr (((SfSearchHit *) g_ptr_array_index (hits, 0))->kind, ==, "plan_action");
  g_assert_true (sf_project_remove_action (project, c, NULL));
  g_assert_cmpuint (sf_test_n_items (plan), ==, 2);
  g_assert_true (sf_project_undo (project, NULL));
  g_assert_cmpuint (sf_test_n_items (plan), ==, 3);
}

/* Others involved, never the one responsible; a partner removed leaves the action, without a
 * responsible partner until one is chosen, and undo brings everything back. */
static void
test_partners (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autofree char *corporation = sf_test_add_partner (project, "Woonstichting", "housing", "");
  g_autofree char *welfare = sf_test_add_partner (project, "Welzijn Leiden", "welfare", "");
  g_autofree char *care = sf_test_add_partner (project, "Zorggroep", "care", "");
  SfActionFields fields = { "Signaleringsoverleg starten", NULL, NULL, NULL, care, "2027-Q1",
                            SF_ACTION_OPEN };
  g_autofree char *id = sf_project_add_action (project, &fields, NULL);
  const char *involved[] = { welfare, care, corporation, NULL };
  g_auto(GStrv) others = NULL;
  g_auto(GStrv) after = NULL;
  SfPlanAction *action;

  g_assert_true (sf_project_set_action_partners (project, id, involved, NULL));
  others = sf_project_get_action_partners (project, id);
  g_assert_cmpuint (g_strv_length (others), ==, 2);
  g_assert_cmpstr (others[0], ==, corporation);
  g_assert_cmpstr (others[1], ==, welfare);

  g_assert_true (sf_project_remove_partner (project, care, NULL));
  action = sf_test_item (sf_project_get_plan (project), 0);
  g_assert_null (sf_plan_action_get_responsible_id (action));
  g_assert_cmpstr (sf_plan_action_get_responsible (action), ==, "");
  g_assert_true (sf_project_remove_partner (project, welfare, NULL));
  after = sf_project_get_action_partners (project, id);
  g_assert_cmpuint (g_strv_length (after), ==, 1);
  g_assert_true (sf_project_undo (project, NULL));
  g_assert_true (sf_project_undo (project, NULL));
  g_assert_cmpstr (sf_plan_action_get_responsible (action), ==, "Zorggroep");
  g_strfreev (after);
  after = sf_project_get_action_partners (project, id);
  g_assert_cmpuint (g_strv_length (after), ==, 2);
}

/* A quarter is listed at its end: after the dates within it, before the dates after it. */
static void
test_plan_order (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autofree char *partner = sf_test_add_partner (project, "Woonstichting", "housing", "");
  const char *dues[] = { "2027-11-30", "2027-Q3", "2027-09-30", "2027-07-01", "2027-Q1" };
  const char *expected[] = { "2027-Q1", "2027-07-01", "2027-09-30", "2027-Q3", "2027-11-30" };
  GListModel *plan = sf_project_get_plan (project);

  for (guint i = 0; i < G_N_ELEMENTS (dues); i++)
    {
      SfActionFields fields = { "Actie", NULL, NULL, NULL, partner, dues[i], SF_ACTION_OPEN };
      g_autofree char *id = sf_project_add_action (project, &fields, NULL);

      g_assert_nonnull (id);
    }
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (sf_plan_action_get_due (sf_test_item (plan, i)), ==, expected[i]);
}

/* Over years, and without a date last; an edit re-reads the action in place, a new due moves
 * it, a partner renamed shows in it. */
static void
test_plan_edits (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autofree char *corporation = sf_test_add_partner (project, "Woonstichting", "housing", "");
  const char *dues[] = { "2027-11-30", "", "2027-Q1", "2027-04-02", "2027-03-31", "2026-Q4" };
  const char *expected[] = { "2026-Q4", "2027-03-31", "2027-Q1", "2027-04-02", "2027-11-30", "" };
  GListModel *plan = sf_project_get_plan (project);
  SfPartnerFields renamed = { "Woonstichting Leiden", "housing", "", "", NULL };
  SfActionFields later;
  SfPlanAction *first;

  for (guint i = 0; i < G_N_ELEMENTS (dues); i++)
    {
      SfActionFields fields = { "Stap", NULL, NULL, NULL, corporation, dues[i],
                                SF_ACTION_OPEN };
      g_autofree char *id = sf_project_add_action (project, &fields, NULL);

      g_assert_nonnull (id);
    }

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (sf_plan_action_get_due (sf_test_item (plan, i)), ==, expected[i]);

  first = sf_test_item (plan, 0);
  later = (SfActionFields) { "Eerste stap", NULL, NULL, NULL, corporation, "2026-Q4",
                             SF_ACTION_DONE };
  g_assert_true (sf_project_update_action (project, id_of (first), &later, NULL));
  g_assert_true (sf_test_item (plan, 0) == first);
  g_assert_cmpstr (sf_plan_action_get_what (first), ==, "Eerste stap");
  g_assert_cmpint (sf_plan_action_get_status (first), ==, SF_ACTION_DONE);
  later.due = "2028-01-10";
  g_assert_true (sf_project_update_action (project, id_of (first), &later, NULL));
  g_assert_true (sf_test_item (plan, 4) == first);
  g_assert_true (sf_project_update_partner (project, corporation, &renamed, NULL));
  g_assert_cmpstr (sf_plan_action_get_responsible (first), ==, "Woonstichting Leiden");
}

/* Those involved given with the fields are set in the same action: one undo takes the action
 * and its partners away, and an edit that leaves them NULL keeps them. */
static void
test_involved_in_one_action (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autofree char *corporation = sf_test_add_partner (project, "Woonstichting", "housing", "");
  g_autofree char *welfare = sf_test_add_partner (project, "Welzijn Leiden", "welfare", "");
  const char *involved[] = { welfare, corporation, NULL };
  SfActionFields fields = { "Buurtkamer openen", NULL, NULL, NULL, corporation, "2027-Q2",
                            SF_ACTION_OPEN, involved };
  g_autofree char *id = sf_project_add_action (project, &fields, NULL);
  g_auto(GStrv) others = sf_project_get_action_partners (project, id);
  g_auto(GStrv) kept = NULL;

  g_assert_cmpuint (g_strv_length (others), ==, 1);
  g_assert_cmpstr (others[0], ==, welfare);
  fields.involved = NULL;
  fields.status = SF_ACTION_UNDER_WAY;
  g_assert_true (sf_project_update_action (project, id, &fields, NULL));
  kept = sf_project_get_action_partners (project, id);
  g_assert_cmpuint (g_strv_length (kept), ==, 1);
  g_assert_true (sf_project_undo (project, NULL));
  g_assert_true (sf_project_undo (project, NULL));
  g_assert_cmpuint (sf_test_n_items (sf_project_get_plan (project)), ==, 0);
  g_assert_true (sf_project_redo (project, NULL));
  g_strfreev (others);
  others = sf_project_get_action_partners (project, id);
  g_assert_cmpuint (g_strv_length (others), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/plan/due-quarter", test_due_quarter);
  SF_TEST_DIR_ADD ("/plan/order", test_plan_order);
  SF_TEST_DIR_ADD ("/plan/actions", test_plan);
  SF_TEST_DIR_ADD ("/plan/partners", test_partners);
  SF_TEST_DIR_ADD ("/plan/edits", test_plan_edits);
  SF_TEST_DIR_ADD ("/plan/involved-in-one-action", test_involved_in_one_action);

  return g_test_run ();
}
