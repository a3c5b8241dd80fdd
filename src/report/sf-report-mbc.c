/* sf-report-mbc.c: the report's chapter on the societal business case, per flat
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The disclaimer comes first, in the seed's own words as far as they go: a board member reads
 * it before any amount. Each flat's numbers come from sf_project_calculate_mbc (); an amount
 * that cannot be known is "unknown" and the flat's part says what is missing.
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "sf-flat.h"
#include "sf-mbc-chart.h"
#include "sf-project-mbc.h"
#include "sf-report-mbc.h"

const char *
sf_report_mbc_disclaimer_short (void)
{
  return _("An estimate to talk about, not a budget: valuing is not yet funding, no causality "
           "is claimed, and it is a living document.");
}

static const char *
disclaimer (void)
{
  return _("This business case is an estimate to talk about, not a budget. It values what the "
           "concept may save society, after Rotterdam's societal business case for the "
           "Thuisplusflat (Obelon). Valuing is not yet funding: whoever saves is not thereby "
           "the one who pays. No causality is claimed: these figures cannot show that the "
           "concept brings these effects. It is a living document: change an assumption as "
           "soon as you know better.");
}

/* A share with at most one decimal, "7,5 %", "25 %". */
static char *
share_text (double value)
{
  double tenths = round (value * 1000) / 10;
  g_autofree char *number = fabs (tenths - round (tenths)) < 1e-9
                              ? g_strdup_printf ("%.0f", tenths)
                              : g_strdup_printf ("%.1f", tenths);

  /* Translators: a percentage in a chart; %s is the number, e.g. "25 %" */
  return g_strdup_printf (_("%s %%"), number);
}

char *
sf_report_mbc_param_value (SfMbcParam param,
                           double     value)
{
  g_autofree char *euro = NULL;

  switch (sf_mbc_param_info (param).unit)
    {
    case SF_MBC_UNIT_EURO:
      return sf_mbc_format_euro (value);
    case SF_MBC_UNIT_EURO_WEEK:
      euro = sf_mbc_format_euro (value);
      /* Translators: an amount of the business case's income, e.g. "€ 12 per client per week" */
      return g_strdup_printf (_("%s per client per week"), euro);
    case SF_MBC_UNIT_SHARE:
      return share_text (value);
    case SF_MBC_UNIT_CLIENTS:
    case SF_MBC_UNIT_RESIDENTS:
    default:
      return sf_report_format_number (value, FALSE);
    }
}

static const char *
keep (SfReportContext *ctx,
      char            *text)
{
  g_ptr_array_add (ctx->strings, text);
  return text;
}

static const char *
amount (SfReportContext *ctx,
        SfMbcAmount      value)
{
  return keep (ctx, sf_mbc_format_amount (value));
}

static const char *
origin_label (SfMbcOrigin origin)
{
  switch (origin)
    {
    case SF_MBC_ORIGIN_STEP3:
      return _("Step 3");
    case SF_MBC_ORIGIN_ESTIMATE:
      return _("Step 3, estimate");
    case SF_MBC_ORIGIN_ASSUMPTION:
      return _("Assumption: Rotterdam's average for this many residents");
    case SF_MBC_ORIGIN_UNKNOWN:
    default:
      return _("Unknown");
    }
}

/* A heading inside a flat's section: the outline stops at the flat. */
static void
add_heading (SfReportContext *ctx,
             const char      *text)
{
  g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b>", text);

  sf_report_document_add_markup (ctx->doc, markup);
}

/* ---- a flat ------------------------------------------------------------------------------ */

/* Three tiles: a fourth leaves too little room for an amount of seven digits. */
static void
add_summary (SfReportContext   *ctx,
             const SfMbcInput  *in,
             const SfMbcResult *r)
{
  SfReportTiles *tiles = sf_report_document_add_tiles (ctx->doc);
  const SfMbcYear *last = &r->years[SF_MBC_YEARS - 1];
  g_autofree char *residents = NULL;
  g_autofree char *result_label = NULL;
  g_autofree char *missing = sf_mbc_describe_missing (r->missing);

  sf_report_tiles_add (tiles, _("Care costs a year"), amount (ctx, r->care_total), FALSE);
  sf_report_tiles_add (tiles, _("Benefits a year at full effect"), amount (ctx, r->effects),
                       FALSE);
  /* Translators: a tile of the business case; %u is the number of years */
  result_label = g_strdup_printf (_("Cumulative result after %u years"), SF_MBC_YEARS);
  sf_report_tiles_add (tiles, result_label, amount (ctx, last->cumulative), FALSE);
  if (missing != NULL)
    {
      /* Translators: %s is what the business case misses, e.g. "the number of residents" */
      g_autofree char *text = g_strdup_printf (_("Unknown: the business case needs %s from "
                                                 "step 3."), missing);

      sf_report_document_add_paragraph (ctx->doc, text);
      return;
    }
  residents = sf_report_format_number (in->residents.value, FALSE);
  sf_report_document_add_caption (ctx->doc, keep (ctx, g_strdup_printf (
    in->residents_origin == SF_MBC_ORIGIN_ASSUMPTION
      /* Translators: under the business case's tiles; %s is a number of dwellings */
      ? _("Residents: %s, an assumption: step 3 has no number of residents for this flat, so "
          "its dwellings stand in for them.")
      : in->residents_origin == SF_MBC_ORIGIN_ESTIMATE
      /* Translators: under the business case's tiles; %s is a number of residents */
      ? _("Residents: ≈ %s, an estimate from step 3.")
      /* Translators: under the business case's tiles; %s is a number of residents */
      : _("Residents: %s, from step 3."), residents)));
}

static void
add_care (SfReportContext   *ctx,
          const SfMbcInput  *in,
          const SfMbcResult *r)
{
  const char *total[5] = { _("Total"), NULL, NULL, NULL, amount (ctx, r->care_total) };
  SfReportTable *table;

  add_heading (ctx, _("Care and support costs a year"));
  table = sf_report_document_add_table (ctx->doc, 5);
  sf_report_table_set_column (table, 0, _("Kind of care"), 0.3, SF_REPORT_ALIGN_START);
  sf_report_table_set_column (table, 1, _("Clients"), 0.12, SF_REPORT_ALIGN_END);
  sf_report_table_set_column (table, 2, _("Origin"), 0.28, SF_REPORT_ALIGN_START);
  sf_report_table_set_column (table, 3, _("Cost per client"), 0.15, SF_REPORT_ALIGN_END);
  sf_report_table_set_column (table, 4, _("Cost"), 0.15, SF_REPORT_ALIGN_END);
  for (SfMbcCare k = 0; k < SF_MBC_CARE_N; k++)
    {
      const SfMbcCareLine *line = &r->care[k];
      const char *cells[5] = {
        sf_mbc_care_label (k),
        line->clients.known ? keep (ctx, sf_report_format_number (line->clients.value, FALSE))
                            : _("unknown"),
        origin_label (line->origin),
        keep (ctx, sf_mbc_format_euro (in->params[SF_MBC_COST_WMO + k])),
        amount (ctx, line->cost),
      };
      guint row = sf_report_table_add_row (table, cells);

      sf_report_table_set_estimate (table, row, 1, line->clients.known &&
                                    line->origin != SF_MBC_ORIGIN_STEP3);
    }
  sf_report_table_set_total (table, sf_report_table_add_row (table, total));
}

/* "13 residents × € 5.779" */
static const char *
per_resident (SfReportContext *ctx,
              SfMbcAmount      residents,
              double           each)
{
  g_autofree char *euro = sf_mbc_format_euro (each);
  g_autofree char *count = residents.known ? sf_report_format_number (residents.value, FALSE)
                                           : g_strdup (_("unknown"));

  /* Translators: how an effect is valued: a number of residents times an amount each */
  return keep (ctx, g_strdup_printf (_("%s residents × %s"), count, euro));
}

static void
add_effects (SfReportContext   *ctx,
             const SfMbcInput  *in,
             const SfMbcResult *r)
{
  const double *p = in->params;
  g_autofree char *prevention = share_text (p[SF_MBC_PREVENTION]);
  g_autofree char *low = share_text (p[SF_MBC_PREVENTION_LOW_BOUND]);
  g_autofree char *high = share_text (p[SF_MBC_PREVENTION_HIGH_BOUND]);
  const char *rows[][3] = {
    { _("Saving by prevention"),
      /* Translators: the basis of the saving by prevention, e.g. "7,5 % of the care costs" */
      keep (ctx, g_strdup_printf (_("%s of the care costs"), prevention)),
      amount (ctx, r->prevention) },
    { _("Social loneliness prevented"),
      per_resident (ctx, r->social_residents, r->social_saving_per_resident.value),
      amount (ctx, r->social) },
    { _("Severe loneliness prevented: care"),
      per_resident (ctx, r->severe_residents, p[SF_MBC_SEVERE_CARE_COST]),
      amount (ctx, r->severe_care) },
    { _("Severe loneliness prevented: GP and other Zvw care"),
      per_resident (ctx, r->severe_residents, p[SF_MBC_GP_OTHER_COST] * p[SF_MBC_SEVERE_GP_SAVED]),
      amount (ctx, r->severe_gp) },
    { _("Total"), NULL, amount (ctx, r->effects) },
  };
  SfReportTable *table;
  g_autofree char *range = NULL;

  add_heading (ctx, _("Effects a year at full effect"));
  table = sf_report_document_add_table (ctx->doc, 3);
  sf_report_table_set_column (table, 0, _("Effect"), 0.4, SF_REPORT_ALIGN_START);
  sf_report_table_set_column (table, 1, _("Basis"), 0.4, SF_REPORT_ALIGN_START);
  sf_report_table_set_column (table, 2, _("A year"), 0.2, SF_REPORT_ALIGN_END);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    sf_report_table_add_row (table, rows[i]);
  sf_report_table_set_total (table, G_N_ELEMENTS (rows) - 1);
  /* Translators: under the effects: the literature's range of the saving by prevention, its
   * two shares and then the two amounts */
  range = g_strdup_printf (_("The literature finds %s to %s saved by prevention: %s to %s a "
                             "year for this flat, an optimistic bound."), low, high,
                           amount (ctx, r->prevention_low_bound),
                           amount (ctx, r->prevention_high_bound));
  sf_report_document_add_caption (ctx->doc, range);
}

/* The provider's lines: a row per cost line, year 1 and each later year. */
static void
add_concept (SfReportContext   *ctx,
             const SfMbcInput  *in,
             const SfMbcResult *r)
{
  static const char *lines[] = {
    N_("Personnel"), N_("Project management"), N_("Training"), N_("Activities"),
    N_("Building"), N_("Cleaning"), N_("PR and communication"),
  };
  const double *p = in->params;
  double wmo = p[SF_MBC_INCOME_WMO_WEEK] * p[SF_MBC_INCOME_WMO_CLIENTS] * 52;
  const char *income[][3] = {
    { sf_mbc_param_info (SF_MBC_INCOME_START).label,
      keep (ctx, sf_mbc_format_euro (p[SF_MBC_INCOME_START])), NULL },
    { sf_mbc_param_info (SF_MBC_INCOME_EXTRA_1).label,
      keep (ctx, sf_mbc_format_euro (p[SF_MBC_INCOME_EXTRA_1])), NULL },
    { _("Wmo allowance for the concept's clients"), keep (ctx, sf_mbc_format_euro (wmo)),
      keep (ctx, sf_mbc_format_euro (wmo)) },
    { sf_mbc_param_info (SF_MBC_INCOME_TENDER_BASE).label,
      keep (ctx, sf_mbc_format_euro (p[SF_MBC_INCOME_TENDER_BASE])),
      keep (ctx, sf_mbc_format_euro (p[SF_MBC_INCOME_TENDER_BASE])) },
    { sf_mbc_param_info (SF_MBC_INCOME_TENDER_CONDITIONAL).label,
      keep (ctx, sf_mbc_format_euro (p[SF_MBC_INCOME_TENDER_CONDITIONAL])),
      keep (ctx, sf_mbc_format_euro (p[SF_MBC_INCOME_TENDER_CONDITIONAL])) },
    { _("Income"), amount (ctx, r->years[0].income), amount (ctx, r->years[1].income) },
  };
  const char *costs[3] = {
    _("Costs"), amount (ctx, r->years[0].costs), amount (ctx, r->years[1].costs),
  };
  SfReportTable *table;

  G_STATIC_ASSERT (G_N_ELEMENTS (lines) * 2 == SF_MBC_COST_PR_LATER - SF_MBC_COST_PERSONNEL_1 + 1);
  add_heading (ctx, _("The concept's costs and income"));
  table = sf_report_document_add_table (ctx->doc, 3);
  sf_report_table_set_column (table, 0, _("Line"), 0.5, SF_REPORT_ALIGN_START);
  sf_report_table_set_column (table, 1, _("Year 1"), 0.25, SF_REPORT_ALIGN_END);
  sf_report_table_set_column (table, 2, _("Each later year"), 0.25, SF_REPORT_ALIGN_END);
  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      const char *cells[3] = {
        _(lines[i]),
        keep (ctx, sf_mbc_format_euro (p[SF_MBC_COST_PERSONNEL_1 + 2 * i])),
        keep (ctx, sf_mbc_format_euro (p[SF_MBC_COST_PERSONNEL_1 + 2 * i + 1])),
      };

      sf_report_table_add_row (table, cells);
    }
  sf_report_table_set_total (table, sf_report_table_add_row (table, costs));
  for (guint i = 0; i < G_N_ELEMENTS (income); i++)
    sf_report_table_add_row (table, income[i]);
  sf_report_table_set_total (table, sf_report_table_get_n_rows (table) - 1);
  sf_report_document_add_caption (ctx->doc,
    _("The income is how the provider is paid for the concept; it is not a benefit to "
      "society, so the result is the benefits less the costs."));
}

static void
add_years (SfReportContext   *ctx,
           const SfMbcResult *r)
{
  SfReportTable *table;

  add_heading (ctx, _("Over the years"));
  table = sf_report_document_add_table (ctx->doc, 6);
  sf_report_table_set_column (table, 0, _("Year"), 0.1, SF_REPORT_ALIGN_START);
  sf_report_table_set_column (table, 1, _("Effect reached"), 0.14, SF_REPORT_ALIGN_END);
  sf_report_table_set_column (table, 2, _("Costs"), 0.19, SF_REPORT_ALIGN_END);
  sf_report_table_set_column (table, 3, _("Benefits"), 0.19, SF_REPORT_ALIGN_END);
  sf_report_table_set_column (table, 4, _("Result"), 0.19, SF_REPORT_ALIGN_END);
  sf_report_table_set_column (table, 5, _("Cumulative"), 0.19, SF_REPORT_ALIGN_END);
  for (guint y = 0; y < SF_MBC_YEARS; y++)
    {
      const SfMbcYear *year = &r->years[y];
      const char *cells[6] = {
        keep (ctx, g_strdup_printf ("%u", y + 1)),
        keep (ctx, share_text (year->ramp.value)),
        amount (ctx, year->costs), amount (ctx, year->benefits),
        amount (ctx, year->result), amount (ctx, year->cumulative),
      };

      sf_report_table_add_row (table, cells);
    }
  sf_report_document_add_chart (ctx->doc, sf_mbc_chart_new (r, TRUE));
}

static void
add_sensitivity (SfReportContext   *ctx,
                 const SfMbcResult *r)
{
  g_autoptr(GString) note = g_string_new (NULL);
  SfReportTable *table;

  add_heading (ctx, _("Sensitivity"));
  table = sf_report_document_add_table (ctx->doc, 4);
  sf_report_table_set_column (table, 0, _("Assumption"), 0.4, SF_REPORT_ALIGN_START);
  /* The worse and the better result, whichever way the assumption moves (more costs is
   * worse, more savings better): "low" would read as the assumption's value. */
  sf_report_table_set_column (table, 1, _("Unfavourable"), 0.2, SF_REPORT_ALIGN_END);
  sf_report_table_set_column (table, 2, _("Expected"), 0.2, SF_REPORT_ALIGN_END);
  sf_report_table_set_column (table, 3, _("Favourable"), 0.2, SF_REPORT_ALIGN_END);
  for (SfMbcSensitivity s = 0; s < SF_MBC_SENS_N; s++)
    {
      const SfMbcRange *range = &r->sensitivity[s];
      const char *cells[4] = {
        sf_mbc_sensitivity_label (s), amount (ctx, range->low),
        amount (ctx, range->expected), amount (ctx, range->high),
      };

      sf_report_table_add_row (table, cells);
    }
  /* Translators: under the sensitivity table; %u is the number of years */
  g_string_append_printf (note, _("The result after %u years when one assumption is a quarter "
                                  "lower or higher (for prevention: up to the literature's "
                                  "bound), the others as they are."), SF_MBC_YEARS);
  if (r->strongest < SF_MBC_SENS_N)
    {
      g_string_append_c (note, ' ');
      /* Translators: under the sensitivity table; %s is an assumption, e.g. "Saving by
       * prevention" */
      g_string_append_printf (note, _("What moves the result most: %s."),
                              sf_mbc_sensitivity_label (r->strongest));
    }
  sf_report_document_add_caption (ctx->doc, note->str);
}

static void
add_flat (SfReportContext *ctx,
          SfFlat          *flat)
{
  const char *name = sf_flat_get_name (flat);
  SfMbcInput in;
  SfMbcResult r;

  sf_project_calculate_mbc (ctx->project, sf_record_get_id (SF_RECORD (flat)), &in, &r);
  sf_report_document_add_section (ctx->doc, name && *name ? name : _("Unnamed flat"));
  add_summary (ctx, &in, &r);
  add_care (ctx, &in, &r);
  add_effects (ctx, &in, &r);
  add_concept (ctx, &in, &r);
  add_years (ctx, &r);
  add_sensitivity (ctx, &r);
}

guint
sf_report_add_mbc_results (SfReportContext *ctx,
                           guint            max_tiles)
{
  GListModel *flats = sf_project_get_flats (ctx->project);
  guint n = g_list_model_get_n_items (flats);
  SfReportTiles *tiles = n > 0 ? sf_report_document_add_tiles (ctx->doc) : NULL;

  for (guint i = 0; i < MIN (n, max_tiles); i++)
    {
      g_autoptr(SfFlat) flat = g_list_model_get_item (flats, i);
      const char *name = sf_flat_get_name (flat);
      SfMbcAmount costs = { TRUE, 0 }, benefits = { TRUE, 0 };
      char *label;
      SfMbcResult r;

      sf_project_calculate_mbc (ctx->project, sf_record_get_id (SF_RECORD (flat)), NULL, &r);
      /* What the result weighs: a board member sees a loss, and what it is made of. */
      for (guint y = 0; y < SF_MBC_YEARS; y++)
        {
          costs.known &= r.years[y].costs.known;
          costs.value += r.years[y].costs.value;
          benefits.known &= r.years[y].benefits.known;
          benefits.value += r.years[y].benefits.value;
        }
      /* Translators: a tile on the business case's slide, under the cumulative result: the
       * flat's name, the number of years, then the benefits and the costs of those years */
      label = g_strdup_printf (_("%s, result after %u years: benefits %s minus costs %s"),
                               name && *name ? name : _("Unnamed flat"), SF_MBC_YEARS,
                               amount (ctx, benefits), amount (ctx, costs));
      sf_report_tiles_add (tiles, keep (ctx, label),
                           amount (ctx, r.years[SF_MBC_YEARS - 1].cumulative), FALSE);
    }
  return n;
}

void
sf_report_add_mbc (SfReportContext *ctx)
{
  GListModel *flats = sf_project_get_flats (ctx->project);
  g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b> %s", _("Read this first:"),
                                                     disclaimer ());

  sf_report_document_add_chapter (ctx->doc,
                                  sf_report_chapter_get_title (SF_REPORT_CHAPTER_MBC));
  sf_report_document_add_markup (ctx->doc, markup);
  if (g_list_model_get_n_items (flats) == 0)
    sf_report_document_add_paragraph (ctx->doc,
      _("The project has no flats yet: a business case is made per flat."));
  for (guint i = 0; i < g_list_model_get_n_items (flats); i++)
    {
      g_autoptr(SfFlat) flat = g_list_model_get_item (flats, i);

      add_flat (ctx, flat);
    }
  sf_report_add_mbc_assumptions (ctx);
  sf_report_add_mbc_pm_items (ctx);
  sf_report_add_mbc_inconsistencies (ctx);
}
