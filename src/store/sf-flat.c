/* sf-flat.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sf-flat.h"
#include "sf-indicator-value.h"

struct _SfFlat
{
  SfRecord parent_instance;

  int   position;
  char *name;
  char *address;
  char *corporation;
  int   dwellings;
  int   dwellings_accuracy;
};

G_DEFINE_FINAL_TYPE (SfFlat, sf_flat, SF_TYPE_RECORD)

enum {
  PROP_0,
  PROP_POSITION,
  PROP_NAME,
  PROP_ADDRESS,
  PROP_CORPORATION,
  PROP_DWELLINGS,
  PROP_DWELLINGS_ESTIMATED,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

static void
sf_flat_load (SfRecord     *record,
              sqlite3_stmt *stmt)
{
  SfFlat *self = SF_FLAT (record);

  sf_record_set_int (record, &self->position, stmt, 1, 0, properties[PROP_POSITION]);
  sf_record_set_string (record, &self->name, stmt, 2, properties[PROP_NAME]);
  sf_record_set_string (record, &self->address, stmt, 3, properties[PROP_ADDRESS]);
  sf_record_set_string (record, &self->corporation, stmt, 4, properties[PROP_CORPORATION]);
  sf_record_set_int (record, &self->dwellings, stmt, 5, -1, properties[PROP_DWELLINGS]);
  sf_record_set_enum (record, &self->dwellings_accuracy, stmt, 6, SF_N_ACCURACIES, 0,
                     properties[PROP_DWELLINGS_ESTIMATED]);
}

static void
sf_flat_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  SfFlat *self = SF_FLAT (object);

  switch (prop_id)
    {
    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_ADDRESS:
      g_value_set_string (value, self->address);
      break;
    case PROP_CORPORATION:
      g_value_set_string (value, self->corporation);
      break;
    case PROP_DWELLINGS:
      g_value_set_int (value, self->dwellings);
      break;
    case PROP_DWELLINGS_ESTIMATED:
      g_value_set_boolean (value, sf_flat_get_dwellings_estimated (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sf_flat_finalize (GObject *object)
{
  SfFlat *self = SF_FLAT (object);

  g_free (self->name);
  g_free (self->address);
  g_free (self->corporation);
  G_OBJECT_CLASS (sf_flat_parent_class)->finalize (object);
}

static void
sf_flat_class_init (SfFlatClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sf_flat_finalize;
  object_class->get_property = sf_flat_get_property;
  SF_RECORD_CLASS (klass)->load = sf_flat_load;

  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ADDRESS] =
    g_param_spec_string ("address", NULL, NULL, NULL,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CORPORATION] =
    g_param_spec_string ("corporation", NULL, NULL, NULL,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DWELLINGS] =
    g_param_spec_int ("dwellings", NULL, NULL, -1, G_MAXINT, -1,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DWELLINGS_ESTIMATED] =
    g_param_spec_boolean ("dwellings-estimated", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sf_flat_init (SfFlat *self)
{
  self->dwellings = -1;
}

int
sf_flat_get_position (SfFlat *self)
{
  return self->position;
}

const char *
sf_flat_get_name (SfFlat *self)
{
  return self->name;
}

const char *
sf_flat_get_address (SfFlat *self)
{
  return self->address;
}

const char *
sf_flat_get_corporation (SfFlat *self)
{
  return self->corporation;
}

int
sf_flat_get_dwellings (SfFlat *self)
{
  return self->dwellings;
}

gboolean
sf_flat_get_dwellings_estimated (SfFlat *self)
{
  return self->dwellings >= 0 && self->dwellings_accuracy != 0;
}

gboolean
sf_flat_parse_dwellings (const char *text,
                         int        *dwellings)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  guint64 value;

  if (*stripped == '\0')
    {
      *dwellings = -1;
      return TRUE;
    }
  /* Only digits: no sign, no spaces, no "1e3". */
  for (const char *p = stripped; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;
  if (!g_ascii_string_to_unsigned (stripped, 10, 0, SF_FLAT_MAX_DWELLINGS, &value, NULL))
    return FALSE;
  *dwellings = (int) value;
  return TRUE;
}
