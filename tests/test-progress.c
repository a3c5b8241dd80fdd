/* test-progress.c: a step's status follows the work in the project, unless the user sets it
 * by hand; the welcome screen counts the steps done the same way
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sf-project-interviews.h"
#include "sf-library.h"
#include "sf-progress.h"
#include "sf-project-key-figures.h"
#include "sf-project-plan.h"
#include "sf-project-preconditions.h"
#include "sf-project-review.h"
#include "sf-test-store.h"

typedef SfTestDir Fixture;

static void
assert_status (SfProject    *project,
               guint         step,
               SfStepStatus  status,
               gboolean      by_hand)
{
  g_assert_cmpint (sf_project_get_step_status (project, step), ==, status);
  g_assert_cmpint (sf_project_get_step_status_by_hand (project, step), ==, by_hand);
}

static guint
steps_done_on_welcome (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SfLibraryEntry) entry = sf_library_entry_read (path, FALSE, &error);

  g_assert_no_error (error);
  return sf_library_entry_get_steps_done (entry);
}

static void
test_follows_the_work (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autoptr(GError) error = NULL;
  g_autofree char *partner = NULL, *interview = NULL, *point = NULL, *session = NULL;
  g_autofree char *flat = NULL;

  for (guint step = 1; step <= 5; step++)
    assert_status (project, step, SF_STEP_NOT_STARTED, FALSE);

  /* Step 1: an interview planned, then worked out with the partner's key points. */
  partner = sf_test_add_partner (project, "Zorg Zuid", "care", NULL);
  interview = sf_project_plan_interview (project, partner, NULL, "2026-03-02", "", &error);
  g_assert_no_error (error);
  assert_status (project, 1, SF_STEP_IN_PROGRESS, FALSE);
  g_assert_true (sf_project_set_interview_status (project, interview, SF_INTERVIEW_WORKED_OUT,
                                                  &error));
  assert_status (project, 1, SF_STEP_IN_PROGRESS, FALSE);
  point = sf_project_add_key_point (project, partner, "Een vast team in de flat", &error);
  assert_status (project, 1, SF_STEP_DONE, FALSE);
  g_assert_cmpuint (sf_project_count_steps_done (project), ==, 1);
  g_assert_cmpuint (steps_done_on_welcome (f->path), ==, 1);

  /* Step 2: a session planned, then held with its key points. */
  session = sf_project_add_session (project, "2026-04-01", "Buurthuis", NULL, &error);
  assert_status (project, 2, SF_STEP_IN_PROGRESS, FALSE);
  g_assert_true (sf_project_set_session_held (project, session, TRUE, &error));
  g_free (sf_project_add_statement (project, session, NULL, NULL, "Er is weinig ontmoeting",
                                    &error));
  assert_status (project, 2, SF_STEP_IN_PROGRESS, FALSE);
  g_free (sf_project_add_session_key_point (project, session, "Meer ontmoeting", &error));
  assert_status (project, 2, SF_STEP_DONE, FALSE);

  /* Step 3: the first figure. */
  flat = sf_test_add_flat (project, "Kooilaan");
  sf_test_set_number (project, "s3q1b", flat, 118, SF_ACCURACY_EXACT);
  assert_status (project, 3, SF_STEP_IN_PROGRESS, FALSE);
  g_assert_no_error (error);
  g_assert_cmpuint (steps_done_on_welcome (f->path), ==, 2);
}

static void
test_set_by_hand (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autoptr(GError) error = NULL;
  g_autofree char *flat = sf_test_add_flat (project, "Kooilaan");

  sf_test_set_number (project, "s3q1b", flat, 118, SF_ACCURACY_EXACT);
  assert_status (project, 3, SF_STEP_IN_PROGRESS, FALSE);

  /* Choosing what the step shows already is no change. */
  g_assert_true (sf_project_set_step_status (project, 3, SF_STEP_IN_PROGRESS, &error));
  assert_status (project, 3, SF_STEP_IN_PROGRESS, FALSE);

  /* Set by hand, it wins, also on the welcome screen and after reopening... */
  g_assert_true (sf_project_set_step_status (project, 3, SF_STEP_DONE, &error));
  assert_status (project, 3, SF_STEP_DONE, TRUE);
  g_assert_cmpint (sf_project_get_suggested_step_status (project, 3), ==, SF_STEP_IN_PROGRESS);
  g_assert_cmpuint (steps_done_on_welcome (f->path), ==, 1);
  project = sf_test_reopen (g_steal_pointer (&project), f->path);
  assert_status (project, 3, SF_STEP_DONE, TRUE);
  /* ...also over "not started" while the work says otherwise. */
  g_assert_true (sf_project_set_step_status (project, 3, SF_STEP_NOT_STARTED, &error));
  assert_status (project, 3, SF_STEP_NOT_STARTED, TRUE);

  /* Following the work again, undoably. */
  g_assert_true (sf_project_follow_work_step_status (project, 3, &error));
  assert_status (project, 3, SF_STEP_IN_PROGRESS, FALSE);
  g_assert_cmpstr (sf_project_get_undo_label (project), ==, "Let the status follow the work");
  g_assert_true (sf_project_undo (project, &error));
  assert_status (project, 3, SF_STEP_NOT_STARTED, TRUE);
  g_assert_no_error (error);
}

static void
count_notify (guint *count)
{
  (*count)++;
}

static void
assert_line (SfProject  *project,
             const char *expected)
{
  g_autofree char *line = sf_project_describe_progress (project, 4);

  g_assert_cmpstr (line, ==, expected);
}

/* Step 4 begins with the first precondition discussed (all of them are there from the start)
 * and is done once every one is discussed, the plan has an action and the meeting was held;
 * the sidebar's line counts both, and the welcome screen hears of each change. */
static void
test_review (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(SfProject) project = sf_test_create_project (f->path);
  g_autoptr(GError) error = NULL;
  g_autofree char *partner = sf_test_add_partner (project, "Zorg Zuid", "care", NULL);
  g_autofree char *action = NULL;
  g_autofree char *one = NULL, *with_action = NULL;
  GListModel *preconditions = sf_project_get_preconditions (project);
  guint n = g_list_model_get_n_items (preconditions);
  SfActionFields fields = { "Signaleringsoverleg starten", NULL, NULL, NULL, partner,
                            "2027-Q1", SF_ACTION_OPEN };
  SfReviewMeetingFields meeting = { "2026-11-18", "Buurthuis", NULL };
  guint notified = 0;

  g_assert_cmpuint (n, >, 1);
  assert_status (project, 4, SF_STEP_NOT_STARTED, FALSE);
  g_assert_null (sf_project_describe_progress (project, 4));
  g_signal_connect_swapped (project, "notify::steps-done", G_CALLBACK (count_notify),
                            &notified);

  g_assert_true (sf_project_choose_for_precondition (
    project, sf_record_get_id (sf_test_item (preconditions, 0)), SF_CHOICE_ADOPT, "", &error));
  assert_status (project, 4, SF_STEP_IN_PROGRESS, FALSE);
  g_assert_cmpuint (notified, >, 0);
  one = g_strdup_printf ("1 of %u preconditions discussed", n);
  assert_line (project, one);

  action = sf_project_add_action (project, &fields, &error);
  g_assert_no_error (error);
  with_action = g_strdup_printf ("1 of %u preconditions discussed · 1 action", n);
  assert_line (project, with_action);

  for (guint i = 1; i < n; i++)
    g_assert_true (sf_project_choose_for_precondition (
      project, sf_record_get_id (sf_test_item (preconditions, i)), SF_CHOICE_ADOPT, "",
      &error));
  g_assert_true (sf_project_set_review_meeting (project, &meeting, &error));
  assert_status (project, 4, SF_STEP_IN_PROGRESS, FALSE);
  notified = 0;
  g_assert_true (sf_project_set_review_held (project, TRUE, &error));
  assert_status (project, 4, SF_STEP_DONE, FALSE);
  g_assert_cmpuint (notified, >, 0);
  g_assert_cmpuint (steps_done_on_welcome (f->path), ==, 1);
  g_assert_true (sf_project_remove_action (project, action, &error));
  assert_status (project, 4, SF_STEP_IN_PROGRESS, FALSE);
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/progress/follows-the-work", Fixture, NULL, sf_test_dir_set_up,
              test_follows_the_work, sf_test_dir_tear_down);
  g_test_add ("/progress/set-by-hand", Fixture, NULL, sf_test_dir_set_up, test_set_by_hand,
              sf_test_dir_tear_down);
  g_test_add ("/progress/review", Fixture, NULL, sf_test_dir_set_up, test_review,
              sf_test_dir_tear_down);
  return g_test_run ();
}
