/* sf-figure-fields.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sf-figure-fields.h"
#include "sf-text.h"

void
sf_figure_fields_from_value (SfIndicatorValue       *value,
                             SfIndicatorValueFields *fields)
{
  *fields = (SfIndicatorValueFields) { .accuracy = SF_ACCURACY_EXACT, .status = SF_VALUE_ASKED };
  if (value == NULL)
    return;
  fields->has_number = sf_indicator_value_has_number (value);
  fields->number = sf_indicator_value_get_number (value);
  fields->text = sf_indicator_value_get_text (value);
  fields->json = sf_indicator_value_get_json (value);
  fields->accuracy = sf_indicator_value_get_accuracy (value);
  fields->source = sf_indicator_value_get_source (value);
  fields->period = sf_indicator_value_get_period (value);
  fields->note = sf_indicator_value_get_note (value);
  fields->status = sf_indicator_value_get_status (value);
}

void
sf_figure_fields_settle_status (SfIndicatorValueFields *fields)
{
  gboolean filled = fields->has_number || (fields->text != NULL && *fields->text != '\0') ||
                    fields->json != NULL;

  if (filled && fields->status == SF_VALUE_ASKED)
    fields->status = SF_VALUE_RECEIVED;
  else if (!filled)
    fields->status = SF_VALUE_ASKED;
}

SfTyped
sf_figure_fields_type_in (SfIndicatorValue       *value,
                          SfFigurePart            part,
                          const char             *text,
                          SfIndicatorValueFields *fields)
{
  const char **target = NULL;

  sf_figure_fields_from_value (value, fields);
  switch (part)
    {
    case SF_FIGURE_NUMBER:
      {
        double number = 0;
        gboolean has_number = *text != '\0';

        if (has_number && (!sf_text_parse_number (text, &number) || number < 0))
          return SF_TYPED_INVALID;
        if (has_number == fields->has_number && (!has_number || number == fields->number))
          return SF_TYPED_SAME;
        fields->has_number = has_number;
        fields->number = number;
        break;
      }
    case SF_FIGURE_TEXT:
      target = &fields->text;
      break;
    case SF_FIGURE_SOURCE:
      target = &fields->source;
      break;
    case SF_FIGURE_PERIOD:
      target = &fields->period;
      break;
    case SF_FIGURE_NOTE:
    default:
      target = &fields->note;
      break;
    }
  if (target != NULL)
    {
      if (g_strcmp0 (*target != NULL ? *target : "", text) == 0)
        return SF_TYPED_SAME;
      *target = text;
    }
  if (value == NULL && !fields->has_number && *text == '\0')
    return SF_TYPED_SAME;
  return SF_TYPED_CHANGED;
}

gboolean
sf_figure_fields_structured (SfIndicatorValue       *value,
                             const char             *json,
                             SfIndicatorValueFields *fields)
{
  if (value == NULL && json == NULL)
    return FALSE;
  sf_figure_fields_from_value (value, fields);
  fields->has_number = FALSE;
  fields->json = json;
  return TRUE;
}
