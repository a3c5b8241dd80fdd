/* test-ui-review-mbc.c: step 4's societal business case, in-process under Xvfb, driven
 * through the section's widgets and actions and checked against the store's calculation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "sf-chart-area.h"
#include "sf-mbc-param-dialog.h"
#include "sf-mbc-param-row.h"
#include "sf-mbc-section.h"
#include "sf-project-mbc.h"
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
                                          SF_TYPE_MBC_SECTION);

  g_assert_nonnull (found);
  return found;
}

static const char *
flat_id (guint index)
{
  g_autoptr(SfFlat) flat = g_list_model_get_item (sf_project_get_flats (project ()), index);

  g_assert_nonnull (flat);
  return sf_record_get_id (SF_RECORD (flat));
}

/* The text of the key figure @name ("mbc-cumulative") as the section shows it. */
static const char *
figure (const char *name)
{
  GtkWidget *card = sf_test_find_in (section (), name, G_TYPE_INVALID);

  g_assert_nonnull (card);
  return gtk_label_get_text (GTK_LABEL (sf_test_find_in (card, "mbc-figure-value",
                                                         GTK_TYPE_LABEL)));
}

/* The cumulative result after the last year that the store calculates for the flat shown. */
static char *
calculated_cumulative (void)
{
  SfMbcResult result;

  sf_project_calculate_mbc (project (), sf_mbc_section_get_flat_id (SF_MBC_SECTION (section ())),
                            NULL, &result);
  g_assert_true (result.years[SF_MBC_YEARS - 1].cumulative.known);
  return sf_mbc_format_amount (result.years[SF_MBC_YEARS - 1].cumulative);
}

static GtkWidget *
param_row (SfMbcParam param)
{
  g_autofree char *name = g_strconcat ("mbc-param-", sf_mbc_param_info (param).key, NULL);
  GtkWidget *row = sf_test_find_in (section (), name, SF_TYPE_MBC_PARAM_ROW);

  g_assert_nonnull (row);
  return row;
}

static void
show_flat (guint index)
{
  adw_combo_row_set_selected (ADW_COMBO_ROW (sf_test_find_in (section (), "mbc-flat",
                                                              ADW_TYPE_COMBO_ROW)), index);
  sf_test_iterate ();
  g_assert_cmpstr (sf_mbc_section_get_flat_id (SF_MBC_SECTION (section ())), ==,
                   flat_id (index));
}

/* Opens @param's dialog through its row, types @text and saves; returns the dialog if it
 * stayed open (a refusal), else NULL. */
static GtkWidget *
change (SfMbcParam  param,
        const char *text)
{
  GtkWidget *dialog;

  g_assert_true (gtk_widget_activate (param_row (param)));
  SF_TEST_WAIT_FOR (sf_test_find_toplevel (SF_TYPE_MBC_PARAM_DIALOG) != NULL);
  dialog = sf_test_find_toplevel (SF_TYPE_MBC_PARAM_DIALOG);
  gtk_editable_set_text (GTK_EDITABLE (sf_test_find_in (dialog, "mbc-param-entry",
                                                        ADW_TYPE_ENTRY_ROW)), text);
  sf_test_activate (dialog, "mbc-param.save", NULL);
  sf_test_iterate ();
  return sf_test_find_toplevel (SF_TYPE_MBC_PARAM_DIALOG);
}

static void
close_dialog (GtkWidget *dialog)
{
  gtk_window_destroy (GTK_WINDOW (dialog));
  sf_test_iterate ();
  g_assert_null (sf_test_find_toplevel (SF_TYPE_MBC_PARAM_DIALOG));
}

/* ---- tests ------------------------------------------------------------------------------ */

/* Both flats of the example, the disclaimer, the figures as the store calculates them, and
 * the one flat's changed staffing marked as changed, by whom. */
static void
test_flats (void)
{
  GtkWidget *flats, *row;
  g_autofree char *cumulative = NULL;

  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.open-example", NULL);
  SF_TEST_WAIT_FOR (project () != NULL);
  sf_test_activate (sf_test_find ("project-view"), "view.show-page",
                    g_variant_new_uint32 (REVIEW_PAGE));
  SF_TEST_WAIT_FOR (sf_test_find ("mbc") != NULL);
  sf_test_iterate ();

  g_assert_true (gtk_widget_get_visible (sf_test_find_in (section (), "mbc-disclaimer",
                                                          GTK_TYPE_LABEL)));
  flats = sf_test_find_in (section (), "mbc-flat", ADW_TYPE_COMBO_ROW);
  g_assert_true (gtk_widget_is_visible (flats));
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (ADW_COMBO_ROW (flats))),
                    ==, 2);
  for (guint f = 0; f < 2; f++)
    {
      show_flat (f);
      cumulative = calculated_cumulative ();
      g_assert_cmpstr (figure ("mbc-cumulative"), ==, cumulative);
      g_clear_pointer (&cumulative, g_free);
      g_assert_nonnull (sf_chart_area_get_chart (SF_CHART_AREA (
        sf_test_find_in (section (), "mbc-chart", SF_TYPE_CHART_AREA))));
      row = param_row (SF_MBC_COST_PERSONNEL_1);
      g_assert_cmpint (sf_mbc_param_row_is_changed (SF_MBC_PARAM_ROW (row)), ==, f == 1);
      g_assert_cmpint (gtk_widget_get_visible (sf_test_find_in (row, "mbc-param-reset",
                                                                GTK_TYPE_BUTTON)), ==, f == 1);
    }
  /* Who changed it is said. */
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)),
                            "Zorggroep De Linde"));
  g_assert_nonnull (sf_test_find_label (section (), sf_test_dutch ()
                                        ? "€\u00A030.000" : "€30,000"));
}

/* A share typed the user's way moves the result at once; Ctrl+Z's undo brings it back. */
static void
test_change_and_undo (void)
{
  g_autofree char *before = g_strdup (figure ("mbc-cumulative"));
  g_autofree char *after = NULL;
  g_autoptr(SfFlat) flat = NULL;
  g_autoptr(GtkStringObject) only = NULL;
  SfMbcSetting *setting;
  GtkWidget *scope;

  show_flat (0);
  g_free (before);
  before = g_strdup (figure ("mbc-cumulative"));
  g_assert_null (change (SF_MBC_PREVENTION, sf_test_dutch () ? "10,5 %" : "10.5 %"));
  setting = sf_project_find_mbc_setting (project (), NULL, SF_MBC_PREVENTION);
  g_assert_nonnull (setting);
  g_assert_cmpfloat_with_epsilon (sf_mbc_setting_get_value (setting), 0.105, 1e-9);
  SF_TEST_WAIT_FOR (g_strcmp0 (figure ("mbc-cumulative"), before) != 0);
  after = calculated_cumulative ();
  g_assert_cmpstr (figure ("mbc-cumulative"), ==, after);
  g_assert_true (sf_mbc_param_row_is_changed (SF_MBC_PARAM_ROW (param_row (SF_MBC_PREVENTION))));
  /* For the project: the other flat has it too. */
  show_flat (1);
  g_assert_true (sf_mbc_param_row_is_changed (SF_MBC_PARAM_ROW (param_row (SF_MBC_PREVENTION))));
  show_flat (0);

  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.undo", NULL);
  SF_TEST_WAIT_FOR (g_strcmp0 (figure ("mbc-cumulative"), before) == 0);
  g_assert_null (sf_project_find_mbc_setting (project (), NULL, SF_MBC_PREVENTION));
  g_assert_false (sf_mbc_param_row_is_changed (SF_MBC_PARAM_ROW (param_row (SF_MBC_PREVENTION))));

  /* An amount the Dutch way or the English way, for this flat only. */
  g_assert_true (gtk_widget_activate (param_row (SF_MBC_COST_WMO)));
  SF_TEST_WAIT_FOR (sf_test_find_toplevel (SF_TYPE_MBC_PARAM_DIALOG) != NULL);
  /* The flat named in full under "Applies to", its choice short enough not to be cut. */
  scope = sf_test_find ("mbc-param-scope");
  flat = g_list_model_get_item (sf_project_get_flats (project ()), 0);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (scope)), ==,
                   sf_flat_get_name (flat));
  only = g_list_model_get_item (adw_combo_row_get_model (ADW_COMBO_ROW (scope)), 1);
  g_assert_cmpstr (gtk_string_object_get_string (only), ==,
                   sf_test_dutch () ? "Alleen deze flat" : "Only this flat");
  adw_combo_row_set_selected (ADW_COMBO_ROW (scope), 1);
  gtk_editable_set_text (GTK_EDITABLE (sf_test_find ("mbc-param-entry")),
                         sf_test_dutch () ? "€\u00A04.000" : "€4,000");
  gtk_editable_set_text (GTK_EDITABLE (sf_test_find ("mbc-param-set-by")), "Gemeente Leiden");
  sf_test_activate (sf_test_find_toplevel (SF_TYPE_MBC_PARAM_DIALOG), "mbc-param.save", NULL);
  sf_test_iterate ();
  g_assert_null (sf_test_find_toplevel (SF_TYPE_MBC_PARAM_DIALOG));
  setting = sf_project_find_mbc_setting (project (), flat_id (0), SF_MBC_COST_WMO);
  g_assert_nonnull (setting);
  g_assert_cmpfloat (sf_mbc_setting_get_value (setting), ==, 4000);
  g_assert_cmpstr (sf_mbc_setting_get_set_by (setting), ==, "Gemeente Leiden");
  g_assert_null (sf_project_find_mbc_setting (project (), NULL, SF_MBC_COST_WMO));
  /* Reset in the row: Rotterdam's again, and undoable too. */
  sf_test_iterate ();
  sf_test_activate (param_row (SF_MBC_COST_WMO), "mbc.reset",
                    g_variant_new_int32 (SF_MBC_COST_WMO));
  sf_test_iterate ();
  g_assert_null (sf_project_find_mbc_setting (project (), flat_id (0), SF_MBC_COST_WMO));
  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.undo", NULL);
  sf_test_iterate ();
  g_assert_nonnull (sf_project_find_mbc_setting (project (), flat_id (0), SF_MBC_COST_WMO));
}

/* A share above 100 % and a text that is no number are refused with a message; nothing is
 * kept and the result stays. */
static void
test_refused (void)
{
  g_autofree char *before = g_strdup (figure ("mbc-cumulative"));
  GtkWidget *dialog, *refusal;
  g_autoptr(GError) error = NULL;

  dialog = change (SF_MBC_PREVENTION, "150 %");
  g_assert_nonnull (dialog);
  refusal = sf_test_find_in (dialog, "mbc-param-refusal", GTK_TYPE_LABEL);
  g_assert_true (gtk_widget_get_visible (refusal));
  /* The store's own message, in the user's language. */
  g_assert_false (sf_mbc_param_check (SF_MBC_PREVENTION, 1.5, &error));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (refusal)), ==, error->message);
  g_assert_nonnull (strstr (error->message, sf_test_dutch () ? "kan niet meer" : "cannot be"));
  g_assert_null (sf_project_find_mbc_setting (project (), NULL, SF_MBC_PREVENTION));
  close_dialog (dialog);

  dialog = change (SF_MBC_COST_GP, "veel");
  g_assert_nonnull (dialog);
  refusal = sf_test_find_in (dialog, "mbc-param-refusal", GTK_TYPE_LABEL);
  g_assert_true (gtk_widget_get_visible (refusal));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (refusal)),
                            sf_test_dutch () ? "Typ een getal" : "Type a number"));
  close_dialog (dialog);

  dialog = change (SF_MBC_COST_GP, "-5");
  g_assert_nonnull (dialog);
  g_assert_true (gtk_widget_get_visible (sf_test_find_in (dialog, "mbc-param-refusal",
                                                          GTK_TYPE_LABEL)));
  close_dialog (dialog);
  g_assert_null (sf_project_find_mbc_setting (project (), NULL, SF_MBC_COST_GP));
  g_assert_cmpstr (figure ("mbc-cumulative"), ==, before);
}

int
main (int   argc,
      char *argv[])
{
  sf_test_init (&argc, &argv);

  g_test_add_func ("/ui/review-mbc/flats", test_flats);
  g_test_add_func ("/ui/review-mbc/change-undo", test_change_and_undo);
  g_test_add_func ("/ui/review-mbc/refused", test_refused);
  return g_test_run ();
}
