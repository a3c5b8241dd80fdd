/* test-ui-review-preconditions.c: step 4's preconditions, in-process under Xvfb, driven
 * through the section's widgets and actions and checked through the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "sf-precondition-judgement.h"
#include "sf-precondition-row.h"
#include "sf-precondition-states.h"
#include "sf-preconditions-compare.h"
#include "sf-preconditions-section.h"
#include "sf-preconditions-summary.h"
#include "sf-progress.h"
#include "sf-test-ui.h"

#define REVIEW_PAGE 4

static SfProject *
project (void)
{
  return sf_test_project ();
}

static GtkWidget *
section (void)
{
  GtkWidget *found = sf_test_find_mapped (GTK_WIDGET (sf_test_main_window ()),
                                          SF_TYPE_PRECONDITIONS_SECTION);

  g_assert_nonnull (found);
  return found;
}

static SfPrecondition *
precondition (const char *method_key)
{
  GListModel *list = sf_project_get_preconditions (project ());

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SfPrecondition) item = g_list_model_get_item (list, i);

      if (g_strcmp0 (sf_precondition_get_method_key (item), method_key) == 0)
        return item;
    }
  g_assert_not_reached ();
}

static const char *
id_of (gpointer record)
{
  return sf_record_get_id (SF_RECORD (record));
}

static SfFlat *
flat (guint index)
{
  g_autoptr(SfFlat) item = g_list_model_get_item (sf_project_get_flats (project ()), index);

  g_assert_nonnull (item);
  return item;
}

/* The checklist's row of @record (NULL: none). */
static GtkWidget *
find_row_in (GtkWidget *widget,
             gpointer   record)
{
  if (SF_IS_PRECONDITION_ROW (widget) &&
      sf_precondition_row_get_precondition (SF_PRECONDITION_ROW (widget)) == record)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_row_in (child, record);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
open_row (SfPrecondition *record)
{
  GtkWidget *row = find_row_in (section (), record);

  g_assert_nonnull (row);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  sf_test_iterate ();
  return row;
}

/* The row's editor for @the_flat (NULL: the whole project), or NULL. */
static GtkWidget *
find_judgement (GtkWidget *row,
                SfFlat    *the_flat)
{
  for (GtkWidget *w = sf_test_find_in (row, "precondition-judgement", G_TYPE_INVALID); w;
       w = gtk_widget_get_next_sibling (w))
    if (SF_IS_PRECONDITION_JUDGEMENT (w) &&
        sf_precondition_judgement_get_flat (SF_PRECONDITION_JUDGEMENT (w)) == the_flat)
      return w;
  return NULL;
}

static SfPreconditionState
state_of (SfPrecondition *record,
          SfFlat         *the_flat)
{
  SfPreconditionState state;

  g_assert_true (sf_project_get_precondition_state (project (), record,
                                                    the_flat ? id_of (the_flat) : NULL, &state,
                                                    NULL));
  return state;
}

static const char *
label_text (GtkWidget  *widget,
            const char *name)
{
  GtkWidget *label = sf_test_find_in (widget, name, GTK_TYPE_LABEL);

  g_assert_nonnull (label);
  return gtk_label_get_text (GTK_LABEL (label));
}

static gboolean
has_a (GtkWidget *widget,
       GType      type)
{
  if (g_type_is_a (G_OBJECT_TYPE (widget), type))
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    if (has_a (child, type))
      return TRUE;
  return FALSE;
}

static guint
count_labels (GtkWidget  *widget,
              const char *text)
{
  guint n = GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)),
                                                text) == 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    n += count_labels (child, text);
  return n;
}

static guint
discussed (void)
{
  guint total;

  return sf_project_count_preconditions_discussed (project (), &total);
}

static guint
count_chosen (SfChoice choice)
{
  GListModel *list = sf_project_get_preconditions (project ());
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SfPrecondition) item = g_list_model_get_item (list, i);

      n += sf_precondition_get_choice (item) == choice;
    }
  return n;
}

static void
undo (void)
{
  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.undo", NULL);
}

/* ---- tests ------------------------------------------------------------------------------ */

/* The checklist: the method's twenty in their two groups, each with its concept. */
static void
test_checklist (void)
{
  SfPrecondition *dwellings;
  GtkWidget *row;

  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.open-example", NULL);
  SF_TEST_WAIT_FOR (project () != NULL);
  /* The example has its step 4 worked out: the ones these tests use start undiscussed. */
  dwellings = precondition ("s4p3");
  for (guint f = 0; f < 2; f++)
    g_assert_true (sf_project_unjudge_precondition (project (), id_of (dwellings),
                                                    id_of (flat (f)), NULL));
  g_assert_true (sf_project_choose_for_precondition (project (), id_of (dwellings),
                                                     SF_CHOICE_NONE, "", NULL));
  g_assert_true (sf_project_unjudge_precondition (project (), id_of (precondition ("s4p12")),
                                                  NULL, NULL));
  g_assert_true (sf_project_choose_for_precondition (project (),
                                                     id_of (precondition ("s4p12")),
                                                     SF_CHOICE_NONE, "", NULL));
  sf_test_activate (sf_test_find ("project-view"), "view.show-page",
                    g_variant_new_uint32 (REVIEW_PAGE));
  SF_TEST_WAIT_FOR (sf_test_find ("preconditions") != NULL);

  for (guint i = 0; i < g_list_model_get_n_items (sf_project_get_preconditions (project ()));
       i++)
    {
      g_autoptr(SfPrecondition) item =
        g_list_model_get_item (sf_project_get_preconditions (project ()), i);

      g_assert_nonnull (find_row_in (sf_test_find (g_strcmp0 (sf_precondition_get_group (item),
                                                              "complex") == 0
                                                   ? "preconditions-complex"
                                                   : "preconditions-offer"), item));
    }
  row = find_row_in (section (), dwellings);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   sf_precondition_get_text (dwellings));
  g_assert_true (strstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)),
                         "Thuisplusflat") != NULL);
  g_assert_true (strstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)),
                         sf_flat_get_name (flat (0))) != NULL);
  g_assert_false (gtk_widget_get_visible (sf_test_find_in (row, "precondition-choice-label",
                                                           GTK_TYPE_LABEL)));
}

/* Step 3's suggestion with its figure, taken in one click; a status set by hand with what it
 * rests on; step 3 changing later shows, and never overwrites it. */
static void
test_judge_and_suggestion (void)
{
  SfPrecondition *dwellings = precondition ("s4p3");
  GtkWidget *row = open_row (dwellings);
  GtkWidget *editor = find_judgement (row, flat (1));
  GtkWidget *basis;
  g_autofree char *expected = NULL;
  SfPreconditionState state;
  SfFlatFields fields = { sf_flat_get_name (flat (1)), sf_flat_get_address (flat (1)),
                          sf_flat_get_corporation (flat (1)), 120 };

  g_assert_nonnull (editor);
  basis = sf_test_find_in (editor, "precondition-basis", GTK_TYPE_ENTRY);
  g_assert_nonnull (basis);

  /* Het Kwikstaartje has 64 dwellings: step 3 says not yet. */
  expected = g_strdup_printf (_("Step 3 suggests: %s (%s)"),
                              C_("precondition", "Not yet"), "64 dwellings");
  if (sf_test_dutch ())
    g_assert_cmpstr (label_text (editor, "precondition-suggestion"), ==,
                     "Stap 3 suggereert: Nog niet (64 woningen)");
  else
    g_assert_cmpstr (label_text (editor, "precondition-suggestion"), ==, expected);
  g_signal_emit_by_name (sf_test_find_in (editor, "precondition-take", GTK_TYPE_BUTTON),
                         "clicked");
  state = state_of (dwellings, flat (1));
  g_assert_true (state.by_hand);
  g_assert_cmpint (state.status, ==, SF_PRECONDITION_NOT_YET);
  g_assert_cmpstr (state.basis, ==, label_text (editor, "precondition-suggestion"));
  sf_precondition_state_clear (&state);
  g_assert_false (gtk_widget_get_visible (sf_test_find_in (editor, "precondition-take",
                                                           GTK_TYPE_BUTTON)));

  /* By hand: partly, because of a planned extension. */
  gtk_editable_set_text (GTK_EDITABLE (basis), "Uitbreiding met 20 woningen gepland");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (sf_test_find_in (editor, "precondition-status",
                                                              GTK_TYPE_DROP_DOWN)),
                              SF_PRECONDITION_PARTLY);
  state = state_of (dwellings, flat (1));
  g_assert_cmpint (state.status, ==, SF_PRECONDITION_PARTLY);
  g_assert_cmpstr (state.basis, ==, "Uitbreiding met 20 woningen gepland");
  sf_precondition_state_clear (&state);
  g_assert_true (strstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)),
                         C_("precondition", "Partly")) != NULL);

  /* Set by hand apart from step 3's suggestion: the row says so. */
  g_assert_true (gtk_widget_get_visible (sf_test_find_in (row, "precondition-differs",
                                                          G_TYPE_INVALID)));

  /* Step 3 now counts 120 dwellings: it suggests met, the status set by hand stays. */
  g_assert_true (sf_project_update_flat (project (), id_of (flat (1)), &fields, NULL));
  SF_TEST_WAIT_FOR (g_str_has_prefix (label_text (editor, "precondition-suggestion"),
                                      sf_test_dutch () ? "Stap 3 suggereert nu: Voldaan"
                                                       : "Step 3 now suggests: Met"));
  g_assert_true (gtk_widget_get_visible (sf_test_find_in (row, "precondition-differs",
                                                          G_TYPE_INVALID)));
  state = state_of (dwellings, flat (1));
  g_assert_true (state.by_hand);
  g_assert_cmpint (state.status, ==, SF_PRECONDITION_PARTLY);
  sf_precondition_state_clear (&state);

  /* Undone, all the way back to step 3's suggestion. */
  undo ();
  undo ();
  undo ();
  SF_TEST_WAIT_FOR (!gtk_widget_get_visible (sf_test_find_in (row, "precondition-differs",
                                                              G_TYPE_INVALID)));
  state = state_of (dwellings, flat (1));
  g_assert_false (state.by_hand);
  sf_precondition_state_clear (&state);
  SF_TEST_WAIT_FOR (gtk_widget_get_visible (sf_test_find_in (editor, "precondition-take",
                                                             GTK_TYPE_BUTTON)));
}

/* The partners' choice and vision, shown in the row and side by side in the comparison; the
 * window's undo takes it back. */
static void
test_choice_and_compare (void)
{
  SfPrecondition *provider = precondition ("s4p12");
  GtkWidget *row = open_row (provider);
  GtkWidget *vision = sf_test_find_in (row, "precondition-vision", ADW_TYPE_ENTRY_ROW);
  GtkWidget *window, *table;
  const char *text = "Twee aanbieders met één gezamenlijk aanspreekpunt in de flat";
  guint before = discussed ();
  guint differ;

  /* Judged for the whole project, not per flat. */
  g_assert_nonnull (find_judgement (row, NULL));
  gtk_editable_set_text (GTK_EDITABLE (vision), text);
  g_signal_emit_by_name (vision, "apply");
  adw_combo_row_set_selected (ADW_COMBO_ROW (sf_test_find_in (row, "precondition-choice",
                                                              ADW_TYPE_COMBO_ROW)),
                              SF_CHOICE_DIFFER);
  g_assert_cmpint (sf_precondition_get_choice (provider), ==, SF_CHOICE_DIFFER);
  g_assert_cmpstr (sf_precondition_get_vision (provider), ==, text);
  g_assert_cmpstr (label_text (row, "precondition-choice-label"), ==,
                   C_("precondition", "Fill in differently"));
  /* Now discussed: the sidebar's count goes up. */
  g_assert_cmpuint (discussed (), ==, before + 1);

  gtk_widget_activate_action (section (), "preconditions.compare", NULL);
  window = sf_test_find_toplevel (SF_TYPE_PRECONDITIONS_COMPARE_WINDOW);
  g_assert_nonnull (window);
  table = sf_test_find_in (window, "preconditions-grid", GTK_TYPE_GRID);
  g_assert_nonnull (table);
  g_assert_nonnull (sf_test_find_label (table, text));
  differ = count_labels (table, C_("precondition", "Fill in differently"));
  g_assert_cmpuint (differ, ==, count_chosen (SF_CHOICE_DIFFER));
  g_assert_nonnull (sf_test_find_label (table, "Lang Leven Thuisflat"));
  g_assert_nonnull (sf_test_find_label (table, sf_flat_get_name (flat (0))));

  /* Undo through the window: the choice goes, in the row and in the comparison. */
  undo ();
  g_assert_cmpint (sf_precondition_get_choice (provider), ==, SF_CHOICE_NONE);
  g_assert_false (gtk_widget_get_visible (sf_test_find_in (row, "precondition-choice-label",
                                                           GTK_TYPE_LABEL)));
  SF_TEST_WAIT_FOR (count_labels (table, C_("precondition", "Fill in differently")) ==
                    differ - 1);
  /* The vision was its own change, before the choice: it stays. */
  g_assert_nonnull (sf_test_find_label (table, text));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Our own precondition added through its dialog, then removed; the method's cannot be. */
static void
test_own (void)
{
  GListModel *list = sf_project_get_preconditions (project ());
  guint before = g_list_model_get_n_items (list);
  GtkWidget *dialog;
  g_autoptr(SfPrecondition) own = NULL;

  gtk_widget_activate_action (section (), "preconditions.add", NULL);
  SF_TEST_WAIT_FOR (sf_test_find ("precondition-text") != NULL);
  dialog = gtk_widget_get_ancestor (sf_test_find ("precondition-text"), GTK_TYPE_WINDOW);
  gtk_editable_set_text (GTK_EDITABLE (sf_test_find ("precondition-text")),
                         "Een huismeester twee dagen per week");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "save");
  gtk_window_destroy (GTK_WINDOW (dialog));
  sf_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, before + 1);
  own = g_list_model_get_item (list, before);
  g_assert_cmpstr (sf_precondition_get_text (own), ==, "Een huismeester twee dagen per week");
  g_assert_nonnull (find_row_in (sf_test_find ("preconditions-complex"), own));
  g_assert_true (strstr (adw_expander_row_get_subtitle (
                           ADW_EXPANDER_ROW (find_row_in (section (), own))),
                         C_("precondition", "Our own")) != NULL);

  /* Reworded through the same dialog: the row follows. */
  gtk_widget_activate_action (section (), "preconditions.edit", "s", id_of (own));
  SF_TEST_WAIT_FOR (sf_test_find ("precondition-text") != NULL);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (sf_test_find ("precondition-text"))), ==,
                   "Een huismeester twee dagen per week");
  dialog = gtk_widget_get_ancestor (sf_test_find ("precondition-text"), GTK_TYPE_WINDOW);
  gtk_editable_set_text (GTK_EDITABLE (sf_test_find ("precondition-text")),
                         "Een huismeester drie dagen per week");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "save");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpstr (sf_precondition_get_text (own), ==, "Een huismeester drie dagen per week");
  g_assert_cmpstr (adw_preferences_row_get_title (
                     ADW_PREFERENCES_ROW (find_row_in (section (), own))), ==,
                   "Een huismeester drie dagen per week");

  /* Only our own have the buttons to edit and remove. */
  open_row (own);
  g_assert_nonnull (sf_test_find_in (find_row_in (section (), own), "precondition-remove",
                                     GTK_TYPE_BUTTON));
  g_assert_null (sf_test_find_in (open_row (precondition ("s4p12")), "precondition-remove",
                                  G_TYPE_INVALID));
  gtk_widget_activate_action (section (), "preconditions.remove", "s", id_of (own));
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, before);
  g_assert_null (find_row_in (section (), own));
  undo ();
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, before + 1);
}

/* The editor for a flat that no longer is, or is not yet, would judge the wrong flat: an open
 * row follows the flats. */
static void
test_flats (void)
{
  GtkWidget *row = open_row (precondition ("s4p5"));
  SfFlatFields fields = { "De Reiger", "", "", 40 };
  SfFlatFields other = { "Het Baken", "", "", 90 };
  g_autofree char *id = sf_project_add_flat (project (), &fields, NULL);
  g_autofree char *other_id = NULL;
  g_autoptr(SfFlat) added = NULL;
  g_autoptr(SfFlat) replaced = NULL;

  g_assert_nonnull (id);
  added = g_object_ref (flat (2));
  g_assert_cmpstr (id_of (added), ==, id);
  SF_TEST_WAIT_FOR (find_judgement (row, added) != NULL);
  g_assert_nonnull (find_judgement (row, flat (0)));

  /* One flat for another before the row looks again: as many flats, another one. */
  g_assert_true (sf_project_remove_flat (project (), id, NULL));
  other_id = sf_project_add_flat (project (), &other, NULL);
  replaced = g_object_ref (flat (2));
  g_assert_cmpstr (id_of (replaced), ==, other_id);
  SF_TEST_WAIT_FOR (find_judgement (row, replaced) != NULL);
  g_assert_null (find_judgement (row, added));
  g_assert_true (sf_project_remove_flat (project (), other_id, NULL));
  SF_TEST_WAIT_FOR (find_judgement (row, replaced) == NULL);
  g_assert_nonnull (find_judgement (row, flat (1)));
}

/* A search hit opens and marks its row; the beamer's summary follows the judgements. */
static void
test_reveal_and_summary (void)
{
  SfPrecondition *storage = precondition ("s4p5");
  GtkWidget *row = find_row_in (section (), storage);
  g_autoptr(GtkWidget) summary = g_object_ref_sink (sf_preconditions_summary_new (project ()));
  guint partly;

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), FALSE);
  g_assert_false (sf_preconditions_section_reveal (SF_PRECONDITIONS_SECTION (section ()),
                                                   "no-such-id"));
  g_assert_true (sf_preconditions_section_reveal (SF_PRECONDITIONS_SECTION (section ()),
                                                  id_of (storage)));
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));
  g_assert_true (gtk_widget_has_css_class (row, "sf-revealed"));

  g_assert_nonnull (sf_test_find_label (summary, sf_precondition_get_text (storage)));
  g_assert_true (sf_project_judge_precondition (project (), id_of (storage), id_of (flat (0)),
                                                SF_PRECONDITION_MET, "", NULL));
  sf_test_iterate ();
  partly = count_labels (summary, C_("precondition", "Partly"));
  g_assert_true (sf_project_judge_precondition (project (), id_of (storage), id_of (flat (0)),
                                                SF_PRECONDITION_PARTLY, "", NULL));
  SF_TEST_WAIT_FOR (count_labels (summary, C_("precondition", "Partly")) == partly + 1);
  /* Read-only: nothing in it can be edited. */
  g_assert_true (has_a (summary, GTK_TYPE_LABEL));
  g_assert_false (has_a (summary, GTK_TYPE_EDITABLE));
  g_assert_false (has_a (summary, GTK_TYPE_BUTTON));
  g_assert_false (has_a (summary, GTK_TYPE_DROP_DOWN));
}

int
main (int   argc,
      char *argv[])
{
  sf_test_init (&argc, &argv);

  g_test_add_func ("/ui/review-preconditions/checklist", test_checklist);
  g_test_add_func ("/ui/review-preconditions/judge", test_judge_and_suggestion);
  g_test_add_func ("/ui/review-preconditions/choice-compare", test_choice_and_compare);
  g_test_add_func ("/ui/review-preconditions/own", test_own);
  g_test_add_func ("/ui/review-preconditions/flats", test_flats);
  g_test_add_func ("/ui/review-preconditions/reveal-summary", test_reveal_and_summary);
  return g_test_run ();
}
