/* sf-indicator.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sf-indicator.h"

struct _SfIndicator
{
  SfRecord parent_instance;

  char *key;
  char *name;   /* NULL: the method's name */
  char *type;
  char *unit;   /* NULL: the method's unit */
  int   position;
  int   hidden;
};

G_DEFINE_FINAL_TYPE (SfIndicator, sf_indicator, SF_TYPE_RECORD)

enum {
  PROP_0,
  PROP_KEY,
  PROP_NAME,
  PROP_TYPE,
  PROP_UNIT,
  PROP_POSITION,
  PROP_HIDDEN,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

static void
sf_indicator_load (SfRecord     *record,
                   sqlite3_stmt *stmt)
{
  SfIndicator *self = SF_INDICATOR (record);

  sf_record_set_string (record, &self->key, stmt, 1, properties[PROP_KEY]);
  sf_record_set_string (record, &self->name, stmt, 2, properties[PROP_NAME]);
  sf_record_set_string (record, &self->type, stmt, 3, properties[PROP_TYPE]);
  sf_record_set_string (record, &self->unit, stmt, 4, properties[PROP_UNIT]);
  sf_record_set_int (record, &self->position, stmt, 5, 0, properties[PROP_POSITION]);
  sf_record_set_int (record, &self->hidden, stmt, 6, 0, properties[PROP_HIDDEN]);
}

static void
sf_indicator_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  SfIndicator *self = SF_INDICATOR (object);

  switch (prop_id)
    {
    case PROP_KEY:
      g_value_set_string (value, self->key);
      break;
    case PROP_NAME:
      g_value_set_string (value, sf_indicator_get_name (self));
      break;
    case PROP_TYPE:
      g_value_set_int (value, sf_indicator_get_indicator_type (self));
      break;
    case PROP_UNIT:
      g_value_set_string (value, sf_indicator_get_unit (self));
      break;
    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;
    case PROP_HIDDEN:
      g_value_set_boolean (value, self->hidden != 0);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sf_indicator_finalize (GObject *object)
{
  SfIndicator *self = SF_INDICATOR (object);

  g_free (self->key);
  g_free (self->name);
  g_free (self->type);
  g_free (self->unit);
  G_OBJECT_CLASS (sf_indicator_parent_class)->finalize (object);
}

static void
sf_indicator_class_init (SfIndicatorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = sf_indicator_finalize;
  object_class->get_property = sf_indicator_get_property;
  SF_RECORD_CLASS (klass)->load = sf_indicator_load;

  properties[PROP_KEY] = g_param_spec_string ("key", NULL, NULL, NULL, flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_TYPE] = g_param_spec_int ("type", NULL, NULL, 0, SF_INDICATOR_N_TYPES - 1, 0,
                                            flags);
  properties[PROP_UNIT] = g_param_spec_string ("unit", NULL, NULL, NULL, flags);
  properties[PROP_POSITION] = g_param_spec_int ("position", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_HIDDEN] = g_param_spec_boolean ("hidden", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sf_indicator_init (SfIndicator *self)
{
}

const char *
sf_indicator_get_key (SfIndicator *self)
{
  return self->key;
}

const char *
sf_indicator_get_name (SfIndicator *self)
{
  const SfMethodIndicator *method;

  if (self->name != NULL)
    return self->name;
  method = sf_method_lookup_indicator (self->key);
  return method ? sf_method_indicator_get_name (method) : self->key;
}

const char *
sf_indicator_get_unit (SfIndicator *self)
{
  const SfMethodIndicator *method;

  if (self->unit != NULL)
    return self->unit;
  method = sf_method_lookup_indicator (self->key);
  return method ? sf_method_indicator_get_unit (method) : "";
}

SfIndicatorType
sf_indicator_get_indicator_type (SfIndicator *self)
{
  SfIndicatorType type = SF_INDICATOR_COUNT;

  sf_indicator_type_from_string (self->type, &type);
  return type;
}

int
sf_indicator_get_position (SfIndicator *self)
{
  return self->position;
}

gboolean
sf_indicator_get_hidden (SfIndicator *self)
{
  return self->hidden != 0;
}

/* One of the method's indicators (which the users can rename or hide, not remove). */
gboolean
sf_indicator_is_standard (SfIndicator *self)
{
  return self->key != NULL;
}
