/* sf-mbc-result-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The chart is the report's (sf_mbc_chart_new ()), so the page shows what the PDF will.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-chart-area.h"
#include "sf-mbc-chart.h"
#include "sf-mbc-result-view.h"

/* Screen pixels per chart point, as step 3's charts. */
#define CHART_SCALE (4.0 / 3.0)

enum { FIGURE_BENEFITS, FIGURE_COSTS, FIGURE_RESULT, FIGURE_CUMULATIVE, N_FIGURES };

static const char * const figure_names[N_FIGURES] = {
  "mbc-benefits", "mbc-costs", "mbc-result", "mbc-cumulative",
};

struct _SfMbcResultView
{
  AdwBin     parent_instance;

  GtkWidget *values[N_FIGURES];
  GtkWidget *notes[N_FIGURES];
  GtkWidget *missing;
  GtkWidget *chart;
  GtkWidget *care_grid;
};

G_DEFINE_FINAL_TYPE (SfMbcResultView, sf_mbc_result_view, ADW_TYPE_BIN)

static GtkWidget *
label_new (const char *text,
           const char *css_class,
           float       xalign)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/* ---- the key figures ---------------------------------------------------------------------- */

static void
set_figure (SfMbcResultView *self,
            guint            figure,
            SfMbcAmount      amount,
            const char      *note)
{
  g_autofree char *text = sf_mbc_format_amount (amount);

  gtk_label_set_text (GTK_LABEL (self->values[figure]), text);
  gtk_label_set_text (GTK_LABEL (self->notes[figure]), note != NULL ? note : "");
  gtk_widget_set_visible (self->notes[figure], note != NULL);
  if (amount.known && amount.value < 0)
    gtk_widget_add_css_class (self->values[figure], "error");
  else
    gtk_widget_remove_css_class (self->values[figure], "error");
}

static void
update_figures (SfMbcResultView   *self,
                const SfMbcResult *r)
{
  const SfMbcYear *last = &r->years[SF_MBC_YEARS - 1];
  g_autofree char *first_costs = sf_mbc_format_amount (r->years[0].costs);
  g_autofree char *costs_note = NULL;
  g_autofree char *missing = sf_mbc_describe_missing (r->missing);
  g_autofree char *missing_text = NULL;

  /* Translators: under the concept's costs a year; %s is an amount */
  costs_note = g_strdup_printf (_("Year 1: %s"), first_costs);
  set_figure (self, FIGURE_BENEFITS, r->effects, NULL);
  set_figure (self, FIGURE_COSTS, last->costs, costs_note);
  set_figure (self, FIGURE_RESULT, last->result, NULL);
  set_figure (self, FIGURE_CUMULATIVE, last->cumulative, NULL);
  if (missing != NULL)
    /* Translators: %s is what is missing, "the number of residents (or dwellings)…" */
    missing_text = g_strdup_printf (_("Unknown: that needs %s."), missing);
  gtk_label_set_text (GTK_LABEL (self->missing), missing_text != NULL ? missing_text : "");
  gtk_widget_set_visible (self->missing, missing_text != NULL);
}

static GtkWidget *
figures_new (SfMbcResultView *self)
{
  const char *captions[N_FIGURES] = {
    _("Benefits a year at full effect"),
    _("Costs of the concept a year"),
    _("Result in year 3"),
    _("Cumulative result after three years"),
  };
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  gtk_box_set_homogeneous (GTK_BOX (box), TRUE);
  for (guint i = 0; i < N_FIGURES; i++)
    {
      GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);

      gtk_widget_add_css_class (card, "card");
      gtk_widget_set_name (card, figure_names[i]);
      /* An amount on one line: "€ -116.606" broken after its sign reads as two figures. */
      self->values[i] = label_new ("", "title-4", 0);
      gtk_label_set_wrap (GTK_LABEL (self->values[i]), FALSE);
      gtk_widget_set_name (self->values[i], "mbc-figure-value");
      self->notes[i] = label_new ("", "caption", 0);
      gtk_widget_add_css_class (self->notes[i], "dim-label");
      gtk_box_append (GTK_BOX (card), self->values[i]);
      gtk_box_append (GTK_BOX (card), label_new (captions[i], "caption", 0));
      gtk_box_append (GTK_BOX (card), self->notes[i]);
      for (GtkWidget *child = gtk_widget_get_first_child (card); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          gtk_widget_set_margin_start (child, 12);
          gtk_widget_set_margin_end (child, 12);
        }
      gtk_widget_set_margin_top (self->values[i], 12);
      gtk_widget_set_margin_bottom (self->notes[i], 12);
      gtk_widget_set_margin_bottom (gtk_widget_get_prev_sibling (self->notes[i]), 12);
      gtk_box_append (GTK_BOX (box), card);
    }
  return box;
}

/* ---- the care costs ----------------------------------------------------------------------- */

static const char *
origin_text (SfMbcOrigin origin)
{
  switch (origin)
    {
    case SF_MBC_ORIGIN_STEP3: return _("Step 3");
    case SF_MBC_ORIGIN_ESTIMATE: return _("Step 3, an estimate");
    case SF_MBC_ORIGIN_ASSUMPTION: return _("Assumption: Rotterdam’s average");
    case SF_MBC_ORIGIN_UNKNOWN:
    default: return _("Unknown");
    }
}

static void
attach_row (GtkGrid    *grid,
            int         row,
            const char *kind,
            const char *clients,
            const char *origin,
            const char *cost,
            const char *css_class)
{
  const char *cells[] = { kind, clients, origin, cost };

  for (guint c = 0; c < G_N_ELEMENTS (cells); c++)
    {
      GtkWidget *label = label_new (cells[c], css_class, c == 1 || c == 3 ? 1 : 0);

      if (c == 0 || c == 2)
        gtk_widget_set_hexpand (label, TRUE);
      gtk_grid_attach (grid, label, (int) c, row, 1, 1);
    }
}

static void
update_care (SfMbcResultView   *self,
             const SfMbcResult *r)
{
  GtkGrid *grid = GTK_GRID (self->care_grid);
  GtkWidget *child;
  g_autofree char *total = sf_mbc_format_amount (r->care_total);

  while ((child = gtk_widget_get_first_child (self->care_grid)) != NULL)
    gtk_grid_remove (grid, child);
  attach_row (grid, 0, _("Kind of care"), _("Clients"), _("Where the number comes from"),
              _("Cost a year"), "heading");
  for (guint k = 0; k < SF_MBC_CARE_N; k++)
    {
      const SfMbcCareLine *line = &r->care[k];
      g_autofree char *clients = NULL, *cost = sf_mbc_format_amount (line->cost);

      /* As the report writes them: an average scaled to the flat keeps its decimal, so that
       * clients times the cost per client reads as the cost. */
      g_autofree char *number = line->clients.known
        ? sf_chart_format_figure (SF_CHART_FORMAT_NUMBER, line->clients.value) : NULL;

      if (!line->clients.known)
        clients = g_strdup (_("unknown"));
      else if (line->origin == SF_MBC_ORIGIN_STEP3)
        clients = g_steal_pointer (&number);
      else
        clients = g_strdup_printf ("≈ %s", number);
      attach_row (grid, (int) k + 1, sf_mbc_care_label (k), clients, origin_text (line->origin),
                  cost, NULL);
    }
  attach_row (grid, SF_MBC_CARE_N + 1, _("Total"), "", "", total, "heading");
}

/* ---- the class ---------------------------------------------------------------------------- */

void
sf_mbc_result_view_update (SfMbcResultView   *self,
                           const SfMbcResult *result)
{
  g_return_if_fail (SF_IS_MBC_RESULT_VIEW (self));
  g_return_if_fail (result != NULL);

  update_figures (self, result);
  sf_chart_area_set_chart (SF_CHART_AREA (self->chart), sf_mbc_chart_new (result, TRUE));
  update_care (self, result);
}

static void
sf_mbc_result_view_class_init (SfMbcResultViewClass *klass)
{
}

static GtkWidget *
carded (GtkWidget *child)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_widget_add_css_class (card, "card");
  gtk_widget_set_margin_top (child, 12);
  gtk_widget_set_margin_bottom (child, 12);
  gtk_widget_set_margin_start (child, 12);
  gtk_widget_set_margin_end (child, 12);
  gtk_box_append (GTK_BOX (card), child);
  return card;
}

static void
sf_mbc_result_view_init (SfMbcResultView *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  gtk_box_append (GTK_BOX (box), figures_new (self));
  self->missing = label_new ("", NULL, 0);
  gtk_widget_set_name (self->missing, "mbc-missing");
  gtk_widget_add_css_class (self->missing, "warning");
  gtk_box_append (GTK_BOX (box), self->missing);
  self->chart = sf_chart_area_new (CHART_SCALE);
  gtk_widget_set_name (self->chart, "mbc-chart");
  gtk_widget_set_hexpand (self->chart, TRUE);
  gtk_box_append (GTK_BOX (box), carded (self->chart));
  self->care_grid = gtk_grid_new ();
  gtk_widget_set_name (self->care_grid, "mbc-care");
  gtk_grid_set_row_spacing (GTK_GRID (self->care_grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (self->care_grid), 12);
  gtk_box_append (GTK_BOX (box), carded (self->care_grid));
  adw_bin_set_child (ADW_BIN (self), box);
}

GtkWidget *
sf_mbc_result_view_new (void)
{
  return g_object_new (SF_TYPE_MBC_RESULT_VIEW, NULL);
}
