/* sf-remark.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sf-remark.h"

struct _SfRemark
{
  SfRecord parent_instance;

  char *item_kind;
  char *item_ref;
  char *text;
  char *action_id;
  char *reason;
  int   confidential;
  int   resolution;
};

G_DEFINE_FINAL_TYPE (SfRemark, sf_remark, SF_TYPE_RECORD)

/* The strings first, in the order of their columns (1, 2, 3, 6, 7). */
enum {
  PROP_0,
  PROP_ITEM_KIND,
  PROP_ITEM_REF,
  PROP_TEXT,
  PROP_ACTION_ID,
  PROP_REASON,
  PROP_CONFIDENTIAL,
  PROP_RESOLUTION,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];
static const int string_columns[] = { 1, 2, 3, 6, 7 };

static char **
string_field (SfRemark *self,
              guint     index)
{
  char **fields[] = { &self->item_kind, &self->item_ref, &self->text, &self->action_id,
                      &self->reason };

  return fields[index];
}

static void
sf_remark_load (SfRecord     *record,
                sqlite3_stmt *stmt)
{
  SfRemark *self = SF_REMARK (record);

  for (guint i = 0; i < G_N_ELEMENTS (string_columns); i++)
    sf_record_set_string (record, string_field (self, i), stmt, string_columns[i],
                          properties[PROP_ITEM_KIND + i]);
  sf_record_set_int (record, &self->confidential, stmt, 4, 0, properties[PROP_CONFIDENTIAL]);
  sf_record_set_enum (record, &self->resolution, stmt, 5, SF_REMARK_N_RESOLUTIONS,
                      SF_REMARK_OPEN, properties[PROP_RESOLUTION]);
}

static void
sf_remark_finalize (GObject *object)
{
  SfRemark *self = SF_REMARK (object);

  for (guint i = 0; i < G_N_ELEMENTS (string_columns); i++)
    g_free (*string_field (self, i));
  G_OBJECT_CLASS (sf_remark_parent_class)->finalize (object);
}

static void
sf_remark_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  SfRemark *self = SF_REMARK (object);

  if (prop_id >= PROP_ITEM_KIND && prop_id < PROP_CONFIDENTIAL)
    g_value_set_string (value, *string_field (self, prop_id - PROP_ITEM_KIND));
  else if (prop_id == PROP_CONFIDENTIAL)
    g_value_set_boolean (value, self->confidential != 0);
  else if (prop_id == PROP_RESOLUTION)
    g_value_set_int (value, self->resolution);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
sf_remark_class_init (SfRemarkClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;
  const char *names[] = { "item-kind", "item-ref", "text", "action-id", "reason" };

  object_class->finalize = sf_remark_finalize;
  object_class->get_property = sf_remark_get_property;
  SF_RECORD_CLASS (klass)->load = sf_remark_load;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    properties[PROP_ITEM_KIND + i] = g_param_spec_string (names[i], NULL, NULL, NULL, flags);
  properties[PROP_CONFIDENTIAL] = g_param_spec_boolean ("confidential", NULL, NULL, FALSE, flags);
  properties[PROP_RESOLUTION] = g_param_spec_int ("resolution", NULL, NULL, 0,
                                                  SF_REMARK_N_RESOLUTIONS - 1, 0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sf_remark_init (SfRemark *self)
{
}

const char *
sf_remark_get_item_kind (SfRemark *self)
{
  return self->item_kind;
}

const char *
sf_remark_get_item_ref (SfRemark *self)
{
  return self->item_ref;
}

const char *
sf_remark_get_text (SfRemark *self)
{
  return self->text ? self->text : "";
}

gboolean
sf_remark_get_confidential (SfRemark *self)
{
  return self->confidential != 0;
}

SfRemarkResolution
sf_remark_get_resolution (SfRemark *self)
{
  return (SfRemarkResolution) self->resolution;
}

const char *
sf_remark_get_action_id (SfRemark *self)
{
  return self->action_id;
}

const char *
sf_remark_get_reason (SfRemark *self)
{
  return self->reason ? self->reason : "";
}
