/* test-ui-session.c: step 2 in the real application: the session page, its participants, the
 * live session and the presenter window, driven through actions, widgets and the keyboard's
 * actions (what was said, worked on afterwards: test-ui-session-said.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-key-point.h"
#include "sf-live-session.h"
#include "sf-participant-dialog.h"
#include "sf-presenter-list.h"
#include "sf-presenter-window.h"
#include "sf-project-interviews.h"
#include "sf-project-key-figures.h"
#include "sf-test-ui-session.h"
#include "sf-test-ui.h"

/* What Enter does in the statement entry. */
static void
type_statement (const char *text)
{
  GtkWidget *entry = sf_test_find ("statement-entry");

  g_assert_true (GTK_IS_ENTRY (entry));
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  /* Enter is bound to the "activate" keybinding signal of the entry's text widget, which the
   * entry passes on as its own "activate". (GTK 4.8 sets no activate_signal on either class,
   * so gtk_widget_activate () would do nothing.) */
  g_signal_emit_by_name (gtk_editable_get_delegate (GTK_EDITABLE (entry)), "activate");
  sf_test_iterate ();
}
/* ---- tests ------------------------------------------------------------------------------ */

static void
test_open_example (void)
{
  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.open-example", NULL);
  SF_TEST_WAIT_FOR (sf_test_project () != NULL);
  g_assert_true (sf_project_get_is_example (sf_test_project ()));
  sf_test_activate (sf_test_find ("project-view"), "view.show-page", g_variant_new_uint32 (2));
  g_assert_nonnull (sf_test_find ("start-live-session"));
  g_assert_nonnull (sf_test_find ("session-date"));
  /* The example's session key points come with the statements they came from. */
  {
    g_autoptr(SfKeyPoint) point = g_list_model_get_item (
      sf_project_get_session_key_points (sf_test_project (), sf_test_session_id ()), 0);
    g_auto(GStrv) sources = sf_project_get_key_point_statements (
      sf_test_project (), sf_record_get_id (SF_RECORD (point)));

    g_assert_cmpuint (g_strv_length (sources), ==, 2);
  }
  /* The example comes with a worked session; take it away (as its undo would) so that the
   * page starts empty and creates the session on the first edit. */
  sf_test_remove_sessions ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (sf_test_find ("session-date"))), ==, "");
  g_assert_null (sf_test_find ("participant-row"));
  g_assert_cmpuint (g_list_model_get_n_items (sf_project_get_sessions (sf_test_project ())),
                    ==, 0);
}

static void
test_details (void)
{
  SfSession *session;

  sf_test_apply_row ("session-date", "2024-05-14");
  g_assert_cmpuint (g_list_model_get_n_items (sf_project_get_sessions (sf_test_project ())),
                    ==, 1);
  sf_test_apply_row ("session-place", "Buurthuis De Reiger");
  sf_test_apply_row ("session-facilitator", "Joke Smit");
  session = sf_test_session ();
  g_assert_cmpstr (sf_session_get_date (session), ==, "2024-05-14");
  g_assert_cmpstr (sf_session_get_place (session), ==, "Buurthuis De Reiger");
  g_assert_cmpstr (sf_session_get_facilitator_name (session), ==, "Joke Smit");
  g_assert_nonnull (sf_session_get_facilitator_id (session));

  g_assert_false (sf_session_get_held (session));
  gtk_switch_set_active (GTK_SWITCH (sf_test_find ("session-held")), TRUE);
  sf_test_iterate ();
  g_assert_true (sf_session_get_held (session));

  /* Undo brings the switch back with the store. */
  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.undo", NULL);
  g_assert_false (sf_session_get_held (session));
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (sf_test_find ("session-held"))));
}

/* The date typed the Dutch way, shown in words; what is no date is refused under the row; a
 * session still to come cannot be marked held, and a message says why. */
static void
test_date_and_held (void)
{
  SfSession *session = sf_test_session ();
  GtkWidget *row = sf_test_find ("session-date");
  GtkWidget *message = sf_test_find_in (gtk_widget_get_parent (row), "date-message",
                                        GTK_TYPE_LABEL);
  GtkWidget *held = sf_test_find ("session-held");
  GtkWidget *dialog;
  const char *body;

  g_assert_nonnull (message);
  sf_test_apply_row ("session-date", "15-5-2024");
  g_assert_cmpstr (sf_session_get_date (session), ==, "2024-05-15");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==,
                   sf_test_dutch () ? "15 mei 2024" : "15 May 2024");
  g_assert_false (gtk_widget_get_mapped (message));
  /* The same date typed another way reads the app's way once the row is left. */
  gtk_widget_grab_focus (row);
  sf_test_set_text ("session-date", "15/5/24");
  gtk_widget_grab_focus (sf_test_find ("session-place"));
  sf_test_iterate ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==,
                   sf_test_dutch () ? "15 mei 2024" : "15 May 2024");

  sf_test_apply_row ("session-date", "donderdagmiddag");
  g_assert_true (gtk_widget_get_mapped (message));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (message)), "donderdagmiddag"));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (message)), "14-01-2027"));
  g_assert_cmpstr (sf_session_get_date (session), ==, "2024-05-15");

  sf_test_apply_row ("session-date", "14-1-2099");
  g_assert_cmpstr (sf_session_get_date (session), ==, "2099-01-14");
  g_assert_false (gtk_widget_get_mapped (message));
  gtk_switch_set_active (GTK_SWITCH (held), TRUE);
  sf_test_iterate ();
  g_assert_false (sf_session_get_held (session));
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (held)));
  SF_TEST_WAIT_FOR ((dialog = sf_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != NULL);
  body = adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog));
  g_assert_nonnull (strstr (body, sf_test_dutch () ? "14 januari 2099" : "14 January 2099"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  sf_test_iterate ();

  sf_test_apply_row ("session-date", "2024-05-14");
  g_assert_cmpstr (sf_session_get_date (session), ==, "2024-05-14");
}

/* The window's title is shown whole, not cut off ("Nieuwe deelnem…"). */
static void
assert_title_fits (GtkWidget  *window,
                   const char *title)
{
  GtkWidget *label = sf_test_find_label (window, title);

  g_assert_nonnull (label);
  SF_TEST_WAIT_FOR (gtk_widget_get_mapped (label) && gtk_widget_get_width (label) > 0);
  sf_test_iterate ();
  g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (label))));
}

static void
add_participant (const char *name,
                 const char *organisation,
                 const char *role)
{
  GtkWidget *dialog;

  sf_test_activate (sf_test_find ("add-participant"), "step.add-participant", NULL);
  SF_TEST_WAIT_FOR ((dialog = sf_test_find_toplevel (SF_TYPE_PARTICIPANT_DIALOG)) != NULL);
  assert_title_fits (dialog, _("New Participant"));
  /* Add stays off until there is a name. */
  g_assert_false (gtk_widget_activate_action (dialog, "dialog.save", NULL) &&
                  sf_test_find_toplevel (SF_TYPE_PARTICIPANT_DIALOG) == NULL);
  sf_test_set_text ("participant-name", name);
  sf_test_set_text ("participant-organisation", organisation);
  if (role != NULL)
    sf_test_set_text ("participant-role", role);
  else /* the method's first key-figure role, from the role menu */
    sf_test_activate (dialog, "dialog.pick-role", g_variant_new_string ("Wijkwerker"));
  sf_test_activate (dialog, "dialog.save", NULL);
  SF_TEST_WAIT_FOR (sf_test_find_toplevel (SF_TYPE_PARTICIPANT_DIALOG) == NULL);
}

static void
test_participants (void)
{
  GListModel *participants = sf_project_get_participants (sf_test_project (),
                                                          sf_test_session_id ());
  GtkWidget *attended;

  add_participant ("Ans de Vries", "Welzijn Zuid", NULL);
  add_participant ("Karim Bouzid", "Politie", "wijkagent");
  g_assert_cmpuint (g_list_model_get_n_items (participants), ==, 2);
  g_assert_cmpstr (sf_participant_get_name (sf_test_participant_at (0)), ==, "Ans de Vries");
  g_assert_cmpstr (sf_participant_get_organisation (sf_test_participant_at (0)), ==,
                   "Welzijn Zuid");
  g_assert_cmpstr (sf_participant_get_role (sf_test_participant_at (0)), ==, "Wijkwerker");
  g_assert_cmpstr (sf_participant_get_name (sf_test_participant_at (1)), ==, "Karim Bouzid");
  g_assert_cmpstr (sf_participant_get_role (sf_test_participant_at (1)), ==, "wijkagent");

  /* The first row's check marks attendance. */
  attended = sf_test_find ("participant-attended");
  g_assert_nonnull (attended);
  g_assert_false (sf_participant_get_attended (sf_test_participant_at (0)));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (attended), TRUE);
  sf_test_iterate ();
  g_assert_true (sf_participant_get_attended (sf_test_participant_at (0)));
}

static void
test_parse_themes (void)
{
  g_auto(GStrv) themes = NULL;
  g_autofree char *plain = NULL;
  g_autofree char *text = sf_live_session_parse_themes ("Veel #Eenzaamheid op de #derde_etage.",
                                                        &themes);

  g_assert_cmpstr (text, ==, "Veel op de .");
  g_assert_nonnull (themes);
  g_assert_cmpstr (themes[0], ==, "Eenzaamheid");
  g_assert_cmpstr (themes[1], ==, "derde etage");
  g_assert_null (themes[2]);
  g_clear_pointer (&themes, g_strfreev);
  plain = sf_live_session_parse_themes ("Nummer #1 is a#b", &themes);
  g_assert_cmpstr (plain, ==, "Nummer is a#b");
  g_assert_cmpstr (themes[0], ==, "1");
  g_assert_null (themes[1]);
}
static void
test_live_capture (void)
{
  SfProject *project = sf_test_project ();
  GListModel *list;
  SfLiveSession *live;
  SfQuestion *question;
  const char *anna_id = sf_record_get_id (SF_RECORD (sf_test_participant_at (0)));

  sf_test_activate (sf_test_find ("start-live-session"), "step.start-live-session", NULL);
  SF_TEST_WAIT_FOR (sf_test_find_toplevel (SF_TYPE_LIVE_SESSION) != NULL);
  live = sf_test_live_session ();
  g_assert_cmpstr (gtk_widget_get_name (GTK_WIDGET (live)), ==, "live-session");
  g_assert_cmpuint (sf_live_session_get_position (live), ==, 0);
  question = sf_live_session_get_question (live);
  g_assert_nonnull (question);
  g_assert_cmpint (sf_question_get_step (question), ==, 2);
  g_assert_nonnull (sf_test_find_label (GTK_WIDGET (live), sf_question_get_text (question)));
  /* The method's first question has two versions: two lines, never a raw "|". */
  g_assert_cmpstr (sf_question_get_method_key (question), ==, "s2q1");
  g_assert_null (strchr (sf_question_get_text (question), '|'));
  g_assert_nonnull (strchr (sf_question_get_text (question), '\n'));
  g_assert_nonnull (sf_test_find_label (GTK_WIDGET (live), "00:00"));
  list = sf_project_get_statements (project, sf_test_session_id (),
                                    sf_record_get_id (SF_RECORD (question)));
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);

  /* An empty Enter, or one of spaces, stores nothing. */
  type_statement ("");
  type_statement ("   ");
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (sf_test_statements); i++)
    {
      if (i == 4)
        sf_test_activate (GTK_WIDGET (live), "live.speaker", g_variant_new_uint32 (1)); /* Alt+1 */
      if (i == 5)
        sf_test_activate (GTK_WIDGET (live), "live.speaker", g_variant_new_uint32 (0)); /* Alt+0 */
      type_statement (sf_test_statements[i]);
      /* Stored at once, and the entry is ready for the next one. */
      g_assert_cmpuint (g_list_model_get_n_items (list), ==, i + 1);
      g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (sf_test_find ("statement-entry"))),
                       ==, "");
    }
  type_statement ("");
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, G_N_ELEMENTS (sf_test_statements));

  for (guint i = 0; i < G_N_ELEMENTS (sf_test_statements); i++)
    {
      g_autoptr(SfStatement) statement = g_list_model_get_item (list, i);

      if (i == 2)
        {
          g_assert_cmpstr (sf_statement_get_text (statement), ==,
                           "Veel ouderen zitten alleen thuis");
          g_assert_cmpstr (sf_statement_get_themes (statement), ==, "Eenzaamheid");
        }
      else
        {
          g_assert_cmpstr (sf_statement_get_text (statement), ==, sf_test_statements[i]);
          g_assert_true (sf_statement_get_themes (statement) == NULL ||
                         *sf_statement_get_themes (statement) == '\0');
        }
      if (i == 4)
        {
          g_assert_cmpstr (sf_statement_get_participant_id (statement), ==, anna_id);
          g_assert_cmpstr (sf_statement_get_participant_name (statement), ==, "Ans de Vries");
        }
      else
        g_assert_null (sf_statement_get_participant_id (statement));
    }
  /* The list in the window shows them all, the newest last. */
  g_assert_nonnull (sf_test_find_label (GTK_WIDGET (live), sf_test_statements[9]));

  /* A participant that is not there is refused; the speaker stays as it was. */
  sf_test_activate (GTK_WIDGET (live), "live.speaker", g_variant_new_uint32 (9));
  g_assert_cmpuint (sf_live_session_get_speaker (live), ==, 0);
}

static void
test_next_question (void)
{
  SfLiveSession *live = sf_test_live_session ();
  SfQuestion *first = sf_live_session_get_question (live);
  SfQuestion *second;

  sf_test_activate (GTK_WIDGET (live), "live.next", NULL); /* Page Down */
  g_assert_cmpuint (sf_live_session_get_position (live), ==, 1);
  second = sf_live_session_get_question (live);
  g_assert_true (second != first);
  g_assert_false (sf_question_get_hidden (second));
  g_assert_nonnull (sf_test_find_label (GTK_WIDGET (live), sf_question_get_text (second)));
  /* The new question's statements: none yet, and the list shows none of the first's. */
  g_assert_null (sf_test_find_label (GTK_WIDGET (live), sf_test_statements[0]));
  type_statement ("De samenwerking met de huismeester loopt goed.");
  g_assert_cmpuint (g_list_model_get_n_items (sf_project_get_statements (
                      sf_test_project (), sf_test_session_id (),
                      sf_record_get_id (SF_RECORD (second)))),
                    ==, 1);

  sf_test_activate (GTK_WIDGET (live), "live.previous", NULL); /* Page Up */
  g_assert_true (sf_live_session_get_question (live) == first);
  sf_test_activate (GTK_WIDGET (live), "live.next", NULL);
  g_assert_true (sf_live_session_get_question (live) == second);
}

static void
test_presenter (void)
{
  SfLiveSession *live = sf_test_live_session ();
  GtkWidget *presenter;
  GtkWidget *question_label;
  GtkWidget *statements_box;

  g_assert_null (sf_test_find ("presenter-window"));
  sf_test_activate (GTK_WIDGET (live), "live.present", NULL); /* F5 */
  SF_TEST_WAIT_FOR ((presenter = sf_test_find ("presenter-window")) != NULL);
  g_assert_true (SF_IS_PRESENTER_WINDOW (presenter));
  g_assert_true (gtk_widget_get_visible (presenter));
  question_label = sf_test_find_in (presenter, "presenter-question", GTK_TYPE_LABEL);
  g_assert_nonnull (question_label);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (question_label)), ==,
                   sf_question_get_text (sf_live_session_get_question (live)));

  /* On request it shows the statements so far. */
  statements_box = sf_test_find_in (presenter, "presenter-statements", SF_TYPE_PRESENTER_LIST);
  g_assert_false (gtk_widget_is_visible (statements_box));
  sf_test_activate (GTK_WIDGET (live), "live.show-details", NULL); /* F6 */
  g_assert_true (gtk_widget_is_visible (statements_box));
  g_assert_nonnull (sf_test_find_label (presenter,
                                        "De samenwerking met de huismeester loopt goed."));

  /* One key moves both windows. */
  sf_test_activate (GTK_WIDGET (live), "live.next", NULL);
  g_assert_cmpuint (sf_live_session_get_position (live), ==, 2);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (question_label)), ==,
                   sf_question_get_text (sf_live_session_get_question (live)));
  g_assert_null (sf_test_find_label (presenter,
                                     "De samenwerking met de huismeester loopt goed."));

  /* Closing the live session closes the presenter and stops the timer. */
  gtk_window_close (GTK_WINDOW (live));
  sf_test_iterate ();
  g_assert_null (sf_test_find_toplevel (SF_TYPE_LIVE_SESSION));
  g_assert_null (sf_test_find_toplevel (SF_TYPE_PRESENTER_WINDOW));
}

static void
test_stance (void)
{
  GtkWidget *stance = sf_test_find ("participant-stance");
  SfParticipant *participant = sf_test_participant_at (0);

  g_assert_true (ADW_IS_COMBO_ROW (stance));
  g_assert_cmpint (sf_participant_get_stance (participant), ==, SF_STANCE_UNKNOWN);
  adw_combo_row_set_selected (ADW_COMBO_ROW (stance), 1); /* positive, hesitant, ... */
  sf_test_iterate ();
  g_assert_cmpint (sf_participant_get_stance (participant), ==, SF_STANCE_HESITANT);
  sf_test_apply_row ("participant-stance-note", "Wil eerst zien wat de corporatie doet.");
  g_assert_cmpint (sf_participant_get_stance (participant), ==, SF_STANCE_HESITANT);
  g_assert_cmpstr (sf_participant_get_stance_note (participant), ==,
                   "Wil eerst zien wat de corporatie doet.");
  g_assert_cmpuint (sf_project_count_stances (sf_test_project (), SF_STANCE_HESITANT), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  sf_test_init (&argc, &argv);
  g_test_add_func ("/ui/session/open-example", test_open_example);
  g_test_add_func ("/ui/session/details", test_details);
  g_test_add_func ("/ui/session/date-and-held", test_date_and_held);
  g_test_add_func ("/ui/session/participants", test_participants);
  g_test_add_func ("/ui/session/parse-themes", test_parse_themes);
  g_test_add_func ("/ui/session/live-capture", test_live_capture);
  g_test_add_func ("/ui/session/next-question", test_next_question);
  g_test_add_func ("/ui/session/presenter", test_presenter);
  g_test_add_func ("/ui/session/stance", test_stance);
  return g_test_run ();
}
