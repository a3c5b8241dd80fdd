/* sf-indicator-value.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sf-indicator-value.h"

struct _SfIndicatorValue
{
  SfRecord parent_instance;

  char    *indicator_id;
  char    *flat_id;
  gboolean has_number;
  double   number;
  char    *text;
  char    *json;
  int      accuracy;
  char    *source;
  char    *period;
  char    *note;
  int      status;
};

G_DEFINE_FINAL_TYPE (SfIndicatorValue, sf_indicator_value, SF_TYPE_RECORD)

enum {
  PROP_0,
  PROP_INDICATOR_ID,
  PROP_FLAT_ID,
  PROP_HAS_NUMBER,
  PROP_NUMBER,
  PROP_TEXT,
  PROP_JSON,
  PROP_ACCURACY,
  PROP_SOURCE,
  PROP_PERIOD,
  PROP_NOTE,
  PROP_STATUS,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

static void
sf_indicator_value_load (SfRecord     *record,
                         sqlite3_stmt *stmt)
{
  SfIndicatorValue *self = SF_INDICATOR_VALUE (record);
  gboolean has_number = sqlite3_column_type (stmt, 3) != SQLITE_NULL;
  double number = has_number ? sqlite3_column_double (stmt, 3) : 0.0;

  sf_record_set_string (record, &self->indicator_id, stmt, 1, properties[PROP_INDICATOR_ID]);
  sf_record_set_string (record, &self->flat_id, stmt, 2, properties[PROP_FLAT_ID]);
  if (has_number != self->has_number)
    {
      self->has_number = has_number;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_NUMBER]);
    }
  if (number != self->number)
    {
      self->number = number;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NUMBER]);
    }
  sf_record_set_string (record, &self->text, stmt, 4, properties[PROP_TEXT]);
  sf_record_set_string (record, &self->json, stmt, 5, properties[PROP_JSON]);
  sf_record_set_enum (record, &self->accuracy, stmt, 6, SF_N_ACCURACIES, 0, properties[PROP_ACCURACY]);
  sf_record_set_string (record, &self->source, stmt, 7, properties[PROP_SOURCE]);
  sf_record_set_string (record, &self->period, stmt, 8, properties[PROP_PERIOD]);
  sf_record_set_string (record, &self->note, stmt, 9, properties[PROP_NOTE]);
  sf_record_set_enum (record, &self->status, stmt, 10, SF_N_VALUE_STATUSES, 0, properties[PROP_STATUS]);
}

static void
sf_indicator_value_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  SfIndicatorValue *self = SF_INDICATOR_VALUE (object);

  switch (prop_id)
    {
    case PROP_INDICATOR_ID:
      g_value_set_string (value, self->indicator_id);
      break;
    case PROP_FLAT_ID:
      g_value_set_string (value, self->flat_id);
      break;
    case PROP_HAS_NUMBER:
      g_value_set_boolean (value, self->has_number);
      break;
    case PROP_NUMBER:
      g_value_set_double (value, self->number);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_JSON:
      g_value_set_string (value, self->json);
      break;
    case PROP_ACCURACY:
      g_value_set_int (value, self->accuracy);
      break;
    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;
    case PROP_PERIOD:
      g_value_set_string (value, self->period);
      break;
    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;
    case PROP_STATUS:
      g_value_set_int (value, self->status);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sf_indicator_value_finalize (GObject *object)
{
  SfIndicatorValue *self = SF_INDICATOR_VALUE (object);

  g_free (self->indicator_id);
  g_free (self->flat_id);
  g_free (self->text);
  g_free (self->json);
  g_free (self->source);
  g_free (self->period);
  g_free (self->note);
  G_OBJECT_CLASS (sf_indicator_value_parent_class)->finalize (object);
}

static void
sf_indicator_value_class_init (SfIndicatorValueClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = sf_indicator_value_finalize;
  object_class->get_property = sf_indicator_value_get_property;
  SF_RECORD_CLASS (klass)->load = sf_indicator_value_load;

  properties[PROP_INDICATOR_ID] = g_param_spec_string ("indicator-id", NULL, NULL, NULL, flags);
  properties[PROP_FLAT_ID] = g_param_spec_string ("flat-id", NULL, NULL, NULL, flags);
  properties[PROP_HAS_NUMBER] = g_param_spec_boolean ("has-number", NULL, NULL, FALSE, flags);
  properties[PROP_NUMBER] = g_param_spec_double ("number", NULL, NULL, -G_MAXDOUBLE,
                                                 G_MAXDOUBLE, 0.0, flags);
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, NULL, flags);
  properties[PROP_JSON] = g_param_spec_string ("json", NULL, NULL, NULL, flags);
  properties[PROP_ACCURACY] = g_param_spec_int ("accuracy", NULL, NULL, 0, 2, 0, flags);
  properties[PROP_SOURCE] = g_param_spec_string ("source", NULL, NULL, NULL, flags);
  properties[PROP_PERIOD] = g_param_spec_string ("period", NULL, NULL, NULL, flags);
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, NULL, flags);
  properties[PROP_STATUS] = g_param_spec_int ("status", NULL, NULL, 0, 2, 0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sf_indicator_value_init (SfIndicatorValue *self)
{
}

const char *
sf_indicator_value_get_indicator_id (SfIndicatorValue *self)
{
  return self->indicator_id;
}

const char *
sf_indicator_value_get_flat_id (SfIndicatorValue *self)
{
  return self->flat_id;
}

gboolean
sf_indicator_value_has_number (SfIndicatorValue *self)
{
  return self->has_number;
}

double
sf_indicator_value_get_number (SfIndicatorValue *self)
{
  return self->number;
}

const char *
sf_indicator_value_get_text (SfIndicatorValue *self)
{
  return self->text ? self->text : "";
}

const char *
sf_indicator_value_get_json (SfIndicatorValue *self)
{
  return self->json;
}

SfAccuracy
sf_indicator_value_get_accuracy (SfIndicatorValue *self)
{
  return (SfAccuracy) self->accuracy;
}

const char *
sf_indicator_value_get_source (SfIndicatorValue *self)
{
  return self->source ? self->source : "";
}

const char *
sf_indicator_value_get_period (SfIndicatorValue *self)
{
  return self->period ? self->period : "";
}

const char *
sf_indicator_value_get_note (SfIndicatorValue *self)
{
  return self->note ? self->note : "";
}

SfValueStatus
sf_indicator_value_get_status (SfIndicatorValue *self)
{
  return (SfValueStatus) self->status;
}

gboolean
sf_indicator_value_is_filled (SfIndicatorValue *self)
{
  return self->has_number || self->json != NULL || (self->text != NULL && *self->text != '\0');
}
