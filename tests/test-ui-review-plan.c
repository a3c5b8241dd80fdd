/* test-ui-review-plan.c: step 4's plan for the coming year, in-process under Xvfb, driven
 * through its actions and widgets and checked through the store and what the user sees
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sf-agreed-dialog.h"
#include "sf-chart-area.h"
#include "sf-date.h"
#include "sf-partner.h"
#include "sf-plan-dialog.h"
#include "sf-plan-row.h"
#include "sf-plan-section.h"
#include "sf-plan-summary.h"
#include "sf-plan-timeline.h"
#include "sf-project-plan.h"
#include "sf-test-ui.h"

#define REVIEW_PAGE 4
#define WHAT "Bewonersavond over de buurtkamer"

/* What the first test made, for those that follow (they run in order, on one project). */
static struct
{
  char *responsible;  /* the second partner of the example */
  char *involved;     /* the first */
  char *action;       /* the action added through the dialog */
  guint base;         /* the example's own actions */
} fx;

/* ---- helpers ---------------------------------------------------------------------------- */

static SfProject *
project (void)
{
  return sf_test_project ();
}

static GListModel *
plan (void)
{
  return sf_project_get_plan (project ());
}

static GtkWidget *
section (void)
{
  GtkWidget *found = sf_test_find ("plan-section");

  g_assert_nonnull (found);
  return found;
}

static const char *
partner_id (guint position)
{
  g_autoptr(SfPartner) partner = g_list_model_get_item (sf_project_get_partners (project ()),
                                                        position);

  g_assert_nonnull (partner);
  return sf_record_get_id (SF_RECORD (partner));
}

static const char *
organisation (const char *id)
{
  GListModel *partners = sf_project_get_partners (project ());

  for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr(SfPartner) partner = g_list_model_get_item (partners, i);

      if (g_strcmp0 (sf_record_get_id (SF_RECORD (partner)), id) == 0)
        return sf_partner_get_organisation (partner);
    }
  g_assert_not_reached ();
}

static SfPlanAction *
find_action (const char *id)
{
  for (guint i = 0; i < g_list_model_get_n_items (plan ()); i++)
    {
      g_autoptr(SfPlanAction) action = g_list_model_get_item (plan (), i);

      if (g_strcmp0 (sf_record_get_id (SF_RECORD (action)), id) == 0)
        return action;  /* the list keeps it */
    }
  return NULL;
}

/* The row of the plan's list that shows the action @id, or NULL. */
static GtkWidget *
find_row (const char *id)
{
  GtkWidget *list = sf_test_find ("plan-list");

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (SF_IS_PLAN_ROW (row) &&
        g_strcmp0 (sf_record_get_id (SF_RECORD (sf_plan_row_get_action (SF_PLAN_ROW (row)))),
                   id) == 0)
      return row;
  return NULL;
}

/* How many actions the section's timeline shows in @year's @quarter, in all lanes or in
 * @lane's (NULL: all). */
static guint
on_timeline (int         year,
             int         quarter,
             const char *lane)
{
  GtkWidget *area = sf_test_find_in (section (), "plan-timeline", SF_TYPE_CHART_AREA);
  SfTimeline *timeline;
  guint lane_index = G_MAXUINT;
  guint n = 0;

  g_assert_nonnull (area);
  timeline = sf_chart_area_get_drawing (SF_CHART_AREA (area));
  g_assert_nonnull (timeline);
  /* Laid out wide: every quarter a column of its own. */
  sf_timeline_get_height (timeline, 4000);
  for (guint i = 0; lane != NULL && i < sf_timeline_get_n_lanes (timeline); i++)
    if (g_strcmp0 (sf_timeline_get_lane_label (timeline, i), lane) == 0)
      lane_index = i;
  if (lane != NULL && lane_index == G_MAXUINT)
    return 0;
  for (guint column = 0; column < sf_timeline_get_n_columns (timeline); column++)
    {
      int y, q;

      if (!sf_timeline_get_column_quarter (timeline, column, &y, &q) || y != year ||
          q != quarter)
        continue;
      for (guint status = 0; status < SF_ACTION_N_STATUSES; status++)
        n += sf_timeline_get_count (timeline, lane_index, column, status);
    }
  return n;
}

static GtkWidget *
open_dialog (void)
{
  GtkWidget *dialog;

  sf_test_activate (section (), "plan.add", NULL);
  dialog = sf_test_find_toplevel (SF_TYPE_PLAN_DIALOG);
  g_assert_nonnull (dialog);
  return dialog;
}

static void
close_window (GtkWidget *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  sf_test_iterate ();
}

/* The text on the clipboard, as another application would paste it. */
static char *
clipboard_text (GtkWidget *widget)
{
  GdkContentProvider *content = gdk_clipboard_get_content (gtk_widget_get_clipboard (widget));
  g_auto(GValue) value = G_VALUE_INIT;

  g_assert_nonnull (content);
  g_value_init (&value, G_TYPE_STRING);
  g_assert_true (gdk_content_provider_get_value (content, &value, NULL));
  return g_value_dup_string (&value);
}

/* The example, on step 4's page; its first two partners are the test's. */
static void
open_review_page (void)
{
  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.open-example", NULL);
  SF_TEST_WAIT_FOR (project () != NULL);
  g_assert_cmpuint (g_list_model_get_n_items (sf_project_get_partners (project ())), >=, 2);
  fx.involved = g_strdup (partner_id (0));
  fx.responsible = g_strdup (partner_id (1));
  sf_test_activate (sf_test_find ("project-view"), "view.show-page",
                    g_variant_new_uint32 (REVIEW_PAGE));
  SF_TEST_WAIT_FOR (sf_test_find ("plan-section") != NULL);
}

/* ---- tests ------------------------------------------------------------------------------ */

/* An action added through the dialog, with one partner responsible, another involved and a
 * date, is one step to undo and shows in the list under its quarter. */
static void
test_add_through_dialog (void)
{
  GtkWidget *dialog, *check, *row, *header;
  g_autofree char *date = NULL;
  g_autofree char *subtitle = NULL;
  g_auto(GStrv) involved = NULL;
  guint in_quarter, in_lane;

  open_review_page ();
  fx.base = g_list_model_get_n_items (plan ());
  in_quarter = on_timeline (2027, 1, NULL);
  in_lane = on_timeline (2027, 1, organisation (fx.responsible));

  dialog = open_dialog ();
  sf_test_set_text ("plan-what", WHAT);
  sf_test_set_text ("plan-why", "Uit de sessie met sleutelfiguren");
  /* Position 0 is "choose a partner"; the partners follow in the register's order. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (sf_test_find ("plan-responsible")), 2);
  /* The one responsible is not offered among the others: the first check left is partner 0. */
  check = sf_test_find_in (dialog, "plan-involved-check", GTK_TYPE_CHECK_BUTTON);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  sf_test_set_text ("plan-date", "2027-03-15");
  sf_test_activate (dialog, "dialog.save", NULL);

  SF_TEST_WAIT_FOR (sf_test_find_toplevel (SF_TYPE_PLAN_DIALOG) == NULL);
  g_assert_cmpuint (g_list_model_get_n_items (plan ()), ==, fx.base + 1);
  for (guint i = 0; i < g_list_model_get_n_items (plan ()) && fx.action == NULL; i++)
    {
      g_autoptr(SfPlanAction) action = g_list_model_get_item (plan (), i);

      if (g_strcmp0 (sf_plan_action_get_what (action), WHAT) == 0)
        fx.action = g_strdup (sf_record_get_id (SF_RECORD (action)));
    }
  g_assert_nonnull (fx.action);
  g_assert_cmpstr (sf_plan_action_get_responsible_id (find_action (fx.action)), ==,
                   fx.responsible);
  g_assert_cmpstr (sf_plan_action_get_due (find_action (fx.action)), ==, "2027-03-15");
  involved = sf_project_get_action_partners (project (), fx.action);
  g_assert_cmpuint (g_strv_length (involved), ==, 1);
  g_assert_cmpstr (involved[0], ==, fx.involved);

  /* In the list: what, who and when, in the reader's language, under its quarter. */
  row = find_row (fx.action);
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, WHAT);
  date = sf_date_format ("2027-03-15", SF_DATE_LONG);
  if (sf_test_dutch ())
    g_assert_cmpstr (date, ==, "15 maart 2027");
  subtitle = g_strdup_printf ("%s · %s", organisation (fx.responsible), date);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, subtitle);
  header = gtk_list_box_row_get_header (GTK_LIST_BOX_ROW (row));
  if (header == NULL)
    {
      /* Another action of the quarter is above it, under the heading. */
      GtkWidget *above = gtk_widget_get_prev_sibling (row);

      g_assert_true (SF_IS_PLAN_ROW (above));
    }
  else
    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (header)), ==,
                     sf_test_dutch () ? "K1 2027" : "Q1 2027");

  /* On the timeline: in its quarter, in the lane of the partner responsible. */
  SF_TEST_WAIT_FOR (on_timeline (2027, 1, NULL) == in_quarter + 1);
  g_assert_cmpuint (on_timeline (2027, 1, organisation (fx.responsible)), ==, in_lane + 1);

  /* The dialog saved it all as one step: one undo takes it away, partners and all. */
  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.undo", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (plan ()), ==, fx.base);
  g_assert_null (find_row (fx.action));
  SF_TEST_WAIT_FOR (on_timeline (2027, 1, NULL) == in_quarter);
  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.redo", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (plan ()), ==, fx.base + 1);
  g_assert_nonnull (find_row (fx.action));
}

/* A blank action is refused with the store's message in the dialog, which stays open with
 * what was given. */
static void
test_blank_refused (void)
{
  GtkWidget *dialog = open_dialog ();
  GtkWidget *message = sf_test_find ("plan-message");

  g_assert_false (gtk_widget_get_visible (message));
  sf_test_set_text ("plan-what", "   ");
  adw_combo_row_set_selected (ADW_COMBO_ROW (sf_test_find ("plan-responsible")), 1);
  sf_test_activate (dialog, "dialog.save", NULL);

  g_assert_true (sf_test_find_toplevel (SF_TYPE_PLAN_DIALOG) == dialog);
  g_assert_true (gtk_widget_get_visible (message));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (message)), ==,
                   _("An action needs to say what is to be done."));
  if (sf_test_dutch ())
    g_assert_false (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (message)), "An action"));
  g_assert_true (gtk_widget_has_css_class (sf_test_find ("plan-what"), "error"));
  g_assert_cmpuint (g_list_model_get_n_items (plan ()), ==, fx.base + 1);

  /* Typing takes the refusal away; with a text the action is added. */
  sf_test_set_text ("plan-what", "Sleutelbeheer regelen");
  g_assert_false (gtk_widget_get_visible (message));
  close_window (dialog);
  g_assert_cmpuint (g_list_model_get_n_items (plan ()), ==, fx.base + 1);
}

/* The status is changed from the row, in place: the row stays the same widget, shows the
 * new status in words, and undo brings the old one back. */
static void
test_status_from_row (void)
{
  GtkWidget *row = find_row (fx.action);
  GtkWidget *shown = sf_test_find_in (row, "plan-status-label", GTK_TYPE_LABEL);
  GtkWidget *first = gtk_widget_get_first_child (sf_test_find ("plan-list"));

  /* "Open" in both languages. */
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (shown)), ==, "Open");
  sf_test_activate (row, "plan-row.status", g_variant_new_int32 (SF_ACTION_DONE));
  g_assert_cmpint (sf_plan_action_get_status (find_action (fx.action)), ==, SF_ACTION_DONE);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (shown)), ==,
                   sf_test_dutch () ? "Gedaan" : "Done");
  /* Not rebuilt: the same rows, this one and the first. */
  g_assert_true (find_row (fx.action) == row);
  g_assert_true (gtk_widget_get_first_child (sf_test_find ("plan-list")) == first);

  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.undo", NULL);
  g_assert_cmpint (sf_plan_action_get_status (find_action (fx.action)), ==, SF_ACTION_OPEN);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (shown)), ==, "Open");
  sf_test_activate (row, "plan-row.status", g_variant_new_int32 (SF_ACTION_UNDER_WAY));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (shown)), ==,
                   sf_test_dutch () ? "Bezig" : "Under way");
}

/* Per partner, what it agreed to do: the one responsible sees the action, the one involved
 * sees it with who is responsible; "Copy" puts exactly that text on the clipboard. */
static void
test_what_we_agreed (void)
{
  GtkWidget *dialog, *partners;
  g_autofree char *heading = NULL;
  g_autofree char *responsible = NULL;
  g_autofree char *copied = NULL;
  const char *text;
  guint involved_position = 0;

  sf_test_activate (section (), "plan.agreed", NULL);
  dialog = sf_test_find_toplevel (SF_TYPE_AGREED_DIALOG);
  g_assert_nonnull (dialog);
  partners = sf_test_find ("agreed-partner");
  adw_combo_row_set_selected (ADW_COMBO_ROW (partners), 1);
  sf_test_iterate ();
  text = sf_agreed_dialog_get_text (SF_AGREED_DIALOG (dialog));
  heading = g_strdup_printf (_("What %s agreed to do"), organisation (fx.responsible));
  g_assert_true (g_str_has_prefix (text, heading));
  if (sf_test_dutch ())
    g_assert_nonnull (strstr (text, "heeft afgesproken"));
  g_assert_nonnull (strstr (text, WHAT));
  g_assert_nonnull (strstr (text, organisation (fx.involved)));

  adw_combo_row_set_selected (ADW_COMBO_ROW (partners), involved_position);
  sf_test_iterate ();
  text = sf_agreed_dialog_get_text (SF_AGREED_DIALOG (dialog));
  g_assert_nonnull (strstr (text, WHAT));
  responsible = g_strdup_printf (_("  Responsible: %s\n"), organisation (fx.responsible));
  g_assert_nonnull (strstr (text, responsible));

  sf_test_activate (dialog, "agreed.copy", NULL);
  copied = clipboard_text (dialog);
  g_assert_cmpstr (copied, ==, text);
  close_window (dialog);
}

/* The presenter's summary lists the next actions still to do, in the plan's order, and
 * follows the plan: an action done leaves it. */
static guint
check_summary (GtkWidget *summary)
{
  GtkWidget *label = sf_test_find_in (summary, "plan-summary-next", GTK_TYPE_LABEL);
  guint listed = 0;

  for (guint i = 0; i < g_list_model_get_n_items (plan ()) && label != NULL; i++)
    {
      g_autoptr(SfPlanAction) action = g_list_model_get_item (plan (), i);
      SfActionStatus status = sf_plan_action_get_status (action);

      if (status == SF_ACTION_DONE || status == SF_ACTION_DROPPED)
        continue;
      g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (label)),
                                sf_plan_action_get_what (action)));
      listed++;
      label = gtk_widget_get_next_sibling (label);
    }
  g_assert_null (label);
  return listed;
}

static void
test_summary (void)
{
  g_autoptr(GtkWidget) summary = g_object_ref_sink (sf_plan_summary_new (project ()));
  guint before = check_summary (summary);

  g_assert_cmpuint (before, >, 0);
  sf_test_activate (find_row (fx.action), "plan-row.status",
                    g_variant_new_int32 (SF_ACTION_DONE));
  sf_test_iterate ();
  check_summary (summary);
  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.undo", NULL);
  sf_test_iterate ();
  g_assert_cmpuint (check_summary (summary), ==, before);
}

/* A search hit opens the action's dialog with its fields; an edit there changes the row in
 * place. */
static void
test_reveal_and_edit (void)
{
  GtkWidget *row = find_row (fx.action);
  GtkWidget *dialog;

  g_assert_false (sf_plan_section_reveal (SF_PLAN_SECTION (section ()), "no-such-action"));
  g_assert_true (sf_plan_section_reveal (SF_PLAN_SECTION (section ()), fx.action));
  dialog = sf_test_find_toplevel (SF_TYPE_PLAN_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (sf_test_find ("plan-what"))), ==, WHAT);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (sf_test_find ("plan-why"))), ==,
                   "Uit de sessie met sleutelfiguren");
  sf_test_set_text ("plan-what", WHAT " en de tuin");
  sf_test_activate (dialog, "dialog.save", NULL);
  SF_TEST_WAIT_FOR (sf_test_find_toplevel (SF_TYPE_PLAN_DIALOG) == NULL);
  g_assert_true (find_row (fx.action) == row);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   WHAT " en de tuin");
  /* Those involved were kept. */
  {
    g_auto(GStrv) involved = sf_project_get_action_partners (project (), fx.action);

    g_assert_cmpuint (g_strv_length (involved), ==, 1);
  }
}

/* Removed from its row, with Undo; undo brings it back with those involved. */
static void
test_remove_and_undo (void)
{
  g_auto(GStrv) involved = NULL;

  sf_test_activate (find_row (fx.action), "plan-row.remove", NULL);
  g_assert_null (find_action (fx.action));
  g_assert_null (find_row (fx.action));
  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.undo", NULL);
  g_assert_nonnull (find_action (fx.action));
  g_assert_nonnull (find_row (fx.action));
  involved = sf_project_get_action_partners (project (), fx.action);
  g_assert_cmpuint (g_strv_length (involved), ==, 1);
}

/* The plan as CSV from the section: in the user's language, the added action in it. */
static void
test_export (void)
{
  g_autofree char *dir = g_dir_make_tmp ("startfoto-plan-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "plan.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *contents = NULL;
  SfPlanAction *action = find_action (fx.action);

  g_assert_true (sf_plan_section_export_to (SF_PLAN_SECTION (section ()), file));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, sf_test_dutch () ? "\xEF\xBB\xBF" "wat;"
                                                              : "\xEF\xBB\xBF" "what;"));
  g_assert_nonnull (strstr (contents, sf_plan_action_get_what (action)));
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  sf_test_init (&argc, &argv);

  g_test_add_func ("/ui/review-plan/add", test_add_through_dialog);
  g_test_add_func ("/ui/review-plan/blank-refused", test_blank_refused);
  g_test_add_func ("/ui/review-plan/status", test_status_from_row);
  g_test_add_func ("/ui/review-plan/what-we-agreed", test_what_we_agreed);
  g_test_add_func ("/ui/review-plan/summary", test_summary);
  g_test_add_func ("/ui/review-plan/reveal-and-edit", test_reveal_and_edit);
  g_test_add_func ("/ui/review-plan/remove-undo", test_remove_and_undo);
  g_test_add_func ("/ui/review-plan/export", test_export);
  return g_test_run ();
}
