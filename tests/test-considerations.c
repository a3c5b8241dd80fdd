/* test-considerations.c: what step 4's partners must take into account, and how they tell
 * others (the communication plan), in the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sf-copy.h"
#include "sf-project-communication.h"
#include "sf-project-considerations.h"
#include "sf-search.h"
#include "sf-store-error.h"
#include "sf-test-store.h"

typedef SfTestDir Fixture;

/* By kind, about a partner or not; a blank one refused; a partner's interests marked
 * confidential are searched (marked so) but never leave the app in a copy. */
static void
test_considerations (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autofree char *corporation = sf_test_add_partner (project, "Woonstichting", "housing", "");
  g_autofree char *dest = g_build_filename (f->dir, "kopie.startfoto", NULL);
  SfConsiderationFields workload = { SF_CONSIDERATION_WORKLOAD, "Wijkteam zit vol tot de zomer",
                                     NULL, FALSE };
  SfConsiderationFields interests = { SF_CONSIDERATION_INTERESTS,
                                      "Wil eerst de renovatie van 2028 afronden", corporation,
                                      TRUE };
  GListModel *list = sf_project_get_considerations (project);
  g_autofree char *a = sf_project_add_consideration (project, &workload, NULL);
  g_autofree char *b = sf_project_add_consideration (project, &interests, NULL);
  SfConsiderationFields blank = { SF_CONSIDERATION_OTHER, " ", NULL, FALSE };
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(SfProject) copy = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_cmpuint (sf_test_n_items (list), ==, 2);
  g_assert_cmpint (sf_consideration_get_kind (sf_test_item (list, 0)), ==,
                   SF_CONSIDERATION_INTERESTS);
  g_assert_cmpstr (sf_consideration_get_partner (sf_test_item (list, 0)), ==, "Woonstichting");
  g_assert_null (sf_project_add_consideration (project, &blank, &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID);

  hits = sf_search_find (project, "renovatie", 10, NULL);
  g_assert_cmpuint (hits->len, ==, 1);
  g_assert_true (((SfSearchHit *) g_ptr_array_index (hits, 0))->confidential);
  g_assert_cmpuint (sf_project_count_confidential (project), ==, 1);
  g_assert_true (sf_project_export_copy (project, dest, FALSE, NULL));
  copy = sf_project_open (dest, SF_DB_OPEN_READ_ONLY | SF_DB_OPEN_CHECK, NULL);
  g_assert_cmpuint (sf_test_n_items (sf_project_get_considerations (copy)), ==, 1);

  interests.confidential = FALSE;
  g_assert_true (sf_project_update_consideration (project, b, &interests, NULL));
  g_assert_cmpuint (sf_project_count_confidential (project), ==, 0);
  g_assert_true (sf_project_remove_consideration (project, a, NULL));
  g_assert_true (sf_project_undo (project, NULL));
  g_assert_cmpuint (sf_test_n_items (list), ==, 2);
}

/* The communication plan: to whom, what, how, by which partner, when (a date or a quarter,
 * as an action's); a blank message or a date that is none refused; undo. */
static void
test_communication (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autofree char *welfare = sf_test_add_partner (project, "Welzijn Leiden", "welfare", "");
  SfCommunicationFields residents = { SF_AUDIENCE_RESIDENTS, "Wat de Welthuisflat wordt",
                                      "Bewonersavond en nieuwsbrief", welfare, "2027-Q2" };
  SfCommunicationFields boards = { SF_AUDIENCE_BOARDS, "Het plan van aanpak", "Bestuurdersoverleg",
                                   NULL, "2027-03-10" };
  GListModel *plan = sf_project_get_communication (project);
  g_autofree char *a = sf_project_add_communication (project, &residents, NULL);
  g_autofree char *b = sf_project_add_communication (project, &boards, NULL);
  SfCommunicationFields bad = boards;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_cmpint (sf_communication_get_audience (sf_test_item (plan, 0)), ==,
                   SF_AUDIENCE_BOARDS);
  g_assert_cmpstr (sf_communication_get_partner (sf_test_item (plan, 1)), ==, "Welzijn Leiden");
  g_assert_cmpstr (sf_communication_get_means (sf_test_item (plan, 1)), ==,
                   "Bewonersavond en nieuwsbrief");
  bad.message = "";
  g_assert_null (sf_project_add_communication (project, &bad, &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID);
  g_clear_error (&error);
  bad = boards;
  bad.due = "na de zomer";
  g_assert_false (sf_project_update_communication (project, b, &bad, &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID);
  g_assert_true (sf_project_remove_communication (project, a, NULL));
  g_assert_cmpuint (sf_test_n_items (plan), ==, 1);
  g_assert_true (sf_project_undo (project, NULL));
  g_assert_cmpuint (sf_test_n_items (plan), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  SF_TEST_DIR_ADD ("/considerations/list", test_considerations);
  SF_TEST_DIR_ADD ("/considerations/communication", test_communication);

  return g_test_run ();
}
