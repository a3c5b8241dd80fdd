/* test-ui-board.c: step 5's page: board members, the support matrix and its dialog, marking a
 * decision taken in step 4's list, and undo, driven through widgets under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sf-board-labels.h"
#include "sf-board-member-dialog.h"
#include "sf-minutes-export.h"
#include "sf-project-board.h"
#include "sf-progress.h"
#include "sf-project-decisions.h"
#include "sf-support-dialog.h"
#include "sf-support-section.h"
#include "sf-test-ui-interviews.h"
#include "sf-test-pdf.h"
#include "sf-test-ui.h"

#define REVIEW_PAGE 4
#define BOARD_PAGE  5

/* In the example (sf-example-board.c): the care organisation has not decided on the second
 * proposal; the residents' committee has no board. */
#define CARE       1
#define RESIDENTS  4

static SfProject *
project (void)
{
  return sf_test_project ();
}

static void
undo (void)
{
  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.undo", NULL);
}

static void
show_page (guint page)
{
  sf_test_activate (sf_test_find ("project-view"), "view.show-page",
                    g_variant_new_uint32 (page));
}

static const char *
partner_id (guint index)
{
  g_autoptr(SfPartner) partner = g_list_model_get_item (sf_project_get_partners (project ()),
                                                        index);

  return sf_record_get_id (SF_RECORD (partner)); /* the list keeps it */
}

/* Step 4's proposal @index, in the list's order. */
static SfDecision *
proposal (guint index)
{
  GListModel *decisions = sf_project_get_decisions (project ());

  for (guint i = 0; i < g_list_model_get_n_items (decisions); i++)
    {
      g_autoptr(SfDecision) decision = g_list_model_get_item (decisions, i);

      if (sf_decision_get_status (decision) == SF_DECISION_PROPOSED && index-- == 0)
        return decision; /* the list keeps it */
    }
  g_assert_not_reached ();
}

static SfSupportSection *
section (void)
{
  return SF_SUPPORT_SECTION (sf_test_find ("board-support"));
}

static const char *
cell_text (GtkWidget *cell)
{
  return gtk_label_get_label (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (cell))));
}

/* The widget called @name under @widget whose data "partner" is the partner @id. */
static GtkWidget *
find_for_partner (GtkWidget  *widget,
                  const char *name,
                  const char *id)
{
  SfPartner *partner = g_object_get_data (G_OBJECT (widget), "partner");

  if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0 && partner != NULL &&
      g_str_equal (sf_record_get_id (SF_RECORD (partner)), id))
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_for_partner (c, name, id);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Step 4's decision row showing @text. */
static GtkWidget *
decision_row (GtkWidget  *widget,
              const char *text)
{
  if (g_strcmp0 (gtk_widget_get_name (widget), "decision-row") == 0 &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), text) == 0)
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = decision_row (c, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* ---- tests ------------------------------------------------------------------------------ */

static void
test_open (void)
{
  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.open-example", NULL);
  SF_TEST_WAIT_FOR (sf_test_project () != NULL);
  show_page (BOARD_PAGE);
  SF_TEST_WAIT_FOR (sf_test_find ("board-support") != NULL);
  g_assert_nonnull (sf_test_find ("board-meeting"));
  g_assert_nonnull (sf_test_find ("board-members"));
}

/* The matrix shows each board's stance in words (and colour); a cell's dialog records an
 * answer on conditions, which the cell then shows, and undo takes it back. */
static void
test_record_support (void)
{
  const char *care = partner_id (CARE);
  const char *decision = sf_record_get_id (SF_RECORD (proposal (1)));
  GtkWidget *cell = sf_support_section_get_cell (section (), care, decision);
  GtkWidget *dialog;
  SfBoardSupport *support;

  g_assert_nonnull (cell);
  g_assert_cmpstr (cell_text (cell), ==, sf_board_stance_label (SF_BOARD_STANCE_UNDECIDED));
  if (sf_test_dutch ())
    g_assert_cmpstr (cell_text (cell), ==, "Nog geen besluit");
  g_assert_cmpstr (cell_text (sf_support_section_get_cell (section (), partner_id (3),
                                                            decision)), ==,
                   sf_test_dutch () ? "Steunt onder voorwaarden" : "Supports on conditions");
  /* Not every board supports the second proposal yet. */
  g_assert_false (gtk_widget_get_sensitive (sf_support_section_get_mark (section (),
                                                                         decision)));

  g_signal_emit_by_name (cell, "clicked");
  SF_TEST_WAIT_FOR ((dialog = sf_test_find_toplevel (SF_TYPE_SUPPORT_DIALOG)) != NULL);
  adw_combo_row_set_selected (ADW_COMBO_ROW (sf_test_get (dialog, "support-stance")),
                              SF_BOARD_STANCE_CONDITIONAL);
  gtk_editable_set_text (GTK_EDITABLE (sf_test_get (dialog, "support-conditions")),
                         "Als de wijkverpleging meedoet");
  gtk_editable_set_text (GTK_EDITABLE (sf_test_get (dialog, "support-commitment")),
                         "Een wijkverpleegkundige, 4 uur per week");
  gtk_editable_set_text (GTK_EDITABLE (sf_test_get (dialog, "support-mandate")),
                         "Besluit raad van bestuur d.d. 3 maart 2027");
  gtk_editable_set_text (GTK_EDITABLE (sf_test_get (dialog, "support-date")), "3-3-2027");
  sf_test_activate (dialog, "dialog.save", NULL);
  SF_TEST_WAIT_FOR (sf_test_find_toplevel (SF_TYPE_SUPPORT_DIALOG) == NULL);

  support = sf_project_find_board_support (project (), care, decision);
  g_assert_cmpint (sf_board_support_get_stance (support), ==, SF_BOARD_STANCE_CONDITIONAL);
  g_assert_cmpstr (sf_board_support_get_conditions (support), ==,
                   "Als de wijkverpleging meedoet");
  g_assert_cmpstr (sf_board_support_get_mandate (support), ==,
                   "Besluit raad van bestuur d.d. 3 maart 2027");
  g_assert_cmpstr (sf_board_support_get_date (support), ==, "2027-03-03");
  cell = sf_support_section_get_cell (section (), care, decision);
  g_assert_cmpstr (cell_text (cell), ==, sf_test_dutch () ? "Steunt onder voorwaarden"
                                                          : "Supports on conditions");
  g_assert_true (gtk_widget_has_css_class (gtk_button_get_child (GTK_BUTTON (cell)),
                                           "warning"));
  g_assert_true (g_strrstr (gtk_widget_get_tooltip_text (cell), "wijkverpleging") != NULL);
  /* Now every board supports it. */
  g_assert_true (gtk_widget_get_sensitive (sf_support_section_get_mark (section (),
                                                                        decision)));

  undo ();
  cell = sf_support_section_get_cell (section (), care, decision);
  g_assert_cmpstr (cell_text (cell), ==, sf_board_stance_label (SF_BOARD_STANCE_UNDECIDED));
  g_assert_false (gtk_widget_get_sensitive (sf_support_section_get_mark (section (),
                                                                         decision)));
}

/* A decision every board supports is marked taken from the matrix, shows so there and in
 * step 4's decisions; undo makes it a proposal again. */
static void
test_mark_taken (void)
{
  SfDecision *first = proposal (0);
  g_autofree char *id = g_strdup (sf_record_get_id (SF_RECORD (first)));
  g_autofree char *text = g_strdup (sf_decision_get_text (first));
  GtkWidget *mark = sf_support_section_get_mark (section (), id);
  GtkWidget *row;

  g_assert_nonnull (mark);
  g_assert_true (gtk_widget_get_sensitive (mark));
  if (sf_test_dutch ())
    g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (mark)), ==, "_Markeren als genomen");
  g_signal_emit_by_name (mark, "clicked");
  sf_test_iterate ();
  /* The button gave way to the word. */
  g_assert_null (sf_support_section_get_mark (section (), id));
  g_assert_nonnull (sf_test_find ("decision-taken"));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (sf_test_find ("decision-taken"))), ==,
                   sf_test_dutch () ? "Genomen" : "Taken");

  show_page (REVIEW_PAGE);
  SF_TEST_WAIT_FOR ((row = decision_row (GTK_WIDGET (sf_test_main_window ()), text)) != NULL);
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (
                      sf_test_find_in (row, "decision-row-status", GTK_TYPE_DROP_DOWN))), ==,
                    SF_DECISION_TAKEN);
  undo ();
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (
                      sf_test_find_in (row, "decision-row-status", GTK_TYPE_DROP_DOWN))), ==,
                    SF_DECISION_PROPOSED);
  show_page (BOARD_PAGE);
  SF_TEST_WAIT_FOR (sf_test_find ("board-support") != NULL);
  g_assert_nonnull (sf_support_section_get_mark (section (), id));
}

/* A board member added through the dialog to a partner without a board gives it a row in the
 * matrix, where it has not decided yet: no decision is supported by every board then. */
static void
test_add_member (void)
{
  const char *residents = partner_id (RESIDENTS);
  const char *decision = sf_record_get_id (SF_RECORD (proposal (0)));
  GListModel *members = sf_project_get_board_members (project ());
  guint before = g_list_model_get_n_items (members);
  GtkWidget *add = find_for_partner (GTK_WIDGET (sf_test_main_window ()), "add-member",
                                     residents);
  GtkWidget *dialog;

  g_assert_null (sf_support_section_get_cell (section (), residents, decision));
  g_assert_nonnull (add);
  g_signal_emit_by_name (add, "activated");
  SF_TEST_WAIT_FOR ((dialog = sf_test_find_toplevel (SF_TYPE_BOARD_MEMBER_DIALOG)) != NULL);
  gtk_editable_set_text (GTK_EDITABLE (sf_test_get (dialog, "member-name")), "Ans Koster");
  gtk_editable_set_text (GTK_EDITABLE (sf_test_get (dialog, "member-function")), "voorzitter");
  sf_test_activate (dialog, "dialog.save", NULL);
  SF_TEST_WAIT_FOR (sf_test_find_toplevel (SF_TYPE_BOARD_MEMBER_DIALOG) == NULL);

  g_assert_cmpuint (g_list_model_get_n_items (members), ==, before + 1);
  g_assert_nonnull (sf_support_section_get_cell (section (), residents, decision));
  g_assert_false (gtk_widget_get_sensitive (sf_support_section_get_mark (section (),
                                                                         decision)));
  g_assert_nonnull (find_for_partner (GTK_WIDGET (sf_test_main_window ()), "remove-member",
                                      residents));
  undo ();
  g_assert_cmpuint (g_list_model_get_n_items (members), ==, before);
  g_assert_null (sf_support_section_get_cell (section (), residents, decision));
  g_assert_true (gtk_widget_get_sensitive (sf_support_section_get_mark (section (),
                                                                        decision)));
}

/* The meeting's "Minutes…" writes the minutes as a PDF on a worker; with names as roles no
 * board member is named in it. */
static void
test_minutes (void)
{
  GtkWidget *meeting = sf_test_find ("board-meeting");
  g_autofree char *dir = g_dir_make_tmp ("startfoto-minutes-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "verslag.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(SfBoardMember) member = g_list_model_get_item (
    sf_project_get_board_members (project ()), 0);
  g_autofree char *text = NULL;
  GtkWidget *button = sf_test_find ("export-minutes");

  /* The button asks where through a file chooser, which then calls what follows. */
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), ==,
                   "board.minutes");
  g_assert_true (gtk_widget_is_sensitive (button));
  sf_minutes_export_to (meeting, project (), file, FALSE);
  SF_TEST_WAIT_FOR (g_file_test (path, G_FILE_TEST_EXISTS));
  text = sf_test_pdf_text (path);
  g_assert_nonnull (strstr (text, _("Minutes of the board meeting")));
  g_assert_nonnull (strstr (text, sf_board_member_get_name (member)));
  g_unlink (path);
  g_clear_pointer (&text, g_free);

  sf_minutes_export_to (meeting, project (), file, TRUE);
  SF_TEST_WAIT_FOR (g_file_test (path, G_FILE_TEST_EXISTS));
  text = sf_test_pdf_text (path);
  g_assert_null (strstr (text, sf_board_member_get_name (member)));
  g_unlink (path);
  g_rmdir (dir);
}

/* The deck's switch marks it ready, which the step's progress says first; undo takes it back
 * and the switch follows. */
static void
test_deck_ready (void)
{
  GtkWidget *ready = sf_test_find ("deck-ready");
  g_autofree char *line = NULL;

  /* The example's deck is marked ready. */
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (ready)));
  gtk_switch_set_active (GTK_SWITCH (ready), FALSE);
  sf_test_iterate ();
  g_assert_false (sf_board_meeting_get_deck_ready (sf_project_get_board_meeting (project ())));
  line = sf_project_describe_progress (project (), 5);
  g_assert_null (strstr (line, _("Deck ready")));
  g_clear_pointer (&line, g_free);
  undo ();
  sf_test_iterate ();
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (ready)));
  line = sf_project_describe_progress (project (), 5);
  g_assert_true (g_str_has_prefix (line, _("Deck ready")));
}

int
main (int   argc,
      char *argv[])
{
  sf_test_init (&argc, &argv);

  g_test_add_func ("/ui/board/open", test_open);
  g_test_add_func ("/ui/board/record-support", test_record_support);
  g_test_add_func ("/ui/board/mark-taken", test_mark_taken);
  g_test_add_func ("/ui/board/add-member", test_add_member);
  g_test_add_func ("/ui/board/minutes", test_minutes);
  g_test_add_func ("/ui/board/deck-ready", test_deck_ready);
  return g_test_run ();
}
