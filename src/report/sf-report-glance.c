/* sf-report-glance.c: the report's "At a Glance": key figures per flat, the most frequent
 * themes and how far each step is
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sf-inventory-charts.h"
#include "sf-project-figures.h"
#include "sf-method.h"
#include "sf-progress.h"
#include "sf-report-chapters.h"
#include "sf-project-themes.h"

/* Beyond this many themes the rest are one bar, "other" (two or more: one is shown). */
#define TOP_THEMES 8

static void
add_tile (SfReportTiles  *tiles,
          const char     *label,
          SfReportFigure  figure,
          gboolean        share)
{
  g_autofree char *value = figure.known ? sf_report_format_number (figure.value, share)
                                        : g_strdup ("—");

  sf_report_tiles_add (tiles, label, value, figure.known && figure.estimate);
}

static SfReportFigure
derived (const SfDerivedFigure *figures,
         SfDerivedKind          kind)
{
  return (SfReportFigure) { figures[kind].known, figures[kind].value, figures[kind].estimate };
}

static void
add_flat_tiles (SfReportContext *ctx,
                const char      *flat_id,
                const char      *heading)
{
  SfDerivedFigure figures[SF_DERIVED_N];
  SfReportTiles *tiles;

  if (!sf_project_compute_derived (ctx->project, flat_id, figures, NULL))
    return;
  if (heading != NULL)
    {
      g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b>", heading);

      sf_report_document_add_markup (ctx->doc, markup);
    }
  tiles = sf_report_document_add_tiles (ctx->doc);
  add_tile (tiles, _("Dwellings"), sf_report_figure (ctx->project, "s3q1a", flat_id), FALSE);
  add_tile (tiles, _("Residents"), sf_report_figure (ctx->project, "s3q1b", flat_id), FALSE);
  add_tile (tiles, _("Aged 75 or over"), derived (figures, SF_DERIVED_SHARE_75_PLUS), TRUE);
}

static void
add_key_figures (SfReportContext *ctx)
{
  GListModel *flats = sf_project_get_flats (ctx->project);
  guint n = g_list_model_get_n_items (flats);
  g_autoptr(SfChart) chart = NULL;

  /* No section headings on this page: the tiles and charts say what they are, and the
   * glance stays one page for a project of a few flats. */
  if (n == 0)
    add_flat_tiles (ctx, NULL, NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SfFlat) flat = g_list_model_get_item (flats, i);

      add_flat_tiles (ctx, sf_record_get_id (SF_RECORD (flat)), sf_flat_get_name (flat));
    }
  /* Care per law for every flat at once: a chart keeps the page to one. */
  chart = sf_inventory_chart_new (ctx->project, SF_INVENTORY_CHART_CARE);
  if (sf_chart_get_n_bars (chart) > 0)
    sf_report_document_add_chart (ctx->doc, g_steal_pointer (&chart));
  sf_report_document_add_caption (ctx->doc,
                                  _("Shares are of the residents of the flat. “≈” or a hatched "
                                    "bar marks an estimate or an average; “—” a figure not yet "
                                    "gathered."));
}

static void
add_themes (SfReportContext *ctx)
{
  g_autoptr(GPtrArray) uses = sf_project_theme_overview (ctx->project, NULL);
  const char *series[] = { _("Partner interviews"), _("Session with key figures") };
  double other[2] = { 0, 0 };
  guint n_other = 0, n_shown = 0, n_used = 0, n_top;
  SfChart *chart;

  if (uses == NULL)
    return;
  for (guint i = 0; i < uses->len; i++)
    {
      SfThemeUse *use = g_ptr_array_index (uses, i);

      n_used += use->step1_points + use->step2_points > 0;
    }
  /* An "other" bar hiding a single theme would only hide its name. */
  n_top = n_used > TOP_THEMES + 1 ? TOP_THEMES : n_used;
  chart = sf_chart_new (_("Most frequent themes"));
  sf_chart_set_series (chart, 2, series);
  sf_chart_set_mode (chart, SF_CHART_STACKED);
  sf_chart_set_format (chart, SF_CHART_FORMAT_NUMBER);
  /* The overview comes most frequent first. */
  for (guint i = 0; i < uses->len; i++)
    {
      SfThemeUse *use = g_ptr_array_index (uses, i);
      double values[2] = { use->step1_points, use->step2_points };

      if (use->step1_points + use->step2_points == 0)
        continue;
      if (n_shown < n_top)
        {
          sf_chart_add_bar (chart, use->name, values);
          n_shown++;
        }
      else
        {
          other[0] += values[0], other[1] += values[1];
          n_other++;
        }
    }
  if (n_other > 0)
    {
      g_autofree char *label = g_strdup_printf (
        /* Translators: the last bar of the themes chart; %u is how many themes it groups. */
        g_dngettext (GETTEXT_PACKAGE, "Other (%u theme)", "Other (%u themes)", n_other),
        n_other);

      sf_chart_add_bar (chart, label, other);
    }
  if (n_shown == 0)
    {
      sf_chart_free (chart);
      return;
    }
  sf_report_document_add_chart (ctx->doc, chart);
}

static void
add_progress (SfReportContext *ctx)
{
  SfReportTable *table;

  {
    g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b>", _("How far the steps are"));

    sf_report_document_add_markup (ctx->doc, markup);
  }
  table = sf_report_document_add_table (ctx->doc, 3);
  sf_report_table_set_column (table, 0, _("Step"), 0.4, SF_REPORT_ALIGN_START);
  sf_report_table_set_column (table, 1, _("Status"), 0.2, SF_REPORT_ALIGN_START);
  sf_report_table_set_column (table, 2, _("What is there"), 0.4, SF_REPORT_ALIGN_START);
  /* The steps this report is made of; 4 and 5 are where it is discussed and presented. */
  for (guint step = 1; step <= 3; step++)
    {
      const SfMethodStep *method = sf_method_get_step (step);
      g_autofree char *title = NULL;
      g_autofree char *progress = sf_project_describe_progress (ctx->project, step);
      const char *cells[3];

      if (method == NULL)
        continue;
      /* Translators: a step in the report's progress table: its number and title. */
      title = g_strdup_printf (_("%u. %s"), step, sf_method_step_get_short_title (method));
      cells[0] = title;
      cells[1] = sf_report_step_status_label (sf_project_get_step_status (ctx->project, step));
      cells[2] = progress ? progress : "—";
      sf_report_table_add_row (table, cells);
    }
}

void
sf_report_add_glance (SfReportContext *ctx)
{
  sf_report_document_add_chapter (ctx->doc,
                                  sf_report_chapter_get_title (SF_REPORT_CHAPTER_AT_A_GLANCE));
  add_key_figures (ctx);
  add_themes (ctx);
  add_progress (ctx);
}
