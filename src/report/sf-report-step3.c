/* sf-report-step3.c: the report's chapter on step 3, the facts and figures
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Per flat a fact sheet (every figure with its unit, source and period, an estimate or an
 * average marked "≈") and its derived figures; then the charts, the flats side by side, the
 * Thuisplusflat requirements and the figures still missing.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sf-figure-text.h"
#include "sf-inventory-charts.h"
#include "sf-project-figures.h"
#include "sf-report-chapters.h"

/* Side by side in one table up to this many flats; more get a row per flat. */
#define MAX_FLAT_COLUMNS 4

typedef struct
{
  const char *id;   /* NULL: the neighbourhood */
  const char *name;
} Place;

static GArray *
places (SfProject *project,
        GPtrArray *keep)
{
  GListModel *flats = sf_project_get_flats (project);
  GArray *out = g_array_new (FALSE, FALSE, sizeof (Place));

  for (guint i = 0; i < g_list_model_get_n_items (flats); i++)
    {
      SfFlat *flat = g_list_model_get_item (flats, i);
      Place place = { sf_record_get_id (SF_RECORD (flat)), sf_flat_get_name (flat) };

      g_ptr_array_add (keep, flat);
      g_array_append_val (out, place);
    }
  if (out->len == 0)
    {
      Place place = { NULL, _("The neighbourhood") };

      g_array_append_val (out, place);
    }
  return out;
}

static void
add_fact_sheet (SfReportContext *ctx,
                const Place     *place)
{
  GListModel *indicators = sf_project_get_indicators (ctx->project);
  SfReportTable *table = NULL;
  g_autofree char *title = NULL;

  /* Translators: a section of the report; %s is the flat's name. */
  title = g_strdup_printf (_("Fact sheet: %s"), place->name);
  sf_report_document_add_section (ctx->doc, title);
  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(SfIndicator) indicator = g_list_model_get_item (indicators, i);
      SfIndicatorValue *value;
      g_autofree char *text = NULL;
      const char *cells[4];
      guint row;

      if (sf_indicator_get_hidden (indicator))
        continue;
      value = sf_project_find_indicator_value (ctx->project,
                                               sf_record_get_id (SF_RECORD (indicator)),
                                               place->id);
      if (value == NULL || !sf_indicator_value_is_filled (value))
        continue;
      if (table == NULL)
        {
          /* The unit goes with the value ("96 woningen"), as it is read: a column of its
           * own would be too narrow for Dutch units without breaking them. */
          table = sf_report_document_add_table (ctx->doc, 4);
          sf_report_table_set_column (table, 0, _("Figure"), 0.27, SF_REPORT_ALIGN_START);
          sf_report_table_set_column (table, 1, _("Value"), 0.35, SF_REPORT_ALIGN_START);
          sf_report_table_set_column (table, 2, _("Source"), 0.22, SF_REPORT_ALIGN_START);
          sf_report_table_set_column (table, 3, _("Period"), 0.16, SF_REPORT_ALIGN_START);
        }
      text = sf_figure_text (indicator, value);
      cells[0] = sf_indicator_get_name (indicator);
      cells[1] = sf_report_context_text (ctx, text);
      cells[2] = sf_report_context_text (ctx, sf_indicator_value_get_source (value));
      cells[3] = sf_indicator_value_get_period (value);
      row = sf_report_table_add_row (table, cells);
      sf_report_table_set_estimate (table, row, 1,
                                    sf_indicator_value_get_accuracy (value) != SF_ACCURACY_EXACT);
    }
  if (table == NULL)
    {
      sf_report_document_add_paragraph (ctx->doc, _("No figures have been gathered yet."));
      return;
    }
  sf_report_document_add_caption (ctx->doc, _("“≈” marks an estimate or an average."));
}

static void
add_derived (SfReportContext *ctx,
             const Place     *place)
{
  SfDerivedFigure figures[SF_DERIVED_N];
  SfReportTable *table = NULL;

  if (!sf_project_compute_derived (ctx->project, place->id, figures, NULL))
    return;
  for (guint k = 0; k < SF_DERIVED_N; k++)
    {
      g_autofree char *value = NULL;
      const char *cells[2];
      guint row;

      if (!figures[k].known)
        continue;
      if (table == NULL)
        {
          g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b>",
                                                             _("Derived figures"));

          sf_report_document_add_markup (ctx->doc, markup);
          table = sf_report_document_add_table (ctx->doc, 2);
          sf_report_table_set_column (table, 0, _("Figure"), 0.75, SF_REPORT_ALIGN_START);
          sf_report_table_set_column (table, 1, _("Value"), 0.25, SF_REPORT_ALIGN_END);
        }
      value = sf_report_format_number (figures[k].value, sf_derived_is_share (k));
      cells[0] = sf_derived_get_label (k);
      cells[1] = value;
      row = sf_report_table_add_row (table, cells);
      sf_report_table_set_estimate (table, row, 1, figures[k].estimate);
    }
}

static void
add_charts (SfReportContext *ctx)
{
  gboolean heading = FALSE;

  for (guint which = 0; which < SF_INVENTORY_CHART_N; which++)
    {
      SfChart *chart = sf_inventory_chart_new (ctx->project, which);

      if (sf_chart_get_n_bars (chart) == 0)
        {
          sf_chart_free (chart);
          continue;
        }
      if (!heading)
        {
          sf_report_document_add_section (ctx->doc, _("Charts"));
          heading = TRUE;
        }
      sf_report_document_add_chart (ctx->doc, chart);
    }
  if (heading)
    sf_report_document_add_caption (ctx->doc,
                                    _("Hatched bars are estimates or averages; an empty slot "
                                      "marked “unknown” is a figure not yet gathered."));
}

static const char *
requirement_state (SfRequirementResult result)
{
  switch (result.state)
    {
    case SF_REQUIREMENT_MET:
      return C_("requirement", "Met");
    case SF_REQUIREMENT_NOT_MET:
      return C_("requirement", "Not met");
    case SF_REQUIREMENT_UNKNOWN:
    default:
      return C_("requirement", "Unknown");
    }
}

static void
add_requirements (SfReportContext *ctx,
                  GArray          *all)
{
  SfRequirementResult *results = g_new0 (SfRequirementResult, all->len * SF_REQUIREMENT_N);
  SfReportTable *table;

  for (guint f = 0; f < all->len; f++)
    sf_project_check_requirements (ctx->project, g_array_index (all, Place, f).id,
                                   results + f * SF_REQUIREMENT_N, NULL);
  sf_report_document_add_section (ctx->doc, _("The Thuisplusflat requirements"));
  sf_report_document_add_paragraph (ctx->doc,
                                    _("How each flat compares with the requirements of "
                                      "Rotterdam’s Thuisplusflat for the building."));
  if (all->len <= MAX_FLAT_COLUMNS)
    {
      table = sf_report_document_add_table (ctx->doc, all->len + 1);
      sf_report_table_set_column (table, 0, _("Requirement"), 0.4, SF_REPORT_ALIGN_START);
      for (guint f = 0; f < all->len; f++)
        sf_report_table_set_column (table, f + 1, g_array_index (all, Place, f).name,
                                    0.6 / all->len, SF_REPORT_ALIGN_START);
      for (guint r = 0; r < SF_REQUIREMENT_N; r++)
        {
          const char *cells[MAX_FLAT_COLUMNS + 1];
          guint row;

          cells[0] = sf_requirement_get_label (r);
          for (guint f = 0; f < all->len; f++)
            cells[f + 1] = requirement_state (results[f * SF_REQUIREMENT_N + r]);
          row = sf_report_table_add_row (table, cells);
          for (guint f = 0; f < all->len; f++)
            sf_report_table_set_estimate (table, row, f + 1,
                                          results[f * SF_REQUIREMENT_N + r].estimate);
        }
    }
  else
    {
      table = sf_report_document_add_table (ctx->doc, 3);
      sf_report_table_set_column (table, 0, _("Flat"), 0.3, SF_REPORT_ALIGN_START);
      sf_report_table_set_column (table, 1, _("Requirement"), 0.5, SF_REPORT_ALIGN_START);
      sf_report_table_set_column (table, 2, _("Status"), 0.2, SF_REPORT_ALIGN_START);
      for (guint f = 0; f < all->len; f++)
        for (guint r = 0; r < SF_REQUIREMENT_N; r++)
          {
            const char *cells[3] = { g_array_index (all, Place, f).name,
                                     sf_requirement_get_label (r),
                                     requirement_state (results[f * SF_REQUIREMENT_N + r]) };
            guint row = sf_report_table_add_row (table, cells);

            sf_report_table_set_estimate (table, row, 2,
                                          results[f * SF_REQUIREMENT_N + r].estimate);
          }
    }
  sf_report_document_add_caption (ctx->doc, _("“≈”: judged from an estimate or an average."));
  g_free (results);
}

static void
add_missing (SfReportContext *ctx,
             GArray          *all)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);

  for (guint f = 0; f < all->len; f++)
    {
      const Place *place = &g_array_index (all, Place, f);
      g_auto(GStrv) missing = NULL;
      g_autoptr(GString) names = g_string_new (NULL);

      sf_project_get_completeness (ctx->project, place->id, NULL, NULL, &missing);
      for (guint i = 0; missing != NULL && missing[i] != NULL; i++)
        {
          SfIndicator *indicator = sf_project_find_indicator (ctx->project, missing[i]);

          if (indicator == NULL)
            continue;
          if (names->len > 0)
            g_string_append (names, ", ");
          g_string_append (names, sf_indicator_get_name (indicator));
        }
      if (names->len > 0)
        g_ptr_array_add (items, g_strdup_printf ("%s: %s", place->name, names->str));
    }
  sf_report_document_add_section (ctx->doc, _("Figures still missing"));
  if (items->len == 0)
    {
      sf_report_document_add_paragraph (ctx->doc, _("Every figure has been gathered."));
      return;
    }
  g_ptr_array_add (items, NULL);
  sf_report_document_add_bullets (ctx->doc, (const char * const *) items->pdata);
}

static gboolean
any_figure (SfReportContext *ctx,
            GArray          *all)
{
  for (guint f = 0; f < all->len; f++)
    {
      guint filled = 0;

      sf_project_get_completeness (ctx->project, g_array_index (all, Place, f).id, &filled,
                                   NULL, NULL);
      if (filled > 0)
        return TRUE;
    }
  return FALSE;
}

void
sf_report_add_step3 (SfReportContext *ctx)
{
  g_autoptr(GPtrArray) keep = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) all = places (ctx->project, keep);

  sf_report_document_add_chapter (ctx->doc,
                                  sf_report_chapter_get_title (SF_REPORT_CHAPTER_STEP_3));
  sf_report_add_purpose (ctx, 3);
  if (!any_figure (ctx, all))
    {
      sf_report_add_not_done (ctx, 3);
      return;
    }
  for (guint f = 0; f < all->len; f++)
    {
      add_fact_sheet (ctx, &g_array_index (all, Place, f));
      add_derived (ctx, &g_array_index (all, Place, f));
    }
  add_charts (ctx);
  add_requirements (ctx, all);
  add_missing (ctx, all);
}
