/* test-ui-session-said.c: step 2 in the real application after the session: its key points,
 * what was said worked on per question, confidential statements kept off the beamer, the
 * notes, and search hits shown
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-key-point.h"
#include "sf-live-session.h"
#include "sf-presenter-list.h"
#include "sf-presenter-window.h"
#include "sf-project-interviews.h"
#include "sf-project-key-figures.h"
#include "sf-project-themes.h"
#include "sf-search.h"
#include "sf-source-chooser.h"
#include "sf-tagged-row.h"
#include "sf-test-ui-session.h"
#include "sf-test-ui.h"

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
/* ---- tests ------------------------------------------------------------------------------ */

/* Where test-ui-session.c leaves step 2, made through the store: the example without its own
 * session; a session on 14 May 2024 with Ans de Vries and Karim Bouzid; the ten statements
 * on the first question as the live session stores them, and one on the second. */
static void
test_prepare (void)
{
  SfProject *project;
  g_autofree char *session = NULL;
  g_autofree char *ans = NULL;
  g_autofree char *karim = NULL;
  g_autofree char *later = NULL;

  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.open-example", NULL);
  SF_TEST_WAIT_FOR ((project = sf_test_project ()) != NULL);
  sf_test_activate (sf_test_find ("project-view"), "view.show-page", g_variant_new_uint32 (2));
  sf_test_remove_sessions ();
  session = sf_project_add_session (project, "2024-05-14", "Buurthuis De Reiger", NULL, NULL);
  g_assert_nonnull (session);
  ans = sf_project_add_participant (project, session, "Ans de Vries", "Welzijn Zuid",
                                    "Wijkwerker", NULL);
  karim = sf_project_add_participant (project, session, "Karim Bouzid", "Politie", "wijkagent",
                                      NULL);
  g_assert_true (ans != NULL && karim != NULL);
  for (guint i = 0; i < G_N_ELEMENTS (sf_test_statements); i++)
    {
      g_auto(GStrv) themes = NULL;
      g_autofree char *text = sf_live_session_parse_themes (sf_test_statements[i], &themes);
      g_autofree char *id = sf_project_add_statement (project, session,
                                                      sf_test_session_question_id (0),
                                                      i == 4 ? ans : NULL, text, NULL);

      g_assert_nonnull (id);
      for (guint j = 0; themes != NULL && themes[j] != NULL; j++)
        g_free (sf_project_tag_statement_by_name (project, id, themes[j], NULL));
    }
  later = sf_project_add_statement (project, session, sf_test_session_question_id (1), NULL,
                                    "De samenwerking met de huismeester loopt goed.", NULL);
  g_assert_nonnull (later);
  sf_test_iterate ();
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
  GListModel *points = sf_project_get_session_key_points (project, sf_test_session_id ());
  GListModel *said = sf_project_get_statements (project, sf_test_session_id (),
                                                sf_test_session_question_id (0));
  g_autoptr(SfKeyPoint) point = NULL;
  g_autoptr(SfStatement) statement = g_list_model_get_item (said, 2);
  g_autofree char *theme_id = NULL;
  g_auto(GStrv) theme_ids = NULL;
  g_auto(GStrv) sources = NULL;
  GtkWidget *list = sf_test_find ("key-points");
  GtkWidget *row, *chooser, *check;

  g_assert_cmpuint (g_list_model_get_n_items (points), ==, 0);
  sf_test_apply_row ("add-key-point", "Eenzaamheid onder ouderen is het grootste thema.");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (sf_test_find ("add-key-point"))), ==, "");
  sf_test_apply_row ("add-key-point", "   "); /* blank: nothing stored */
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
  sf_test_apply_row ("add-key-point", "Een vast aanspreekpunt in de flat.");
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
  GListModel *first = sf_project_get_statements (project, sf_test_session_id (),
                                                 sf_test_session_question_id (0));
  GListModel *third = sf_project_get_statements (project, sf_test_session_id (),
                                                 sf_test_session_question_id (2));
  SfStatement *statement = statement_with_text (first, sf_test_statements[6]);
  GtkWidget *section = sf_test_find ("session-statements");
  GtkWidget *row, *entry, *speaker;
  g_autofree char *other = NULL;
  g_autofree char *theme_id = NULL;
  g_autofree char *subtitle = NULL;

  g_assert_nonnull (section);
  g_assert_nonnull (statement);
  /* The questions with statements are shown, each with all of its own. */
  g_assert_cmpuint (count_visible (section, "statements-question"), ==, 2);
  g_assert_cmpuint (count_rows (question_box (section, 0)), ==, G_N_ELEMENTS (sf_test_statements));
  g_assert_cmpuint (count_rows (question_box (section, 1)), ==, 1);
  g_assert_nonnull (sf_test_find_label (question_box (section, 0),
                                        sf_question_get_text (question_at (0))));
  row = page_statement_row (statement);
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   sf_test_statements[6]);
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), ==, _("Anonymous"));

  /* The text, corrected in place. */
  entry = sf_test_find_in (row, "statement-text", G_TYPE_INVALID);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, sf_test_statements[6]);
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
                   sf_record_get_id (SF_RECORD (sf_test_participant_at (1))));
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
  g_assert_cmpuint (g_list_model_get_n_items (first), ==, G_N_ELEMENTS (sf_test_statements) - 1);
  g_assert_cmpuint (count_rows (question_box (section, 0)), ==,
                    G_N_ELEMENTS (sf_test_statements) - 1);
  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.undo", NULL);
  g_assert_cmpuint (count_rows (question_box (section, 0)), ==, G_N_ELEMENTS (sf_test_statements));

  /* A question gets its place once something is said about it. */
  g_assert_false (gtk_widget_get_visible (question_box (section, 2)));
  other = sf_project_add_statement (project, sf_test_session_id (),
                                    sf_test_session_question_id (2), NULL,
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
  live = sf_test_live_session ();
  g_assert_cmpuint (sf_live_session_get_position (live), ==, 0);
  question = sf_live_session_get_question (live);
  list = sf_project_get_statements (sf_test_project (), sf_test_session_id (),
                                    sf_record_get_id (SF_RECORD (question)));
  secret = statement_with_text (list, sf_test_statements[1]);
  shown = statement_with_text (list, sf_test_statements[3]);
  g_assert_nonnull (secret);
  g_assert_nonnull (shown);
  g_assert_false (sf_statement_get_confidential (secret));

  /* The row's lock toggle marks it; the row shows the marker. */
  row = statement_row (live, sf_test_statements[1]);
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
  sf_test_activate (GTK_WIDGET (live), "live.show-details", NULL);
  g_assert_true (gtk_widget_is_visible (sf_test_find_in (presenter, "presenter-statements",
                                                         SF_TYPE_PRESENTER_LIST)));
  g_assert_nonnull (sf_test_find_label (presenter, sf_test_statements[3]));
  g_assert_null (sf_test_find_label (presenter, sf_test_statements[1]));

  /* Marked while on the screen, it goes off the screen; undone, it comes back. */
  toggle = sf_test_find_in (statement_row (live, sf_test_statements[3]), "statement-confidential",
                            GTK_TYPE_TOGGLE_BUTTON);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), TRUE);
  sf_test_iterate ();
  g_assert_true (sf_statement_get_confidential (shown));
  g_assert_null (sf_test_find_label (presenter, sf_test_statements[3]));
  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.undo", NULL);
  sf_test_iterate ();
  g_assert_false (sf_statement_get_confidential (shown));
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (toggle)));
  g_assert_nonnull (sf_test_find_label (presenter, sf_test_statements[3]));
  g_assert_null (sf_test_find_label (presenter, sf_test_statements[1]));

  /* Marked on the page while on the beamer: off the beamer at once, and it stays off when
   * its text is corrected; undone, it is back as it was. */
  row = page_statement_row (shown);
  g_assert_nonnull (row);
  sf_test_activate (row, "statement.confidential", NULL);
  g_assert_true (sf_statement_get_confidential (shown));
  g_assert_null (sf_test_find_label (presenter, sf_test_statements[3]));
  apply_in (row, "statement-text", "Bewoners kennen elkaar bijna niet.");
  g_assert_cmpstr (sf_statement_get_text (shown), ==, "Bewoners kennen elkaar bijna niet.");
  g_assert_null (sf_test_find_label (presenter, "Bewoners kennen elkaar bijna niet."));
  g_assert_null (sf_test_find_label (presenter, sf_test_statements[3]));
  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.undo", NULL);
  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.undo", NULL);
  g_assert_false (sf_statement_get_confidential (shown));
  g_assert_nonnull (sf_test_find_label (presenter, sf_test_statements[3]));
  /* Redone, off again; a presenter opened anew never shows it either. */
  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.redo", NULL);
  g_assert_null (sf_test_find_label (presenter, sf_test_statements[3]));
  gtk_window_close (GTK_WINDOW (presenter));
  sf_test_iterate ();
  sf_test_activate (GTK_WIDGET (live), "live.present", NULL);
  SF_TEST_WAIT_FOR ((presenter = sf_test_find ("presenter-window")) != NULL);
  g_assert_true (gtk_widget_is_visible (sf_test_find_in (presenter, "presenter-statements",
                                                         SF_TYPE_PRESENTER_LIST)));
  g_assert_nonnull (sf_test_find_label (presenter, sf_test_statements[0]));
  g_assert_null (sf_test_find_label (presenter, sf_test_statements[3]));
  g_assert_null (sf_test_find_label (presenter, sf_test_statements[1]));
  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.undo", NULL);
  g_assert_nonnull (sf_test_find_label (presenter, sf_test_statements[3]));

  gtk_window_close (GTK_WINDOW (live));
  sf_test_iterate ();
  g_assert_null (sf_test_find_toplevel (SF_TYPE_LIVE_SESSION));
}

static void
test_notes (void)
{
  GtkWidget *notes = sf_test_find ("session-notes");
  GtkWidget *confidential = sf_test_find ("session-notes-confidential");
  SfSession *session = sf_test_session ();
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
      GListModel *said = sf_project_get_statements (sf_test_project (), sf_test_session_id (),
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
  g_assert_cmpstr (sf_test_session_id (), !=, other_session);
  sf_test_activate (view, "view.reveal", g_variant_new ("(uss)", 2, "statement", other));
  SF_TEST_WAIT_FOR (sf_test_find_toplevel (SF_TYPE_LIVE_SESSION) != NULL);
  live = sf_test_live_session ();
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
  sf_test_activate (view, "view.reveal",
                    g_variant_new ("(uss)", 2, "session", sf_test_session_id ()));
  sf_test_iterate ();
  g_assert_true (gtk_widget_has_focus (sf_test_find ("session-notes")));

  /* A key point found: its row gets the focus. */
  point = g_list_model_get_item (sf_project_get_session_key_points (sf_test_project (),
                                                                    sf_test_session_id ()), 0);
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
  g_test_add_func ("/ui/session/prepare", test_prepare);
  g_test_add_func ("/ui/session/key-points", test_key_points);
  g_test_add_func ("/ui/session/statements", test_statements);
  g_test_add_func ("/ui/session/confidential", test_confidential);
  g_test_add_func ("/ui/session/notes", test_notes);
  g_test_add_func ("/ui/session/reveal", test_reveal);
  return g_test_run ();
}
