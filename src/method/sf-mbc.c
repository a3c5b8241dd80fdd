/* sf-mbc.c: the societal business case of a flat, calculated (see sf-mbc.h)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Amounts stay unrounded until they are shown, so that the seed's example comes out to the
 * euro; only people are whole (residents reached). The concept's costs and income do not
 * depend on the flat's figures, so they are always known.
 */
#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "sf-mbc.h"

#define KNOWN(v) ((SfMbcAmount) { TRUE, (v) })
#define UNKNOWN ((SfMbcAmount) { FALSE, 0 })

/* Low and high of the sensitivity: a quarter less and more (our own assumption), except
 * prevention, whose high is the literature's upper bound. */
#define SENS_LOW  0.75
#define SENS_HIGH 1.25

static SfMbcAmount
add (SfMbcAmount a,
     SfMbcAmount b)
{
  return a.known && b.known ? KNOWN (a.value + b.value) : UNKNOWN;
}

static SfMbcAmount
times (SfMbcAmount a,
       double      factor)
{
  return a.known ? KNOWN (a.value * factor) : UNKNOWN;
}

/* Whole people, as the seed counts them (19.08 is 19 residents). */
static SfMbcAmount
people (SfMbcAmount residents,
        double      share)
{
  return residents.known ? KNOWN (round (residents.value * MAX (share, 0))) : UNKNOWN;
}

void
sf_mbc_input_init (SfMbcInput *input)
{
  *input = (SfMbcInput) { 0 };
  sf_mbc_defaults (input->params);
  input->residents_origin = SF_MBC_ORIGIN_UNKNOWN;
}

static void
care_lines (const SfMbcInput *in,
            SfMbcResult      *out)
{
  const double *p = in->params;

  out->care_total = KNOWN (0);
  for (guint k = 0; k < SF_MBC_CARE_N; k++)
    {
      SfMbcCareLine *line = &out->care[k];

      if (in->clients[k].known)
        {
          line->clients = in->clients[k];
          line->origin = in->clients_estimate[k] ? SF_MBC_ORIGIN_ESTIMATE : SF_MBC_ORIGIN_STEP3;
        }
      else if (in->residents.known)
        {
          /* The reference flat's clients, scaled by residents (checked: at least 1). */
          line->clients = KNOWN (p[SF_MBC_CLIENTS_WMO + k] * in->residents.value
                                 / p[SF_MBC_REFERENCE_RESIDENTS]);
          line->origin = SF_MBC_ORIGIN_ASSUMPTION;
        }
      else
        {
          line->clients = UNKNOWN;
          line->origin = SF_MBC_ORIGIN_UNKNOWN;
          out->missing |= SF_MBC_MISSING_RESIDENTS;
        }
      line->cost = times (line->clients, p[SF_MBC_COST_WMO + k]);
      out->care_total = add (out->care_total, line->cost);
    }
}

static void
effects (const SfMbcInput *in,
         SfMbcResult      *out)
{
  const double *p = in->params;

  out->prevention = times (out->care_total, p[SF_MBC_PREVENTION]);
  out->prevention_low_bound = times (out->care_total, p[SF_MBC_PREVENTION_LOW_BOUND]);
  out->prevention_high_bound = times (out->care_total, p[SF_MBC_PREVENTION_HIGH_BOUND]);

  out->social_residents = people (in->residents, p[SF_MBC_SOCIAL_NOW] - p[SF_MBC_SOCIAL_TARGET]);
  out->social_saving_per_resident = KNOWN (p[SF_MBC_GP_OTHER_COST] * p[SF_MBC_SOCIAL_SAVED]);
  out->social = times (out->social_residents, out->social_saving_per_resident.value);

  out->severe_residents = people (in->residents, p[SF_MBC_SEVERE_PREVENTED]);
  out->severe_care = times (out->severe_residents, p[SF_MBC_SEVERE_CARE_COST]);
  out->severe_gp = times (out->severe_residents,
                          p[SF_MBC_GP_OTHER_COST] * p[SF_MBC_SEVERE_GP_SAVED]);
  if (!in->residents.known)
    out->missing |= SF_MBC_MISSING_RESIDENTS;

  out->effects = add (add (out->prevention, out->social), add (out->severe_care, out->severe_gp));
}

static double
line_sum (const double *p,
          guint         year)
{
  double sum = 0;

  for (SfMbcParam i = SF_MBC_COST_PERSONNEL_1; i <= SF_MBC_COST_PR_LATER; i += 2)
    sum += p[year == 0 ? i : i + 1];
  return sum;
}

static void
years (const SfMbcInput *in,
       SfMbcResult      *out)
{
  const double *p = in->params;
  SfMbcAmount cumulative = KNOWN (0);

  for (guint y = 0; y < SF_MBC_YEARS; y++)
    {
      SfMbcYear *year = &out->years[y];
      double income = p[SF_MBC_INCOME_WMO_WEEK] * p[SF_MBC_INCOME_WMO_CLIENTS] * 52
                      + p[SF_MBC_INCOME_TENDER_BASE] + p[SF_MBC_INCOME_TENDER_CONDITIONAL];

      if (y == 0)
        income += p[SF_MBC_INCOME_START] + p[SF_MBC_INCOME_EXTRA_1];
      year->costs = KNOWN (line_sum (p, y));
      year->income = KNOWN (income);
      year->ramp = KNOWN (p[SF_MBC_RAMP_YEAR1 + MIN (y, 2)]);
      year->benefits = times (out->effects, year->ramp.value);
      year->result = add (year->benefits, times (year->costs, -1));
      cumulative = add (cumulative, year->result);
      year->cumulative = cumulative;
    }
}

static void
calculate_plain (const SfMbcInput *input,
                 SfMbcResult      *result)
{
  *result = (SfMbcResult) { 0 };
  care_lines (input, result);
  effects (input, result);
  years (input, result);
}

/* @in with the parameters of @which scaled by @factor (or prevention set to its bound). */
static SfMbcAmount
cumulative_with (const SfMbcInput *in,
                 SfMbcSensitivity  which,
                 double            factor,
                 gboolean          high)
{
  SfMbcInput moved = *in;
  SfMbcResult result;
  double *p = moved.params;

  switch (which)
    {
    case SF_MBC_SENS_PREVENTION:
      p[SF_MBC_PREVENTION] = high ? MAX (p[SF_MBC_PREVENTION_HIGH_BOUND], p[SF_MBC_PREVENTION])
                                  : p[SF_MBC_PREVENTION] * factor;
      break;
    case SF_MBC_SENS_SEVERE:
      p[SF_MBC_SEVERE_PREVENTED] = MIN (p[SF_MBC_SEVERE_PREVENTED] * factor, 1);
      break;
    case SF_MBC_SENS_SOCIAL:
      p[SF_MBC_SOCIAL_SAVED] = MIN (p[SF_MBC_SOCIAL_SAVED] * factor, 1);
      break;
    case SF_MBC_SENS_CARE_COSTS:
      for (guint k = 0; k < SF_MBC_CARE_N; k++)
        p[SF_MBC_COST_WMO + k] *= factor;
      break;
    case SF_MBC_SENS_CONCEPT_COSTS:
    case SF_MBC_SENS_N:
    default:
      /* More costs is the low end of the result. */
      for (SfMbcParam i = SF_MBC_COST_PERSONNEL_1; i <= SF_MBC_COST_PR_LATER; i++)
        p[i] *= SENS_LOW + SENS_HIGH - factor;
      break;
    }
  calculate_plain (&moved, &result);
  return result.years[SF_MBC_YEARS - 1].cumulative;
}

void
sf_mbc_calculate (const SfMbcInput *input,
                  SfMbcResult      *result)
{
  double widest = -1;

  g_return_if_fail (input != NULL && result != NULL);

  calculate_plain (input, result);
  result->strongest = SF_MBC_SENS_N;
  for (SfMbcSensitivity s = 0; s < SF_MBC_SENS_N; s++)
    {
      SfMbcRange *range = &result->sensitivity[s];
      double width;

      range->low = cumulative_with (input, s, SENS_LOW, FALSE);
      range->expected = result->years[SF_MBC_YEARS - 1].cumulative;
      range->high = cumulative_with (input, s, SENS_HIGH, TRUE);
      width = fabs (range->high.value - range->low.value);
      if (range->low.known && range->high.known && width > widest)
        {
          widest = width;
          result->strongest = s;
        }
    }
}

const char *
sf_mbc_care_label (SfMbcCare care)
{
  switch (care)
    {
    case SF_MBC_CARE_WMO: return _("Wmo support (guidance, day care, household help)");
    case SF_MBC_CARE_NURSING: return _("Zvw district nursing");
    case SF_MBC_CARE_GP: return _("Zvw GP care");
    case SF_MBC_CARE_ZVW_OTHER: return _("Zvw other care");
    case SF_MBC_CARE_WLZ: return _("Wlz care at home");
    case SF_MBC_CARE_N:
    default: g_return_val_if_reached (NULL);
    }
}

const char *
sf_mbc_sensitivity_label (SfMbcSensitivity which)
{
  switch (which)
    {
    case SF_MBC_SENS_PREVENTION: return _("Saving by prevention");
    case SF_MBC_SENS_SEVERE: return _("Severe loneliness prevented");
    case SF_MBC_SENS_SOCIAL: return _("Saving by preventing social loneliness");
    case SF_MBC_SENS_CARE_COSTS: return _("Care costs per client");
    case SF_MBC_SENS_CONCEPT_COSTS: return _("Costs of the concept");
    case SF_MBC_SENS_N:
    default: g_return_val_if_reached (NULL);
    }
}

char *
sf_mbc_describe_missing (SfMbcMissing missing)
{
  if (missing & SF_MBC_MISSING_RESIDENTS)
    return g_strdup (_("the number of residents (or dwellings) of the flat"));
  return NULL;
}
