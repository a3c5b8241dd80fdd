/* sf-mbc-params.c: the societal business case's parameters with Rotterdam's values
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every value is the seed's (Rotterdam's MBC Thuisplusflat, Obelon), named by its table; the
 * few that are not are marked as our own assumption. Keys are kept in project files.
 *
 * Tabel 4 (chapter 4) prints whole client counts (52 Wmo clients) but multiplies unrounded
 * ones (€163,313 is 51.78 × €3,154), so the counts here are its amounts over their costs and
 * its total of €962,766 comes out to the euro.
 */
#include "config.h"

#include <math.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "sf-mbc.h"

typedef struct {
  const char *key;
  const char *label;
  SfMbcUnit   unit;
  double      value;
  const char *source;
} ParamDef;

/* In the order of SfMbcParam; labels and sources are translated when asked for. */
static const ParamDef params[SF_MBC_N_PARAMS] = {
  { "reference_residents", N_("Residents of the reference flat"), SF_MBC_UNIT_RESIDENTS, 318,
    N_("MBC Rotterdam, Table 2") },
  { "clients_wmo", N_("Wmo clients in the reference flat"), SF_MBC_UNIT_CLIENTS,
    163313.0 / 3154, N_("MBC Rotterdam, Table 4 (chapter 4): €163,313 / €3,154, printed as 52") },
  { "clients_nursing", N_("District nursing clients in the reference flat"),
    SF_MBC_UNIT_CLIENTS, 329751.0 / 6838,
    N_("MBC Rotterdam, Table 4 (chapter 4): €329,751 / €6,838, printed as 48") },
  { "clients_gp", N_("GP care clients in the reference flat"), SF_MBC_UNIT_CLIENTS,
    120543.0 / 431, N_("MBC Rotterdam, Table 4 (chapter 4): €120,543 / €431, printed as 280") },
  { "clients_zvw_other", N_("Other Zvw care clients in the reference flat"),
    SF_MBC_UNIT_CLIENTS, 259810.0 / 1645,
    N_("MBC Rotterdam, Table 4 (chapter 4): €259,810 / €1,645, printed as 158") },
  { "clients_wlz", N_("Wlz care at home clients in the reference flat"), SF_MBC_UNIT_CLIENTS,
    89349.0 / 22905, N_("MBC Rotterdam, Table 4 (chapter 4): €89,349 / €22,905, printed as 4") },
  { "cost_wmo", N_("Wmo cost per client"), SF_MBC_UNIT_EURO, 3154,
    N_("MBC Rotterdam, Table 4 (chapter 4) and Table 16") },
  { "cost_nursing", N_("District nursing cost per client"), SF_MBC_UNIT_EURO, 6838,
    N_("MBC Rotterdam, Table 4 (chapter 4) and Table 16") },
  { "cost_gp", N_("GP care cost per client"), SF_MBC_UNIT_EURO, 431,
    N_("MBC Rotterdam, Table 4 (chapter 4) and Table 16") },
  { "cost_zvw_other", N_("Other Zvw care cost per client"), SF_MBC_UNIT_EURO, 1645,
    N_("MBC Rotterdam, Table 4 (chapter 4) and Table 16") },
  { "cost_wlz", N_("Wlz care at home cost per client"), SF_MBC_UNIT_EURO, 22905,
    N_("MBC Rotterdam, Table 4 (chapter 4) and Table 16") },
  { "prevention", N_("Saving by prevention, share of the care costs"), SF_MBC_UNIT_SHARE,
    0.075, N_("MBC Rotterdam, Table 5 (section 4.4.1)") },
  { "prevention_low_bound", N_("Saving by prevention, literature's lower bound"),
    SF_MBC_UNIT_SHARE, 0.089, N_("MBC Rotterdam, section 4.4.1 (Rocks et al. 2020)") },
  { "prevention_high_bound", N_("Saving by prevention, literature's upper bound"),
    SF_MBC_UNIT_SHARE, 0.106, N_("MBC Rotterdam, section 4.4.1 (Rocks et al. 2020)") },
  { "social_now", N_("Residents socially lonely now"), SF_MBC_UNIT_SHARE, 0.36,
    N_("MBC Rotterdam, Tables 6 and 7") },
  { "social_target", N_("Residents socially lonely with the concept"), SF_MBC_UNIT_SHARE, 0.30,
    N_("MBC Rotterdam, Table 7 (the national average)") },
  { "gp_other_cost", N_("GP and other Zvw care cost per resident"), SF_MBC_UNIT_EURO, 2076,
    N_("MBC Rotterdam, section 4.4.2 and appendix 2 (€431 + €1,645)") },
  { "social_saved", N_("Share of that cost saved by preventing social loneliness"),
    SF_MBC_UNIT_SHARE, 1.0 / 3.0, N_("MBC Rotterdam, Table 8 (a third)") },
  { "severe_prevented", N_("Residents whose severe loneliness is prevented"),
    SF_MBC_UNIT_SHARE, 0.04,
    N_("Own derivation from MBC Rotterdam, Table 7: 13 of 318 residents (318 × 4% = 12.7)") },
  { "severe_care_cost", N_("Wmo, district nursing and Wlz cost per resident"),
    SF_MBC_UNIT_EURO, 5779, N_("MBC Rotterdam, Table 9") },
  { "severe_gp_saved", N_("Share of GP and other Zvw care saved by preventing severe "
                          "loneliness"), SF_MBC_UNIT_SHARE, 0.25,
    N_("MBC Rotterdam, Table 10") },
  { "ramp_year1", N_("Share of the effect reached in year 1"), SF_MBC_UNIT_SHARE, 0.25,
    N_("MBC Rotterdam, chapter 5 (Table 15)") },
  { "ramp_year2", N_("Share of the effect reached in year 2"), SF_MBC_UNIT_SHARE, 0.75,
    N_("MBC Rotterdam, chapter 5 (Table 15)") },
  { "ramp_year3", N_("Share of the effect reached from year 3"), SF_MBC_UNIT_SHARE, 1.0,
    N_("MBC Rotterdam, chapter 5 (Table 15)") },
  { "cost_personnel_1", N_("Personnel, year 1"), SF_MBC_UNIT_EURO, 60000,
    N_("MBC Rotterdam, Table 4 (chapter 3), 2021") },
  { "cost_personnel_later", N_("Personnel, later years"), SF_MBC_UNIT_EURO, 70000,
    N_("MBC Rotterdam, Table 4 (chapter 3), 2022 and 2023") },
  { "cost_management_1", N_("Project management, year 1"), SF_MBC_UNIT_EURO, 20000,
    N_("MBC Rotterdam, Table 4 (chapter 3), 2021") },
  { "cost_management_later", N_("Project management, later years"), SF_MBC_UNIT_EURO, 2000,
    N_("MBC Rotterdam, Table 4 (chapter 3), 2022 and 2023") },
  { "cost_training_1", N_("Training, year 1"), SF_MBC_UNIT_EURO, 1750,
    N_("MBC Rotterdam, Table 4 (chapter 3), 2021") },
  { "cost_training_later", N_("Training, later years"), SF_MBC_UNIT_EURO, 750,
    N_("MBC Rotterdam, Table 4 (chapter 3), 2022 and 2023") },
  { "cost_activities_1", N_("Activities, year 1"), SF_MBC_UNIT_EURO, 6000,
    N_("MBC Rotterdam, Table 4 (chapter 3), 2021") },
  { "cost_activities_later", N_("Activities, later years"), SF_MBC_UNIT_EURO, 8000,
    N_("MBC Rotterdam, Table 4 (chapter 3), 2022 and 2023") },
  { "cost_building_1", N_("Building, year 1"), SF_MBC_UNIT_EURO, 8000,
    N_("MBC Rotterdam, Table 4 (chapter 3), 2021") },
  { "cost_building_later", N_("Building, later years"), SF_MBC_UNIT_EURO, 4500,
    N_("MBC Rotterdam, Table 4 (chapter 3), 2022 and 2023") },
  { "cost_cleaning_1", N_("Cleaning, year 1"), SF_MBC_UNIT_EURO, 750,
    N_("MBC Rotterdam, Table 4 (chapter 3), 2021") },
  { "cost_cleaning_later", N_("Cleaning, later years"), SF_MBC_UNIT_EURO, 750,
    N_("MBC Rotterdam, Table 4 (chapter 3), 2022 and 2023") },
  { "cost_pr_1", N_("PR and communication, year 1"), SF_MBC_UNIT_EURO, 4500,
    N_("MBC Rotterdam, Table 4 (chapter 3), 2021") },
  { "cost_pr_later", N_("PR and communication, later years"), SF_MBC_UNIT_EURO, 800,
    N_("MBC Rotterdam, Table 4 (chapter 3), 2022 and 2023") },
  { "income_start", N_("Start amount, year 1"), SF_MBC_UNIT_EURO, 35000,
    N_("MBC Rotterdam, section 3.2.2") },
  { "income_extra_1", N_("Additional allowance, year 1"), SF_MBC_UNIT_EURO, 24000,
    N_("MBC Rotterdam, Table 4 (chapter 3)") },
  { "income_wmo_week", N_("Wmo allowance per client per week"), SF_MBC_UNIT_EURO_WEEK, 15,
    N_("MBC Rotterdam, section 3.2.2; Rotterdam's tender of 2019") },
  { "income_wmo_clients", N_("Wmo clients of the provider in the flat"), SF_MBC_UNIT_CLIENTS,
    100, N_("MBC Rotterdam, section 3.2.2 (the break-even point)") },
  { "income_tender_base", N_("Tender base amount per year"), SF_MBC_UNIT_EURO, 0,
    N_("Own assumption: 0, the financing of 2019; Rotterdam's tender of 2024 pays €83,500") },
  { "income_tender_conditional", N_("Tender conditional allowance per year"),
    SF_MBC_UNIT_EURO, 0,
    N_("Own assumption: 0, the financing of 2019; Rotterdam's tender of 2024 pays at most "
       "€19,500") },
};

SfMbcParamInfo
sf_mbc_param_info (SfMbcParam param)
{
  if (param >= SF_MBC_N_PARAMS)
    {
      g_critical ("%s: no parameter %d", G_STRFUNC, param);
      param = 0;
    }
  return (SfMbcParamInfo) { params[param].key, _(params[param].label), params[param].unit,
                            params[param].value, _(params[param].source) };
}

SfMbcParam
sf_mbc_param_from_key (const char *key)
{
  for (guint i = 0; key != NULL && i < SF_MBC_N_PARAMS; i++)
    if (g_str_equal (key, params[i].key))
      return i;
  return SF_MBC_N_PARAMS;
}

gboolean
sf_mbc_param_check (SfMbcParam   param,
                    double       value,
                    GError     **error)
{
  g_return_val_if_fail (param < SF_MBC_N_PARAMS, FALSE);

  if (!isfinite (value) || value < 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   /* Translators: %s is a parameter of the business case */
                   _("“%s” cannot be negative."), _(params[param].label));
      return FALSE;
    }
  if (params[param].unit == SF_MBC_UNIT_SHARE && value > 1)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   /* Translators: %s is a parameter of the business case */
                   _("“%s” cannot be more than 100%%."), _(params[param].label));
      return FALSE;
    }
  if (param == SF_MBC_REFERENCE_RESIDENTS && value < 1)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("The reference flat needs at least one resident."));
      return FALSE;
    }
  return TRUE;
}

void
sf_mbc_defaults (double *values)
{
  for (guint i = 0; i < SF_MBC_N_PARAMS; i++)
    values[i] = params[i].value;
}
