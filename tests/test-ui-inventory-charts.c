/* test-ui-inventory-charts.c: step 3's charts in the real application: with figures for two
 * flats the charts section draws a bar per flat, and a figure changed on the page changes them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-flat.h"
#include "sf-project-figures.h"
#include "sf-figures-charts-view.h"
#include "sf-figures-page.h"
#include "sf-test-ui.h"

/* The chart widget of @which: the charts are in cards, one after the other, in their order. */
static GtkWidget *
chart_area (SfInventoryChart which)
{
  GtkWidget *first = sf_test_find ("inventory-chart");
  GtkWidget *card;

  g_assert_nonnull (first);
  card = gtk_widget_get_first_child (gtk_widget_get_parent (gtk_widget_get_parent (first)));
  for (guint i = 0; card != NULL && i < which; i++)
    card = gtk_widget_get_next_sibling (card);
  g_assert_nonnull (card);
  return gtk_widget_get_first_child (card);
}

static SfChart *
chart (SfInventoryChart which)
{
  GtkWidget *view = gtk_widget_get_ancestor (chart_area (which), SF_TYPE_FIGURES_CHARTS_VIEW);

  g_assert_nonnull (view);
  return sf_figures_charts_view_get_chart (SF_FIGURES_CHARTS_VIEW (view), which);
}

static void
set_number (const char *key,
            guint       flat,
            double      number,
            SfAccuracy  accuracy)
{
  g_autoptr(GError) error = NULL;
  SfIndicatorValueFields fields = { TRUE, number, NULL, NULL, accuracy, "", "", NULL,
                                    SF_VALUE_RECEIVED };

  g_assert_true (sf_project_set_indicator_value (sf_test_project (), sf_test_indicator_id (key),
                                                 sf_test_flat_id (flat), &fields, &error));
  g_assert_no_error (error);
}

/* What @widget draws, as the window's renderer makes it. */
static GdkTexture *
render (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));

  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (height, >, 0);
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  return gsk_renderer_render_texture (renderer, node,
                                      &GRAPHENE_RECT_INIT (0, 0, width, height));
}

/* How many separate horizontal bands, at least 4 pixels high, of @widget hold a run of at
 * least 20 pixels of the colour of @series: one per solid bar drawn in it (the legend's
 * swatch is smaller, an estimate's outline thinner). */
static guint
count_bars (GtkWidget *widget,
            guint      series)
{
  g_autoptr(GdkTexture) texture = render (widget);
  int width = gdk_texture_get_width (texture), height = gdk_texture_get_height (texture);
  g_autofree guchar *data = g_malloc ((gsize) width * height * 4);
  guint bands = 0, band_rows = 0;
  double r, g, b;

  sf_chart_series_colour (series, &r, &g, &b);
  gdk_texture_download (texture, data, width * 4);
  for (int y = 0; y < height; y++)
    {
      int run = 0, longest = 0;

      for (int x = 0; x < width; x++)
        {
          /* Cairo's byte order: B, G, R, A on little-endian machines. */
          guchar *p = data + (gsize) y * width * 4 + x * 4;
          gboolean same = ABS (p[2] - (int) (r * 255)) < 8 && ABS (p[1] - (int) (g * 255)) < 8 &&
                          ABS (p[0] - (int) (b * 255)) < 8;

          run = same ? run + 1 : 0;
          longest = MAX (longest, run);
        }
      band_rows = longest >= 20 ? band_rows + 1 : 0;
      if (band_rows == 4)
        bands++;
    }
  return bands;
}

static void
clear_all_values (void)
{
  GListModel *indicators = sf_project_get_indicators (sf_test_project ());
  GListModel *flats = sf_project_get_flats (sf_test_project ());

  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(SfIndicator) indicator = g_list_model_get_item (indicators, i);

      for (guint f = 0; f <= g_list_model_get_n_items (flats); f++)
        {
          g_autoptr(SfFlat) flat = g_list_model_get_item (flats, f); /* NULL: neighbourhood */
          g_autoptr(GError) error = NULL;

          if (sf_project_find_indicator_value (sf_test_project (),
                                               sf_record_get_id (SF_RECORD (indicator)),
                                               flat != NULL ? sf_record_get_id (SF_RECORD (flat))
                                                            : NULL) == NULL)
            continue;
          g_assert_true (sf_project_clear_indicator_value (
            sf_test_project (), sf_record_get_id (SF_RECORD (indicator)),
            flat != NULL ? sf_record_get_id (SF_RECORD (flat)) : NULL, &error));
          g_assert_no_error (error);
        }
    }
}

static void
test_open_example (void)
{
  sf_test_activate (GTK_WIDGET (sf_test_main_window ()), "win.open-example", NULL);
  SF_TEST_WAIT_FOR (sf_test_project () != NULL);
  sf_test_activate (sf_test_find ("project-view"), "view.show-page", g_variant_new_uint32 (3));
  g_assert_nonnull (sf_test_find ("inventory-chart"));
  g_assert_cmpuint (g_list_model_get_n_items (sf_project_get_flats (sf_test_project ())), ==, 2);
  /* The example's figures: the age bands of both flats, the flats side by side. */
  SF_TEST_WAIT_FOR (sf_chart_get_n_bars (chart (SF_INVENTORY_CHART_AGES)) == 2);
  g_assert_cmpuint (sf_chart_get_n_series (chart (SF_INVENTORY_CHART_KEY_FIGURES)), ==, 2);

  /* Every figure taken away: every chart says so, none draws a bar. */
  clear_all_values ();
  SF_TEST_WAIT_FOR (sf_chart_get_n_bars (chart (SF_INVENTORY_CHART_AGES)) == 0);
  sf_test_iterate ();
  for (guint i = 0; i < SF_INVENTORY_CHART_N; i++)
    {
      g_assert_cmpuint (sf_chart_get_n_bars (chart (i)), ==, 0);
      g_assert_true (gtk_widget_get_visible (chart_area (i)));
    }
}

static void
test_two_flats (void)
{
  GtkWidget *care = chart_area (SF_INVENTORY_CHART_CARE);
  SfChartRect before, after;
  SfChartValueFlags flags;
  double value;

  set_number ("s3q1a", 0, 96, SF_ACCURACY_EXACT);
  set_number ("s3q1b", 0, 120, SF_ACCURACY_EXACT);
  set_number ("s3q5", 0, 30, SF_ACCURACY_EXACT);
  set_number ("s3q1a", 1, 40, SF_ACCURACY_EXACT);
  set_number ("s3q1b", 1, 50, SF_ACCURACY_ESTIMATE);
  set_number ("s3q5", 1, 10, SF_ACCURACY_EXACT);

  /* The page follows on idle: a bar per flat, in the household help series. */
  SF_TEST_WAIT_FOR (sf_chart_get_n_bars (chart (SF_INVENTORY_CHART_CARE)) == 2);
  sf_test_iterate ();
  g_assert_cmpstr (sf_chart_get_bar_label (chart (SF_INVENTORY_CHART_CARE), 1), ==,
                   "Het Kwikstaartje (fictief)");
  g_assert_true (sf_chart_get_value (chart (SF_INVENTORY_CHART_CARE), 1, 0, &value, &flags));
  g_assert_cmpfloat_with_epsilon (value, 0.2, 1e-9);
  g_assert_cmpint (flags, ==, SF_CHART_VALUE_ESTIMATE);
  /* Drawn: the exact bar of the first flat solid in the series' colour; the second flat's
   * is an estimate, hatched, with no long run of the solid colour. */
  g_assert_cmpuint (count_bars (care, 0), ==, 1);

  /* Key figures: dwellings, residents and residents per dwelling, the flats side by side,
   * each drawn as a solid bar of the first flat's colour. */
  g_assert_cmpuint (sf_chart_get_n_bars (chart (SF_INVENTORY_CHART_KEY_FIGURES)), ==, 3);
  g_assert_cmpuint (sf_chart_get_n_series (chart (SF_INVENTORY_CHART_KEY_FIGURES)), ==, 2);
  g_assert_cmpuint (count_bars (chart_area (SF_INVENTORY_CHART_KEY_FIGURES), 0), ==, 3);
  g_assert_cmpuint (count_bars (chart_area (SF_INVENTORY_CHART_KEY_FIGURES), 1), ==, 1);
  /* The area is as tall as the chart needs at its width. */
  g_assert_cmpint (gtk_widget_get_height (care), >=,
                   (int) (sf_chart_get_height (chart (SF_INVENTORY_CHART_CARE),
                                               gtk_widget_get_width (care) /
                                               SF_INVENTORY_CHARTS_SCALE) *
                          SF_INVENTORY_CHARTS_SCALE));

  /* A figure changed on the page: the second flat's residents, now exact. */
  g_assert_true (sf_chart_get_bar_rect (chart (SF_INVENTORY_CHART_CARE), 1, 0, &before));
  sf_figures_page_set_flat_id (SF_FIGURES_PAGE (sf_test_inventory_page ()),
                                 sf_test_flat_id (1));
  sf_test_iterate ();
  {
    GtkWidget *entry = sf_test_find_keyed ("indicator-value", "s3q1b");
    GtkWidget *accuracy = sf_test_find_keyed ("indicator-accuracy", "s3q1b");

    g_assert_nonnull (entry);
    gtk_editable_set_text (GTK_EDITABLE (entry), "25");
    g_signal_emit_by_name (entry, "apply");
    sf_test_iterate ();
    gtk_drop_down_set_selected (GTK_DROP_DOWN (accuracy), SF_ACCURACY_EXACT);
    sf_test_iterate ();
  }
  SF_TEST_WAIT_FOR (sf_chart_get_value (chart (SF_INVENTORY_CHART_CARE), 1, 0, &value, &flags) &&
                    value > 0.39 && flags == SF_CHART_VALUE_EXACT);
  sf_test_iterate ();
  g_assert_cmpuint (count_bars (care, 0), ==, 2);
  g_assert_true (sf_chart_get_bar_rect (chart (SF_INVENTORY_CHART_CARE), 1, 0, &after));
  g_assert_cmpfloat (after.width, >, before.width);
}

/* A flat with help figures but no residents: its care bars say "unknown", not 0. */
static void
test_no_residents (void)
{
  SfChartValueFlags flags;

  g_assert_true (sf_project_clear_indicator_value (sf_test_project (),
                                                   sf_test_indicator_id ("s3q1b"),
                                                   sf_test_flat_id (1), NULL));
  SF_TEST_WAIT_FOR (sf_chart_get_value (chart (SF_INVENTORY_CHART_CARE), 1, 0, NULL, &flags) &&
                    flags == SF_CHART_VALUE_UNKNOWN);
  sf_test_iterate ();
  g_assert_cmpuint (count_bars (chart_area (SF_INVENTORY_CHART_CARE), 0), ==, 1);
}

int
main (int    argc,
      char **argv)
{
  sf_test_init (&argc, &argv);
  g_test_add_func ("/ui/inventory-charts/open-example", test_open_example);
  g_test_add_func ("/ui/inventory-charts/two-flats", test_two_flats);
  g_test_add_func ("/ui/inventory-charts/no-residents", test_no_residents);
  return g_test_run ();
}
