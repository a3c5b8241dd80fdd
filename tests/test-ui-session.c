/* test-ui-session.c: step 2 in the real application: the session page, the live session and
 * the presenter window, driven through actions, widgets and the keyboard's actions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-project-interviews.h"
#include "sf-key-point.h"
#include "sf-live-session.h"
#include "sf-participant-dialog.h"
#include "sf-presenter-window.h"
#include "sf-search.h"
#include "sf-project-key-figures.h"
#include "sf-source-chooser.h"
#include "sf-tagged-row.h"
#include "sf-test-ui.h"
#include "sf-project-themes.h"

static SfSession *
the_session (void)
{
  GListModel *sessions = sf_project_get_sessions (sf_test_project ());
  g_autoptr(SfSession) session = g_list_model_get_item (sessions, 0);

  /* The project keeps the list and its items alive. */
  return session;
}

static const char *
session_id (void)
{
  SfSession *session = the_session ();

  g_assert_nonnull (session);
  return sf_record_get_id (SF_RECORD (session));
}

/* The id of step 2's question @index. */
static const char *
question_id (guint index)
{
  GListModel *questions = sf_project_get_questions (sf_test_project (), 2);
  g_autoptr(SfQuestion) question = g_list_model_get_item (questions, index);

  /* The project keeps the list and its items alive. */
  return sf_record_get_id (SF_RECORD (question));
}

static SfParticipant *
participant_at (guint index)
{
  GListModel *participants = sf_project_get_participants (sf_test_project (), session_id ());
  g_autoptr(SfParticipant) participant = g_list_model_get_item (participants, index);

  return participant;
}

static SfLiveSession *
live_session (void)
{
  GtkWidget *live = sf_test_find_toplevel (SF_TYPE_LIVE_SESSION);

  g_assert_nonnull (live);
  return SF_LIVE_SESSION (live);
}

static void
apply_row (const char *name,
           const char *text)
{
  sf_test_set_text (name, text);
  g_signal_emit_by_name (sf_test_find (name), "apply");
  sf_test_iterate ();
}

/* Types @text into @row's entry row @name and applies it, as Enter does. */
static void
apply_in (GtkWidget  *row,
          const char *name,
          const char *text)
{
  GtkWidget *entry = sf_test_find_in (row, name, ADW_TYPE_ENTRY_ROW);

  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_signal_emit_by_name (entry, "apply");
  sf_test_iterate ();
}

/* @row's action @action marks @item confidential, with the mark, as the undo step @label;
 * undo takes both off again. */
static void
assert_marks_confidential (GtkWidget  *row,
                           const char *action,
                           gpointer    item,
                           const char *label)
{
  GtkWidget *marker = sf_test_find_in (row, "confidential-marker", G_TYPE_INVALID);
  gboolean confidential = TRUE;

  g_object_get (item, "confidential", &confidential, NULL);
  g_assert_false (confidential);
  g_assert_false (gtk_widget_get_visible (marker));
  sf_test_activate (row, action, NULL);
  g_object_get (item, "confidential", &confidential, NULL);
  g_assert_true (confidential);
  g_assert_true (gtk_widget_get_visible (marker));
  g_assert_cmpstr (sf_project_get_undo_label (sf_test_project ()), ==, label);
  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.undo", NULL);
  g_object_get (item, "confidential", &confidential, NULL);
  g_assert_false (confidential);
  g_assert_false (gtk_widget_get_visible (marker));
}

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
      sf_project_get_session_key_points (sf_test_project (), session_id ()), 0);
    g_auto(GStrv) sources = sf_project_get_key_point_statements (
      sf_test_project (), sf_record_get_id (SF_RECORD (point)));

    g_assert_cmpuint (g_strv_length (sources), ==, 2);
  }
  /* The example comes with a worked session; take it away (as its undo would) so that the
   * page starts empty and creates the session on the first edit. */
  while (g_list_model_get_n_items (sf_project_get_sessions (sf_test_project ())) > 0)
    {
      g_autoptr(SfSession) old = g_list_model_get_item (sf_project_get_sessions (sf_test_project ()),
                                                        0);

      g_assert_true (sf_project_remove_session (sf_test_project (),
                                                sf_record_get_id (SF_RECORD (old)), NULL));
      sf_test_iterate ();
    }
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (sf_test_find ("session-date"))), ==, "");
  g_assert_null (sf_test_find ("participant-row"));
  g_assert_cmpuint (g_list_model_get_n_items (sf_project_get_sessions (sf_test_project ())),
                    ==, 0);
}

static void
test_details (void)
{
  SfSession *session;

  apply_row ("session-date", "2024-05-14");
  g_assert_cmpuint (g_list_model_get_n_items (sf_project_get_sessions (sf_test_project ())),
                    ==, 1);
  apply_row ("session-place", "Buurthuis De Reiger");
  apply_row ("session-facilitator", "Joke Smit");
  session = the_session ();
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
  SfSession *session = the_session ();
  GtkWidget *row = sf_test_find ("session-date");
  GtkWidget *message = sf_test_find_in (gtk_widget_get_parent (row), "date-message",
                                        GTK_TYPE_LABEL);
  GtkWidget *held = sf_test_find ("session-held");
  GtkWidget *dialog;
  const char *body;

  g_assert_nonnull (message);
  apply_row ("session-date", "15-5-2024");
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

  apply_row ("session-date", "donderdagmiddag");
  g_assert_true (gtk_widget_get_mapped (message));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (message)), "donderdagmiddag"));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (message)), "14-01-2027"));
  g_assert_cmpstr (sf_session_get_date (session), ==, "2024-05-15");

  apply_row ("session-date", "14-1-2099");
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

  apply_row ("session-date", "2024-05-14");
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
  GListModel *participants = sf_project_get_participants (sf_test_project (), session_id ());
  GtkWidget *attended;

  add_participant ("Ans de Vries", "Welzijn Zuid", NULL);
  add_participant ("Karim Bouzid", "Politie", "wijkagent");
  g_assert_cmpuint (g_list_model_get_n_items (participants), ==, 2);
  g_assert_cmpstr (sf_participant_get_name (participant_at (0)), ==, "Ans de Vries");
  g_assert_cmpstr (sf_participant_get_organisation (participant_at (0)), ==, "Welzijn Zuid");
  g_assert_cmpstr (sf_participant_get_role (participant_at (0)), ==, "Wijkwerker");
  g_assert_cmpstr (sf_participant_get_name (participant_at (1)), ==, "Karim Bouzid");
  g_assert_cmpstr (sf_participant_get_role (participant_at (1)), ==, "wijkagent");

  /* The first row's check marks attendance. */
  attended = sf_test_find ("participant-attended");
  g_assert_nonnull (attended);
  g_assert_false (sf_participant_get_attended (participant_at (0)));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (attended), TRUE);
  sf_test_iterate ();
  g_assert_true (sf_participant_get_attended (participant_at (0)));
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

static const char *const statements[] = {
  "Ik kom er elke week voor het koffie-uur.",
  "De lift is vaak kapot.",
  "Veel ouderen zitten alleen thuis #Eenzaamheid",
  "Bewoners kennen elkaar nauwelijks.",
  "Ik woon er al twintig jaar.",
  "Het trapportaal is een ontmoetingsplek.",
  "Mantelzorgers zijn overbelast.",
  "De huismeester is belangrijk.",
  "Er is weinig groen rond de flat.",
  "Jongeren en ouderen mengen niet.",
};

static void
test_live_capture (void)
{
  SfProject *project = sf_test_project ();
  GListModel *list;
  SfLiveSession *live;
  SfQuestion *question;
  const char *anna_id = sf_record_get_id (SF_RECORD (participant_at (0)));

  sf_test_activate (sf_test_find ("start-live-session"), "step.start-live-session", NULL);
  SF_TEST_WAIT_FOR (sf_test_find_toplevel (SF_TYPE_LIVE_SESSION) != NULL);
  live = live_session ();
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
  list = sf_project_get_statements (project, session_id (), sf_record_get_id (SF_RECORD (question)));
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);

  /* An empty Enter, or one of spaces, stores nothing. */
  type_statement ("");
  type_statement ("   ");
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (statements); i++)
    {
      if (i == 4)
        sf_test_activate (GTK_WIDGET (live), "live.speaker", g_variant_new_uint32 (1)); /* Alt+1 */
      if (i == 5)
        sf_test_activate (GTK_WIDGET (live), "live.speaker", g_variant_new_uint32 (0)); /* Alt+0 */
      type_statement (statements[i]);
      /* Stored at once, and the entry is ready for the next one. */
      g_assert_cmpuint (g_list_model_get_n_items (list), ==, i + 1);
      g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (sf_test_find ("statement-entry"))),
                       ==, "");
    }
  type_statement ("");
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, G_N_ELEMENTS (statements));

  for (guint i = 0; i < G_N_ELEMENTS (statements); i++)
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
          g_assert_cmpstr (sf_statement_get_text (statement), ==, statements[i]);
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
  g_assert_nonnull (sf_test_find_label (GTK_WIDGET (live), statements[9]));

  /* A participant that is not there is refused; the speaker stays as it was. */
  sf_test_activate (GTK_WIDGET (live), "live.speaker", g_variant_new_uint32 (9));
  g_assert_cmpuint (sf_live_session_get_speaker (live), ==, 0);
}

static void
test_next_question (void)
{
  SfLiveSession *live = live_session ();
  SfQuestion *first = sf_live_session_get_question (live);
  SfQuestion *second;

  sf_test_activate (GTK_WIDGET (live), "live.next", NULL); /* Page Down */
  g_assert_cmpuint (sf_live_session_get_position (live), ==, 1);
  second = sf_live_session_get_question (live);
  g_assert_true (second != first);
  g_assert_false (sf_question_get_hidden (second));
  g_assert_nonnull (sf_test_find_label (GTK_WIDGET (live), sf_question_get_text (second)));
  /* The new question's statements: none yet, and the list shows none of the first's. */
  g_assert_null (sf_test_find_label (GTK_WIDGET (live), statements[0]));
  type_statement ("De samenwerking met de huismeester loopt goed.");
  g_assert_cmpuint (g_list_model_get_n_items (sf_project_get_statements (
                      sf_test_project (), session_id (), sf_record_get_id (SF_RECORD (second)))),
                    ==, 1);

  sf_test_activate (GTK_WIDGET (live), "live.previous", NULL); /* Page Up */
  g_assert_true (sf_live_session_get_question (live) == first);
  sf_test_activate (GTK_WIDGET (live), "live.next", NULL);
  g_assert_true (sf_live_session_get_question (live) == second);
}

static void
test_presenter (void)
{
  SfLiveSession *live = live_session ();
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
  statements_box = sf_test_find_in (presenter, "presenter-statements", GTK_TYPE_LIST_BOX);
  g_assert_false (gtk_widget_is_visible (statements_box));
  sf_test_activate (GTK_WIDGET (live), "live.show-statements", NULL); /* F6 */
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
  SfParticipant *participant = participant_at (0);

  g_assert_true (ADW_IS_COMBO_ROW (stance));
  g_assert_cmpint (sf_participant_get_stance (participant), ==, SF_STANCE_UNKNOWN);
  adw_combo_row_set_selected (ADW_COMBO_ROW (stance), 1); /* positive, hesitant, ... */
  sf_test_iterate ();
  g_assert_cmpint (sf_participant_get_stance (participant), ==, SF_STANCE_HESITANT);
  apply_row ("participant-stance-note", "Wil eerst zien wat de corporatie doet.");
  g_assert_cmpint (sf_participant_get_stance (participant), ==, SF_STANCE_HESITANT);
  g_assert_cmpstr (sf_participant_get_stance_note (participant), ==,
                   "Wil eerst zien wat de corporatie doet.");
  g_assert_cmpuint (sf_project_count_stances (sf_test_project (), SF_STANCE_HESITANT), ==, 1);
}

/* Whether the key point in @list's row @index offers @action (move-up, move-down). */
static gboolean
can_move (GtkWidget  *list,
          int         index,
          const char *action)
{
  GtkWidget *row = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), index));

  g_assert_nonnull (row);
  return g_action_group_get_action_enabled (G_ACTION_GROUP (sf_tagged_row_get_actions (row)),
                                            action);
}

/* The sources window's check for the answer, notes or statement @record. */
static GtkWidget *
source_check_of (GtkWidget *chooser,
                 gpointer   record)
{
  return sf_test_find_in (sf_test_find_source_row (chooser,
                                                   sf_record_get_id (SF_RECORD (record))),
                          "source-check", G_TYPE_INVALID);
}

static void
test_key_points (void)
{
  SfProject *project = sf_test_project ();
  GListModel *points = sf_project_get_session_key_points (project, session_id ());
  GListModel *said = sf_project_get_statements (project, session_id (), question_id (0));
  g_autoptr(SfKeyPoint) point = NULL;
  g_autoptr(SfStatement) statement = g_list_model_get_item (said, 2);
  g_autofree char *theme_id = NULL;
  g_auto(GStrv) theme_ids = NULL;
  g_auto(GStrv) sources = NULL;
  GtkWidget *list = sf_test_find ("key-points");
  GtkWidget *row, *chooser, *check;

  g_assert_cmpuint (g_list_model_get_n_items (points), ==, 0);
  apply_row ("add-key-point", "Eenzaamheid onder ouderen is het grootste thema.");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (sf_test_find ("add-key-point"))), ==, "");
  apply_row ("add-key-point", "   "); /* blank: nothing stored */
  sf_test_set_text ("add-key-point", "");
  g_assert_cmpuint (g_list_model_get_n_items (points), ==, 1);
  point = g_list_model_get_item (points, 0);
  g_assert_cmpstr (sf_key_point_get_text (point), ==,
                   "Eenzaamheid onder ouderen is het grootste thema.");

  /* Worked on as step 1's are: the text in place, ... */
  row = sf_test_find_in (list, "key-point-row", ADW_TYPE_EXPANDER_ROW);
  g_assert_nonnull (row);
  apply_in (row, "key-point-text", "Eenzaamheid is het grootste thema");
  g_assert_cmpstr (sf_key_point_get_text (point), ==, "Eenzaamheid is het grootste thema");
  g_assert_cmpstr (sf_project_get_undo_label (project), ==, _("Edit key point"));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   "Eenzaamheid is het grootste thema");

  /* ... a theme typed by name, shown as a pill and in the subtitle, ... */
  apply_in (row, "theme-entry", "Eenzaamheid");
  theme_id = sf_project_find_theme (project, "Eenzaamheid");
  g_assert_nonnull (theme_id);
  theme_ids = sf_project_get_theme_ids_of (project, SF_TAGGED_KEY_POINT,
                                           sf_record_get_id (SF_RECORD (point)));
  g_assert_cmpuint (g_strv_length (theme_ids), ==, 1);
  g_assert_cmpstr (theme_ids[0], ==, theme_id);
  g_assert_nonnull (sf_test_find_in (sf_test_find_in (row, "key-point-themes", G_TYPE_INVALID),
                                     "untag", G_TYPE_INVALID));
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), ==, "Eenzaamheid");

  /* ... the statements it came from, chosen in the sources window (step 1's), each in full
   * with who said it, ... */
  g_assert_nonnull (statement);
  sf_test_activate (row, "key-point.choose-sources", NULL);
  SF_TEST_WAIT_FOR ((chooser = sf_test_find_toplevel (SF_TYPE_SOURCE_CHOOSER)) != NULL);
  check = source_check_of (chooser, statement);
  g_assert_nonnull (check);
  g_assert_nonnull (sf_test_find_label (check, sf_statement_get_text (statement)));
  if (*sf_statement_get_participant_name (statement) != '\0')
    g_assert_nonnull (sf_test_find_label (check, sf_statement_get_participant_name (statement)));
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  sf_test_iterate ();
  sources = sf_project_get_key_point_statements (project, sf_record_get_id (SF_RECORD (point)));
  g_assert_cmpuint (g_strv_length (sources), ==, 1);
  g_assert_cmpstr (sources[0], ==, sf_record_get_id (SF_RECORD (statement)));
  /* The first statement of the first question, not chosen; a click chooses it too. */
  {
    g_autoptr(SfStatement) first = g_list_model_get_item (said, 0);

    check = source_check_of (chooser, first);
    g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
    gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
    sf_test_iterate ();
    g_clear_pointer (&sources, g_strfreev);
    sources = sf_project_get_key_point_statements (project,
                                                   sf_record_get_id (SF_RECORD (point)));
    g_assert_cmpuint (g_strv_length (sources), ==, 2);
  }
  sf_test_activate (chooser, "window.close", NULL);
  SF_TEST_WAIT_FOR (sf_test_find_toplevel (SF_TYPE_SOURCE_CHOOSER) == NULL);
  g_assert_nonnull (sf_test_find_label (row, sf_test_dutch () ? "Uit 2 uitspraken"
                                                              : "From 2 statements"));

  /* ... confidential, with its mark. */
  assert_marks_confidential (row, "key-point.confidential", point,
                             _("Mark key point as confidential"));

  /* A second point, moved to the top; then removed, and back with Undo. */
  apply_row ("add-key-point", "Een vast aanspreekpunt in de flat.");
  g_assert_cmpuint (g_list_model_get_n_items (points), ==, 2);
  /* The first cannot go up, the last not down. */
  g_assert_false (can_move (list, 0, "move-up"));
  g_assert_true (can_move (list, 0, "move-down"));
  g_assert_true (can_move (list, 1, "move-up"));
  g_assert_false (can_move (list, 1, "move-down"));
  sf_test_activate (GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 1)),
                    "key-point.move-up", NULL);
  {
    g_autoptr(SfKeyPoint) top = g_list_model_get_item (points, 0);

    g_assert_cmpstr (sf_key_point_get_text (top), ==, "Een vast aanspreekpunt in de flat.");
  }
  g_assert_false (can_move (list, 0, "move-up"));
  g_assert_false (can_move (list, 1, "move-down"));
  g_assert_true (can_move (list, 1, "move-up"));
  sf_test_activate (GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0)),
                    "key-point.remove", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (points), ==, 1);
  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.undo", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (points), ==, 2);
}

/* The row of the live session's list that shows @text. */
static GtkWidget *
statement_row (SfLiveSession *live,
               const char    *text)
{
  GtkWidget *list = sf_test_find_in (GTK_WIDGET (live), "statement-list", GTK_TYPE_LIST_BOX);
  GtkWidget *row;

  g_assert_nonnull (list);
  for (row = gtk_widget_get_first_child (list); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (ADW_IS_ACTION_ROW (row) &&
        g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), text) == 0)
      return row;
  return NULL;
}

static SfStatement *
statement_with_text (GListModel *list,
                     const char *text)
{
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SfStatement) statement = g_list_model_get_item (list, i);

      if (g_strcmp0 (sf_statement_get_text (statement), text) == 0)
        return statement; /* the project keeps the list and its items alive */
    }
  return NULL;
}

static SfQuestion *
question_at (guint index)
{
  GListModel *questions = sf_project_get_questions (sf_test_project (), 2);
  g_autoptr(SfQuestion) question = g_list_model_get_item (questions, index);

  return question; /* the project keeps the list and its items alive */
}

/* The page's part for step 2's question @index (hidden while it has no statements). */
static GtkWidget *
question_box (GtkWidget *section,
              guint      index)
{
  GtkWidget *box = sf_test_find_in (section, "statements-question", G_TYPE_INVALID);

  for (guint i = 0; i < index && box != NULL; i++)
    box = gtk_widget_get_next_sibling (box);
  g_assert_nonnull (box);
  return box;
}

static guint
count_visible (GtkWidget  *section,
               const char *name)
{
  guint n = 0;

  for (GtkWidget *box = sf_test_find_in (section, name, G_TYPE_INVALID); box != NULL;
       box = gtk_widget_get_next_sibling (box))
    n += gtk_widget_get_visible (box);
  return n;
}

static guint
count_rows (GtkWidget *box)
{
  GtkWidget *list = sf_test_find_in (box, "statements", GTK_TYPE_LIST_BOX);
  guint n = 0;

  g_assert_nonnull (list);
  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    n += GTK_IS_LIST_BOX_ROW (row);
  return n;
}

/* The page's row of @statement, in the list of its question. */
static GtkWidget *
page_statement_row (SfStatement *statement)
{
  GtkWidget *section = sf_test_find ("session-statements");

  g_assert_nonnull (section);
  for (GtkWidget *box = question_box (section, 0); box != NULL;
       box = gtk_widget_get_next_sibling (box))
    {
      GtkWidget *row = sf_tagged_row_find (sf_test_find_in (box, "statements", GTK_TYPE_LIST_BOX),
                                           sf_record_get_id (SF_RECORD (statement)));

      if (row != NULL)
        return row;
    }
  return NULL;
}

/* What was said can be worked on after the session, on the page: per question, each
 * statement's text, who said it, its themes and confidential, every change undoable. */
static void
test_statements (void)
{
  SfProject *project = sf_test_project ();
  GListModel *first = sf_project_get_statements (project, session_id (), question_id (0));
  GListModel *third = sf_project_get_statements (project, session_id (), question_id (2));
  SfStatement *statement = statement_with_text (first, statements[6]);
  GtkWidget *section = sf_test_find ("session-statements");
  GtkWidget *row, *entry, *speaker;
  g_autofree char *other = NULL;
  g_autofree char *theme_id = NULL;
  g_autofree char *subtitle = NULL;

  g_assert_nonnull (section);
  g_assert_nonnull (statement);
  /* The questions with statements are shown, each with all of its own. */
  g_assert_cmpuint (count_visible (section, "statements-question"), ==, 2);
  g_assert_cmpuint (count_rows (question_box (section, 0)), ==, G_N_ELEMENTS (statements));
  g_assert_cmpuint (count_rows (question_box (section, 1)), ==, 1);
  g_assert_nonnull (sf_test_find_label (question_box (section, 0),
                                        sf_question_get_text (question_at (0))));
  row = page_statement_row (statement);
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   statements[6]);
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), ==, _("Anonymous"));

  /* The text, corrected in place. */
  entry = sf_test_find_in (row, "statement-text", G_TYPE_INVALID);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, statements[6]);
  apply_in (row, "statement-text", "Mantelzorgers raken overbelast.");
  g_assert_cmpstr (sf_statement_get_text (statement), ==, "Mantelzorgers raken overbelast.");
  g_assert_cmpstr (sf_project_get_undo_label (project), ==, _("Edit statement"));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   "Mantelzorgers raken overbelast.");

  /* Who said it: anonymous, or one of the session's participants (by name: Ans, Karim). */
  speaker = sf_test_find_in (row, "statement-speaker", ADW_TYPE_COMBO_ROW);
  g_assert_nonnull (speaker);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (speaker)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (ADW_COMBO_ROW (speaker))),
                    ==, 3);
  adw_combo_row_set_selected (ADW_COMBO_ROW (speaker), 2);
  sf_test_iterate ();
  g_assert_cmpstr (sf_statement_get_participant_id (statement), ==,
                   sf_record_get_id (SF_RECORD (participant_at (1))));
  g_assert_cmpstr (sf_statement_get_participant_name (statement), ==, "Karim Bouzid");
  g_assert_cmpstr (sf_project_get_undo_label (project), ==, _("Change speaker"));
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), ==, "Karim Bouzid");
  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.undo", NULL);
  g_assert_null (sf_statement_get_participant_id (statement));
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (speaker)), ==, 0);

  /* Its themes: one typed by name, taken off again, and back with Undo. */
  apply_in (row, "theme-entry", "Mantelzorg");
  theme_id = sf_project_find_theme (project, "Mantelzorg");
  g_assert_nonnull (theme_id);
  g_assert_cmpstr (sf_statement_get_themes (statement), ==, "Mantelzorg");
  g_assert_nonnull (sf_test_find_in (sf_test_find_in (row, "statement-themes", G_TYPE_INVALID),
                                     "untag", G_TYPE_INVALID));
  subtitle = g_strconcat (_("Anonymous"), " · Mantelzorg", NULL);
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), ==, subtitle);
  sf_test_activate (row, "statement.untag", g_variant_new_string (theme_id));
  g_assert_cmpstr (sf_statement_get_themes (statement), ==, "");
  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.undo", NULL);
  g_assert_cmpstr (sf_statement_get_themes (statement), ==, "Mantelzorg");

  /* Confidential, with its mark; undone. */
  assert_marks_confidential (row, "statement.confidential", statement,
                             _("Mark statement as confidential"));

  /* Removed, and back with Undo. */
  sf_test_activate (row, "statement.remove", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (first), ==, G_N_ELEMENTS (statements) - 1);
  g_assert_cmpuint (count_rows (question_box (section, 0)), ==, G_N_ELEMENTS (statements) - 1);
  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.undo", NULL);
  g_assert_cmpuint (count_rows (question_box (section, 0)), ==, G_N_ELEMENTS (statements));

  /* A question gets its place once something is said about it. */
  g_assert_false (gtk_widget_get_visible (question_box (section, 2)));
  other = sf_project_add_statement (project, session_id (), question_id (2), NULL,
                                    "De entree is slecht verlicht.", NULL);
  g_assert_nonnull (other);
  sf_test_iterate ();
  g_assert_true (gtk_widget_get_visible (question_box (section, 2)));
  g_assert_cmpuint (g_list_model_get_n_items (third), ==, 1);
  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.undo", NULL);
  g_assert_false (gtk_widget_get_visible (question_box (section, 2)));
}

static void
test_confidential (void)
{
  SfLiveSession *live;
  GListModel *list;
  SfStatement *secret, *shown;
  SfQuestion *question;
  GtkWidget *row, *toggle, *presenter;

  sf_test_activate (sf_test_find ("start-live-session"), "step.start-live-session", NULL);
  SF_TEST_WAIT_FOR (sf_test_find_toplevel (SF_TYPE_LIVE_SESSION) != NULL);
  live = live_session ();
  g_assert_cmpuint (sf_live_session_get_position (live), ==, 0);
  question = sf_live_session_get_question (live);
  list = sf_project_get_statements (sf_test_project (), session_id (),
                                    sf_record_get_id (SF_RECORD (question)));
  secret = statement_with_text (list, statements[1]);
  shown = statement_with_text (list, statements[3]);
  g_assert_nonnull (secret);
  g_assert_nonnull (shown);
  g_assert_false (sf_statement_get_confidential (secret));

  /* The row's lock toggle marks it; the row shows the marker. */
  row = statement_row (live, statements[1]);
  g_assert_nonnull (row);
  g_assert_false (gtk_widget_get_visible (sf_test_find_in (row, "confidential-marker",
                                                           G_TYPE_INVALID)));
  toggle = sf_test_find_in (row, "statement-confidential", GTK_TYPE_TOGGLE_BUTTON);
  g_assert_nonnull (toggle);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), TRUE);
  sf_test_iterate ();
  g_assert_true (sf_statement_get_confidential (secret));
  g_assert_true (gtk_widget_get_visible (sf_test_find_in (row, "confidential-marker",
                                                          G_TYPE_INVALID)));
  g_assert_false (sf_statement_get_confidential (shown));

  /* The beamer, with the statements shown, leaves it out. */
  sf_test_activate (GTK_WIDGET (live), "live.present", NULL);
  SF_TEST_WAIT_FOR ((presenter = sf_test_find ("presenter-window")) != NULL);
  sf_test_activate (GTK_WIDGET (live), "live.show-statements", NULL);
  g_assert_true (gtk_widget_is_visible (sf_test_find_in (presenter, "presenter-statements",
                                                         GTK_TYPE_LIST_BOX)));
  g_assert_nonnull (sf_test_find_label (presenter, statements[3]));
  g_assert_null (sf_test_find_label (presenter, statements[1]));

  /* Marked while on the screen, it goes off the screen; undone, it comes back. */
  toggle = sf_test_find_in (statement_row (live, statements[3]), "statement-confidential",
                            GTK_TYPE_TOGGLE_BUTTON);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), TRUE);
  sf_test_iterate ();
  g_assert_true (sf_statement_get_confidential (shown));
  g_assert_null (sf_test_find_label (presenter, statements[3]));
  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.undo", NULL);
  sf_test_iterate ();
  g_assert_false (sf_statement_get_confidential (shown));
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (toggle)));
  g_assert_nonnull (sf_test_find_label (presenter, statements[3]));
  g_assert_null (sf_test_find_label (presenter, statements[1]));

  /* Marked on the page while on the beamer: off the beamer at once, and it stays off when
   * its text is corrected; undone, it is back as it was. */
  row = page_statement_row (shown);
  g_assert_nonnull (row);
  sf_test_activate (row, "statement.confidential", NULL);
  g_assert_true (sf_statement_get_confidential (shown));
  g_assert_null (sf_test_find_label (presenter, statements[3]));
  apply_in (row, "statement-text", "Bewoners kennen elkaar bijna niet.");
  g_assert_cmpstr (sf_statement_get_text (shown), ==, "Bewoners kennen elkaar bijna niet.");
  g_assert_null (sf_test_find_label (presenter, "Bewoners kennen elkaar bijna niet."));
  g_assert_null (sf_test_find_label (presenter, statements[3]));
  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.undo", NULL);
  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.undo", NULL);
  g_assert_false (sf_statement_get_confidential (shown));
  g_assert_nonnull (sf_test_find_label (presenter, statements[3]));
  /* Redone, off again; a presenter opened anew never shows it either. */
  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.redo", NULL);
  g_assert_null (sf_test_find_label (presenter, statements[3]));
  gtk_window_close (GTK_WINDOW (presenter));
  sf_test_iterate ();
  sf_test_activate (GTK_WIDGET (live), "live.present", NULL);
  SF_TEST_WAIT_FOR ((presenter = sf_test_find ("presenter-window")) != NULL);
  g_assert_true (gtk_widget_is_visible (sf_test_find_in (presenter, "presenter-statements",
                                                         GTK_TYPE_LIST_BOX)));
  g_assert_nonnull (sf_test_find_label (presenter, statements[0]));
  g_assert_null (sf_test_find_label (presenter, statements[3]));
  g_assert_null (sf_test_find_label (presenter, statements[1]));
  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.undo", NULL);
  g_assert_nonnull (sf_test_find_label (presenter, statements[3]));

  gtk_window_close (GTK_WINDOW (live));
  sf_test_iterate ();
  g_assert_null (sf_test_find_toplevel (SF_TYPE_LIVE_SESSION));
}

static void
test_notes (void)
{
  GtkWidget *notes = sf_test_find ("session-notes");
  GtkWidget *confidential = sf_test_find ("session-notes-confidential");
  SfSession *session = the_session ();
  const char *text = "Mevrouw J. vertelde over haar buurman; niet naar buiten brengen.";

  g_assert_true (GTK_IS_TEXT_VIEW (notes));
  g_assert_true (GTK_IS_SWITCH (confidential));
  /* Kept when the focus leaves the text. */
  gtk_widget_grab_focus (notes);
  sf_test_iterate ();
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (notes)), text, -1);
  sf_test_iterate ();
  gtk_widget_grab_focus (sf_test_find ("session-place"));
  sf_test_iterate ();
  g_assert_cmpstr (sf_session_get_notes (session), ==, text);
  g_assert_false (sf_session_get_notes_confidential (session));

  gtk_switch_set_active (GTK_SWITCH (confidential), TRUE);
  sf_test_iterate ();
  g_assert_true (sf_session_get_notes_confidential (session));
  g_assert_cmpstr (sf_session_get_notes (session), ==, text);
}

static void
test_reveal (void)
{
  GtkWidget *view = sf_test_find ("project-view");
  const char *text = "De samenwerking met de huismeester loopt goed.";
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(SfKeyPoint) point = NULL;
  SfStatement *statement = NULL;
  GtkWidget *focus;
  gboolean found = FALSE;
  SfLiveSession *live;
  GtkWidget *list, *selected, *row;
  GListModel *questions = sf_project_get_questions (sf_test_project (), 2);
  g_autofree char *other_session = NULL;
  g_autofree char *other = NULL;

  g_assert_nonnull (view);
  g_assert_null (sf_test_find_toplevel (SF_TYPE_LIVE_SESSION));
  /* Find the statement on the second question (captured in next-question). */
  for (guint i = 0; i < g_list_model_get_n_items (questions) && statement == NULL; i++)
    {
      g_autoptr(SfQuestion) question = g_list_model_get_item (questions, i);
      GListModel *said = sf_project_get_statements (sf_test_project (), session_id (),
                                                    sf_record_get_id (SF_RECORD (question)));

      statement = statement_with_text (said, text);
    }
  g_assert_nonnull (statement);

  /* As a click on the search hit does: the page opens its row, with the focus in its text. */
  sf_test_activate (view, "view.reveal",
                    g_variant_new ("(uss)", 2, "statement",
                                   sf_record_get_id (SF_RECORD (statement))));
  g_assert_null (sf_test_find_toplevel (SF_TYPE_LIVE_SESSION));
  row = page_statement_row (statement);
  g_assert_nonnull (row);
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));
  /* The focus comes once the row is open. */
  SF_TEST_WAIT_FOR ((focus = gtk_root_get_focus (GTK_ROOT (sf_test_main_window ()))) != NULL &&
                    gtk_widget_get_ancestor (focus, ADW_TYPE_EXPANDER_ROW) == row);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), FALSE);

  /* One of another session (the page shows the first): in the live session, at its
   * question. */
  other_session = sf_project_add_session (sf_test_project (), "2099-01-01", NULL, NULL, NULL);
  g_assert_nonnull (other_session);
  other = sf_project_add_statement (sf_test_project (), other_session,
                                    sf_statement_get_question_id (statement), NULL, text, NULL);
  g_assert_nonnull (other);
  sf_test_iterate ();
  g_assert_cmpstr (session_id (), !=, other_session);
  sf_test_activate (view, "view.reveal", g_variant_new ("(uss)", 2, "statement", other));
  SF_TEST_WAIT_FOR (sf_test_find_toplevel (SF_TYPE_LIVE_SESSION) != NULL);
  live = live_session ();
  g_assert_cmpstr (sf_live_session_get_session_id (live), ==, other_session);
  g_assert_cmpuint (sf_live_session_get_position (live), ==, 1);
  g_assert_cmpstr (sf_record_get_id (SF_RECORD (sf_live_session_get_question (live))), ==,
                   sf_statement_get_question_id (statement));
  list = sf_test_find_in (GTK_WIDGET (live), "statement-list", GTK_TYPE_LIST_BOX);
  selected = GTK_WIDGET (gtk_list_box_get_selected_row (GTK_LIST_BOX (list)));
  g_assert_nonnull (selected);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (selected)), ==, text);

  /* With the window open at another question, it moves there. */
  sf_test_activate (GTK_WIDGET (live), "live.next", NULL);
  g_assert_cmpuint (sf_live_session_get_position (live), ==, 2);
  sf_test_activate (view, "view.reveal", g_variant_new ("(uss)", 2, "statement", other));
  g_assert_true (sf_test_find_toplevel (SF_TYPE_LIVE_SESSION) == GTK_WIDGET (live));
  g_assert_cmpuint (sf_live_session_get_position (live), ==, 1);
  gtk_window_close (GTK_WINDOW (live));
  sf_test_iterate ();
  /* The other session goes again. */
  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.undo", NULL);
  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.undo", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (sf_project_get_sessions (sf_test_project ())), ==,
                    1);

  /* Notes found: the notes get the focus. */
  sf_test_activate (view, "view.reveal", g_variant_new ("(uss)", 2, "session", session_id ()));
  sf_test_iterate ();
  g_assert_true (gtk_widget_has_focus (sf_test_find ("session-notes")));

  /* A key point found: its row gets the focus. */
  point = g_list_model_get_item (sf_project_get_session_key_points (sf_test_project (),
                                                                    session_id ()), 0);
  g_assert_nonnull (point);
  sf_test_activate (view, "view.reveal",
                    g_variant_new ("(uss)", 2, "key_point", sf_record_get_id (SF_RECORD (point))));
  SF_TEST_WAIT_FOR ((focus = gtk_root_get_focus (GTK_ROOT (sf_test_main_window ()))) != NULL &&
                    (row = gtk_widget_get_ancestor (focus, ADW_TYPE_EXPANDER_ROW)) != NULL);
  g_assert_cmpstr (gtk_widget_get_name (row), ==, "key-point-row");
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));
  g_assert_true (gtk_widget_is_ancestor (focus, sf_test_find_in (row, "key-point-text",
                                                                 G_TYPE_INVALID)) ||
                 focus == sf_test_find_in (row, "key-point-text", G_TYPE_INVALID));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   sf_key_point_get_text (point));

  /* And search finds the statement, as a step-2 statement hit. */
  hits = sf_search_find (sf_test_project (), "huismeester loopt", 10, NULL);
  g_assert_nonnull (hits);
  for (guint i = 0; i < hits->len && !found; i++)
    {
      SfSearchHit *hit = g_ptr_array_index (hits, i);

      found = hit->step == 2 && g_str_equal (hit->kind, "statement") &&
              g_str_equal (hit->ref, sf_record_get_id (SF_RECORD (statement)));
    }
  g_assert_true (found);
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
  g_test_add_func ("/ui/session/key-points", test_key_points);
  g_test_add_func ("/ui/session/statements", test_statements);
  g_test_add_func ("/ui/session/confidential", test_confidential);
  g_test_add_func ("/ui/session/notes", test_notes);
  g_test_add_func ("/ui/session/reveal", test_reveal);
  return g_test_run ();
}
