/* sf-record.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sf-record.h"
#include "sf-store-text.h"

typedef struct
{
  char *id;
} SfRecordPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (SfRecord, sf_record, G_TYPE_OBJECT)

enum { PROP_0, PROP_ID, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void
sf_record_finalize (GObject *object)
{
  SfRecordPrivate *priv = sf_record_get_instance_private (SF_RECORD (object));

  g_free (priv->id);
  G_OBJECT_CLASS (sf_record_parent_class)->finalize (object);
}

static void
sf_record_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  SfRecordPrivate *priv = sf_record_get_instance_private (SF_RECORD (object));

  if (prop_id == PROP_ID)
    g_value_set_string (value, priv->id);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
sf_record_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  SfRecordPrivate *priv = sf_record_get_instance_private (SF_RECORD (object));

  if (prop_id == PROP_ID)
    priv->id = g_value_dup_string (value);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
sf_record_class_init (SfRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sf_record_finalize;
  object_class->get_property = sf_record_get_property;
  object_class->set_property = sf_record_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sf_record_init (SfRecord *self)
{
}

const char *
sf_record_get_id (SfRecord *self)
{
  SfRecordPrivate *priv = sf_record_get_instance_private (self);

  return priv->id;
}

void
sf_record_load (SfRecord     *self,
                sqlite3_stmt *stmt)
{
  g_object_freeze_notify (G_OBJECT (self));
  SF_RECORD_GET_CLASS (self)->load (self, stmt);
  g_object_thaw_notify (G_OBJECT (self));
}

void
sf_record_set_string (SfRecord     *self,
                      char        **field,
                      sqlite3_stmt *stmt,
                      int           column,
                      GParamSpec   *pspec)
{
  g_autofree char *value = sf_store_column_text (stmt, column);

  if (g_strcmp0 (*field, value) == 0)
    return;
  g_free (*field);
  *field = g_steal_pointer (&value);
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

static void
set_int (SfRecord   *self,
         int        *field,
         int         value,
         GParamSpec *pspec)
{
  if (*field == value)
    return;
  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

void
sf_record_set_int (SfRecord     *self,
                   int          *field,
                   sqlite3_stmt *stmt,
                   int           column,
                   int           null_value,
                   GParamSpec   *pspec)
{
  set_int (self, field,
           sqlite3_column_type (stmt, column) == SQLITE_NULL ? null_value
                                                            : sqlite3_column_int (stmt, column),
           pspec);
}

void
sf_record_set_enum (SfRecord     *self,
                    int          *field,
                    sqlite3_stmt *stmt,
                    int           column,
                    int           n_values,
                    int           fallback,
                    GParamSpec   *pspec)
{
  sqlite3_int64 value = sqlite3_column_int64 (stmt, column);

  set_int (self, field,
           sqlite3_column_type (stmt, column) == SQLITE_INTEGER && value >= 0 && value < n_values
           ? (int) value : fallback,
           pspec);
}
