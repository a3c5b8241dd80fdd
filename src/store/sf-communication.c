/* sf-communication.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sf-communication.h"

struct _SfCommunication
{
  SfRecord parent_instance;

  int   audience;
  char *message;
  char *means;
  char *partner_id;
  char *partner;
  char *due;
};

G_DEFINE_FINAL_TYPE (SfCommunication, sf_communication, SF_TYPE_RECORD)

enum {
  PROP_0,
  PROP_AUDIENCE,
  PROP_MESSAGE,
  PROP_MEANS,
  PROP_PARTNER_ID,
  PROP_PARTNER,
  PROP_DUE,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

/* The string fields in the order of their columns (2 to 6) and properties. */
static char **
string_field (SfCommunication *self,
              guint            index)
{
  char **fields[] = { &self->message, &self->means, &self->partner_id, &self->partner,
                      &self->due };

  return fields[index];
}

static void
sf_communication_load (SfRecord     *record,
                       sqlite3_stmt *stmt)
{
  SfCommunication *self = SF_COMMUNICATION (record);

  sf_record_set_enum (record, &self->audience, stmt, 1, SF_AUDIENCE_N, SF_AUDIENCE_OTHER,
                      properties[PROP_AUDIENCE]);
  for (guint i = 0; i < N_PROPS - PROP_MESSAGE; i++)
    sf_record_set_string (record, string_field (self, i), stmt, (int) i + 2,
                          properties[PROP_MESSAGE + i]);
}

static void
sf_communication_finalize (GObject *object)
{
  SfCommunication *self = SF_COMMUNICATION (object);

  for (guint i = 0; i < N_PROPS - PROP_MESSAGE; i++)
    g_free (*string_field (self, i));
  G_OBJECT_CLASS (sf_communication_parent_class)->finalize (object);
}

static void
sf_communication_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SfCommunication *self = SF_COMMUNICATION (object);

  if (prop_id == PROP_AUDIENCE)
    g_value_set_int (value, self->audience);
  else if (prop_id >= PROP_MESSAGE && prop_id < N_PROPS)
    g_value_set_string (value, *string_field (self, prop_id - PROP_MESSAGE));
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
sf_communication_class_init (SfCommunicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;
  const char *names[] = { "message", "means", "partner-id", "partner", "due" };

  object_class->finalize = sf_communication_finalize;
  object_class->get_property = sf_communication_get_property;
  SF_RECORD_CLASS (klass)->load = sf_communication_load;

  properties[PROP_AUDIENCE] = g_param_spec_int ("audience", NULL, NULL, 0, SF_AUDIENCE_N - 1, 0,
                                                flags);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    properties[PROP_MESSAGE + i] = g_param_spec_string (names[i], NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sf_communication_init (SfCommunication *self)
{
}

SfAudience
sf_communication_get_audience (SfCommunication *self)
{
  return (SfAudience) self->audience;
}

const char *
sf_communication_get_message (SfCommunication *self)
{
  return self->message ? self->message : "";
}

const char *
sf_communication_get_means (SfCommunication *self)
{
  return self->means ? self->means : "";
}

const char *
sf_communication_get_partner_id (SfCommunication *self)
{
  return self->partner_id;
}

const char *
sf_communication_get_partner (SfCommunication *self)
{
  return self->partner ? self->partner : "";
}

const char *
sf_communication_get_due (SfCommunication *self)
{
  return self->due ? self->due : "";
}
