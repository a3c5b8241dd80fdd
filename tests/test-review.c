/* test-review.c: step 4's meeting in the store: its details, attendance, notes, arrangements
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sf-copy.h"
#include "sf-project-interviews.h"
#include "sf-project-items.h"
#include "sf-project-review.h"
#include "sf-search.h"
#include "sf-store-error.h"
#include "sf-test-store.h"

typedef SfTestDir Fixture;

static const char *
step4_question (SfProject *project,
                guint      index)
{
  return sf_record_get_id (sf_test_item (sf_project_get_questions (project, 4), index));
}

/* The meeting is made by its first change and undone with it; its chair is a person found by
 * name (not a second one of that name); a date that is none is refused; arrangements kept. */
static void
test_meeting (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  SfReviewMeetingFields details = { "3-2-2027", " Stadskantoor, zaal 2 ", "Ans de Vries" };
  SfReviewArrangements arrangements = { "Stuurgroep beslist, verslag binnen een week",
                                        "Bewonerscommissie leest mee", SF_ARRANGEMENT_COVENANT,
                                        "Convenant voor twee jaar" };
  SfReviewMeeting *meeting;
  g_autoptr(GError) error = NULL;
  const char *chair;

  g_assert_null (sf_project_get_review_meeting (project));
  g_assert_true (sf_project_set_review_meeting (project, &details, NULL));
  meeting = sf_project_get_review_meeting (project);
  g_assert_nonnull (meeting);
  g_assert_cmpstr (sf_review_meeting_get_date (meeting), ==, "2027-02-03");
  g_assert_cmpstr (sf_review_meeting_get_place (meeting), ==, "Stadskantoor, zaal 2");
  g_assert_cmpstr (sf_review_meeting_get_chair_name (meeting), ==, "Ans de Vries");
  chair = sf_review_meeting_get_chair_id (meeting);
  g_assert_nonnull (chair);
  g_assert_cmpuint (sf_test_count_rows (project, "SELECT count (*) FROM person"), ==, 1);

  details.place = "Buurthuis";
  g_assert_true (sf_project_set_review_meeting (project, &details, NULL));
  g_assert_cmpuint (sf_test_count_rows (project, "SELECT count (*) FROM person"), ==, 1);
  g_assert_cmpuint (sf_test_count_rows (project, "SELECT count (*) FROM review_meeting"), ==, 1);
  meeting = sf_project_get_review_meeting (project);
  g_assert_cmpstr (sf_review_meeting_get_place (meeting), ==, "Buurthuis");

  details.date = "ergens in februari";
  g_assert_false (sf_project_set_review_meeting (project, &details, &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID);

  g_assert_true (sf_project_set_review_held (project, TRUE, NULL));
  g_assert_true (sf_project_set_review_arrangements (project, &arrangements, NULL));
  meeting = sf_project_get_review_meeting (project);
  g_assert_true (sf_review_meeting_get_held (meeting));
  g_assert_cmpint (sf_review_meeting_get_arrangement (meeting), ==, SF_ARRANGEMENT_COVENANT);
  g_assert_cmpstr (sf_review_meeting_get_input (meeting), ==, "Bewonerscommissie leest mee");
  g_assert_cmpstr (sf_review_meeting_get_arrangement_note (meeting), ==,
                   "Convenant voor twee jaar");

  /* Undone one by one, down to no meeting at all. */
  for (guint i = 0; i < 4; i++)
    g_assert_true (sf_project_undo (project, NULL));
  g_assert_null (sf_project_get_review_meeting (project));
  g_assert_cmpuint (sf_test_count_rows (project, "SELECT count (*) FROM person"), ==, 0);
  g_assert_true (sf_project_redo (project, NULL));
  meeting = sf_project_get_review_meeting (project);
  g_assert_cmpstr (sf_review_meeting_get_place (meeting), ==, "Stadskantoor, zaal 2");
}

/* Partners invited with their attendance, changed in place, uninvited; a partner removed
 * from the register leaves the meeting with it. */
static void
test_attendance (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autofree char *corporation = sf_test_add_partner (project, "Woonstichting", "housing", "");
  g_autofree char *welfare = sf_test_add_partner (project, "Welzijn Leiden", "welfare", "");
  GListModel *attendees = sf_project_get_review_attendees (project);
  g_autoptr(GError) error = NULL;

  g_assert_true (sf_project_set_review_attendance (project, welfare, SF_ATTENDANCE_INVITED,
                                                   NULL));
  g_assert_true (sf_project_set_review_attendance (project, corporation,
                                                   SF_ATTENDANCE_PRESENT, NULL));
  g_assert_cmpuint (sf_test_n_items (attendees), ==, 2);
  /* In the register's order. */
  g_assert_cmpstr (sf_review_attendee_get_organisation (sf_test_item (attendees, 0)), ==,
                   "Woonstichting");
  g_assert_true (sf_project_set_review_attendance (project, welfare, SF_ATTENDANCE_ABSENT,
                                                   NULL));
  g_assert_cmpuint (sf_test_n_items (attendees), ==, 2);
  g_assert_cmpint (sf_review_attendee_get_attendance (sf_test_item (attendees, 1)), ==,
                   SF_ATTENDANCE_ABSENT);
  g_assert_false (sf_project_set_review_attendance (project, "geen-partner",
                                                    SF_ATTENDANCE_PRESENT, &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_NOT_FOUND);

  g_assert_true (sf_project_uninvite_review_partner (project, corporation, NULL));
  g_assert_cmpuint (sf_test_n_items (attendees), ==, 1);
  g_assert_true (sf_project_undo (project, NULL));
  g_assert_cmpuint (sf_test_n_items (attendees), ==, 2);
  g_assert_true (sf_project_remove_partner (project, welfare, NULL));
  g_assert_cmpuint (sf_test_n_items (attendees), ==, 1);
}

/* Notes are kept per question in the agenda's order, as typed; an empty one or one on a
 * question of another step is refused; a confidential note is searched (marked so) and
 * never in a shared copy. */
static void
test_notes (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autofree char *dest = g_build_filename (f->dir, "gedeeld.startfoto", NULL);
  const char *first = step4_question (project, 0);
  const char *second = step4_question (project, 1);
  const char *step1 = sf_record_get_id (sf_test_item (sf_project_get_questions (project, 1), 0));
  GListModel *notes = sf_project_get_review_notes (project);
  g_autofree char *a = sf_project_add_review_note (project, second, "Cijfers wijkteam missen",
                                                   NULL);
  g_autofree char *b = sf_project_add_review_note (project, first, " Klopt op hoofdlijnen ",
                                                   NULL);
  g_autofree char *c = sf_project_add_review_note (project, second,
                                                   "Zorgaanbieder twijfelt aan budget", NULL);
  g_autoptr(SfProject) copy = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_nonnull (c);
  g_assert_cmpuint (sf_test_n_items (notes), ==, 3);
  g_assert_cmpstr (sf_review_note_get_text (sf_test_item (notes, 0)), ==, "Klopt op hoofdlijnen");
  g_assert_cmpstr (sf_review_note_get_text (sf_test_item (notes, 1)), ==,
                   "Cijfers wijkteam missen");
  g_assert_cmpstr (sf_review_note_get_question_id (sf_test_item (notes, 2)), ==, second);
  g_assert_null (sf_project_add_review_note (project, first, " \n", &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (sf_project_add_review_note (project, step1, "Elders", &error));
  g_assert_error (error, SF_STORE_ERROR, SF_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (sf_project_update_review_note (project, a, "Cijfers wijkteam volgen", NULL));
  g_assert_cmpstr (sf_review_note_get_text (sf_test_item (notes, 1)), ==,
                   "Cijfers wijkteam volgen");
  g_assert_true (sf_project_set_review_note_confidential (project, c, TRUE, NULL));
  g_assert_true (sf_review_note_get_confidential (sf_test_item (notes, 2)));
  hits = sf_search_find (project, "budget", 10, NULL);
  g_assert_cmpuint (hits->len, ==, 1);
  g_assert_cmpstr (((SfSearchHit *) g_ptr_array_index (hits, 0))->kind, ==, "review_note");
  g_assert_true (((SfSearchHit *) g_ptr_array_index (hits, 0))->confidential);

  g_assert_cmpuint (sf_project_count_confidential (project), ==, 1);
  g_assert_true (sf_project_export_copy (project, dest, FALSE, NULL));
  copy = sf_project_open (dest, SF_DB_OPEN_READ_ONLY | SF_DB_OPEN_CHECK, NULL);
  g_assert_cmpuint (sf_test_n_items (sf_project_get_review_notes (copy)), ==, 2);
  g_assert_cmpuint (sf_test_count_rows (copy, "SELECT count (*) FROM review_note"), ==, 2);

  g_assert_true (sf_project_remove_review_note (project, b, NULL));
  g_assert_cmpuint (sf_test_n_items (notes), ==, 2);
  g_assert_true (sf_project_undo (project, NULL));
  g_assert_cmpuint (sf_test_n_items (notes), ==, 3);
  g_assert_cmpstr (sf_record_get_id (sf_test_item (notes, 0)), ==, b);
}

/* What a remark's item is called and where it is shown; a removed item is none. */
static void
test_describe_items (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autofree char *partner = sf_test_add_partner (project, "Welzijn Leiden", "welfare", "");
  g_autofree char *flat = sf_test_add_flat (project, "De Zilverreiger");
  g_autofree char *point = sf_project_add_key_point (project, partner, "Veel eenzaamheid", NULL);
  SfIndicatorValue *value;
  g_autofree char *text = NULL;
  guint step = 99;
  gboolean themes = TRUE;

  sf_test_set_language ("nl");
  sf_test_set_number (project, "s3q1a", flat, 96, SF_ACCURACY_EXACT);
  value = sf_project_find_indicator_value (project, sf_test_key_id (project, "s3q1a"), flat);
  text = sf_project_describe_item (project, "indicator_value",
                                   sf_record_get_id (SF_RECORD (value)), &step, &themes);
  g_assert_cmpstr (text, ==, "Aantal woningen · De Zilverreiger");
  g_assert_cmpuint (step, ==, 3);
  g_assert_false (themes);
  g_clear_pointer (&text, g_free);
  text = sf_project_describe_item (project, "key_point", point, &step, NULL);
  g_assert_cmpstr (text, ==, "Welzijn Leiden: Veel eenzaamheid");
  g_assert_cmpuint (step, ==, 1);
  g_clear_pointer (&text, g_free);
  text = sf_project_describe_item (project, "role", "s1r1", &step, NULL);
  g_assert_true (g_str_has_prefix (text, "Ontbrekende partner: "));
  g_clear_pointer (&text, g_free);
  text = sf_project_describe_item (project, "flat", flat, &step, &themes);
  g_assert_cmpstr (text, ==, "De Zilverreiger");
  g_assert_cmpuint (step, ==, 0);
  g_clear_pointer (&text, g_free);
  g_assert_true (sf_project_remove_partner (project, partner, NULL));
  g_assert_null (sf_project_describe_item (project, "key_point", point, NULL, NULL));
  g_assert_null (sf_project_describe_item (project, "role", "geen-rol", NULL, NULL));
  sf_test_set_language ("en");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  SF_TEST_DIR_ADD ("/review/meeting", test_meeting);
  SF_TEST_DIR_ADD ("/review/attendance", test_attendance);
  SF_TEST_DIR_ADD ("/review/notes", test_notes);
  SF_TEST_DIR_ADD ("/review/describe-items", test_describe_items);

  return g_test_run ();
}
