/* sf-value-summary.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "sf-project-figures.h"
#include "sf-text.h"
#include "sf-value-summary.h"

static char *
distribution_summary (JsonNode   *root,
                      const char *unit)
{
  const char * const *bands = SF_AGE_BANDS;
  JsonObject *object = JSON_NODE_HOLDS_OBJECT (root) ? json_node_get_object (root) : NULL;
  JsonNode *node = object != NULL ? json_object_get_member (object, "bands") : NULL;
  double average = sf_inventory_json_member (object, "average");
  GString *summary = g_string_new (NULL);
  double total = 0;
  guint groups = 0;

  if (node != NULL && JSON_NODE_HOLDS_OBJECT (node))
    for (guint i = 0; bands[i] != NULL; i++)
      {
        double count = sf_inventory_json_member (json_node_get_object (node), bands[i]);

        if (isfinite (count))
          {
            total += count;
            groups++;
          }
      }
  if (groups > 0)
    {
      g_autofree char *number = sf_text_format_number (total);

      if (*unit != '\0')
        /* Translators: e.g. "312 residents in 5 age groups"; the first %s is a number, the
         * second the figure's unit. */
        g_string_append_printf (summary, ngettext ("%s %s in %u age group",
                                                   "%s %s in %u age groups", groups),
                                number, unit, groups);
      else
        /* Translators: e.g. "312 in 5 age groups" */
        g_string_append_printf (summary, ngettext ("%s in %u age group", "%s in %u age groups",
                                                   groups), number, groups);
    }
  if (isfinite (average))
    {
      g_autofree char *years = sf_text_format_number (round (average * 10) / 10);

      if (summary->len > 0)
        g_string_append (summary, " · ");
      /* Translators: the average age, e.g. "average 74 years" */
      g_string_append_printf (summary, _("average %s years"), years);
    }
  if (summary->len == 0)
    {
      g_string_free (summary, TRUE);
      return NULL;
    }
  return g_string_free (summary, FALSE);
}

static char *
list_summary (SfIndicatorType  type,
              JsonArray       *array,
              const char      *unit)
{
  const char *member = type == SF_INDICATOR_CATEGORY_COUNTS ? "count" : "attendance";
  guint n = json_array_get_length (array);
  gboolean any = FALSE;
  double total = 0;
  g_autofree char *number = NULL;

  if (n == 0)
    return NULL;
  for (guint i = 0; i < n; i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      double count = JSON_NODE_HOLDS_OBJECT (element)
                     ? sf_inventory_json_member (json_node_get_object (element), member)
                     : NAN;

      if (isfinite (count))
        {
          total += count;
          any = TRUE;
        }
    }
  number = sf_text_format_number (total);
  if (type == SF_INDICATOR_CATEGORY_COUNTS)
    {
      /* Translators: the number of kinds in a list of counts per kind, e.g. "3 kinds" */
      g_autofree char *kinds = g_strdup_printf (ngettext ("%u kind", "%u kinds", n), n);

      if (!any)
        return g_steal_pointer (&kinds);
      if (*unit != '\0')
        /* Translators: e.g. "3 kinds, 41 reports"; the first %s is "3 kinds", then a number
         * and the figure's unit. */
        return g_strdup_printf (_("%s, %s %s"), kinds, number, unit);
      /* Translators: e.g. "3 kinds, 41 in total" */
      return g_strdup_printf (_("%s, %s in total"), kinds, number);
    }
  else
    {
      g_autofree char *activities = g_strdup_printf (ngettext ("%u activity", "%u activities",
                                                               n), n);

      if (!any)
        return g_steal_pointer (&activities);
      /* Translators: e.g. "4 activities, 57 participants"; the first %s is "4 activities". */
      return g_strdup_printf (ngettext ("%s, %s participant", "%s, %s participants",
                                        (gulong) MIN (total, G_MAXULONG)),
                              activities, number);
    }
}

char *
sf_value_summary (SfIndicatorType  type,
                  const char      *json,
                  const char      *unit)
{
  g_autoptr(JsonNode) root = sf_inventory_json_parse (json);

  if (root == NULL)
    return NULL;
  if (type == SF_INDICATOR_DISTRIBUTION)
    return distribution_summary (root, unit != NULL ? unit : "");
  if (!JSON_NODE_HOLDS_ARRAY (root))
    return NULL;
  return list_summary (type, json_node_get_array (root), unit != NULL ? unit : "");
}

char *
sf_figure_summary (SfIndicator      *indicator,
                   SfIndicatorValue *value)
{
  SfIndicatorType type = sf_indicator_get_indicator_type (indicator);
  const char *text;
  GString *summary;

  if (value == NULL ||
      (!sf_indicator_value_is_filled (value) && sf_indicator_value_get_status (value) ==
                                                SF_VALUE_ASKED))
    return g_strdup (_("Not known yet"));
  /* Answered without a figure: "not known", and what the partner's answer came to. */
  if (!sf_indicator_value_is_filled (value))
    return g_strdup_printf ("%s · %s", _("Not known yet"),
                            sf_value_status_get_label (sf_indicator_value_get_status (value)));
  summary = g_string_new (NULL);
  text = sf_indicator_value_get_text (value);
  if (sf_indicator_value_has_number (value))
    {
      double number = sf_indicator_value_get_number (value);

      if (type == SF_INDICATOR_YES_NO)
        g_string_append (summary, number != 0 ? _("Yes") : _("No"));
      else if (type == SF_INDICATOR_CATEGORY)
        g_string_append (summary, sf_resident_category_get_label ((SfResidentCategory) number));
      else
        {
          g_autofree char *formatted = sf_text_format_number (number);

          g_string_append (summary, formatted);
          if (*sf_indicator_get_unit (indicator) != '\0')
            g_string_append_printf (summary, " %s", sf_indicator_get_unit (indicator));
        }
    }
  else if (sf_indicator_value_get_json (value) != NULL)
    {
      g_autofree char *structured = sf_value_summary (type, sf_indicator_value_get_json (value),
                                                      sf_indicator_get_unit (indicator));

      g_string_append (summary, structured != NULL ? structured : _("Figures entered"));
    }
  if (text != NULL && *text != '\0')
    {
      if (summary->len > 0)
        g_string_append (summary, " · ");
      g_string_append (summary, text);
    }
  if (sf_indicator_value_get_accuracy (value) != SF_ACCURACY_EXACT)
    g_string_append_printf (summary, " (%s)",
                            sf_accuracy_get_label (sf_indicator_value_get_accuracy (value)));
  if (sf_indicator_value_get_status (value) == SF_VALUE_CHECKED)
    g_string_append_printf (summary, " · %s", sf_value_status_get_label (SF_VALUE_CHECKED));
  return g_string_free (summary, FALSE);
}
