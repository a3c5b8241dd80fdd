/* test-preconditions.c: step 4's preconditions in the store: the method's in every project,
 * judged by hand or suggested by step 3, chosen, the project's own
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sf-method.h"
#include "sf-project-figures.h"
#include "sf-project-preconditions.h"
#include "sf-search.h"
#include "sf-store-error.h"
#include "sf-test-store.h"

typedef SfTestDir Fixture;

static SfPrecondition *
find (SfProject  *project,
      const char *method_key)
{
  GListModel *list = sf_project_get_preconditions (project);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      SfPrecondition *precondition = sf_test_item (list, i);

      if (g_strcmp0 (sf_precondition_get_method_key (precondition), method_key) == 0)
        return precondition;
    }
  g_assert_not_reached ();
}

static const char *
id_of (SfPrecondition *precondition)
{
  return sf_record_get_id (SF_RECORD (precondition));
}

static SfPreconditionStatus
status_of (SfProject      *project,
           SfPrecondition *precondition,
           const char     *flat_id,
           gboolean       *by_hand)
{
  SfPreconditionState state;
  SfPreconditionStatus status;

  g_assert_true (sf_project_get_precondition_state (project, precondition, flat_id, &state,
                                                    NULL));
  status = state.status;
  if (by_hand != NULL)
    *by_hand = state.by_hand;
  sf_precondition_state_clear (&state);
  return status;
}

/* Every project has the method's twenty, in its order, grouped and scoped as the method says,
 * new or migrated from an older file. */
static void
test_method_preconditions (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  GListModel *list = sf_project_get_preconditions (project);

  g_assert_cmpuint (g_list_model_get_n_items (list), ==, sf_method_get_n_preconditions ());
  for (guint i = 0; i < sf_method_get_n_preconditions (); i++)
    {
      const SfMethodPrecondition *method = sf_method_get_precondition (i);
      SfPrecondition *precondition = sf_test_item (list, i);

      g_assert_cmpstr (sf_precondition_get_method_key (precondition), ==,
                       sf_method_precondition_get_key (method));
      g_assert_cmpstr (sf_precondition_get_text (precondition), ==,
                       sf_method_precondition_get_text (method));
      g_assert_cmpstr (sf_precondition_get_group (precondition), ==,
                       sf_method_precondition_get_group (method));
      g_assert_cmpint (sf_precondition_is_per_flat (precondition), ==,
                       sf_method_precondition_is_per_flat (method));
      g_assert_cmpint (sf_precondition_get_choice (precondition), ==, SF_CHOICE_NONE);
    }
}

/* Step 3 suggests the status of "at least 80 dwellings" per flat, with "≈" for an estimate; a
 * status set by hand is never written over, and a later change in step 3 shows as a
 * suggestion that differs. */
static void
test_suggestion_never_overwrites (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  SfFlatFields fields = { "De Zilverreiger", "", "", 96 };
  g_autofree char *flat = sf_project_add_flat (project, &fields, NULL);
  SfPrecondition *dwellings = find (project, "s4p3");
  SfIndicatorValueFields estimate = { .has_number = TRUE, .number = 60,
                                      .accuracy = SF_ACCURACY_ESTIMATE };
  SfPreconditionState state;
  gboolean by_hand;

  g_assert_true (sf_project_get_precondition_state (project, dwellings, flat, &state, NULL));
  g_assert_true (state.suggested);
  g_assert_false (state.by_hand);
  g_assert_cmpint (state.status, ==, SF_PRECONDITION_MET);
  g_assert_false (state.estimate);
  sf_precondition_state_clear (&state);

  g_assert_true (sf_project_judge_precondition (project, id_of (dwellings), flat,
                                                SF_PRECONDITION_PARTLY,
                                                "  96 woningen, maar 30 zijn studio's ", NULL));
  sf_test_set_value (project, "s3q1a", flat, &estimate);
  g_assert_true (sf_project_get_precondition_state (project, dwellings, flat, &state, NULL));
  g_assert_true (state.by_hand);
  g_assert_cmpint (state.status, ==, SF_PRECONDITION_PARTLY);
  g_assert_cmpstr (state.basis, ==, "96 woningen, maar 30 zijn studio's");
  g_assert_cmpint (state.suggestion, ==, SF_PRECONDITION_NOT_YET);
  g_assert_true (state.estimate);
  sf_precondition_state_clear (&state);

  /* Back to the suggestion, and undo brings the status set by hand back. */
  g_assert_true (sf_project_unjudge_precondition (project, id_of (dwellings), flat, NULL));
  g_assert_cmpint (status_of (project, dwellings, flat, &by_hand), ==, SF_PRECONDITION_NOT_YET);
  g_assert_false (by_hand);
  g_assert_true (sf_project_undo (project, NULL));
  g_assert_cmpint (status_of (project, dwellings, flat, &by_hand), ==, SF_PRECONDITION_PARTLY);
  g_assert_true (by_hand);
}

/* Step 3's checks made once for a flat, and the statuses read at once, give every
 * precondition the state it gets alone, per flat and for the whole project. */
static void
test_checked_once (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  SfFlatFields fields = { "Het Baken", "", "", 64 };
  g_autofree char *flat = sf_project_add_flat (project, &fields, NULL);
  GListModel *list = sf_project_get_preconditions (project);
  SfRequirementResult checks[SF_REQUIREMENT_N];
  g_autoptr(GHashTable) statuses = NULL;
  guint suggested = 0, by_hand = 0;

  g_assert_true (sf_project_judge_precondition (project, id_of (find (project, "s4p5")), flat,
                                                SF_PRECONDITION_PARTLY, "Alleen buiten", NULL));
  g_assert_true (sf_project_judge_precondition (project, id_of (find (project, "s4p15")), NULL,
                                                SF_PRECONDITION_MET, "Team staat", NULL));
  g_assert_true (sf_project_check_requirements (project, flat, checks, NULL));
  statuses = sf_project_read_precondition_statuses (project, NULL);
  g_assert_nonnull (statuses);
  g_assert_cmpuint (g_hash_table_size (statuses), ==, 2);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      SfPrecondition *precondition = sf_test_item (list, i);
      const char *scope = sf_precondition_is_per_flat (precondition) ? flat : NULL;
      SfPreconditionState alone, once;

      g_assert_true (sf_project_get_precondition_state (project, precondition, scope, &alone,
                                                        NULL));
      g_assert_true (sf_project_get_precondition_state_checked (project, precondition, scope,
                                                                scope ? checks : NULL,
                                                                statuses, &once, NULL));
      g_assert_cmpint (once.status, ==, alone.status);
      g_assert_cmpint (once.by_hand, ==, alone.by_hand);
      g_assert_cmpstr (once.basis, ==, alone.basis);
      g_assert_cmpint (once.suggested, ==, alone.suggested);
      g_assert_cmpint (once.suggestion, ==, alone.suggestion);
      g_assert_cmpint (once.estimate, ==, alone.estimate);
      suggested += once.suggested;
      by_hand += once.by_hand;
      sf_precondition_state_clear (&alone);
      sf_precondition_state_clear (&once);
    }
  /* The flat's number of dwellings is known: at least that one is suggested. */
  g_assert_cmpuint (suggested, >=, 1);
  g_assert_cmpuint (by_hand, ==, 2);

  /* Read again after a status is set and after undo: what the project kept follows. */
  g_assert_true (sf_project_judge_precondition (project, id_of (find (project, "s4p12")), NULL,
                                                SF_PRECONDITION_PARTLY, "", NULL));
  g_clear_pointer (&statuses, g_hash_table_unref);
  statuses = sf_project_read_precondition_statuses (project, NULL);
  g_assert_cmpuint (g_hash_table_size (statuses), ==, 3);
  g_assert_true (sf_project_undo (project, NULL));
  g_clear_pointer (&statuses, g_hash_table_unref);
  statuses = sf_project_read_precondition_statuses (project, NULL);
  g_assert_cmpuint (g_hash_table_size (statuses), ==, 2);
}

/* A precondition about the building is judged per flat, another for the whole project; a
 * flat removed takes its judgements with it, in one step that undo brings back. */
static void
test_scope_and_flats (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autofree char *flat = sf_test_add_flat (project, "Het Baken");
  SfPrecondition *storage = find (project, "s4p5");
  SfPrecondition *team = find (project, "s4p15");
  g_autoptr(GError) error = NULL;

  g_assert_false (sf_project_judge_precondition (project, id_of (storage), NULL,
                                                 SF_PRECONDITION_MET, "", &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (sf_project_judge_precondition (project, id_of (team), flat,
                                                 SF_PRECONDITION_MET, "", &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (sf_project_judge_precondition (project, id_of (storage), flat,
                                                SF_PRECONDITION_NOT_YET, "", NULL));
  g_assert_true (sf_project_judge_precondition (project, id_of (team), NULL,
                                                SF_PRECONDITION_PARTLY, "", NULL));
  g_assert_true (sf_project_remove_flat (project, flat, NULL));
  g_assert_cmpuint (sf_test_count_rows (project, "SELECT count (*) FROM precondition_status"),
                    ==, 1);
  g_assert_true (sf_project_undo (project, NULL));
  g_assert_cmpint (status_of (project, storage, flat, NULL), ==, SF_PRECONDITION_NOT_YET);
  g_assert_cmpint (status_of (project, team, NULL, NULL), ==, SF_PRECONDITION_PARTLY);
}

/* The partners' choice and vision; the project's own preconditions, which (unlike the
 * method's) can be reworded and removed, with their judgements; blank text is refused. */
static void
test_choice_and_own (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  SfPrecondition *provider = find (project, "s4p12");
  g_autoptr(GError) error = NULL;
  g_autofree char *own = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  guint discussed, total;

  g_assert_true (sf_project_choose_for_precondition (project, id_of (provider), SF_CHOICE_DIFFER,
                                                     "Twee aanbieders, één aanspreekpunt", NULL));
  g_assert_cmpint (sf_precondition_get_choice (provider), ==, SF_CHOICE_DIFFER);
  g_assert_cmpstr (sf_precondition_get_vision (provider), ==,
                   "Twee aanbieders, één aanspreekpunt");
  hits = sf_search_find (project, "aanspreekpunt", 10, NULL);
  g_assert_cmpuint (hits->len, ==, 1);
  g_assert_cmpstr (((SfSearchHit *) g_ptr_array_index (hits, 0))->kind, ==, "precondition");
  g_assert_cmpuint (((SfSearchHit *) g_ptr_array_index (hits, 0))->step, ==, 4);

  g_assert_null (sf_project_add_precondition (project, "offer", "  \n", FALSE, &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID);
  g_clear_error (&error);
  own = sf_project_add_precondition (project, "complex", " Een lift in elk trappenhuis ", TRUE,
                                     NULL);
  g_assert_nonnull (own);
  g_assert_cmpuint (sf_test_n_items (sf_project_get_preconditions (project)), ==, 21);
  g_assert_cmpstr (sf_precondition_get_text (sf_test_item (sf_project_get_preconditions (project),
                                                           20)), ==,
                   "Een lift in elk trappenhuis");
  g_assert_true (sf_project_reword_precondition (project, own, "Een lift per portiek", NULL));
  discussed = sf_project_count_preconditions_discussed (project, &total);
  g_assert_cmpuint (discussed, ==, 1);
  g_assert_cmpuint (total, ==, 21);

  g_assert_false (sf_project_remove_precondition (project, id_of (provider), &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (sf_project_reword_precondition (project, id_of (provider), "Anders", &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID);
  g_assert_true (sf_project_remove_precondition (project, own, NULL));
  g_assert_cmpuint (sf_test_n_items (sf_project_get_preconditions (project)), ==, 20);
  g_assert_true (sf_project_undo (project, NULL));
  g_assert_cmpstr (sf_precondition_get_text (sf_test_item (sf_project_get_preconditions (project),
                                                           20)), ==, "Een lift per portiek");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  SF_TEST_DIR_ADD ("/preconditions/method", test_method_preconditions);
  SF_TEST_DIR_ADD ("/preconditions/suggestion-never-overwrites", test_suggestion_never_overwrites);
  SF_TEST_DIR_ADD ("/preconditions/checked-once", test_checked_once);
  SF_TEST_DIR_ADD ("/preconditions/scope-and-flats", test_scope_and_flats);
  SF_TEST_DIR_ADD ("/preconditions/choice-and-own", test_choice_and_own);

  return g_test_run ();
}
