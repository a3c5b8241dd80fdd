/* test-ui-inventory.c: step 3 in the real application: figures for a flat entered through the
 * page, one marked as an estimate, an indicator assigned to a partner and seen outstanding
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-chart.h"
#include "sf-flat.h"
#include "sf-project-figures.h"
#include "sf-figures-page.h"
#include "sf-indicator-row.h"
#include "sf-partner.h"
#include "sf-test-ui.h"

static SfPartner *
first_partner (void)
{
  g_autoptr(SfPartner) partner = g_list_model_get_item (sf_project_get_partners (sf_test_project ()),
                                                        0);

  g_assert_nonnull (partner);
  return partner;
}

/* ---- tests ------------------------------------------------------------------------------ */

static void
test_open_example (void)
{
  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.open-example", NULL);
  SF_TEST_WAIT_FOR (sf_test_project () != NULL);
  g_assert_true (sf_project_get_is_example (sf_test_project ()));
  sf_test_activate (sf_test_find ("project-view"), "view.show-page", g_variant_new_uint32 (3));
  g_assert_nonnull (sf_test_find ("inventory-flat"));
  /* The page starts on the first flat. */
  g_assert_cmpstr (sf_figures_page_get_flat_id (SF_FIGURES_PAGE (sf_test_inventory_page ())),
                   ==, sf_test_flat_id (0));
  g_assert_nonnull (sf_test_find_keyed ("indicator-value", "s3q1a"));
  g_assert_nonnull (sf_test_find ("derived-figure"));
  g_assert_nonnull (sf_test_find ("requirement"));
}

static void
test_enter_figure (void)
{
  GtkWidget *entry = sf_test_find_keyed ("indicator-value", "s3q1a");
  SfIndicatorValue *value;

  g_assert_true (ADW_IS_ENTRY_ROW (entry));
  /* Start from no value, whatever the example holds. */
  if (sf_project_find_indicator_value (sf_test_project (), sf_test_indicator_id ("s3q1a"),
                                       sf_test_flat_id (0)) != NULL)
    {
      g_assert_true (sf_project_clear_indicator_value (sf_test_project (),
                                                       sf_test_indicator_id ("s3q1a"),
                                                       sf_test_flat_id (0), NULL));
      sf_test_iterate ();
    }
  SF_TEST_WAIT_FOR (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (entry)), "") == 0);

  /* Not a number: refused, nothing written. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "veel");
  g_signal_emit_by_name (entry, "apply");
  sf_test_iterate ();
  g_assert_null (sf_project_find_indicator_value (sf_test_project (),
                                                  sf_test_indicator_id ("s3q1a"),
                                                  sf_test_flat_id (0)));
  g_assert_true (gtk_widget_has_css_class (entry, "error"));

  gtk_editable_set_text (GTK_EDITABLE (entry), "124");
  g_signal_emit_by_name (entry, "apply");
  sf_test_iterate ();
  value = sf_project_find_indicator_value (sf_test_project (), sf_test_indicator_id ("s3q1a"),
                                           sf_test_flat_id (0));
  g_assert_nonnull (value);
  g_assert_true (sf_indicator_value_has_number (value));
  g_assert_cmpfloat (sf_indicator_value_get_number (value), ==, 124);
  g_assert_cmpint (sf_indicator_value_get_accuracy (value), ==, SF_ACCURACY_EXACT);
  g_assert_cmpint (sf_indicator_value_get_status (value), ==, SF_VALUE_RECEIVED);
  g_assert_false (gtk_widget_has_css_class (entry, "error"));

  /* The source goes with the value. */
  entry = sf_test_find_keyed ("indicator-source", "s3q1a");
  gtk_editable_set_text (GTK_EDITABLE (entry), "Woningcorporatie");
  g_signal_emit_by_name (entry, "apply");
  sf_test_iterate ();
  g_assert_cmpstr (sf_indicator_value_get_source (value), ==, "Woningcorporatie");
  g_assert_cmpfloat (sf_indicator_value_get_number (value), ==, 124);

  /* The whole neighbourhood has values of its own. */
  sf_figures_page_set_flat_id (SF_FIGURES_PAGE (sf_test_inventory_page ()), NULL);
  sf_test_iterate ();
  g_assert_null (sf_figures_page_get_flat_id (SF_FIGURES_PAGE (sf_test_inventory_page ())));
  g_assert_cmpstr (gtk_editable_get_text (
                     GTK_EDITABLE (sf_test_find_keyed ("indicator-value", "s3q1a"))), !=, "124");
  sf_figures_page_set_flat_id (SF_FIGURES_PAGE (sf_test_inventory_page ()),
                                 sf_test_flat_id (0));
  sf_test_iterate ();
  g_assert_cmpstr (gtk_editable_get_text (
                     GTK_EDITABLE (sf_test_find_keyed ("indicator-value", "s3q1a"))), ==, "124");
}

/* "About 25" in a number field is refused, and the caption under it says that a number is
 * needed and that a figure can be marked as an estimate; a number hides it again. */
static void
test_number_hint (void)
{
  GtkWidget *entry = sf_test_find_keyed ("indicator-value", "s3q5");
  GtkWidget *hint = sf_test_find_keyed ("number-hint", "s3q5");
  SfIndicatorValue *value = sf_project_find_indicator_value (sf_test_project (),
                                                             sf_test_indicator_id ("s3q5"),
                                                             sf_test_flat_id (0));
  double before = value != NULL ? sf_indicator_value_get_number (value) : -1;
  g_autofree char *expected = NULL;

  g_assert_nonnull (hint);
  g_assert_false (gtk_widget_get_visible (hint));
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_parent (hint)));
  gtk_editable_set_text (GTK_EDITABLE (entry), "ongeveer 25");
  g_signal_emit_by_name (entry, "apply");
  sf_test_iterate ();
  g_assert_true (gtk_widget_has_css_class (entry, "error"));
  g_assert_true (gtk_widget_get_visible (hint));
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_parent (hint)));
  expected = g_strdup_printf (_("“%s” is not a number. Type %s; if it is not exact, choose “%s” "
                                "as its accuracy."), "ongeveer 25", "25",
                              sf_accuracy_get_label (SF_ACCURACY_ESTIMATE));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (hint)), ==, expected);
  if (sf_test_dutch ())
    g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (hint)), "schatting"));
  value = sf_project_find_indicator_value (sf_test_project (), sf_test_indicator_id ("s3q5"),
                                           sf_test_flat_id (0));
  g_assert_cmpfloat (value != NULL ? sf_indicator_value_get_number (value) : -1, ==, before);

  /* Without a number in it: an example, and the estimate again. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "weet niet");
  g_signal_emit_by_name (entry, "apply");
  sf_test_iterate ();
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (hint)), "weet niet"));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (hint)),
                            sf_accuracy_get_label (SF_ACCURACY_ESTIMATE)));
  gtk_editable_set_text (GTK_EDITABLE (entry), "-4");
  g_signal_emit_by_name (entry, "apply");
  sf_test_iterate ();
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (hint)), ==, _("A count cannot be negative."));

  gtk_editable_set_text (GTK_EDITABLE (entry), "25");
  g_signal_emit_by_name (entry, "apply");
  sf_test_iterate ();
  g_assert_false (gtk_widget_has_css_class (entry, "error"));
  g_assert_false (gtk_widget_get_visible (hint));
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_parent (hint)));
  value = sf_project_find_indicator_value (sf_test_project (), sf_test_indicator_id ("s3q5"),
                                           sf_test_flat_id (0));
  g_assert_cmpfloat (sf_indicator_value_get_number (value), ==, 25);
}

static void
test_estimate (void)
{
  GtkWidget *accuracy = sf_test_find_keyed ("indicator-accuracy", "s3q1a");
  GtkWidget *marker = sf_test_find_keyed ("estimate-marker", "s3q1a");
  SfIndicatorValue *value = sf_project_find_indicator_value (sf_test_project (),
                                                             sf_test_indicator_id ("s3q1a"),
                                                             sf_test_flat_id (0));

  g_assert_nonnull (value);
  g_assert_true (GTK_IS_DROP_DOWN (accuracy));
  g_assert_false (gtk_widget_get_visible (marker));

  gtk_drop_down_set_selected (GTK_DROP_DOWN (accuracy), SF_ACCURACY_ESTIMATE);
  sf_test_iterate ();
  g_assert_cmpint (sf_indicator_value_get_accuracy (value), ==, SF_ACCURACY_ESTIMATE);
  g_assert_cmpfloat (sf_indicator_value_get_number (value), ==, 124);
  SF_TEST_WAIT_FOR (gtk_widget_get_visible (marker));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (marker)), ==,
                   sf_accuracy_get_label (SF_ACCURACY_ESTIMATE));

  /* Undo takes the estimate back, and the marker with it. */
  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.undo", NULL);
  g_assert_cmpint (sf_indicator_value_get_accuracy (value), ==, SF_ACCURACY_EXACT);
  SF_TEST_WAIT_FOR (!gtk_widget_get_visible (marker));
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (accuracy)), ==, SF_ACCURACY_EXACT);

  /* The page's action does the same as the dropdown. */
  sf_test_activate (sf_test_inventory_page (), "step.set-accuracy",
                    g_variant_new ("(si)", sf_test_indicator_id ("s3q1a"), SF_ACCURACY_ESTIMATE));
  g_assert_cmpint (sf_indicator_value_get_accuracy (value), ==, SF_ACCURACY_ESTIMATE);
  SF_TEST_WAIT_FOR (gtk_widget_get_visible (marker));
}

static void
test_assign (void)
{
  SfPartner *partner = first_partner ();
  const char *partner_id = sf_record_get_id (SF_RECORD (partner));
  const char *residents = sf_test_indicator_id ("s3q1b");
  g_auto(GStrv) assigned = NULL;
  GtkWidget *button = sf_test_find_keyed ("indicator-partner", "s3q1b");
  GtkWidget *row;

  /* Not yet asked of anyone, and no figure for the first flat. */
  for (guint i = 0; i < g_list_model_get_n_items (sf_project_get_partners (sf_test_project ()));
       i++)
    {
      g_autoptr(SfPartner) other = g_list_model_get_item (sf_project_get_partners (sf_test_project ()), i);

      sf_project_unassign_indicator (sf_test_project (), residents,
                                     sf_record_get_id (SF_RECORD (other)), NULL);
    }
  if (sf_project_find_indicator_value (sf_test_project (), residents, sf_test_flat_id (0)) != NULL)
    g_assert_true (sf_project_clear_indicator_value (sf_test_project (), residents,
                                                     sf_test_flat_id (0), NULL));
  sf_test_iterate ();
  g_assert_false (sf_test_outstanding_has (partner_id, residents, sf_test_flat_id (0)));

  sf_test_activate (sf_test_inventory_page (), "step.assign-indicator",
                    g_variant_new ("(ss)", residents, partner_id));
  assigned = sf_project_get_assigned_indicators (sf_test_project (), partner_id);
  g_assert_true (g_strv_contains ((const char * const *) assigned, residents));
  g_assert_true (sf_test_outstanding_has (partner_id, residents, sf_test_flat_id (0)));
  /* The row shows who is asked. */
  g_assert_nonnull (strstr (gtk_menu_button_get_label (GTK_MENU_BUTTON (button)),
                            sf_partner_get_organisation (partner)));

  /* The page lists it as outstanding for that partner. */
  SF_TEST_WAIT_FOR ((row = sf_test_outstanding_row (partner_id)) != NULL);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)),
                            sf_indicator_get_name (sf_test_indicator ("s3q1b"))));

  /* Once the figure is in, it is no longer outstanding. */
  {
    GtkWidget *entry = sf_test_find_keyed ("indicator-value", "s3q1b");

    gtk_editable_set_text (GTK_EDITABLE (entry), "150");
    g_signal_emit_by_name (entry, "apply");
    sf_test_iterate ();
  }
  g_assert_false (sf_test_outstanding_has (partner_id, residents, sf_test_flat_id (0)));
  {
    g_autoptr(SfFlat) flat = g_list_model_get_item (sf_project_get_flats (sf_test_project ()), 0);
    g_autofree char *gap = g_strdup_printf ("%s (%s)",
                                            sf_indicator_get_name (sf_test_indicator ("s3q1b")),
                                            sf_flat_get_name (flat));

    SF_TEST_WAIT_FOR ((row = sf_test_outstanding_row (partner_id)) != NULL &&
                      strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), gap) == NULL);
  }

  /* Unassigning through the page's action takes it away again. */
  sf_test_activate (sf_test_inventory_page (), "step.unassign-indicator",
                    g_variant_new ("(ss)", residents, partner_id));
  g_clear_pointer (&assigned, g_strfreev);
  assigned = sf_project_get_assigned_indicators (sf_test_project (), partner_id);
  g_assert_false (assigned != NULL &&
                  g_strv_contains ((const char * const *) assigned, residents));
  /* And back, for the figures below. */
  sf_test_activate (sf_test_inventory_page (), "step.assign-indicator",
                    g_variant_new ("(ss)", residents, partner_id));
}

static gboolean
is_ticked (GActionGroup *actions,
           const char   *name)
{
  g_autoptr(GVariant) state = g_action_group_get_action_state (actions, name);

  return g_variant_get_boolean (state);
}

static gboolean
is_asked (SfPartner  *partner,
          const char *indicator_id)
{
  g_auto(GStrv) assigned = sf_project_get_assigned_indicators (
    sf_test_project (), sf_record_get_id (SF_RECORD (partner)));

  return assigned != NULL && g_strv_contains ((const char * const *) assigned, indicator_id);
}

/* The menu of who can answer a figure: a check item per partner, ticked when the partner is
 * asked; ticking another asks it too, unticking stops asking that one only. */
static void
test_partner_menu (void)
{
  GListModel *partners = sf_project_get_partners (sf_test_project ());
  const char *organisations = sf_test_indicator_id ("s3q6");
  GtkWidget *button = sf_test_find_keyed ("indicator-partner", "s3q6");
  GActionGroup *actions;
  GMenuModel *menu, *section;
  g_autoptr(SfPartner) first = g_list_model_get_item (partners, 0);
  g_autoptr(SfPartner) second = g_list_model_get_item (partners, 1);

  g_assert_cmpuint (g_list_model_get_n_items (partners), >=, 2);
  for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr(SfPartner) partner = g_list_model_get_item (partners, i);

      sf_project_unassign_indicator (sf_test_project (), organisations,
                                     sf_record_get_id (SF_RECORD (partner)), NULL);
    }
  sf_test_iterate ();
  SF_TEST_WAIT_FOR (g_strcmp0 (gtk_menu_button_get_label (GTK_MENU_BUTTON (button)),
                               _("Nobody asked")) == 0);

  /* One section, an item per partner by its name, each a check item (no target). */
  menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button));
  g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 1);
  section = g_menu_model_get_item_link (menu, 0, G_MENU_LINK_SECTION);
  g_assert_cmpint (g_menu_model_get_n_items (section), ==, g_list_model_get_n_items (partners));
  for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr(SfPartner) partner = g_list_model_get_item (partners, i);
      g_autofree char *label = NULL;
      g_autofree char *action = NULL;
      g_autofree char *expected = g_strdup_printf ("asked.partner-%u", i);
      g_autoptr(GVariant) target = g_menu_model_get_item_attribute_value (
        section, i, G_MENU_ATTRIBUTE_TARGET, NULL);

      g_assert_true (g_menu_model_get_item_attribute (section, i, G_MENU_ATTRIBUTE_LABEL, "s",
                                                      &label));
      g_assert_cmpstr (label, ==, sf_partner_get_organisation (partner));
      g_assert_true (g_menu_model_get_item_attribute (section, i, G_MENU_ATTRIBUTE_ACTION, "s",
                                                      &action));
      g_assert_cmpstr (action, ==, expected);
      g_assert_null (target);
    }
  actions = sf_indicator_row_get_asked_actions (
    SF_INDICATOR_ROW (gtk_widget_get_ancestor (button, SF_TYPE_INDICATOR_ROW)));
  g_assert_nonnull (actions);

  /* Ticking two partners asks both; the button names them. */
  gtk_widget_activate_action (button, "asked.partner-0", NULL);
  gtk_widget_activate_action (button, "asked.partner-1", NULL);
  sf_test_iterate ();
  g_assert_true (is_ticked (actions, "partner-0") && is_ticked (actions, "partner-1"));
  g_assert_true (is_asked (first, organisations) && is_asked (second, organisations));
  g_assert_nonnull (strstr (gtk_menu_button_get_label (GTK_MENU_BUTTON (button)),
                            sf_partner_get_organisation (first)));
  g_assert_nonnull (strstr (gtk_menu_button_get_label (GTK_MENU_BUTTON (button)),
                            sf_partner_get_organisation (second)));

  /* Unticking the first stops asking it, and only it. */
  gtk_widget_activate_action (button, "asked.partner-0", NULL);
  sf_test_iterate ();
  g_assert_false (is_ticked (actions, "partner-0"));
  g_assert_true (is_ticked (actions, "partner-1"));
  g_assert_false (is_asked (first, organisations));
  g_assert_true (is_asked (second, organisations));
  g_assert_null (strstr (gtk_menu_button_get_label (GTK_MENU_BUTTON (button)),
                         sf_partner_get_organisation (first)));

  /* Undo asks the first again, and its item is ticked again. */
  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.undo", NULL);
  SF_TEST_WAIT_FOR (is_ticked (actions, "partner-0"));
  g_assert_true (is_asked (first, organisations));
}

static void
test_derived (void)
{
  SfDerivedFigure figures[SF_DERIVED_N];

  /* 150 residents in 124 dwellings, the dwellings an estimate. */
  g_assert_true (sf_project_compute_derived (sf_test_project (), sf_test_flat_id (0), figures,
                                             NULL));
  g_assert_true (figures[SF_DERIVED_RESIDENTS_PER_DWELLING].known);
  g_assert_true (figures[SF_DERIVED_RESIDENTS_PER_DWELLING].estimate);
  SF_TEST_WAIT_FOR (sf_test_find_label (sf_test_inventory_page (),
                                        sf_derived_get_label (SF_DERIVED_RESIDENTS_PER_DWELLING))
                    != NULL);
  {
    GtkWidget *row = sf_test_find ("derived-figure");
    GtkWidget *value = sf_test_find_in (row, "value", GTK_TYPE_LABEL);
    g_autofree char *expected = sf_chart_format_figure (SF_CHART_FORMAT_NUMBER, 150.0 / 124.0);

    g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                     sf_derived_get_label (SF_DERIVED_RESIDENTS_PER_DWELLING));
    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (value)), ==, expected);
    g_assert_nonnull (sf_test_find_in (row, "estimate-marker", GTK_TYPE_LABEL));
  }
}

int
main (int    argc,
      char **argv)
{
  sf_test_init (&argc, &argv);
  g_test_add_func ("/ui/inventory/open-example", test_open_example);
  g_test_add_func ("/ui/inventory/enter-figure", test_enter_figure);
  g_test_add_func ("/ui/inventory/number-hint", test_number_hint);
  g_test_add_func ("/ui/inventory/estimate", test_estimate);
  g_test_add_func ("/ui/inventory/assign", test_assign);
  g_test_add_func ("/ui/inventory/partner-menu", test_partner_menu);
  g_test_add_func ("/ui/inventory/derived", test_derived);
  return g_test_run ();
}
