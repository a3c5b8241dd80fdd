/* test-mbc.c: the societal business case's calculation (issue 16), without a project
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The seed's own example, its average flat of 318 residents, must come out to the euro where
 * the seed is consistent, and where it is not, as the listed inconsistency says.
 */
#include "config.h"

#include <math.h>
#include <libintl.h>
#include <locale.h>
#include <string.h>

#include <gio/gio.h>

#include "sf-mbc.h"

static void
seed_example (SfMbcResult *result)
{
  SfMbcInput input;

  sf_mbc_input_init (&input);
  input.residents = (SfMbcAmount) { TRUE, 318 };
  sf_mbc_calculate (&input, result);
}

#define assert_euro(amount, euros) \
  G_STMT_START { \
    g_assert_true ((amount).known); \
    g_assert_cmpfloat (round ((amount).value), ==, (euros)); \
  } G_STMT_END

static void
test_care_costs (void)
{
  SfMbcResult r;
  static const double expected[SF_MBC_CARE_N] = { 163313, 329751, 120543, 259810, 89349 };

  seed_example (&r);
  /* Tabel 4 (chapter 4), line by line and its total. */
  for (guint k = 0; k < SF_MBC_CARE_N; k++)
    {
      g_assert_cmpint (r.care[k].origin, ==, SF_MBC_ORIGIN_ASSUMPTION);
      assert_euro (r.care[k].cost, expected[k]);
    }
  assert_euro (r.care_total, 962766);
}

static void
test_effects (void)
{
  SfMbcResult r;

  seed_example (&r);
  assert_euro (r.social_residents, 19);
  assert_euro (r.social_saving_per_resident, 692);
  assert_euro (r.social, 13148);
  assert_euro (r.severe_residents, 13);
  assert_euro (r.severe_care, 75127);
  assert_euro (r.severe_gp, 6747);
  g_assert_cmpint (r.missing, ==, SF_MBC_MISSING_NONE);
}

static void
test_prevention (void)
{
  SfMbcResult r;

  seed_example (&r);
  /* Tabel 5: 7.5% of €962,766; the literature's 8.9-10.6% (section 4.4.1) as the bound. */
  assert_euro (r.prevention, 72207);
  assert_euro (r.prevention_low_bound, 85686);
  assert_euro (r.prevention_high_bound, 102053);
  assert_euro (r.effects, 167229);
}

/* Tabel 15's shape with the providers' cost lines (Tabel 4, chapter 3: its first year's lines
 * add up to €101,000, though it prints €100,250) and our effects. */
static void
test_years (void)
{
  SfMbcResult r;
  static const double costs[] = { 101000, 86800, 86800 };
  static const double benefits[] = { 41807, 125422, 167229 };
  static const double results[] = { -59193, 38622, 80429 };
  static const double cumulative[] = { -59193, -20571, 59859 };
  static const double income[] = { 137000, 78000, 78000 };

  seed_example (&r);
  for (guint y = 0; y < SF_MBC_YEARS; y++)
    {
      assert_euro (r.years[y].costs, costs[y]);
      assert_euro (r.years[y].benefits, benefits[y]);
      assert_euro (r.years[y].result, results[y]);
      assert_euro (r.years[y].cumulative, cumulative[y]);
      assert_euro (r.years[y].income, income[y]);
    }
  g_assert_cmpfloat (r.years[0].ramp.value, ==, 0.25);
  g_assert_cmpfloat (r.years[1].ramp.value, ==, 0.75);
  g_assert_cmpfloat (r.years[2].ramp.value, ==, 1.0);
}

/* The seed's own Tabel 15, from its Tabel 14 total and its concept costs, through the same
 * ramp: the calculation of the years is the seed's, whatever the inputs. */
static void
test_seed_table_15 (void)
{
  SfMbcInput input;
  SfMbcResult r;
  static const double benefits[] = { 41935, 125806, 167741 };
  static const double cumulative[] = { -57612, -16687, 66173 };

  sf_mbc_input_init (&input);
  input.residents = (SfMbcAmount) { TRUE, 318 };
  /* Tabel 14's effects: the prevention line raised by the seed's difference of €512. */
  input.params[SF_MBC_PREVENTION] = (167741.0 - 13148 - 75127 - 6747) / 962766;
  for (SfMbcParam i = SF_MBC_COST_PERSONNEL_1; i <= SF_MBC_COST_PR_LATER; i++)
    input.params[i] = 0;
  input.params[SF_MBC_COST_PERSONNEL_1] = 99547;
  input.params[SF_MBC_COST_PERSONNEL_LATER] = 84881;
  sf_mbc_calculate (&input, &r);
  for (guint y = 0; y < SF_MBC_YEARS; y++)
    {
      assert_euro (r.years[y].benefits, benefits[y]);
      assert_euro (r.years[y].cumulative, cumulative[y]);
    }
}

/* Each inconsistency the issue names is listed, with the number Startfoto follows first, and
 * the calculation gives that number. */
static void
test_inconsistencies (void)
{
  static const double pairs[][2] = {
    { 165414, 167741 }, { 72207, 72825 }, { 13148, 13048 }, { 75127, 75121 }, { 5600, 5779 },
    { 6747, 4420 }, { 99547, 100250 }, { 13, 16 }, { 101000, 100250 },
  };
  guint n = sf_mbc_n_inconsistencies ();
  SfMbcResult r;

  for (guint p = 0; p < G_N_ELEMENTS (pairs); p++)
    {
      gboolean found = FALSE;

      for (guint i = 0; i < n && !found; i++)
        {
          SfMbcInconsistency item = sf_mbc_inconsistency (i);

          found = item.printed == pairs[p][0] && item.other == pairs[p][1] &&
                  item.where != NULL && item.text != NULL && *item.text != '\0';
        }
      if (!found)
        g_test_fail_printf ("inconsistency %.0f / %.0f is not listed", pairs[p][0], pairs[p][1]);
    }
  seed_example (&r);
  /* Those whose first number is a line of the calculation: it is the one followed. */
  assert_euro (r.prevention, 72207);
  assert_euro (r.social, 13148);
  assert_euro (r.severe_care, 75127);
  assert_euro (r.severe_gp, 6747);
  assert_euro (r.severe_residents, 13);
  g_assert_cmpfloat (sf_mbc_param_info (SF_MBC_SEVERE_CARE_COST).value, ==, 5779);
}

/* Without residents, what needs them is unknown, never NaN or a zero, and says so; a flat's
 * own client counts still count, with their mark. */
static void
test_missing (void)
{
  SfMbcInput input;
  SfMbcResult r;
  g_autofree char *missing = NULL;

  sf_mbc_input_init (&input);
  input.clients[SF_MBC_CARE_WMO] = (SfMbcAmount) { TRUE, 40 };
  input.clients_estimate[SF_MBC_CARE_WMO] = TRUE;
  input.clients[SF_MBC_CARE_NURSING] = (SfMbcAmount) { TRUE, 30 };
  sf_mbc_calculate (&input, &r);
  g_assert_cmpint (r.care[SF_MBC_CARE_WMO].origin, ==, SF_MBC_ORIGIN_ESTIMATE);
  assert_euro (r.care[SF_MBC_CARE_WMO].cost, 40 * 3154);
  g_assert_cmpint (r.care[SF_MBC_CARE_NURSING].origin, ==, SF_MBC_ORIGIN_STEP3);
  g_assert_cmpint (r.care[SF_MBC_CARE_GP].origin, ==, SF_MBC_ORIGIN_UNKNOWN);
  g_assert_false (r.care[SF_MBC_CARE_GP].cost.known);
  g_assert_false (r.care_total.known);
  g_assert_false (r.effects.known);
  g_assert_false (r.social.known);
  for (guint y = 0; y < SF_MBC_YEARS; y++)
    {
      g_assert_false (r.years[y].result.known);
      g_assert_cmpfloat (r.years[y].result.value, ==, 0);
      g_assert_true (r.years[y].costs.known);
    }
  for (guint s = 0; s < SF_MBC_SENS_N; s++)
    g_assert_false (r.sensitivity[s].low.known);
  g_assert_cmpint (r.strongest, ==, SF_MBC_SENS_N);
  g_assert_cmpint (r.missing, ==, SF_MBC_MISSING_RESIDENTS);
  missing = sf_mbc_describe_missing (r.missing);
  g_assert_nonnull (strstr (missing, "residents"));
  g_assert_null (sf_mbc_describe_missing (SF_MBC_MISSING_NONE));
}

static void
test_sensitivity (void)
{
  SfMbcResult r;

  seed_example (&r);
  for (guint s = 0; s < SF_MBC_SENS_N; s++)
    {
      g_assert_true (r.sensitivity[s].low.known && r.sensitivity[s].high.known);
      g_assert_cmpfloat (r.sensitivity[s].low.value, <, r.sensitivity[s].expected.value);
      g_assert_cmpfloat (r.sensitivity[s].high.value, >, r.sensitivity[s].expected.value);
    }
  assert_euro (r.sensitivity[SF_MBC_SENS_PREVENTION].expected, 59859);
  /* Prevention's high end is the literature's 10.6%: 3.1% more of €962,766 for 2 full
   * years' worth of ramp (25% + 75% + 100%). */
  assert_euro (r.sensitivity[SF_MBC_SENS_PREVENTION].high, 119550);
  /* The concept's costs, a quarter either way of €274,600 over three years, move the result
   * most: more than the care costs, which reach it only through prevention. */
  assert_euro (r.sensitivity[SF_MBC_SENS_CONCEPT_COSTS].low, -8791);
  assert_euro (r.sensitivity[SF_MBC_SENS_CONCEPT_COSTS].high, 128509);
  g_assert_cmpint (r.strongest, ==, SF_MBC_SENS_CONCEPT_COSTS);
  for (guint s = 0; s < SF_MBC_SENS_N; s++)
    g_assert_cmpfloat (fabs (r.sensitivity[s].high.value - r.sensitivity[s].low.value), <=,
                       fabs (r.sensitivity[r.strongest].high.value -
                             r.sensitivity[r.strongest].low.value));
}

static void
test_param_check (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sf_mbc_param_check (SF_MBC_PREVENTION, 0.1, NULL));
  g_assert_false (sf_mbc_param_check (SF_MBC_PREVENTION, 1.5, &error));
  g_assert_nonnull (strstr (error->message, "100%"));
  g_clear_error (&error);
  g_assert_false (sf_mbc_param_check (SF_MBC_COST_WMO, -1, &error));
  g_assert_nonnull (strstr (error->message, "negative"));
  g_clear_error (&error);
  g_assert_false (sf_mbc_param_check (SF_MBC_COST_WMO, NAN, NULL));
  g_assert_false (sf_mbc_param_check (SF_MBC_COST_WMO, INFINITY, NULL));
  g_assert_false (sf_mbc_param_check (SF_MBC_REFERENCE_RESIDENTS, 0, NULL));
  g_assert_true (sf_mbc_param_check (SF_MBC_COST_WMO, 250000, NULL));
  for (guint i = 0; i < SF_MBC_N_PARAMS; i++)
    {
      SfMbcParamInfo info = sf_mbc_param_info (i);

      g_assert_cmpint (sf_mbc_param_from_key (info.key), ==, i);
      g_assert_true (sf_mbc_param_check (i, info.value, NULL));
      g_assert_true (*info.label != '\0' && *info.source != '\0');
    }
  g_assert_cmpint (sf_mbc_param_from_key ("nonsense"), ==, SF_MBC_N_PARAMS);
}

/* The effects the seed names without a value are listed with their text, the intramural care
 * with both of its amounts. */
static void
test_pm_items (void)
{
  gboolean intramural = FALSE;

  g_assert_cmpuint (sf_mbc_n_pm_items (), ==, 7);
  for (guint i = 0; i < sf_mbc_n_pm_items (); i++)
    {
      SfMbcPmItem item = sf_mbc_pm_item (i);

      g_assert_true (*item.section != '\0' && *item.title != '\0' && *item.text != '\0');
      intramural |= strstr (item.text, "€65,693") != NULL && strstr (item.text, "€22,905") != NULL;
    }
  g_assert_true (intramural);
}

static void
test_format (void)
{
  g_autofree char *thousands = sf_mbc_format_euro (962766.4);
  g_autofree char *negative = sf_mbc_format_euro (-58442.6);
  g_autofree char *small = sf_mbc_format_euro (-0.4);
  g_autofree char *unknown = sf_mbc_format_amount ((SfMbcAmount) { FALSE, 0 });

  g_assert_cmpstr (thousands, ==, "€962,766");
  g_assert_cmpstr (negative, ==, "-€58,443");
  g_assert_cmpstr (small, ==, "€0");
  g_assert_cmpstr (unknown, ==, "unknown");
}

static void
test_format_dutch (void)
{
  g_autofree char *thousands = NULL;
  g_autofree char *negative = NULL;
  g_autofree char *unknown = NULL;
  g_autofree char *label = NULL;

  g_assert_nonnull (bindtextdomain (GETTEXT_PACKAGE, g_getenv ("SF_TEST_LOCALEDIR")));
  g_assert_nonnull (bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8"));
  textdomain (GETTEXT_PACKAGE);
  g_assert_nonnull (setlocale (LC_ALL, "nl_NL.UTF-8"));
  thousands = sf_mbc_format_euro (1234);
  negative = sf_mbc_format_euro (-1234567);
  unknown = sf_mbc_format_amount ((SfMbcAmount) { FALSE, 0 });
  /* Asked in English before (param-check): in Dutch now. */
  label = g_strdup (sf_mbc_param_info (SF_MBC_PREVENTION).label);
  setlocale (LC_ALL, "C.UTF-8");
  g_assert_cmpstr (label, ==, "Besparing door zorgpreventie, deel van de zorgkosten");
  g_assert_cmpstr (thousands, ==, "€\u00A01.234");
  g_assert_cmpstr (negative, ==, "€\u00A0-1.234.567");
  g_assert_cmpstr (unknown, ==, "onbekend");
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/mbc/care-costs", test_care_costs);
  g_test_add_func ("/mbc/effects", test_effects);
  g_test_add_func ("/mbc/prevention", test_prevention);
  g_test_add_func ("/mbc/years", test_years);
  g_test_add_func ("/mbc/seed-table-15", test_seed_table_15);
  g_test_add_func ("/mbc/inconsistencies", test_inconsistencies);
  g_test_add_func ("/mbc/missing", test_missing);
  g_test_add_func ("/mbc/sensitivity", test_sensitivity);
  g_test_add_func ("/mbc/param-check", test_param_check);
  g_test_add_func ("/mbc/pm-items", test_pm_items);
  g_test_add_func ("/mbc/format", test_format);
  /* Last: it leaves the Dutch catalogue bound. */
  g_test_add_func ("/mbc/format-dutch", test_format_dutch);
  return g_test_run ();
}
