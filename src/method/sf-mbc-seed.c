/* sf-mbc-seed.c: what the Rotterdam MBC says without a number (P.M.), where it contradicts
 * itself, and amounts of money shown the user's way
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The inconsistencies are data so that the report can print which numbers the calculation
 * follows and why; a test holds each against the calculation.
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "sf-mbc.h"

static const SfMbcPmItem pm_items[] = {
  { "4.3", N_("Broad concept of health"),
    N_("Vitality, experienced well-being and the outcomes of care as residents experience "
       "them: described, not valued.") },
  { "4.4.3", N_("More effective and lasting informal care"),
    N_("A fixed team working with the informal network may prevent complications; too little "
       "research to value it.") },
  { "4.4.4", N_("Intramural care avoided"),
    N_("A year of intramural care costs €65,693 in Rotterdam against €22,905 for Wlz care at "
       "home, so a saving is likely; how many moves are avoided is too uncertain to value.") },
  { "4.5.1", N_("Overburdened informal carers"),
    N_("Preventing carers' overload saves sick leave (about €230 a day) and health costs; too "
       "little is known of its size to value it.") },
  { "4.6.1", N_("Keeping care staff"),
    /* xgettext:no-c-format */
    N_("A stable team keeps staff; turnover costs about 70% of a year's salary.") },
  { "4.6.2", N_("Less hired staff (PNIL)"),
    N_("Fewer expensive hired professionals: expected, not yet valued.") },
  { "4.6.3", N_("Deploying staff more smartly"),
    N_("Less travel and a fixed population: a small productivity gain by the providers' own "
       "estimate.") },
};

static const SfMbcInconsistency inconsistencies[] = {
  { N_("Table 11 and Table 14"), 165414, 167741,
    N_("The total effect differs because Table 11 counts the GP and other care saved by "
       "preventing severe loneliness at €4,420, Table 14 at €6,747. Startfoto adds up its own "
       "lines.") },
  { N_("Table 5 and Tables 11, 14"), 72207, 72825,
    /* xgettext:no-c-format */
    N_("7.5% of €962,766 is €72,207 (Table 5); Tables 11 and 14 print €72,825. Startfoto "
       "follows Table 5.") },
  { N_("Table 8 and Tables 11, 14"), 13148, 13048,
    N_("19 residents × €692 is €13,148 (Table 8); Tables 11 and 14 print €13,048. Startfoto "
       "follows Table 8.") },
  { N_("Table 9"), 75127, 75121,
    N_("13 residents × €5,779 is €75,127; Table 9 prints €75,121. Startfoto multiplies.") },
  { N_("Section 4.4.2 and appendix 2"), 5600, 5779,
    N_("Appendix 2 gives €5,600 per client (€582,413 for 104 clients); Table 9 and the text "
       "use €5,779. Startfoto follows Table 9, as the seed's totals do.") },
  { N_("Table 10 and Table 11"), 6747, 4420,
    /* xgettext:no-c-format */
    N_("13 residents × €2,076 × 25% is €6,747 (Table 10, Table 14); Table 11 prints €4,420. "
       "Startfoto follows Table 10.") },
  { N_("Table 15 and Table 4 (chapter 3)"), 99547, 100250,
    N_("Table 15's costs of the concept (€99,547 in the first year, €84,881 later) differ from "
       "the providers' table (€100,250, then €86,800). Startfoto adds up the providers' lines, "
       "which the project can change.") },
  { N_("Table 4 (chapter 3)"), 101000, 100250,
    N_("The providers' cost lines of the first year add up to €101,000; the table prints a "
       "total of €100,250. Startfoto adds up the lines.") },
  { N_("Table 7"), 13, 16,
    N_("318 residents × (16% − 11%) is 16, but Table 7 counts 13 residents whose severe "
       "loneliness can be prevented: 318 × 4%. Startfoto follows the 13 (4% of the residents), "
       "which Tables 9, 10, 14 and 15 use.") },
  { N_("Section 4.4.2 and Table 9"), 77649, 75121,
    N_("The text says preventing severe loneliness for 13 residents saves €77,649; Table 9 "
       "prints €75,121. Startfoto multiplies: €75,127.") },
  { N_("Section 3.2.2 and Table 4 (chapter 3)"), 78000, 86800,
    N_("€15 a week for 100 Wmo clients is €78,000 a year (section 3.2.2); Table 4 counts "
       "€86,800. Startfoto multiplies.") },
};

guint
sf_mbc_n_pm_items (void)
{
  return G_N_ELEMENTS (pm_items);
}

SfMbcPmItem
sf_mbc_pm_item (guint index)
{
  g_return_val_if_fail (index < G_N_ELEMENTS (pm_items), (SfMbcPmItem) { 0 });
  return (SfMbcPmItem) { pm_items[index].section, _(pm_items[index].title),
                         _(pm_items[index].text) };
}

guint
sf_mbc_n_inconsistencies (void)
{
  return G_N_ELEMENTS (inconsistencies);
}

SfMbcInconsistency
sf_mbc_inconsistency (guint index)
{
  g_return_val_if_fail (index < G_N_ELEMENTS (inconsistencies), (SfMbcInconsistency) { 0 });
  return (SfMbcInconsistency) { _(inconsistencies[index].where), inconsistencies[index].printed,
                                inconsistencies[index].other, _(inconsistencies[index].text) };
}

char *
sf_mbc_format_euro (double value)
{
  /* Translators: the separator of thousands in amounts of money ("1,234" in English) */
  const char *separator = C_("money", ",");
  double whole = round (value);
  g_autofree char *digits = g_strdup_printf ("%.0f", fabs (whole));
  GString *grouped = g_string_new (NULL);
  size_t n = strlen (digits);
  g_autofree char *text = NULL;

  for (size_t i = 0; i < n; i++)
    {
      if (i > 0 && (n - i) % 3 == 0)
        g_string_append (grouped, separator);
      g_string_append_c (grouped, digits[i]);
    }
  text = g_string_free (grouped, FALSE);
  if (whole < 0)
    /* Translators: a negative amount of money, %s its digits: "€ -1.234" in Dutch */
    return g_strdup_printf (_("-€%s"), text);
  /* Translators: an amount of money, %s its digits: "€ 1.234" in Dutch */
  return g_strdup_printf (_("€%s"), text);
}

char *
sf_mbc_format_amount (SfMbcAmount amount)
{
  return amount.known ? sf_mbc_format_euro (amount.value) : g_strdup (_("unknown"));
}
