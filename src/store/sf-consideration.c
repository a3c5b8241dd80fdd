/* sf-consideration.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sf-consideration.h"

struct _SfConsideration
{
  SfRecord parent_instance;

  int   kind;
  char *note;
  char *partner_id;
  char *partner;
  int   confidential;
};

G_DEFINE_FINAL_TYPE (SfConsideration, sf_consideration, SF_TYPE_RECORD)

enum {
  PROP_0,
  PROP_KIND,
  PROP_NOTE,
  PROP_PARTNER_ID,
  PROP_PARTNER,
  PROP_CONFIDENTIAL,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

static void
sf_consideration_load (SfRecord     *record,
                       sqlite3_stmt *stmt)
{
  SfConsideration *self = SF_CONSIDERATION (record);

  sf_record_set_enum (record, &self->kind, stmt, 1, SF_CONSIDERATION_N_KINDS,
                      SF_CONSIDERATION_OTHER, properties[PROP_KIND]);
  sf_record_set_string (record, &self->note, stmt, 2, properties[PROP_NOTE]);
  sf_record_set_string (record, &self->partner_id, stmt, 3, properties[PROP_PARTNER_ID]);
  sf_record_set_string (record, &self->partner, stmt, 4, properties[PROP_PARTNER]);
  sf_record_set_int (record, &self->confidential, stmt, 5, 0, properties[PROP_CONFIDENTIAL]);
}

static void
sf_consideration_finalize (GObject *object)
{
  SfConsideration *self = SF_CONSIDERATION (object);

  g_free (self->note);
  g_free (self->partner_id);
  g_free (self->partner);
  G_OBJECT_CLASS (sf_consideration_parent_class)->finalize (object);
}

static void
sf_consideration_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SfConsideration *self = SF_CONSIDERATION (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_int (value, self->kind);
      break;
    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;
    case PROP_PARTNER_ID:
      g_value_set_string (value, self->partner_id);
      break;
    case PROP_PARTNER:
      g_value_set_string (value, self->partner);
      break;
    case PROP_CONFIDENTIAL:
      g_value_set_boolean (value, self->confidential != 0);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sf_consideration_class_init (SfConsiderationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = sf_consideration_finalize;
  object_class->get_property = sf_consideration_get_property;
  SF_RECORD_CLASS (klass)->load = sf_consideration_load;

  properties[PROP_KIND] = g_param_spec_int ("kind", NULL, NULL, 0, SF_CONSIDERATION_N_KINDS - 1,
                                            0, flags);
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, NULL, flags);
  properties[PROP_PARTNER_ID] = g_param_spec_string ("partner-id", NULL, NULL, NULL, flags);
  properties[PROP_PARTNER] = g_param_spec_string ("partner", NULL, NULL, NULL, flags);
  properties[PROP_CONFIDENTIAL] = g_param_spec_boolean ("confidential", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sf_consideration_init (SfConsideration *self)
{
}

SfConsiderationKind
sf_consideration_get_kind (SfConsideration *self)
{
  return (SfConsiderationKind) self->kind;
}

const char *
sf_consideration_get_note (SfConsideration *self)
{
  return self->note ? self->note : "";
}

const char *
sf_consideration_get_partner_id (SfConsideration *self)
{
  return self->partner_id;
}

const char *
sf_consideration_get_partner (SfConsideration *self)
{
  return self->partner ? self->partner : "";
}

gboolean
sf_consideration_get_confidential (SfConsideration *self)
{
  return self->confidential != 0;
}
