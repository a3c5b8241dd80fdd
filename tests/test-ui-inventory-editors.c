/* test-ui-inventory-editors.c: step 3's editors in the real application: age bands and the
 * share of residents aged 75 or over, counts per kind, activities, the status of a figure,
 * a figure of the users' own with undo, renaming, and hiding and showing again
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sf-chart.h"
#include "sf-flat.h"
#include "sf-indicator-dialog.h"
#include "sf-project-figures.h"
#include "sf-figures-page.h"
#include "sf-partner.h"
#include "sf-test-ui.h"

static SfIndicatorValue *
value_of (const char *id)
{
  return sf_project_find_indicator_value (sf_test_project (), id, sf_test_flat_id (0));
}

/* Starts from no value of @key for the first flat, whatever the example holds. */
static void
clear_value (const char *key)
{
  if (value_of (sf_test_indicator_id (key)) != NULL)
    g_assert_true (sf_project_clear_indicator_value (sf_test_project (),
                                                     sf_test_indicator_id (key),
                                                     sf_test_flat_id (0), NULL));
  sf_test_iterate ();
}

/* The expander row of an indicator. */
static GtkWidget *
row_of (SfIndicator *ind)
{
  for (GtkWidget *row = sf_test_find ("indicator-row"); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                   sf_indicator_get_name (ind)) == 0)
      return row;
  return NULL;
}

static const char *
subtitle_of (const char *key)
{
  return adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row_of (sf_test_indicator (key))));
}

/* Types @text into a field of an editor and presses Enter. */
static void
enter (GtkWidget  *entry,
       const char *text)
{
  g_assert_true (GTK_IS_ENTRY (entry));
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_signal_emit_by_name (entry, "activate");
  sf_test_iterate ();
}

static GtkWidget *
band_entry (const char *band)
{
  GtkWidget *grid = sf_test_find_in (sf_test_find_keyed ("value-editor", "s3q3"), "value-grid",
                                     GTK_TYPE_GRID);
  const char * const *bands = SF_AGE_BANDS;

  /* Band n is in column n, under its heading. */
  for (guint i = 0; bands[i] != NULL; i++)
    if (g_str_equal (bands[i], band))
      return gtk_grid_get_child_at (GTK_GRID (grid), i, 1);
  g_assert_not_reached ();
}

/* Field @column of line @line of the list editor of @key. */
static GtkWidget *
item_field (const char *key,
            guint       line,
            guint       column)
{
  GtkWidget *grid = sf_test_find_in (sf_test_find_keyed ("value-editor", key), "value-grid",
                                     GTK_TYPE_GRID);

  g_assert_nonnull (grid);
  return gtk_grid_get_child_at (GTK_GRID (grid), column, line + 1);
}

static guint
json_length (const char *id)
{
  SfIndicatorValue *value = value_of (id);
  const char *json = value != NULL ? sf_indicator_value_get_json (value) : NULL;
  guint n = 0;

  /* Each item of the lists is one object. */
  for (const char *p = json; p != NULL && (p = strchr (p, '{')) != NULL; p++)
    n++;
  return n;
}

/* What the caption under the fields of @key's editor says; NULL when it is hidden. */
static const char *
hint_of (const char *key)
{
  GtkWidget *hint = sf_test_find_in (sf_test_find_keyed ("value-editor", key), "number-hint",
                                     GTK_TYPE_LABEL);

  g_assert_nonnull (hint);
  return gtk_widget_get_visible (hint) ? gtk_label_get_text (GTK_LABEL (hint)) : NULL;
}

static const char *
derived_value (SfDerivedKind kind)
{
  for (GtkWidget *row = sf_test_find ("derived-figure"); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                   sf_derived_get_label (kind)) == 0)
      return gtk_label_get_text (GTK_LABEL (sf_test_find_in (row, "value", GTK_TYPE_LABEL)));
  return NULL;
}

/* ---- tests ------------------------------------------------------------------------------ */

static void
test_open_example (void)
{
  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.open-example", NULL);
  SF_TEST_WAIT_FOR (sf_test_project () != NULL);
  sf_test_activate (sf_test_find ("project-view"), "view.show-page", g_variant_new_uint32 (3));
  g_assert_nonnull (sf_test_find_keyed ("value-editor", "s3q3"));
  g_assert_cmpstr (sf_figures_page_get_flat_id (SF_FIGURES_PAGE (sf_test_inventory_page ())),
                   ==, sf_test_flat_id (0));
}

static void
test_age_bands (void)
{
  const char *id = sf_test_indicator_id ("s3q3");
  const char *bands[] = { "<55", "55-64", "65-74", "75-84", "85+" };
  const char *counts[] = { "40", "80", "100", "60", "32" };
  g_autofree char *summary = NULL;
  g_autofree char *share = NULL;
  g_autofree char *average = NULL;

  clear_value ("s3q3");
  SF_TEST_WAIT_FOR (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (band_entry ("75-84"))),
                               "") == 0);

  /* Text and negative numbers are refused: marked, nothing written, and the caption says
   * why: a number is needed, and a figure can be an estimate. */
  g_assert_null (hint_of ("s3q3"));
  enter (band_entry ("<55"), "veel");
  g_assert_null (value_of (id));
  g_assert_true (gtk_widget_has_css_class (band_entry ("<55"), "error"));
  g_assert_nonnull (strstr (hint_of ("s3q3"), "veel"));
  g_assert_nonnull (strstr (hint_of ("s3q3"), sf_accuracy_get_label (SF_ACCURACY_ESTIMATE)));
  enter (band_entry ("<55"), "ongeveer 40");
  {
    g_autofree char *expected = g_strdup_printf (_("“%s” is not a number. Type %s; if it is not "
                                                   "exact, choose “%s” as its accuracy."),
                                                 "ongeveer 40", "40",
                                                 sf_accuracy_get_label (SF_ACCURACY_ESTIMATE));

    g_assert_cmpstr (hint_of ("s3q3"), ==, expected);
  }
  enter (band_entry ("<55"), "-3");
  g_assert_null (value_of (id));
  g_assert_true (gtk_widget_has_css_class (band_entry ("<55"), "error"));
  g_assert_cmpstr (hint_of ("s3q3"), ==, _("A count cannot be negative."));

  for (guint i = 0; i < G_N_ELEMENTS (bands); i++)
    enter (band_entry (bands[i]), counts[i]);
  g_assert_false (gtk_widget_has_css_class (band_entry ("<55"), "error"));
  g_assert_null (hint_of ("s3q3"));
  g_assert_nonnull (value_of (id));
  g_assert_cmpint (sf_indicator_value_get_status (value_of (id)), ==, SF_VALUE_RECEIVED);

  /* 312 residents, 92 of them 75 or over. */
  summary = g_strdup_printf (ngettext ("%s %s in %u age group", "%s %s in %u age groups", 5),
                             "312", sf_indicator_get_unit (sf_test_indicator ("s3q3")), 5);
  SF_TEST_WAIT_FOR (strstr (subtitle_of ("s3q3"), summary) != NULL);
  share = sf_chart_format_figure (SF_CHART_FORMAT_PERCENT, 92.0 / 312.0);
  SF_TEST_WAIT_FOR (g_strcmp0 (derived_value (SF_DERIVED_SHARE_75_PLUS), share) == 0);

  /* The average, with a decimal comma. */
  enter (sf_test_find_in (sf_test_find_keyed ("value-editor", "s3q3"), "average-entry",
                          GTK_TYPE_ENTRY), "74,5");
  g_assert_nonnull (strstr (sf_indicator_value_get_json (value_of (id)), "74.5"));
  {
    g_autofree char *years = g_strdup_printf ("%g", 74.5);  /* a decimal comma in Dutch */

    average = g_strdup_printf (_("average %s years"), years);
  }
  SF_TEST_WAIT_FOR (strstr (subtitle_of ("s3q3"), average) != NULL);

  /* One edit, one undo step: the last band comes back out. */
  enter (band_entry ("85+"), "52");
  share = (g_free (share), sf_chart_format_figure (SF_CHART_FORMAT_PERCENT, 112.0 / 332.0));
  SF_TEST_WAIT_FOR (g_strcmp0 (derived_value (SF_DERIVED_SHARE_75_PLUS), share) == 0);
  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.undo", NULL);
  share = (g_free (share), sf_chart_format_figure (SF_CHART_FORMAT_PERCENT, 92.0 / 312.0));
  SF_TEST_WAIT_FOR (g_strcmp0 (derived_value (SF_DERIVED_SHARE_75_PLUS), share) == 0);
  SF_TEST_WAIT_FOR (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (band_entry ("85+"))),
                               "32") == 0);

  /* A change from elsewhere shows, but what the user is typing stays. */
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row_of (sf_test_indicator ("s3q3"))), TRUE);
  sf_test_iterate ();
  gtk_widget_grab_focus (band_entry ("<55"));
  g_assert_true (gtk_widget_has_focus (band_entry ("<55")) ||
                 gtk_widget_is_ancestor (gtk_root_get_focus (gtk_widget_get_root (
                                           band_entry ("<55"))), band_entry ("<55")));
  gtk_editable_set_text (GTK_EDITABLE (band_entry ("<55")), "4");
  {
    SfIndicatorValueFields fields = {
      .json = "{\"bands\": {\"<55\": 40, \"85+\": 10}}",
      .accuracy = SF_ACCURACY_EXACT,
      .status = SF_VALUE_RECEIVED,
    };

    g_assert_true (sf_project_set_indicator_value (sf_test_project (), id, sf_test_flat_id (0),
                                                   &fields, NULL));
  }
  SF_TEST_WAIT_FOR (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (band_entry ("85+"))),
                               "10") == 0);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (band_entry ("75-84"))), ==, "");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (band_entry ("<55"))), ==, "4");
  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.undo", NULL);
  SF_TEST_WAIT_FOR (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (band_entry ("85+"))),
                               "32") == 0);
  enter (band_entry ("<55"), "40");
  g_assert_nonnull (strstr (sf_indicator_value_get_json (value_of (id)), "\"<55\":40"));
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row_of (sf_test_indicator ("s3q3"))), FALSE);
}

static void
test_kinds (void)
{
  const char *id = sf_test_indicator_id ("s3q12");
  g_autofree char *kinds = NULL;
  g_autofree char *summary = NULL;

  clear_value ("s3q12");
  SF_TEST_WAIT_FOR (item_field ("s3q12", 0, 0) == NULL);

  g_signal_emit_by_name (sf_test_find_keyed ("item-add", "s3q12"), "clicked");
  enter (item_field ("s3q12", 0, 0), "overlast");
  enter (item_field ("s3q12", 0, 1), "5");
  g_signal_emit_by_name (sf_test_find_keyed ("item-add", "s3q12"), "clicked");
  /* A count without its kind is not written. */
  enter (item_field ("s3q12", 1, 1), "3");
  g_assert_true (gtk_widget_has_css_class (item_field ("s3q12", 1, 0), "error"));
  g_assert_cmpstr (hint_of ("s3q12"), ==, _("Each number needs its kind."));
  g_assert_cmpuint (json_length (id), ==, 1);
  enter (item_field ("s3q12", 1, 0), "vervuiling");
  g_assert_null (hint_of ("s3q12"));
  g_assert_cmpuint (json_length (id), ==, 2);
  g_assert_nonnull (strstr (sf_indicator_value_get_json (value_of (id)), "vervuiling"));

  kinds = g_strdup_printf (ngettext ("%u kind", "%u kinds", 2), 2);
  summary = g_strdup_printf (_("%s, %s %s"), kinds, "8",
                             sf_indicator_get_unit (sf_test_indicator ("s3q12")));
  SF_TEST_WAIT_FOR (strstr (subtitle_of ("s3q12"), summary) != NULL);

  /* Removing the first kind leaves the second. */
  g_signal_emit_by_name (item_field ("s3q12", 0, 2), "clicked");
  sf_test_iterate ();
  g_assert_cmpuint (json_length (id), ==, 1);
  g_assert_null (strstr (sf_indicator_value_get_json (value_of (id)), "overlast"));
  SF_TEST_WAIT_FOR (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (item_field ("s3q12", 0, 0))),
                               "vervuiling") == 0);
  g_assert_null (item_field ("s3q12", 1, 0));
}

static void
test_activity (void)
{
  const char *id = sf_test_indicator_id ("s3q14");
  g_autofree char *activities = NULL;
  g_autofree char *summary = NULL;

  clear_value ("s3q14");
  g_signal_emit_by_name (sf_test_find_keyed ("item-add", "s3q14"), "clicked");
  enter (item_field ("s3q14", 0, 0), "Koffieochtend");
  enter (item_field ("s3q14", 0, 1), "Welzijnsorganisatie");
  enter (item_field ("s3q14", 0, 2), "wekelijks");
  enter (item_field ("s3q14", 0, 3), "twaalf");
  g_assert_true (gtk_widget_has_css_class (item_field ("s3q14", 0, 3), "error"));
  g_assert_nonnull (strstr (hint_of ("s3q14"), "twaalf"));
  g_assert_null (strstr (sf_indicator_value_get_json (value_of (id)), "attendance"));
  enter (item_field ("s3q14", 0, 3), "12");
  g_assert_null (hint_of ("s3q14"));
  g_assert_nonnull (strstr (sf_indicator_value_get_json (value_of (id)), "wekelijks"));
  g_assert_nonnull (strstr (sf_indicator_value_get_json (value_of (id)), "12"));

  activities = g_strdup_printf (ngettext ("%u activity", "%u activities", 1), 1);
  summary = g_strdup_printf (ngettext ("%s, %s participant", "%s, %s participants", 12),
                             activities, "12");
  SF_TEST_WAIT_FOR (strstr (subtitle_of ("s3q14"), summary) != NULL);
}

static void
test_status (void)
{
  g_autoptr(SfPartner) partner = g_list_model_get_item (sf_project_get_partners (
                                                           sf_test_project ()), 0);
  const char *partner_id = sf_record_get_id (SF_RECORD (partner));
  const char *id = sf_test_indicator_id ("s3q1a");
  GtkWidget *status = sf_test_find_keyed ("indicator-status", "s3q1a");

  g_assert_true (GTK_IS_DROP_DOWN (status));
  clear_value ("s3q1a");
  sf_project_assign_indicator (sf_test_project (), id, partner_id, NULL);
  g_assert_true (sf_test_outstanding_has (partner_id, id, sf_test_flat_id (0)));

  gtk_drop_down_set_selected (GTK_DROP_DOWN (status), SF_VALUE_CHECKED);
  sf_test_iterate ();
  g_assert_nonnull (value_of (id));
  g_assert_cmpint (sf_indicator_value_get_status (value_of (id)), ==, SF_VALUE_CHECKED);
  g_assert_false (sf_test_outstanding_has (partner_id, id, sf_test_flat_id (0)));
  SF_TEST_WAIT_FOR (strstr (subtitle_of ("s3q1a"), sf_value_status_get_label (SF_VALUE_CHECKED))
                    != NULL);

  /* A figure entered keeps its status. */
  {
    GtkWidget *entry = sf_test_find_keyed ("indicator-value", "s3q1a");

    gtk_editable_set_text (GTK_EDITABLE (entry), "124");
    g_signal_emit_by_name (entry, "apply");
    sf_test_iterate ();
  }
  g_assert_cmpint (sf_indicator_value_get_status (value_of (id)), ==, SF_VALUE_CHECKED);

  gtk_drop_down_set_selected (GTK_DROP_DOWN (status), SF_VALUE_ASKED);
  sf_test_iterate ();
  g_assert_cmpint (sf_indicator_value_get_status (value_of (id)), ==, SF_VALUE_ASKED);
  g_assert_true (sf_test_outstanding_has (partner_id, id, sf_test_flat_id (0)));
  /* Undo: checked again. */
  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.undo", NULL);
  g_assert_cmpint (sf_indicator_value_get_status (value_of (id)), ==, SF_VALUE_CHECKED);
  SF_TEST_WAIT_FOR (gtk_drop_down_get_selected (GTK_DROP_DOWN (status)) == SF_VALUE_CHECKED);
}

static SfIndicator *
indicator_named (const char *name)
{
  GListModel *indicators = sf_project_get_indicators (sf_test_project ());

  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(SfIndicator) ind = g_list_model_get_item (indicators, i);

      if (g_strcmp0 (sf_indicator_get_name (ind), name) == 0)
        return ind;  /* the list keeps it alive */
    }
  return NULL;
}

static void
test_own_indicator (void)
{
  GtkWidget *dialog, *row, *entry;
  SfIndicator *own;
  const char *own_id;

  sf_test_activate (sf_test_find ("indicator-tools"), "indicators.add", NULL);
  SF_TEST_WAIT_FOR ((dialog = sf_test_find_toplevel (SF_TYPE_INDICATOR_DIALOG)) != NULL);
  /* No name, no adding. */
  g_assert_false (gtk_widget_get_sensitive (sf_test_find_in (dialog, "own-indicator-add",
                                                             GTK_TYPE_BUTTON)));
  gtk_editable_set_text (GTK_EDITABLE (sf_test_find_in (dialog, "own-indicator-name",
                                                        ADW_TYPE_ENTRY_ROW)),
                         "Bezoekers van de huiskamer");
  adw_combo_row_set_selected (ADW_COMBO_ROW (sf_test_find_in (dialog, "own-indicator-type",
                                                              ADW_TYPE_COMBO_ROW)),
                              SF_INDICATOR_COUNT);
  gtk_editable_set_text (GTK_EDITABLE (sf_test_find_in (dialog, "own-indicator-unit",
                                                        ADW_TYPE_ENTRY_ROW)), "bezoekers");
  sf_test_activate (dialog, "dialog.add", NULL);
  SF_TEST_WAIT_FOR (sf_test_find_toplevel (SF_TYPE_INDICATOR_DIALOG) == NULL);

  own = indicator_named ("Bezoekers van de huiskamer");
  g_assert_nonnull (own);
  g_assert_false (sf_indicator_is_standard (own));
  g_assert_cmpint (sf_indicator_get_indicator_type (own), ==, SF_INDICATOR_COUNT);
  g_assert_cmpstr (sf_indicator_get_unit (own), ==, "bezoekers");
  own_id = sf_record_get_id (SF_RECORD (own));

  /* It has a row with a number field like the method's counts. */
  SF_TEST_WAIT_FOR ((row = row_of (own)) != NULL);
  entry = sf_test_find_in (row, "indicator-value", ADW_TYPE_ENTRY_ROW);
  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "23");
  g_signal_emit_by_name (entry, "apply");
  sf_test_iterate ();
  g_assert_nonnull (value_of (own_id));
  g_assert_cmpfloat (sf_indicator_value_get_number (value_of (own_id)), ==, 23);
  SF_TEST_WAIT_FOR (strstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)),
                            "23 bezoekers") != NULL);

  /* Undo takes the value away, not the figure. */
  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.undo", NULL);
  g_assert_null (value_of (own_id));
  g_assert_nonnull (sf_project_find_indicator (sf_test_project (), own_id));
  SF_TEST_WAIT_FOR (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (entry)), "") == 0);
}

static void
test_rename (void)
{
  SfIndicator *room = sf_test_indicator ("s3q2");
  g_autofree char *method_name = g_strdup (sf_indicator_get_name (room));
  GtkWidget *entry = sf_test_find_keyed ("indicator-name", "s3q2");
  GtkWidget *reset = sf_test_find_keyed ("indicator-reset-name", "s3q2");

  g_assert_false (gtk_widget_get_visible (reset));
  gtk_editable_set_text (GTK_EDITABLE (entry), "Ontmoetingsruimte");
  g_signal_emit_by_name (entry, "apply");
  sf_test_iterate ();
  g_assert_cmpstr (sf_indicator_get_name (room), ==, "Ontmoetingsruimte");
  SF_TEST_WAIT_FOR (row_of (room) != NULL && gtk_widget_get_visible (reset));

  /* The method's name back. */
  g_signal_emit_by_name (reset, "clicked");
  sf_test_iterate ();
  g_assert_cmpstr (sf_indicator_get_name (room), ==, method_name);
  SF_TEST_WAIT_FOR (!gtk_widget_get_visible (reset));
  SF_TEST_WAIT_FOR (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (entry)), method_name) == 0);
}

static void
test_hide_and_show (void)
{
  SfIndicator *room = sf_test_indicator ("s3q2");
  GtkWidget *row = row_of (room);
  GtkWidget *hidden = sf_test_find ("hidden-indicators");

  g_assert_nonnull (row);
  g_assert_true (gtk_widget_get_visible (row));
  g_assert_false (gtk_widget_get_visible (hidden));
  g_signal_emit_by_name (sf_test_find_keyed ("indicator-hide", "s3q2"), "clicked");
  sf_test_iterate ();
  g_assert_true (sf_indicator_get_hidden (room));
  SF_TEST_WAIT_FOR (!gtk_widget_get_visible (row));
  /* It is listed so it can come back. */
  SF_TEST_WAIT_FOR (gtk_widget_get_visible (hidden));

  sf_test_activate (sf_test_find ("indicator-tools"), "indicators.show",
                    g_variant_new_string (sf_test_indicator_id ("s3q2")));
  g_assert_false (sf_indicator_get_hidden (room));
  SF_TEST_WAIT_FOR (gtk_widget_get_visible (row));
  SF_TEST_WAIT_FOR (!gtk_widget_get_visible (hidden));
}

/* Reopens the project, as closing the window would leave it. */
static void
close_and_reopen (void)
{
  g_autofree char *path = g_strdup (sf_project_get_path (sf_test_project ()));

  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.close-project", NULL);
  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.open-path",
                    g_variant_new_string (path));
  SF_TEST_WAIT_FOR (sf_test_project () != NULL);
  sf_test_activate (sf_test_find ("project-view"), "view.show-page", g_variant_new_uint32 (3));
}

/* There is no Save: a figure, a note, an age band and a name typed without Enter, and
 * without leaving the field, are kept when the project is closed. A figure changed
 * elsewhere that the page has not shown yet is not overwritten with what it still shows. */
static void
test_typed_kept (void)
{
  SfIndicatorValueFields other = { TRUE, 61, NULL, NULL, SF_ACCURACY_EXACT, "", "", "",
                                   SF_VALUE_RECEIVED };
  g_autofree char *ages = NULL;

  clear_value ("s3q1a");
  gtk_editable_set_text (GTK_EDITABLE (sf_test_find_keyed ("indicator-value", "s3q1a")),
                         "77");
  gtk_editable_set_text (GTK_EDITABLE (sf_test_find_keyed ("indicator-note", "s3q1a")),
                         "Geteld op 1 oktober");
  gtk_editable_set_text (GTK_EDITABLE (band_entry ("<55")), "9");
  gtk_editable_set_text (GTK_EDITABLE (sf_test_find_keyed ("indicator-name", "s3q2")),
                         "Eigen ontmoetingsruimte");
  /* changed in the store; the page's refresh has not run */
  g_assert_true (sf_project_set_indicator_value (sf_test_project (),
                                                 sf_test_indicator_id ("s3q1b"),
                                                 sf_test_flat_id (0), &other, NULL));
  close_and_reopen ();

  g_assert_nonnull (value_of (sf_test_indicator_id ("s3q1a")));
  g_assert_cmpfloat (sf_indicator_value_get_number (value_of (sf_test_indicator_id ("s3q1a"))),
                     ==, 77);
  g_assert_cmpstr (sf_indicator_value_get_note (value_of (sf_test_indicator_id ("s3q1a"))),
                   ==, "Geteld op 1 oktober");
  ages = g_strdup (sf_indicator_value_get_json (value_of (sf_test_indicator_id ("s3q3"))));
  g_assert_nonnull (strstr (ages, "\"<55\":9"));
  g_assert_cmpstr (sf_indicator_get_name (sf_test_indicator ("s3q2")), ==,
                   "Eigen ontmoetingsruimte");
  g_assert_cmpfloat (sf_indicator_value_get_number (value_of (sf_test_indicator_id ("s3q1b"))),
                     ==, 61);
}

int
main (int    argc,
      char **argv)
{
  sf_test_init (&argc, &argv);
  g_test_add_func ("/ui/inventory-editors/open-example", test_open_example);
  g_test_add_func ("/ui/inventory-editors/age-bands", test_age_bands);
  g_test_add_func ("/ui/inventory-editors/kinds", test_kinds);
  g_test_add_func ("/ui/inventory-editors/activity", test_activity);
  g_test_add_func ("/ui/inventory-editors/status", test_status);
  g_test_add_func ("/ui/inventory-editors/own-indicator", test_own_indicator);
  g_test_add_func ("/ui/inventory-editors/rename", test_rename);
  g_test_add_func ("/ui/inventory-editors/hide-and-show", test_hide_and_show);
  g_test_add_func ("/ui/inventory-editors/typed-kept", test_typed_kept);
  return g_test_run ();
}
