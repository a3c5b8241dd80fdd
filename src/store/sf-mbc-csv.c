/* sf-mbc-csv.c: the business case written as a CSV file (issue 16)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For a spreadsheet, one way. The columns and marks are words of the file's language; the
 * items are the calculation's own (translated) names.
 */
#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "sf-csv-cells.h"
#include "sf-csv-write.h"
#include "sf-file.h"
#include "sf-flat.h"
#include "sf-mbc-csv.h"
#include "sf-project-mbc.h"

enum { COL_FLAT, COL_PART, COL_ITEM, COL_KEY, COL_VALUE, COL_UNIT, COL_MARK, COL_SOURCE, N_COLS };

typedef enum { PART_PARAMETER, PART_INPUT, PART_CARE, PART_EFFECT, PART_YEAR, PART_SENSITIVITY,
               N_PARTS } Part;

typedef struct
{
  const char *columns[N_COLS];
  const char *parts[N_PARTS];
  const char *units[SF_MBC_UNIT_RESIDENTS + 1];
  const char *origins[SF_MBC_ORIGIN_UNKNOWN + 1];
  const char *rotterdam, *project, *flat, *unknown, *year, *low, *expected, *high, *strongest;
} Vocabulary;

/* By SfCsvLanguage, as the other CSV files have their words. */
static const Vocabulary vocabularies[] = {
  [SF_CSV_ENGLISH] = {
    { "flat", "part", "item", "key", "value", "unit", "mark", "source" },
    { "parameter", "input", "care", "effect", "year", "sensitivity" },
    { "euro", "euro per week", "share", "clients", "residents" },
    { "the flat's figure", "the flat's figure, estimate", "assumption", "unknown" },
    "Rotterdam", "changed for the project", "changed for this flat", "unknown, missing: ",
    "year", "low", "expected", "high", "moves the result most",
  },
  [SF_CSV_DUTCH] = {
    { "flat", "onderdeel", "post", "sleutel", "waarde", "eenheid", "markering", "bron" },
    { "parameter", "invoer", "zorg", "effect", "jaar", "gevoeligheid" },
    { "euro", "euro per week", "aandeel", "cliënten", "bewoners" },
    { "cijfer van de flat", "cijfer van de flat, schatting", "aanname", "onbekend" },
    "Rotterdam", "gewijzigd voor het project", "gewijzigd voor deze flat", "onbekend, mist: ",
    "jaar", "laag", "verwacht", "hoog", "beweegt het resultaat het meest",
  },
};

typedef struct
{
  GString          *out;
  const Vocabulary *words;
  char              separator;
  gboolean          comma;
  const char       *flat;
  const char       *missing;
} Writer;

static void
row (Writer     *w,
     Part        part,
     const char *item,
     const char *key,
     const char *value,
     const char *unit,
     const char *mark,
     const char *source)
{
  const char *fields[N_COLS] = { w->flat, w->words->parts[part], item, key, value, unit, mark,
                                 source };

  sf_csv_append_row (w->out, fields, N_COLS, w->separator);
}

/* An amount to the cent, or an empty value marked with what is missing. */
static void
amount_row (Writer      *w,
            Part         part,
            const char  *item,
            const char  *key,
            SfMbcAmount  amount,
            const char  *unit,
            const char  *mark)
{
  g_autofree char *value = amount.known
    ? sf_csv_format_number (round (amount.value * 100) / 100, w->comma) : NULL;
  g_autofree char *unknown = amount.known ? NULL
    : g_strconcat (w->words->unknown, w->missing != NULL ? w->missing : "", NULL);

  row (w, part, item, key, value, unit, amount.known ? mark : unknown, NULL);
}

static void
parameters (Writer     *w,
            SfProject  *project,
            const char *flat_id,
            const SfMbcInput *input)
{
  for (SfMbcParam p = 0; p < SF_MBC_N_PARAMS; p++)
    {
      SfMbcParamInfo info = sf_mbc_param_info (p);
      SfMbcSetting *own = sf_project_find_mbc_setting (project, flat_id, p);
      SfMbcSetting *shared = sf_project_find_mbc_setting (project, NULL, p);
      SfMbcSetting *setting = own != NULL && sf_mbc_setting_get_value (own) >= 0 ? own : shared;
      g_autofree char *value = sf_csv_format_number (input->params[p], w->comma);
      g_autofree char *mark = NULL;

      if (setting != NULL && sf_mbc_setting_get_value (setting) >= 0)
        mark = *sf_mbc_setting_get_set_by (setting) != '\0'
          ? g_strdup_printf ("%s: %s", setting == own ? w->words->flat : w->words->project,
                             sf_mbc_setting_get_set_by (setting))
          : g_strdup (setting == own ? w->words->flat : w->words->project);
      row (w, PART_PARAMETER, info.label, info.key, value, w->words->units[info.unit],
           mark != NULL ? mark : w->words->rotterdam, info.source);
    }
}

static void
care (Writer            *w,
      const SfMbcInput  *input,
      const SfMbcResult *r)
{
  static const char * const keys[] = { "wmo", "district_nursing", "gp", "zvw_other", "wlz" };

  amount_row (w, PART_INPUT, _("Residents"), "residents", input->residents,
              w->words->units[SF_MBC_UNIT_RESIDENTS],
              w->words->origins[MIN (input->residents_origin, SF_MBC_ORIGIN_UNKNOWN)]);
  for (guint k = 0; k < SF_MBC_CARE_N; k++)
    {
      g_autofree char *clients = g_strconcat ("care_clients_", keys[k], NULL);
      g_autofree char *cost = g_strconcat ("care_cost_", keys[k], NULL);
      const char *origin = w->words->origins[r->care[k].origin];

      amount_row (w, PART_CARE, sf_mbc_care_label (k), clients, r->care[k].clients,
                  w->words->units[SF_MBC_UNIT_CLIENTS], origin);
      amount_row (w, PART_CARE, sf_mbc_care_label (k), cost, r->care[k].cost, "euro", origin);
    }
  amount_row (w, PART_CARE, _("Care and support costs"), "care_total", r->care_total, "euro",
              NULL);
}

static void
effects (Writer            *w,
         const SfMbcResult *r)
{
  const char *euro = "euro", *residents = w->words->units[SF_MBC_UNIT_RESIDENTS];

  amount_row (w, PART_EFFECT, _("Saving by prevention"), "effect_prevention", r->prevention,
              euro, NULL);
  amount_row (w, PART_EFFECT, _("Saving by prevention, literature's lower bound"),
              "effect_prevention_low_bound", r->prevention_low_bound, euro, NULL);
  amount_row (w, PART_EFFECT, _("Saving by prevention, literature's upper bound"),
              "effect_prevention_high_bound", r->prevention_high_bound, euro, NULL);
  amount_row (w, PART_EFFECT, _("Residents no longer socially lonely"), "effect_social_residents",
              r->social_residents, residents, NULL);
  amount_row (w, PART_EFFECT, _("Saving per resident"), "effect_social_saving_per_resident",
              r->social_saving_per_resident, euro, NULL);
  amount_row (w, PART_EFFECT, _("Saving by preventing social loneliness"), "effect_social",
              r->social, euro, NULL);
  amount_row (w, PART_EFFECT, _("Residents whose severe loneliness is prevented"),
              "effect_severe_residents", r->severe_residents, residents, NULL);
  amount_row (w, PART_EFFECT, _("Saving on Wmo, district nursing and Wlz"), "effect_severe_care",
              r->severe_care, euro, NULL);
  amount_row (w, PART_EFFECT, _("Saving on GP and other Zvw care"), "effect_severe_gp",
              r->severe_gp, euro, NULL);
  amount_row (w, PART_EFFECT, _("Benefits a year at full effect"), "effect_benefits_full_effect",
              r->effects, euro, NULL);
}

static void
years (Writer            *w,
       const SfMbcResult *r)
{
  for (guint y = 0; y < SF_MBC_YEARS; y++)
    {
      const SfMbcYear *year = &r->years[y];
      const struct { const char *item, *key; SfMbcAmount amount; const char *unit; } lines[] = {
        { _("Costs of the concept"), "costs", year->costs, "euro" },
        { _("Income of the provider"), "income", year->income, "euro" },
        { _("Share of the effect reached"), "effect_share", year->ramp,
          w->words->units[SF_MBC_UNIT_SHARE] },
        { _("Societal benefits"), "benefits", year->benefits, "euro" },
        { _("Result"), "result", year->result, "euro" },
        { _("Cumulative result"), "cumulative", year->cumulative, "euro" },
      };

      for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
        {
          g_autofree char *key = g_strdup_printf ("year%u_%s", y + 1, lines[i].key);
          g_autofree char *item = g_strdup_printf ("%s %u: %s", w->words->year, y + 1,
                                                   lines[i].item);

          amount_row (w, PART_YEAR, item, key, lines[i].amount, lines[i].unit, NULL);
        }
    }
}

static void
sensitivity (Writer            *w,
             const SfMbcResult *r)
{
  static const char * const keys[] = { "prevention", "severe", "social", "care_costs",
                                       "concept_costs" };

  for (SfMbcSensitivity s = 0; s < SF_MBC_SENS_N; s++)
    {
      const SfMbcRange *range = &r->sensitivity[s];
      const char *mark = s == r->strongest ? w->words->strongest : NULL;
      const struct { const char *word, *name; SfMbcAmount amount; } ends[] = {
        { w->words->low, "low", range->low },
        { w->words->expected, "expected", range->expected },
        { w->words->high, "high", range->high },
      };

      for (guint i = 0; i < G_N_ELEMENTS (ends); i++)
        {
          g_autofree char *key = g_strdup_printf ("sensitivity_%s_%s", keys[s], ends[i].name);
          g_autofree char *item = g_strdup_printf ("%s (%s)", sf_mbc_sensitivity_label (s),
                                                   ends[i].word);

          amount_row (w, PART_SENSITIVITY, item, key, ends[i].amount, "euro", mark);
        }
    }
}

gboolean
sf_project_export_mbc_csv (SfProject      *project,
                           const char     *path,
                           char            separator,
                           SfCsvLanguage   language,
                           GError        **error)
{
  g_autoptr(GString) out = g_string_new (SF_CSV_BOM);
  GListModel *flats;
  Writer w = { out, NULL, separator, FALSE, NULL, NULL };

  g_return_val_if_fail (SF_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (separator == ';' || separator == ',' || separator == '\t', FALSE);
  g_return_val_if_fail (language == SF_CSV_ENGLISH || language == SF_CSV_DUTCH, FALSE);

  w.words = &vocabularies[language];
  /* As the figures' file: a decimal comma in a Dutch file with ';'. */
  w.comma = language == SF_CSV_DUTCH && separator == ';';
  sf_csv_append_row (out, w.words->columns, N_COLS, separator);
  flats = sf_project_get_flats (project);
  for (guint i = 0; i < g_list_model_get_n_items (flats); i++)
    {
      g_autoptr(SfFlat) flat = g_list_model_get_item (flats, i);
      const char *flat_id = sf_record_get_id (SF_RECORD (flat));
      g_autofree char *missing = NULL;
      SfMbcInput input;
      SfMbcResult r;

      sf_project_calculate_mbc (project, flat_id, &input, &r);
      missing = sf_mbc_describe_missing (r.missing);
      w.flat = sf_flat_get_name (flat);
      w.missing = missing;
      parameters (&w, project, flat_id, &input);
      care (&w, &input, &r);
      effects (&w, &r);
      years (&w, &r);
      sensitivity (&w, &r);
    }
  return sf_file_write_private (path, out->str, out->len, error);
}
