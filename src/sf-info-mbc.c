/* sf-info-mbc.c: the business case in `startfoto --info` (issue 16)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Amounts in the text are the user's way (sf_mbc_format_euro ()); in JSON whole euros, or
 * null when unknown, with what is missing said in words.
 */
#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "sf-info-mbc.h"
#include "sf-project-mbc.h"

static const char * const origin_keys[] = { "flat", "flat-estimate", "assumption", "unknown" };
static const char * const care_keys[] = { "wmo", "district-nursing", "gp", "zvw-other", "wlz" };
static const char * const sensitivity_keys[] = {
  "prevention", "severe-loneliness", "social-loneliness", "care-costs", "concept-costs",
};

/* An amount for the terminal: g_print () turns "€" into "?" where the locale's character
 * set has no euro sign (LANG=C), so there it is "EUR". */
static char *
terminal_euro (double value)
{
  g_autofree char *text = sf_mbc_format_euro (value);
  g_auto(GStrv) parts = NULL;

  if (g_get_charset (NULL))
    return g_steal_pointer (&text);
  parts = g_strsplit (text, "€", -1);
  return g_strjoinv ("EUR ", parts);
}

/* How many settings of the project's and of @flat_id's there are. */
static guint
count_changed (SfProject  *project,
               const char *flat_id)
{
  GListModel *settings = sf_project_get_mbc_settings (project);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (settings); i++)
    {
      g_autoptr(SfMbcSetting) setting = g_list_model_get_item (settings, i);
      const char *own = sf_mbc_setting_get_flat_id (setting);

      n += own == NULL || g_strcmp0 (own, flat_id) == 0;
    }
  return n;
}

static void
print_flat (SfProject *project,
            SfFlat    *flat)
{
  const char *flat_id = sf_record_get_id (SF_RECORD (flat));
  const SfMbcYear *last;
  g_autofree char *effects = NULL, *result = NULL;
  guint own = 0, changed = count_changed (project, flat_id);
  SfMbcResult r;

  sf_project_calculate_mbc (project, flat_id, NULL, &r);
  last = &r.years[SF_MBC_YEARS - 1];
  if (!last->cumulative.known)
    {
      g_autofree char *missing = sf_mbc_describe_missing (r.missing);

      /* Translators: the flat's name, then what is missing ("the number of residents…") */
      g_print (_("Business case: %s: unknown, it needs %s\n"), sf_flat_get_name (flat),
               missing);
      return;
    }
  for (guint k = 0; k < SF_MBC_CARE_N; k++)
    own += r.care[k].origin == SF_MBC_ORIGIN_STEP3 || r.care[k].origin == SF_MBC_ORIGIN_ESTIMATE;
  effects = terminal_euro (r.effects.value);
  result = terminal_euro (last->cumulative.value);
  /* Translators: the flat's name, the benefits a year, the number of years, the result over
   * them, then how many of the five care figures are the flat's own */
  g_print (_("Business case: %s: benefits %s a year at full effect, result after %u years "
             "%s; %u of 5 care figures the flat's own"),
           sf_flat_get_name (flat), effects, SF_MBC_YEARS, result, own);
  if (changed > 0)
    g_print (g_dngettext (GETTEXT_PACKAGE, ", %u parameter changed", ", %u parameters changed",
                          changed), changed);
  g_print ("\n");
}

void
sf_info_print_mbc (SfProject *project)
{
  GListModel *flats = sf_project_get_flats (project);

  for (guint i = 0; i < g_list_model_get_n_items (flats); i++)
    {
      g_autoptr(SfFlat) flat = g_list_model_get_item (flats, i);

      print_flat (project, flat);
    }
}

static void
add_amount (JsonBuilder *b,
            const char  *member,
            SfMbcAmount  amount)
{
  json_builder_set_member_name (b, member);
  if (amount.known)
    json_builder_add_int_value (b, (gint64) round (amount.value));
  else
    json_builder_add_null_value (b);
}

static void
add_years (JsonBuilder       *b,
           const SfMbcResult *r)
{
  json_builder_set_member_name (b, "years");
  json_builder_begin_array (b);
  for (guint y = 0; y < SF_MBC_YEARS; y++)
    {
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "year");
      json_builder_add_int_value (b, y + 1);
      add_amount (b, "costs", r->years[y].costs);
      add_amount (b, "income", r->years[y].income);
      json_builder_set_member_name (b, "effect_share");
      json_builder_add_double_value (b, r->years[y].ramp.value);
      add_amount (b, "benefits", r->years[y].benefits);
      add_amount (b, "result", r->years[y].result);
      add_amount (b, "cumulative", r->years[y].cumulative);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
add_care (JsonBuilder       *b,
          const SfMbcResult *r)
{
  json_builder_set_member_name (b, "care");
  json_builder_begin_array (b);
  for (guint k = 0; k < SF_MBC_CARE_N; k++)
    {
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "kind");
      json_builder_add_string_value (b, care_keys[k]);
      json_builder_set_member_name (b, "clients");
      if (r->care[k].clients.known)
        json_builder_add_double_value (b, round (r->care[k].clients.value * 10) / 10);
      else
        json_builder_add_null_value (b);
      json_builder_set_member_name (b, "origin");
      json_builder_add_string_value (b, origin_keys[r->care[k].origin]);
      add_amount (b, "cost", r->care[k].cost);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
add_flat (JsonBuilder *b,
          SfProject   *project,
          SfFlat      *flat)
{
  const char *flat_id = sf_record_get_id (SF_RECORD (flat));
  g_autofree char *missing = NULL;
  SfMbcResult r;

  sf_project_calculate_mbc (project, flat_id, NULL, &r);
  missing = sf_mbc_describe_missing (r.missing);
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "flat");
  json_builder_add_string_value (b, sf_flat_get_name (flat));
  json_builder_set_member_name (b, "missing");
  if (missing != NULL)
    json_builder_add_string_value (b, missing);
  else
    json_builder_add_null_value (b);
  add_care (b, &r);
  add_amount (b, "care_total", r.care_total);
  add_amount (b, "prevention", r.prevention);
  add_amount (b, "social_loneliness", r.social);
  add_amount (b, "severe_loneliness", r.severe_care);
  add_amount (b, "severe_loneliness_gp", r.severe_gp);
  add_amount (b, "benefits_full_effect", r.effects);
  add_years (b, &r);
  json_builder_set_member_name (b, "moves_result_most");
  if (r.strongest < SF_MBC_SENS_N)
    json_builder_add_string_value (b, sensitivity_keys[r.strongest]);
  else
    json_builder_add_null_value (b);
  json_builder_set_member_name (b, "changed_parameters");
  json_builder_add_int_value (b, count_changed (project, flat_id));
  json_builder_end_object (b);
}

void
sf_info_add_mbc (JsonBuilder *b,
                 SfProject   *project)
{
  GListModel *flats = sf_project_get_flats (project);

  json_builder_set_member_name (b, "business_case");
  json_builder_begin_array (b);
  for (guint i = 0; i < g_list_model_get_n_items (flats); i++)
    {
      g_autoptr(SfFlat) flat = g_list_model_get_item (flats, i);

      add_flat (b, project, flat);
    }
  json_builder_end_array (b);
}
