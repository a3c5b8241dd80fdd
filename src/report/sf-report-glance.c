/* sf-report-glance.c: the report's "At a Glance": key figures per flat, the most frequent
 * themes, the preconditions met per flat (step 4), each board's support (step 5), the next
 * actions (step 4), and how far each step is
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sf-inventory-charts.h"
#include "sf-project-figures.h"
#include "sf-method.h"
#include "sf-plan-timeline.h"
#include "sf-progress.h"
#include "sf-project-plan.h"
#include "sf-project-themes.h"
#include "sf-report-step4.h"
#include "sf-report-step5.h"

/* Beyond this many themes the rest are one bar, "other" (two or more: one is shown). */
#define TOP_THEMES 8
/* The actions the glance lists, the first due. */
#define NEXT_ACTIONS 5

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

void
sf_report_add_flat_tiles (SfReportContext *ctx,
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
    sf_report_add_flat_tiles (ctx, NULL, NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SfFlat) flat = g_list_model_get_item (flats, i);

      sf_report_add_flat_tiles (ctx, sf_record_get_id (SF_RECORD (flat)),
                                sf_flat_get_name (flat));
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

void
sf_report_add_top_themes (SfReportContext *ctx,
                          guint            max_bars,
                          gboolean         titled)
{
  g_autoptr(GPtrArray) uses = sf_project_theme_counts (ctx->project, NULL);
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
  n_top = n_used > max_bars ? max_bars - 1 : n_used;
  chart = sf_chart_new (titled ? _("Most frequent themes") : NULL);
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
  /* Every step of the method, the boards' support of step 5 too. */
  for (guint step = 1; step <= SF_METHOD_N_STEPS; step++)
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

/* How many preconditions are met for a flat (or the whole project, without flats), and
 * whether one of them is met by an estimate. */
typedef struct
{
  guint    met;
  gboolean estimate;
} Met;

/* Counts @state in @met: met, and whether by an estimate step 3 suggested. */
static void
count (Met                       *met,
       const SfPreconditionState *state)
{
  met->met += state->status == SF_PRECONDITION_MET;
  met->estimate |= state->status == SF_PRECONDITION_MET && !state->by_hand && state->estimate;
}

/* The preconditions met for @flat_id (NULL: no flats): those judged per flat for it, the
 * others for the whole project (@project met of them). */
static Met
count_met (SfReportContext *ctx,
           const char      *flat_id,
           Met              project)
{
  GListModel *preconditions = sf_project_get_preconditions (ctx->project);
  Met met = project;

  for (guint i = 0; flat_id != NULL && i < g_list_model_get_n_items (preconditions); i++)
    {
      g_autoptr(SfPrecondition) precondition = g_list_model_get_item (preconditions, i);
      const SfPreconditionState *state;

      if (!sf_precondition_is_per_flat (precondition) ||
          (state = sf_report_precondition_state (ctx, precondition, flat_id)) == NULL)
        continue;
      count (&met, state);
    }
  return met;
}

/* Met per flat, in the flats' order (one entry without flats), counted once per context and
 * only as far as asked: a deck lays the slide of them out again each time it shortens it, and
 * shows only the first. The array's first entry is the whole project's. */
static const Met *
preconditions_met (SfReportContext *ctx,
                   guint            n)
{
  GListModel *flats = sf_project_get_flats (ctx->project);
  guint n_flats = g_list_model_get_n_items (flats);

  if (ctx->preconditions_met == NULL)
    {
      GListModel *preconditions = sf_project_get_preconditions (ctx->project);
      Met project = { 0, FALSE };

      for (guint i = 0; i < g_list_model_get_n_items (preconditions); i++)
        {
          g_autoptr(SfPrecondition) precondition = g_list_model_get_item (preconditions, i);
          const SfPreconditionState *state;

          /* Without flats, every precondition is judged for the whole project. */
          if ((sf_precondition_is_per_flat (precondition) && n_flats > 0) ||
              (state = sf_report_precondition_state (ctx, precondition, NULL)) == NULL)
            continue;
          count (&project, state);
        }
      ctx->preconditions_met = g_array_new (FALSE, FALSE, sizeof (Met));
      g_array_append_val (ctx->preconditions_met, project);
    }
  while (ctx->preconditions_met->len <= MIN (n, MAX (n_flats, 1)))
    {
      g_autoptr(SfFlat) flat = n_flats ? g_list_model_get_item (flats,
                                                                ctx->preconditions_met->len - 1)
                                       : NULL;
      Met met = count_met (ctx, flat ? sf_record_get_id (SF_RECORD (flat)) : NULL,
                           g_array_index (ctx->preconditions_met, Met, 0));

      g_array_append_val (ctx->preconditions_met, met);
    }
  return &g_array_index (ctx->preconditions_met, Met, 1);
}

/* "12 of 20 met" per flat, once the partners have discussed the preconditions. */
guint
sf_report_add_preconditions_met (SfReportContext *ctx,
                                 guint            max_rows,
                                 gboolean         tiles)
{
  GListModel *flats = sf_project_get_flats (ctx->project);
  guint total = 0, n_flats = g_list_model_get_n_items (flats);
  SfReportTable *table = NULL;
  SfReportTiles *row = NULL;
  guint n_rows;
  const Met *counted;

  if (sf_project_count_preconditions_discussed (ctx->project, &total) == 0 || total == 0)
    return 0;
  n_rows = MIN (MAX (n_flats, 1), max_rows);
  counted = preconditions_met (ctx, n_rows);
  if (tiles)
    row = sf_report_document_add_tiles (ctx->doc);
  else
    {
      sf_report_add_bold (ctx, _("Preconditions met"));
      table = sf_report_document_add_table (ctx->doc, 2);
      sf_report_table_set_column (table, 0, _("Flat"), 0.6, SF_REPORT_ALIGN_START);
      sf_report_table_set_column (table, 1, _("Met"), 0.4, SF_REPORT_ALIGN_START);
    }
  for (guint i = 0; i < n_rows; i++)
    {
      g_autoptr(SfFlat) flat = n_flats ? g_list_model_get_item (flats, i) : NULL;
      const Met *met = &counted[i];
      /* Translators: in the report's glance, e.g. "12 of 20 met": preconditions; and on a
       * slide's tile, "12 of 20", under which the flat is named. */
      g_autofree char *value = tiles ? g_strdup_printf (_("%u of %u"), met->met, total)
                                     : g_strdup_printf (_("%u of %u met"), met->met, total);
      const char *cells[2] = { flat ? sf_flat_get_name (flat) : _("The whole project"), value };

      if (row != NULL)
        sf_report_tiles_add (row, cells[0], value, met->estimate);
      else
        sf_report_table_set_estimate (table, sf_report_table_add_row (table, cells), 1,
                                      met->estimate);
    }
  return MAX (n_flats, 1);
}

/* The five actions open or under way that are due first. */
static void
add_next_actions (SfReportContext *ctx)
{
  g_autoptr(GPtrArray) next = sf_report_plan_by_due (ctx, TRUE);
  SfReportTable *table;

  if (next->len == 0)
    return;
  sf_report_add_bold (ctx, _("The next actions"));
  table = sf_report_document_add_table (ctx->doc, 4);
  sf_report_table_set_column (table, 0, _("What"), 0.45, SF_REPORT_ALIGN_START);
  sf_report_table_set_column (table, 1, _("Responsible"), 0.25, SF_REPORT_ALIGN_START);
  sf_report_table_set_column (table, 2, _("When"), 0.15, SF_REPORT_ALIGN_START);
  sf_report_table_set_column (table, 3, _("Status"), 0.15, SF_REPORT_ALIGN_START);
  for (guint i = 0; i < MIN (next->len, NEXT_ACTIONS); i++)
    {
      SfPlanAction *action = g_ptr_array_index (next, i);
      g_autofree char *when = sf_report_format_due (sf_plan_action_get_due (action));
      const char *cells[4] = {
        sf_report_context_text (ctx, sf_plan_action_get_what (action)),
        sf_plan_action_get_responsible (action),
        when,
        sf_plan_status_label (sf_plan_action_get_status (action)),
      };

      sf_report_table_add_row (table, cells);
    }
}

void
sf_report_add_glance (SfReportContext *ctx)
{
  sf_report_document_add_chapter (ctx->doc,
                                  sf_report_chapter_get_title (SF_REPORT_CHAPTER_AT_A_GLANCE));
  add_key_figures (ctx);
  sf_report_add_top_themes (ctx, TOP_THEMES + 1, TRUE);
  sf_report_add_preconditions_met (ctx, G_MAXUINT, FALSE);
  sf_report_add_support_counts (ctx);
  add_next_actions (ctx);
  add_progress (ctx);
}
