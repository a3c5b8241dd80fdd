/* test-ui-interviews-reading.c: step 1 as it reads, under Xvfb: a search hit opens the
 * interview at its answer, and in a narrow window everything reads in whole words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sf-interview-window.h"
#include "sf-joint-meeting-window.h"
#include "sf-project-interviews.h"
#include "sf-test-ui-interviews.h"
#include "sf-test-ui.h"

/* Whether @widget lies wholly inside @ancestor, as laid out. */
static gboolean
inside (GtkWidget *widget,
        GtkWidget *ancestor)
{
  graphene_rect_t bounds;

  return gtk_widget_compute_bounds (widget, ancestor, &bounds) &&
         bounds.origin.x >= 0 && bounds.origin.y >= 0 &&
         bounds.origin.x + bounds.size.width <= gtk_widget_get_width (ancestor) + 0.5;
}

/* No line of any label under @widget begins in the middle of a word. */
static void
assert_whole_words (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget))
    {
      PangoLayout *layout = gtk_label_get_layout (GTK_LABEL (widget));
      const char *text = pango_layout_get_text (layout);

      for (GSList *l = pango_layout_get_lines_readonly (layout); l != NULL; l = l->next)
        {
          int start = ((PangoLayoutLine *) l->data)->start_index;

          if (start > 0)
            g_assert_false (g_unichar_isalnum (g_utf8_get_char (text + start)) &&
                            g_unichar_isalnum (g_utf8_get_char (
                              g_utf8_prev_char (text + start))));
        }
    }
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    assert_whole_words (c);
}

/* In a window 600 pixels wide the interviews read in whole words with every button in sight,
 * and the joint meeting's cards fit the width (nothing out of sight sideways). */
static void
test_narrow (void)
{
  GtkWindow *main_window = GTK_WINDOW (sf_test_main_window ());
  GtkWidget *list = sf_test_find ("interview-list");
  GtkWidget *window, *columns, *scrolled;
  GtkPolicyType policy;
  int width, height;

  gtk_window_get_default_size (main_window, &width, &height);
  gtk_window_set_default_size (main_window, 600, 800);
  SF_TEST_WAIT_FOR (gtk_widget_get_width (GTK_WIDGET (main_window)) <= 600);
  sf_test_iterate ();
  for (guint i = 0; sf_test_interview_row (i) != NULL; i++)
    {
      GtkWidget *row = sf_test_interview_row (i);

      assert_whole_words (row);
      g_assert_true (inside (sf_test_get (row, "hold-interview"), list));
      g_assert_true (inside (sf_test_get (row, "key-points"), list));
      g_assert_true (inside (sf_test_get (row, "plan-interview"), list));
    }

  sf_test_activate (sf_test_find ("joint-meeting"), "interviews.joint-meeting", NULL);
  SF_TEST_WAIT_FOR ((window = sf_test_find_toplevel (SF_TYPE_JOINT_MEETING_WINDOW)) != NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 600, 700);
  sf_test_activate (window, "meeting.group-by", g_variant_new_string ("theme"));
  SF_TEST_WAIT_FOR (gtk_widget_get_width (window) <= 600 && gtk_widget_get_mapped (window));
  sf_test_iterate ();
  columns = sf_test_get (window, "meeting-columns");
  scrolled = gtk_widget_get_ancestor (columns, GTK_TYPE_SCROLLED_WINDOW);
  gtk_scrolled_window_get_policy (GTK_SCROLLED_WINDOW (scrolled), &policy, NULL);
  g_assert_cmpint (policy, ==, GTK_POLICY_NEVER);
  for (GtkWidget *c = gtk_widget_get_first_child (columns); c; c = gtk_widget_get_next_sibling (c))
    g_assert_true (inside (c, scrolled));
  assert_whole_words (columns);
  gtk_window_destroy (GTK_WINDOW (window));
  gtk_window_set_default_size (main_window, width, height);
  sf_test_iterate ();
}


/* ---- search hits open where they were found --------------------------------------------- */

static SfAnswer *
find_answer (const char *answer_id)
{
  GListModel *interviews = sf_project_get_interviews (sf_test_project ());

  for (guint i = 0; i < g_list_model_get_n_items (interviews); i++)
    {
      g_autoptr(SfInterview) interview = g_list_model_get_item (interviews, i);
      GListModel *answers = sf_project_get_answers (sf_test_project (),
                                                    sf_record_get_id (SF_RECORD (interview)));

      for (guint j = 0; j < g_list_model_get_n_items (answers); j++)
        {
          g_autoptr(SfAnswer) answer = g_list_model_get_item (answers, j);

          if (g_strcmp0 (sf_record_get_id (SF_RECORD (answer)), answer_id) == 0)
            return answer;
        }
    }
  return NULL;
}

static char *
view_text (GtkWidget *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* A word from an answer of the example: its hit opens the interview at that question. */
static void
test_search_answer (void)
{
  GtkWidget *view = sf_test_find ("project-view");
  GListModel *questions = sf_project_get_questions (sf_test_project (), 1);
  g_autofree char *answer_id = NULL;
  g_autofree char *text = NULL;
  GtkWidget *row;
  GtkWidget *window;
  SfAnswer *answer;
  guint position = 0;

  g_assert_nonnull (view);
  /* Start from another page, so the hit has to bring step 1 back. */
  sf_test_activate (view, "view.show-page", g_variant_new_uint32 (3));
  sf_test_set_text ("search-entry", "huurders");
  SF_TEST_WAIT_FOR ((row = sf_test_find_hit (view, "answer", NULL)) != NULL);
  answer_id = g_strdup (sf_test_hit_ref (row));
  answer = find_answer (answer_id);
  g_assert_nonnull (answer);
  g_assert_nonnull (strstr (sf_answer_get_text (answer), "huurders"));
  g_assert_null (sf_test_find_toplevel (SF_TYPE_INTERVIEW_WINDOW));

  gtk_widget_activate (row);
  SF_TEST_WAIT_FOR ((window = sf_test_find_toplevel (SF_TYPE_INTERVIEW_WINDOW)) != NULL);
  g_assert_cmpstr (sf_record_get_id (SF_RECORD (sf_interview_window_get_interview (
                     SF_INTERVIEW_WINDOW (window)))), ==, sf_answer_get_interview_id (answer));
  text = view_text (sf_test_get (window, "answer"));
  g_assert_cmpstr (text, ==, sf_answer_get_text (answer));
  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(SfQuestion) question = g_list_model_get_item (questions, i);

      if (sf_question_get_hidden (question))
        continue;
      if (g_strcmp0 (sf_record_get_id (SF_RECORD (question)),
                     sf_answer_get_question_id (answer)) == 0)
        break;
      position++;
    }
  /* Not the first question (the window opens at that), so the window had to move to it. */
  g_assert_cmpuint (position, >, 0);
  g_assert_cmpuint (sf_interview_window_get_position (SF_INTERVIEW_WINDOW (window)), ==,
                    position);
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (window)) == sf_test_get (window, "answer"));

  /* The same interview again: the open window moves, no second one. */
  {
    g_autoptr(SfQuestion) q0 = g_list_model_get_item (questions, 0);
    SfAnswer *first = sf_project_find_answer (sf_test_project (),
                                              sf_answer_get_interview_id (answer),
                                              sf_record_get_id (SF_RECORD (q0)));
    GtkWidget *again;

    g_assert_nonnull (first);
    sf_test_reveal ("answer", sf_record_get_id (SF_RECORD (first)));
    again = sf_test_find_toplevel (SF_TYPE_INTERVIEW_WINDOW);
    g_assert_true (again == window);
    g_assert_cmpuint (sf_interview_window_get_position (SF_INTERVIEW_WINDOW (window)), ==, 0);
    g_free (text);
    text = view_text (sf_test_get (window, "answer"));
    g_assert_cmpstr (text, ==, sf_answer_get_text (first));
  }
  gtk_window_destroy (GTK_WINDOW (window));
  sf_test_iterate ();
  sf_test_set_text ("search-entry", "");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  sf_test_init (&argc, &argv);
  g_test_add_func ("/ui/interviews/open-example", sf_test_open_interviews);
  g_test_add_func ("/ui/interviews/narrow", test_narrow);
  g_test_add_func ("/ui/interviews/search-answer", test_search_answer);
  status = g_test_run ();

  g_application_quit (G_APPLICATION (sf_test_app));
  g_clear_object (&sf_test_app);
  return status;
}
