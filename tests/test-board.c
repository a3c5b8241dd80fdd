/* test-board.c: step 5 in the store: the board meeting, each partner's board members and
 * each board's support for the intended decisions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sf-project-board.h"
#include "sf-progress.h"
#include "sf-project-decisions.h"
#include "sf-search.h"
#include "sf-store-error.h"
#include "sf-test-store.h"

typedef SfTestDir Fixture;

static char *
add_proposal (SfProject  *project,
              const char *text)
{
  SfDecisionFields fields = { .text = text, .status = SF_DECISION_PROPOSED };

  return sf_project_add_decision (project, &fields, NULL);
}

/* The meeting is made by its first change and undone with it; a date that is none is
 * refused; the question put to the boards is kept as typed, lines and all. */
static void
test_meeting (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  SfBoardMeetingFields details = { "12-3-2027", " Raadhuis ",
                                   "Wij vragen u:\n- in te stemmen met de Welthuisflat" };
  SfBoardMeeting *meeting;
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_null (sf_project_get_board_meeting (project));
  g_assert_true (sf_project_set_board_meeting (project, &details, NULL));
  meeting = sf_project_get_board_meeting (project);
  g_assert_nonnull (meeting);
  g_assert_cmpstr (sf_board_meeting_get_date (meeting), ==, "2027-03-12");
  g_assert_cmpstr (sf_board_meeting_get_place (meeting), ==, "Raadhuis");
  g_assert_cmpstr (sf_board_meeting_get_question (meeting), ==,
                   "Wij vragen u:\n- in te stemmen met de Welthuisflat");
  g_assert_false (sf_board_meeting_get_held (meeting));
  /* The question is found in step 5. */
  hits = sf_search_find (project, "Welthuisflat", 10, NULL);
  g_assert_cmpuint (hits->len, ==, 1);
  g_assert_cmpstr (((SfSearchHit *) g_ptr_array_index (hits, 0))->kind, ==, "board_meeting");
  g_assert_cmpuint (((SfSearchHit *) g_ptr_array_index (hits, 0))->step, ==, 5);

  details.date = "volgende week";
  g_assert_false (sf_project_set_board_meeting (project, &details, &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID);
  g_assert_true (sf_project_set_board_held (project, TRUE, NULL));
  g_assert_true (sf_board_meeting_get_held (sf_project_get_board_meeting (project)));
  g_assert_cmpuint (sf_test_count_rows (project, "SELECT count (*) FROM board_meeting"), ==, 1);

  g_assert_true (sf_project_undo (project, NULL));
  g_assert_false (sf_board_meeting_get_held (sf_project_get_board_meeting (project)));
  g_assert_true (sf_project_undo (project, NULL));
  g_assert_null (sf_project_get_board_meeting (project));
}

/* Board members are persons with their function, per partner in the register's order; a
 * member without a name is refused; removing one removes its person, and undo brings both. */
static void
test_members (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autofree char *city = sf_test_add_partner (project, "Gemeente Leiden", "municipality", "");
  g_autofree char *housing = sf_test_add_partner (project, "Woonstichting", "housing", "");
  GListModel *members = sf_project_get_board_members (project);
  g_autofree char *director = sf_project_add_board_member (project, housing, "Karin Bos",
                                                           "directeur-bestuurder", NULL);
  g_autofree char *alderman = sf_project_add_board_member (project, city, " Piet Jansen ",
                                                           "wethouder", NULL);
  g_auto(GStrv) partners = NULL;
  g_autoptr(GError) error = NULL;
  SfBoardMember *member;

  g_assert_nonnull (director);
  g_assert_nonnull (alderman);
  g_assert_cmpuint (sf_test_n_items (members), ==, 2);
  member = sf_test_item (members, 0);
  g_assert_cmpstr (sf_board_member_get_name (member), ==, "Piet Jansen");
  g_assert_cmpstr (sf_board_member_get_function (member), ==, "wethouder");
  g_assert_cmpstr (sf_board_member_get_organisation (member), ==, "Gemeente Leiden");
  g_assert_cmpuint (sf_test_count_rows (project, "SELECT count (*) FROM person WHERE role = "
                                                 "'directeur-bestuurder'"), ==, 1);
  partners = sf_project_get_board_partners (project);
  g_assert_cmpuint (g_strv_length (partners), ==, 2);
  g_assert_cmpstr (partners[0], ==, city);

  g_assert_null (sf_project_add_board_member (project, city, "  ", "", &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (sf_project_add_board_member (project, "geen-partner", "Iemand", "", &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_NOT_FOUND);

  g_assert_true (sf_project_update_board_member (project, alderman, "Piet Jansen",
                                                 "burgemeester", NULL));
  g_assert_cmpstr (sf_board_member_get_function (sf_test_item (members, 0)), ==,
                   "burgemeester");
  g_assert_true (sf_project_set_board_attendance (project, alderman, SF_ATTENDANCE_PRESENT,
                                                  NULL));
  g_assert_cmpint (sf_board_member_get_attendance (sf_test_item (members, 0)), ==,
                   SF_ATTENDANCE_PRESENT);

  g_assert_true (sf_project_remove_board_member (project, director, NULL));
  g_assert_cmpuint (sf_test_n_items (members), ==, 1);
  g_assert_cmpuint (sf_test_count_rows (project, "SELECT count (*) FROM person"), ==, 1);
  g_assert_true (sf_project_undo (project, NULL));
  g_assert_cmpuint (sf_test_n_items (members), ==, 2);
  g_assert_cmpuint (sf_test_count_rows (project, "SELECT count (*) FROM person"), ==, 2);
}

/* Support per partner and decision: no row is "no decision yet"; recorded and changed in
 * place with its conditions, commitment, mandate and date; the form per partner; removing a
 * partner or a decision takes its answers with it, and undo brings them back. */
static void
test_support (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autofree char *city = sf_test_add_partner (project, "Gemeente Leiden", "municipality", "");
  g_autofree char *housing = sf_test_add_partner (project, "Woonstichting", "housing", "");
  g_autofree char *room = add_proposal (project, "Een ontmoetingsruimte in de flat");
  g_autofree char *coach = add_proposal (project, "Een huismeester voor twee jaar");
  SfBoardSupportFields answer = { SF_BOARD_STANCE_CONDITIONAL, "Als de huur gelijk blijft",
                                  "0,5 fte en de ruimte", "collegebesluit d.d. 4 maart 2027",
                                  "4-3-2027" };
  GListModel *supports = sf_project_get_board_supports (project);
  SfBoardSupport *support;
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_null (sf_project_find_board_support (project, city, room));
  g_assert_true (sf_project_set_board_support (project, city, room, &answer, NULL));
  support = sf_project_find_board_support (project, city, room);
  g_assert_nonnull (support);
  g_assert_cmpint (sf_board_support_get_stance (support), ==, SF_BOARD_STANCE_CONDITIONAL);
  g_assert_cmpstr (sf_board_support_get_conditions (support), ==, "Als de huur gelijk blijft");
  g_assert_cmpstr (sf_board_support_get_commitment (support), ==, "0,5 fte en de ruimte");
  g_assert_cmpstr (sf_board_support_get_mandate (support), ==,
                   "collegebesluit d.d. 4 maart 2027");
  g_assert_cmpstr (sf_board_support_get_date (support), ==, "2027-03-04");

  answer.stance = SF_BOARD_STANCE_SUPPORTS;
  g_assert_true (sf_project_set_board_support (project, city, room, &answer, NULL));
  g_assert_cmpuint (sf_test_n_items (supports), ==, 1);
  g_assert_cmpint (sf_board_support_get_stance (sf_project_find_board_support (project, city,
                                                                               room)), ==,
                   SF_BOARD_STANCE_SUPPORTS);
  g_assert_true (sf_project_undo (project, NULL));
  g_assert_cmpint (sf_board_support_get_stance (sf_project_find_board_support (project, city,
                                                                               room)), ==,
                   SF_BOARD_STANCE_CONDITIONAL);
  g_assert_false (sf_project_set_board_support (project, city, "geen-besluit", &answer,
                                                &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Found by its conditions, commitment or mandate, in step 5. */
  hits = sf_search_find (project, "collegebesluit", 10, NULL);
  g_assert_cmpuint (hits->len, ==, 1);
  g_assert_cmpstr (((SfSearchHit *) g_ptr_array_index (hits, 0))->kind, ==, "board_support");
  g_assert_cmpuint (((SfSearchHit *) g_ptr_array_index (hits, 0))->step, ==, 5);
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = sf_search_find (project, "huur", 10, NULL);
  g_assert_cmpuint (hits->len, ==, 1);

  g_assert_cmpint (sf_project_get_board_form (project, housing), ==, SF_BOARD_FORM_NONE);
  g_assert_true (sf_project_set_board_form (project, housing, SF_BOARD_FORM_INTENT, NULL));
  g_assert_true (sf_project_set_board_form (project, housing, SF_BOARD_FORM_AGREEMENT, NULL));
  g_assert_cmpint (sf_project_get_board_form (project, housing), ==, SF_BOARD_FORM_AGREEMENT);
  g_assert_cmpuint (sf_test_count_rows (project, "SELECT count (*) FROM board_form"), ==, 1);

  g_assert_true (sf_project_set_board_support (project, housing, coach, &answer, NULL));
  g_assert_true (sf_project_set_board_support (project, city, coach, &answer, NULL));
  g_assert_cmpuint (sf_test_n_items (supports), ==, 3);
  g_assert_true (sf_project_remove_decision (project, coach, NULL));
  g_assert_cmpuint (sf_test_n_items (supports), ==, 1);
  g_assert_true (sf_project_undo (project, NULL));
  g_assert_cmpuint (sf_test_n_items (supports), ==, 3);
  g_assert_true (sf_project_remove_partner (project, housing, NULL));
  g_assert_cmpuint (sf_test_n_items (supports), ==, 2);
  g_assert_cmpuint (sf_test_count_rows (project, "SELECT count (*) FROM board_form"), ==, 0);
  g_assert_true (sf_project_undo (project, NULL));
  g_assert_cmpuint (sf_test_n_items (supports), ==, 3);
  g_assert_cmpint (sf_project_get_board_form (project, housing), ==, SF_BOARD_FORM_AGREEMENT);
}

/* A decision every board supports (a yes on conditions is a yes) can be marked taken in one
 * undoable step, dated the meeting's date; one that a board does not support yet cannot; a
 * partner without a board is not asked. The boards supporting are counted. */
static void
test_mark_taken (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autofree char *city = sf_test_add_partner (project, "Gemeente Leiden", "municipality", "");
  g_autofree char *housing = sf_test_add_partner (project, "Woonstichting", "housing", "");
  g_autofree char *care = sf_test_add_partner (project, "Zorg Leiden", "care", "");
  g_autofree char *room = add_proposal (project, "Een ontmoetingsruimte in de flat");
  g_autofree char *a = sf_project_add_board_member (project, city, "Piet Jansen", "wethouder",
                                                    NULL);
  g_autofree char *b = sf_project_add_board_member (project, housing, "Karin Bos", "directeur",
                                                    NULL);
  SfBoardMeetingFields details = { "12-3-2027", "Raadhuis", "" };
  SfBoardSupportFields yes = { SF_BOARD_STANCE_SUPPORTS };
  SfBoardSupportFields conditional = { SF_BOARD_STANCE_CONDITIONAL, "Als de huur gelijk blijft" };
  SfBoardSupportFields undecided = { SF_BOARD_STANCE_UNDECIDED };
  GListModel *decisions = sf_project_get_decisions (project);
  g_autoptr(GError) error = NULL;
  guint supporting = 99;

  g_assert_cmpuint (sf_project_count_supporting_boards (project, &supporting), ==, 2);
  g_assert_cmpuint (supporting, ==, 0);
  g_assert_true (sf_project_set_board_meeting (project, &details, NULL));
  g_assert_true (sf_project_set_board_support (project, city, room, &yes, NULL));
  g_assert_false (sf_project_boards_support_decision (project, room));
  g_assert_true (sf_project_set_board_support (project, housing, room, &undecided, NULL));
  g_assert_false (sf_project_boards_support_decision (project, room));
  g_assert_false (sf_project_mark_decision_taken (project, room, &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID);
  g_assert_cmpint (sf_decision_get_status (sf_test_item (decisions, 0)), ==,
                   SF_DECISION_PROPOSED);
  sf_project_count_supporting_boards (project, &supporting);
  g_assert_cmpuint (supporting, ==, 1);

  /* Zorg Leiden has no board in this meeting: it is not asked. */
  g_assert_true (sf_project_set_board_support (project, housing, room, &conditional, NULL));
  g_assert_true (sf_project_boards_support_decision (project, room));
  g_assert_true (sf_project_mark_decision_taken (project, room, NULL));
  g_assert_cmpint (sf_decision_get_status (sf_test_item (decisions, 0)), ==, SF_DECISION_TAKEN);
  g_assert_cmpstr (sf_decision_get_date (sf_test_item (decisions, 0)), ==, "2027-03-12");
  /* Taken, it is still counted as supported. */
  g_assert_cmpuint (sf_project_count_supporting_boards (project, &supporting), ==, 2);
  g_assert_cmpuint (supporting, ==, 2);

  g_assert_true (sf_project_undo (project, NULL));
  g_assert_cmpint (sf_decision_get_status (sf_test_item (decisions, 0)), ==,
                   SF_DECISION_PROPOSED);
  g_assert_cmpstr (sf_decision_get_date (sf_test_item (decisions, 0)), ==, "");

  /* A new board member for Zorg Leiden: now its board must answer too. */
  g_assert_nonnull (sf_project_add_board_member (project, care, "Joke de Wit", "bestuurder",
                                                 NULL));
  g_assert_false (sf_project_boards_support_decision (project, room));
  g_assert_cmpuint (sf_project_count_supporting_boards (project, &supporting), ==, 3);
  g_assert_cmpuint (supporting, ==, 2);
}

/* Step 5 begins with a board member and is done once the meeting was held and every board
 * answered every decision put to it; the sidebar's line counts the boards that support, in
 * English and in Dutch. */
static void
test_progress (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autofree char *city = sf_test_add_partner (project, "Gemeente Leiden", "municipality", "");
  g_autofree char *housing = sf_test_add_partner (project, "Woonstichting", "housing", "");
  g_autofree char *room = add_proposal (project, "Een ontmoetingsruimte in de flat");
  SfBoardSupportFields yes = { SF_BOARD_STANCE_SUPPORTS };
  SfBoardSupportFields against = { SF_BOARD_STANCE_AGAINST };
  g_autofree char *line = NULL;

  g_assert_cmpint (sf_project_get_suggested_step_status (project, 5), ==, SF_STEP_NOT_STARTED);
  g_assert_null (sf_project_describe_progress (project, 5));
  g_assert_nonnull (sf_project_add_board_member (project, city, "Piet Jansen", "wethouder",
                                                 NULL));
  g_assert_nonnull (sf_project_add_board_member (project, housing, "Karin Bos", "directeur",
                                                 NULL));
  g_assert_cmpint (sf_project_get_suggested_step_status (project, 5), ==, SF_STEP_IN_PROGRESS);
  line = sf_project_describe_progress (project, 5);
  g_assert_cmpstr (line, ==, "0 of 2 boards support");
  g_clear_pointer (&line, g_free);

  g_assert_true (sf_project_set_board_support (project, city, room, &yes, NULL));
  g_assert_true (sf_project_set_board_support (project, housing, room, &against, NULL));
  g_assert_cmpint (sf_project_get_suggested_step_status (project, 5), ==, SF_STEP_IN_PROGRESS);
  g_assert_true (sf_project_set_board_held (project, TRUE, NULL));
  g_assert_cmpint (sf_project_get_suggested_step_status (project, 5), ==, SF_STEP_DONE);
  sf_test_set_language ("nl");
  line = sf_project_describe_progress (project, 5);
  g_assert_cmpstr (line, ==, "1 van 2 besturen steunen");
  g_clear_pointer (&line, g_free);

  /* The deck marked ready comes first; undo takes the mark back. */
  g_assert_true (sf_project_set_deck_ready (project, TRUE, NULL));
  g_assert_true (sf_board_meeting_get_deck_ready (sf_project_get_board_meeting (project)));
  line = sf_project_describe_progress (project, 5);
  g_assert_cmpstr (line, ==, "Deck klaar · 1 van 2 besturen steunen");
  g_clear_pointer (&line, g_free);
  sf_test_set_language ("en");
  line = sf_project_describe_progress (project, 5);
  g_assert_cmpstr (line, ==, "Deck ready · 1 of 2 boards support");
  g_clear_pointer (&line, g_free);
  g_assert_true (sf_project_undo (project, NULL));
  g_assert_false (sf_board_meeting_get_deck_ready (sf_project_get_board_meeting (project)));
  line = sf_project_describe_progress (project, 5);
  g_assert_cmpstr (line, ==, "1 of 2 boards support");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  SF_TEST_DIR_ADD ("/board/meeting", test_meeting);
  SF_TEST_DIR_ADD ("/board/members", test_members);
  SF_TEST_DIR_ADD ("/board/support", test_support);
  SF_TEST_DIR_ADD ("/board/mark-taken", test_mark_taken);
  SF_TEST_DIR_ADD ("/board/progress", test_progress);

  return g_test_run ();
}
