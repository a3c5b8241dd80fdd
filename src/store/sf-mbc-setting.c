/* sf-mbc-setting.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sf-mbc-setting.h"

struct _SfMbcSetting
{
  SfRecord parent_instance;

  char      *flat_id;
  char      *key;
  SfMbcParam param;
  double     value;
  char      *set_by;
  char      *changed;
};

G_DEFINE_FINAL_TYPE (SfMbcSetting, sf_mbc_setting, SF_TYPE_RECORD)

enum {
  PROP_0,
  PROP_FLAT_ID,
  PROP_KEY,
  PROP_VALUE,
  PROP_SET_BY,
  PROP_CHANGED,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

static void
sf_mbc_setting_load (SfRecord     *record,
                     sqlite3_stmt *stmt)
{
  SfMbcSetting *self = SF_MBC_SETTING (record);
  double value = sqlite3_column_type (stmt, 3) == SQLITE_NULL ? -1
                                                                : sqlite3_column_double (stmt, 3);

  sf_record_set_string (record, &self->flat_id, stmt, 1, properties[PROP_FLAT_ID]);
  sf_record_set_string (record, &self->key, stmt, 2, properties[PROP_KEY]);
  self->param = sf_mbc_param_from_key (self->key);
  /* A file from elsewhere may hold anything: a value out of range is no value. */
  if (self->param == SF_MBC_N_PARAMS || !sf_mbc_param_check (self->param, value, NULL))
    value = -1;
  if (value != self->value)
    {
      self->value = value;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
    }
  sf_record_set_string (record, &self->set_by, stmt, 4, properties[PROP_SET_BY]);
  sf_record_set_string (record, &self->changed, stmt, 5, properties[PROP_CHANGED]);
}

static void
sf_mbc_setting_finalize (GObject *object)
{
  SfMbcSetting *self = SF_MBC_SETTING (object);

  g_free (self->flat_id);
  g_free (self->key);
  g_free (self->set_by);
  g_free (self->changed);
  G_OBJECT_CLASS (sf_mbc_setting_parent_class)->finalize (object);
}

static void
sf_mbc_setting_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  SfMbcSetting *self = SF_MBC_SETTING (object);

  switch (prop_id)
    {
    case PROP_FLAT_ID:
      g_value_set_string (value, self->flat_id);
      break;
    case PROP_KEY:
      g_value_set_string (value, self->key);
      break;
    case PROP_VALUE:
      g_value_set_double (value, self->value);
      break;
    case PROP_SET_BY:
      g_value_set_string (value, sf_mbc_setting_get_set_by (self));
      break;
    case PROP_CHANGED:
      g_value_set_string (value, self->changed);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sf_mbc_setting_class_init (SfMbcSettingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = sf_mbc_setting_finalize;
  object_class->get_property = sf_mbc_setting_get_property;
  SF_RECORD_CLASS (klass)->load = sf_mbc_setting_load;

  properties[PROP_FLAT_ID] = g_param_spec_string ("flat-id", NULL, NULL, NULL, flags);
  properties[PROP_KEY] = g_param_spec_string ("key", NULL, NULL, NULL, flags);
  properties[PROP_VALUE] = g_param_spec_double ("value", NULL, NULL, -1, G_MAXDOUBLE, -1,
                                                flags);
  properties[PROP_SET_BY] = g_param_spec_string ("set-by", NULL, NULL, NULL, flags);
  properties[PROP_CHANGED] = g_param_spec_string ("changed", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sf_mbc_setting_init (SfMbcSetting *self)
{
  self->param = SF_MBC_N_PARAMS;
  self->value = -1;
}

const char *
sf_mbc_setting_get_flat_id (SfMbcSetting *self)
{
  g_return_val_if_fail (SF_IS_MBC_SETTING (self), NULL);
  return self->flat_id;
}

SfMbcParam
sf_mbc_setting_get_param (SfMbcSetting *self)
{
  g_return_val_if_fail (SF_IS_MBC_SETTING (self), SF_MBC_N_PARAMS);
  return self->param;
}

double
sf_mbc_setting_get_value (SfMbcSetting *self)
{
  g_return_val_if_fail (SF_IS_MBC_SETTING (self), -1);
  return self->value;
}

const char *
sf_mbc_setting_get_set_by (SfMbcSetting *self)
{
  g_return_val_if_fail (SF_IS_MBC_SETTING (self), NULL);
  return self->set_by != NULL ? self->set_by : "";
}

const char *
sf_mbc_setting_get_changed (SfMbcSetting *self)
{
  g_return_val_if_fail (SF_IS_MBC_SETTING (self), NULL);
  return self->changed;
}
