/* sf-inventory-charts.c: the charts of step 3 (the inventory), built from a project's figures
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reads the values through the store's public API and the derived figures through
 * sf_project_compute_derived, so that the charts show what the page's rows show.
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "sf-flat.h"
#include "sf-project-figures.h"
#include "sf-inventory-charts.h"

typedef struct
{
  char *id;   /* NULL: the whole neighbourhood */
  char *name;
} Place;

static void
place_free (gpointer data)
{
  Place *place = data;

  g_free (place->id);
  g_free (place->name);
  g_free (place);
}

/* The flats in order, at most @max; the whole neighbourhood when there are none. */
static GPtrArray *
places (SfProject *project,
        guint      max)
{
  GPtrArray *list = g_ptr_array_new_with_free_func (place_free);
  GListModel *flats = sf_project_get_flats (project);

  for (guint i = 0; i < g_list_model_get_n_items (flats) && list->len < max; i++)
    {
      g_autoptr(SfFlat) flat = g_list_model_get_item (flats, i);
      Place *place = g_new0 (Place, 1);
      const char *name = sf_flat_get_name (flat);

      place->id = g_strdup (sf_record_get_id (SF_RECORD (flat)));
      place->name = g_strdup (name && *name ? name : _("Unnamed flat"));
      g_ptr_array_add (list, place);
    }
  if (list->len == 0)
    {
      Place *place = g_new0 (Place, 1);

      place->name = g_strdup (_("Whole neighbourhood"));
      g_ptr_array_add (list, place);
    }
  return list;
}

/* The filled value of the method's indicator @key for @flat_id, or NULL. */
static SfIndicatorValue *
find_value (SfProject  *project,
            const char *key,
            const char *flat_id)
{
  SfIndicator *indicator = sf_project_find_indicator_by_key (project, key);
  SfIndicatorValue *value;

  if (indicator == NULL)
    return NULL;
  value = sf_project_find_indicator_value (project, sf_record_get_id (SF_RECORD (indicator)),
                                           flat_id);
  return value != NULL && sf_indicator_value_is_filled (value) ? value : NULL;
}

static SfChartValueFlags
value_flags (SfIndicatorValue *value)
{
  return sf_indicator_value_get_accuracy (value) != SF_ACCURACY_EXACT
           ? SF_CHART_VALUE_ESTIMATE : SF_CHART_VALUE_EXACT;
}

static JsonNode *
value_json (SfIndicatorValue *value)
{
  const char *json = value ? sf_indicator_value_get_json (value) : NULL;

  return sf_inventory_json_parse (json);
}

static void
set_unknown (double            *values,
             SfChartValueFlags *flags,
             guint              n)
{
  for (guint i = 0; i < n; i++)
    {
      values[i] = NAN;
      flags[i] = SF_CHART_VALUE_UNKNOWN;
    }
}

/* Takes @chart: itself when @any value is known, otherwise a chart with its title and empty
 * text only, since bars of unknowns alone would say nothing. */
static SfChart *
empty_unless (SfChart *chart,
              gboolean any)
{
  g_autoptr(SfChart) empty = NULL;

  if (any)
    return chart;
  empty = chart;
  chart = sf_chart_new (sf_chart_get_title (empty));
  sf_chart_set_empty_text (chart, sf_chart_get_empty_text (empty));
  return chart;
}

/* ---- the charts ------------------------------------------------------------------------- */

static SfChart *
ages_chart (SfProject *project)
{
  const char * const *bands = SF_AGE_BANDS;
  const char *names[] = { "< 55", "55–64", "65–74", "75–84", "85+" };
  g_autoptr(GPtrArray) flats = places (project, G_MAXUINT);
  SfChart *chart = sf_chart_new (_("Age of the residents"));
  gboolean any = FALSE;

  G_STATIC_ASSERT (G_N_ELEMENTS (names) == 5);
  sf_chart_set_series (chart, G_N_ELEMENTS (names), names);
  sf_chart_set_mode (chart, SF_CHART_STACKED);
  sf_chart_set_empty_text (chart, _("No ages entered yet"));
  for (guint i = 0; i < flats->len; i++)
    {
      Place *flat = g_ptr_array_index (flats, i);
      SfIndicatorValue *value = find_value (project, "s3q3", flat->id);
      g_autoptr(JsonNode) json = value_json (value);
      JsonNode *node = json && JSON_NODE_HOLDS_OBJECT (json)
                         ? json_object_get_member (json_node_get_object (json), "bands") : NULL;
      double values[G_N_ELEMENTS (names)];
      SfChartValueFlags flags[G_N_ELEMENTS (names)];

      set_unknown (values, flags, G_N_ELEMENTS (names));
      for (guint b = 0; node && JSON_NODE_HOLDS_OBJECT (node) && bands[b] != NULL; b++)
        {
          double count = sf_inventory_json_member (json_node_get_object (node), bands[b]);

          if (!isfinite (count))
            continue;
          values[b] = count;
          flags[b] = value_flags (value);
          any = TRUE;
        }
      sf_chart_add_bar_full (chart, flat->name, values, flags);
    }
  return empty_unless (chart, any);
}

static SfChart *
care_chart (SfProject *project)
{
  const SfDerivedKind kinds[] = {
    SF_DERIVED_SHARE_HOUSEHOLD_HELP, SF_DERIVED_SHARE_GUIDANCE,
    SF_DERIVED_SHARE_WLZ, SF_DERIVED_SHARE_DISTRICT_NURSING,
  };
  const char *names[] = {
    _("Household help"), _("Personal guidance"), _("Long-term care (Wlz)"),
    _("District nursing"),
  };
  g_autoptr(GPtrArray) flats = places (project, G_MAXUINT);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_free);
  SfChart *chart = sf_chart_new (_("Care use as a share of the residents"));
  gboolean any = FALSE;

  G_STATIC_ASSERT (G_N_ELEMENTS (kinds) == G_N_ELEMENTS (names));
  sf_chart_set_series (chart, G_N_ELEMENTS (names), names);
  sf_chart_set_mode (chart, SF_CHART_GROUPED);
  sf_chart_set_format (chart, SF_CHART_FORMAT_PERCENT);
  sf_chart_set_empty_text (chart, _("No care figures entered yet"));
  for (guint i = 0; i < flats->len; i++)
    {
      Place *flat = g_ptr_array_index (flats, i);
      SfDerivedFigure figures[SF_DERIVED_N];
      double values[G_N_ELEMENTS (kinds)];
      SfChartValueFlags flags[G_N_ELEMENTS (kinds)];
      g_autoptr(GError) error = NULL;

      set_unknown (values, flags, G_N_ELEMENTS (kinds));
      if (!sf_project_compute_derived (project, flat->id, figures, &error))
        g_warning ("Cannot compute the derived figures: %s", error->message);
      else
        for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
          if (figures[kinds[k]].known)
            {
              values[k] = figures[kinds[k]].value;
              flags[k] = figures[kinds[k]].estimate ? SF_CHART_VALUE_ESTIMATE
                                                    : SF_CHART_VALUE_EXACT;
              any = TRUE;
            }
      sf_chart_add_bar_full (chart, flat->name, values, flags);
    }
  return empty_unless (chart, any);
}

/* Reports per kind, a bar per flat; the kinds in the order first met, the eighth and later
 * ones together as "Other". */
static SfChart *
reports_chart (SfProject  *project,
               const char *key,
               const char *title)
{
  g_autoptr(GPtrArray) flats = places (project, G_MAXUINT);
  g_autoptr(GPtrArray) kinds = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) lists = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);
  const char *other = C_("report kind", "Other");
  gboolean any = FALSE;
  SfChart *chart = sf_chart_new (title);

  sf_chart_set_mode (chart, SF_CHART_STACKED);
  sf_chart_set_empty_text (chart, _("No reports entered yet"));

  /* First the kinds, for the series. */
  for (guint i = 0; i < flats->len; i++)
    {
      Place *flat = g_ptr_array_index (flats, i);
      JsonNode *json = value_json (find_value (project, key, flat->id));
      JsonArray *array;

      if (json == NULL || !JSON_NODE_HOLDS_ARRAY (json))
        {
          g_clear_pointer (&json, json_node_unref);
          json = json_node_new (JSON_NODE_NULL);
        }
      g_ptr_array_add (lists, json);
      if (!JSON_NODE_HOLDS_ARRAY (json))
        continue;
      array = json_node_get_array (json);
      for (guint e = 0; e < json_array_get_length (array); e++)
        {
          JsonNode *element = json_array_get_element (array, e);
          const char *kind;

          if (!JSON_NODE_HOLDS_OBJECT (element) ||
              !isfinite (sf_inventory_json_member (json_node_get_object (element), "count")))
            continue;
          kind = sf_inventory_json_text (json_node_get_object (element), "kind");
          if (kind == NULL || *kind == '\0')
            kind = other;
          any = TRUE;
          if (!g_ptr_array_find_with_equal_func (kinds, kind, g_str_equal, NULL))
            g_ptr_array_add (kinds, g_strdup (kind));
        }
    }
  if (!any)
    return chart;
  if (kinds->len > SF_CHART_MAX_SERIES)
    {
      g_ptr_array_set_size (kinds, SF_CHART_MAX_SERIES - 1);
      g_ptr_array_add (kinds, g_strdup (other));
    }
  sf_chart_set_series (chart, kinds->len, (const char **) kinds->pdata);

  for (guint i = 0; i < flats->len; i++)
    {
      Place *flat = g_ptr_array_index (flats, i);
      SfIndicatorValue *value = find_value (project, key, flat->id);
      JsonNode *json = g_ptr_array_index (lists, i);
      double values[SF_CHART_MAX_SERIES] = { 0 };
      SfChartValueFlags flags[SF_CHART_MAX_SERIES] = { 0 };
      gboolean found = FALSE;
      JsonArray *array;

      if (JSON_NODE_HOLDS_ARRAY (json))
        {
          array = json_node_get_array (json);
          for (guint e = 0; e < json_array_get_length (array); e++)
            {
              JsonNode *element = json_array_get_element (array, e);
              const char *kind;
              double count;
              guint series;

              if (!JSON_NODE_HOLDS_OBJECT (element))
                continue;
              count = sf_inventory_json_member (json_node_get_object (element), "count");
              if (!isfinite (count))
                continue;
              kind = sf_inventory_json_text (json_node_get_object (element), "kind");
              if (kind == NULL || *kind == '\0' ||
                  !g_ptr_array_find_with_equal_func (kinds, kind, g_str_equal, &series))
                series = kinds->len - 1; /* "Other" */
              values[series] += MAX (count, 0);
              found = TRUE;
            }
        }
      /* A flat without a list: unknown, not a flat without reports. */
      for (guint s = 0; s < kinds->len; s++)
        flags[s] = !found ? SF_CHART_VALUE_UNKNOWN : value_flags (value);
      sf_chart_add_bar_full (chart, flat->name, values, flags);
    }
  return chart;
}

/* One bar per activity, coloured by organiser; named after its flat when there are more. */
static SfChart *
activities_chart (SfProject *project)
{
  const char *keys[] = { "s3q14", "s3q15" };
  const char *names[] = { _("Welfare organisation"), _("Activity committee") };
  g_autoptr(GPtrArray) flats = places (project, G_MAXUINT);
  SfChart *chart = sf_chart_new (_("Activities and their attendance"));

  sf_chart_set_series (chart, G_N_ELEMENTS (names), names);
  sf_chart_set_mode (chart, SF_CHART_STACKED);
  sf_chart_set_empty_text (chart, _("No activities entered yet"));
  for (guint i = 0; i < flats->len; i++)
    for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
      {
        Place *flat = g_ptr_array_index (flats, i);
        SfIndicatorValue *value = find_value (project, keys[k], flat->id);
        g_autoptr(JsonNode) json = value_json (value);
        JsonArray *array;

        if (json == NULL || !JSON_NODE_HOLDS_ARRAY (json))
          continue;
        array = json_node_get_array (json);
        for (guint e = 0; e < json_array_get_length (array); e++)
          {
            JsonNode *element = json_array_get_element (array, e);
            double values[G_N_ELEMENTS (keys)];
            SfChartValueFlags flags[G_N_ELEMENTS (keys)];
            g_autofree char *label = NULL;
            const char *name;
            double attendance;

            if (!JSON_NODE_HOLDS_OBJECT (element))
              continue;
            name = sf_inventory_json_text (json_node_get_object (element), "name");
            if (name == NULL || *name == '\0')
              name = _("Unnamed activity");
            label = flats->len > 1 ? g_strdup_printf ("%s · %s", name, flat->name)
                                   : g_strdup (name);
            attendance = sf_inventory_json_member (json_node_get_object (element), "attendance");
            /* The other organiser's series stays empty (unknown draws no bar). */
            set_unknown (values, flags, G_N_ELEMENTS (keys));
            if (isfinite (attendance))
              {
                values[k] = attendance;
                flags[k] = value_flags (value);
              }
            sf_chart_add_bar_full (chart, label, values, flags);
          }
      }
  return chart;
}

/* Figures of different sizes, each scaled on its own, the flats side by side. */
static SfChart *
key_figures_chart (SfProject *project)
{
  const char *keys[] = { "s3q1a", "s3q1b", NULL, "s3q6", "s3q9", "s3q10", "s3q11a" };
  g_autoptr(GPtrArray) flats = places (project, SF_INVENTORY_CHART_MAX_FLATS);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  SfChart *chart = sf_chart_new (_("The flats side by side"));

  for (guint i = 0; i < flats->len; i++)
    g_ptr_array_add (names, ((Place *) g_ptr_array_index (flats, i))->name);
  sf_chart_set_series (chart, flats->len, (const char **) names->pdata);
  sf_chart_set_mode (chart, SF_CHART_GROUPED);
  sf_chart_set_format (chart, SF_CHART_FORMAT_NUMBER);
  sf_chart_set_scale_per_bar (chart, TRUE);
  sf_chart_set_empty_text (chart, _("No key figures entered yet"));
  for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
    {
      SfIndicator *indicator = keys[k] ? sf_project_find_indicator_by_key (project, keys[k])
                                       : NULL;
      double values[SF_CHART_MAX_SERIES];
      SfChartValueFlags flags[SF_CHART_MAX_SERIES];
      gboolean row_known = FALSE;

      if (keys[k] != NULL && (indicator == NULL || sf_indicator_get_hidden (indicator)))
        continue;
      set_unknown (values, flags, flats->len);
      for (guint i = 0; i < flats->len; i++)
        {
          Place *flat = g_ptr_array_index (flats, i);

          if (keys[k] == NULL)
            {
              SfDerivedFigure figures[SF_DERIVED_N];
              SfDerivedFigure *figure = &figures[SF_DERIVED_RESIDENTS_PER_DWELLING];

              if (sf_project_compute_derived (project, flat->id, figures, NULL) &&
                  figure->known)
                {
                  values[i] = figure->value;
                  flags[i] = figure->estimate ? SF_CHART_VALUE_ESTIMATE : SF_CHART_VALUE_EXACT;
                  row_known = TRUE;
                }
            }
          else
            {
              SfIndicatorValue *value = find_value (project, keys[k], flat->id);

              if (value != NULL && sf_indicator_value_has_number (value))
                {
                  values[i] = sf_indicator_value_get_number (value);
                  flags[i] = value_flags (value);
                  row_known = TRUE;
                }
            }
        }
      /* A figure no flat has says nothing: left out. */
      if (!row_known)
        continue;
      sf_chart_add_bar_full (chart,
                             indicator ? sf_indicator_get_name (indicator)
                                       : sf_derived_get_label (SF_DERIVED_RESIDENTS_PER_DWELLING),
                             values, flags);
    }
  return chart;
}

SfChart *
sf_inventory_chart_new (SfProject        *project,
                        SfInventoryChart  which)
{
  g_return_val_if_fail (SF_IS_PROJECT (project), NULL);

  switch (which)
    {
    case SF_INVENTORY_CHART_AGES:
      return ages_chart (project);
    case SF_INVENTORY_CHART_CARE:
      return care_chart (project);
    case SF_INVENTORY_CHART_CORPORATION_REPORTS:
      return reports_chart (project, "s3q12", _("Reports to the housing corporation by kind"));
    case SF_INVENTORY_CHART_POLICE_REPORTS:
      return reports_chart (project, "s3q13", _("Reports to the police by kind"));
    case SF_INVENTORY_CHART_ACTIVITIES:
      return activities_chart (project);
    case SF_INVENTORY_CHART_KEY_FIGURES:
      return key_figures_chart (project);
    case SF_INVENTORY_CHART_N:
    default:
      g_return_val_if_reached (NULL);
    }
}
