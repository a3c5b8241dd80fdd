/* sf-figure-text.c: a figure in words, as the report's fact sheets and step 4's walk through
 * the Startfoto show it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "sf-figure-text.h"
#include "sf-project-figures.h"
#include "sf-report-chapters.h"

static void
append_number (GString *out,
               double   value)
{
  g_autofree char *text = sf_report_format_number (value, FALSE);

  g_string_append (out, text);
}

/* A structured value in words, e.g. "75-84: 30; 85+: 12; average 79". */
static void
append_json (GString         *out,
             SfIndicatorType  type,
             const char      *json)
{
  g_autoptr(JsonNode) root = sf_inventory_json_parse (json);

  if (root == NULL)
    return;
  if (type == SF_INDICATOR_DISTRIBUTION && JSON_NODE_HOLDS_OBJECT (root))
    {
      JsonObject *object = json_node_get_object (root);
      JsonObject *bands = json_object_has_member (object, "bands")
                          ? json_object_get_object_member (object, "bands") : NULL;

      for (guint i = 0; bands != NULL && SF_AGE_BANDS[i] != NULL; i++)
        if (json_object_has_member (bands, SF_AGE_BANDS[i]))
          {
            if (out->len > 0)
              g_string_append (out, "; ");
            g_string_append_printf (out, "%s: ", SF_AGE_BANDS[i]);
            append_number (out, json_object_get_double_member (bands, SF_AGE_BANDS[i]));
          }
      if (json_object_has_member (object, "average"))
        {
          if (out->len > 0)
            g_string_append (out, "; ");
          /* Translators: in a fact sheet, before the residents' average age. */
          g_string_append_printf (out, "%s ", _("average age"));
          append_number (out, json_object_get_double_member (object, "average"));
        }
    }
  else if (JSON_NODE_HOLDS_ARRAY (root))
    {
      JsonArray *array = json_node_get_array (root);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonObject *item = json_array_get_object_element (array, i);
          const char *name;

          if (item == NULL)
            continue;
          if (out->len > 0)
            g_string_append (out, "; ");
          if (type == SF_INDICATOR_CATEGORY_COUNTS)
            {
              name = json_object_get_string_member_with_default (item, "kind", "");
              g_string_append_printf (out, "%s: ", name);
              append_number (out, json_object_get_double_member_with_default (item, "count",
                                                                               0));
            }
          else
            {
              const char *organiser, *frequency;

              name = json_object_get_string_member_with_default (item, "name", "");
              organiser = json_object_get_string_member_with_default (item, "organiser", "");
              frequency = json_object_get_string_member_with_default (item, "frequency", "");
              g_string_append (out, *name ? name : _("Activity"));
              if (*organiser || *frequency)
                g_string_append_printf (out, " (%s%s%s)", organiser,
                                        *organiser && *frequency ? ", " : "", frequency);
              if (json_object_has_member (item, "attendance"))
                {
                  g_string_append (out, ", ");
                  /* Translators: in a fact sheet, before how many people attend an activity. */
                  g_string_append_printf (out, "%s ", _("attendance"));
                  append_number (out, json_object_get_double_member (item, "attendance"));
                }
            }
        }
    }
}

char *
sf_figure_text (SfIndicator      *indicator,
                SfIndicatorValue *value)
{
  SfIndicatorType type = sf_indicator_get_indicator_type (indicator);
  const char *text = sf_indicator_value_get_text (value);
  const char *json = sf_indicator_value_get_json (value);
  GString *out = g_string_new (NULL);
  gboolean number = sf_indicator_value_has_number (value);

  if (type == SF_INDICATOR_YES_NO && number)
    g_string_append (out, sf_indicator_value_get_number (value) != 0 ? _("Yes") : _("No"));
  else if (type == SF_INDICATOR_CATEGORY && number)
    g_string_append (out, sf_resident_category_get_label (
                            sf_indicator_value_get_number (value) != 0 ? SF_CATEGORY_MIXED
                                                                       : SF_CATEGORY_OLDER_ONLY));
  else if (number)
    {
      const char *unit = sf_indicator_get_unit (indicator);

      append_number (out, sf_indicator_value_get_number (value));
      if (unit != NULL && *unit != '\0')
        g_string_append_printf (out, " %s", unit);
    }
  if (json != NULL)
    append_json (out, type, json);
  if (text != NULL && *text != '\0')
    g_string_append_printf (out, out->len > 0 ? " — %s" : "%s", text);
  return g_string_free (out, FALSE);
}

