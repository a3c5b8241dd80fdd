/* sf-key-point.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sf-key-point.h"

struct _SfKeyPoint
{
  SfRecord parent_instance;

  char *partner_id; /* set for step 1 */
  char *session_id; /* set for step 2 */
  int   position;
  char *text;
  int   confidential;
};

G_DEFINE_FINAL_TYPE (SfKeyPoint, sf_key_point, SF_TYPE_RECORD)

enum {
  PROP_0,
  PROP_PARTNER_ID,
  PROP_SESSION_ID,
  PROP_POSITION,
  PROP_TEXT,
  PROP_CONFIDENTIAL,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

static void
sf_key_point_load (SfRecord     *record,
                   sqlite3_stmt *stmt)
{
  SfKeyPoint *self = SF_KEY_POINT (record);

  sf_record_set_string (record, &self->partner_id, stmt, 1, properties[PROP_PARTNER_ID]);
  sf_record_set_string (record, &self->session_id, stmt, 2, properties[PROP_SESSION_ID]);
  sf_record_set_int (record, &self->position, stmt, 3, 0, properties[PROP_POSITION]);
  sf_record_set_string (record, &self->text, stmt, 4, properties[PROP_TEXT]);
  sf_record_set_int (record, &self->confidential, stmt, 5, 0, properties[PROP_CONFIDENTIAL]);
}

static void
sf_key_point_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  SfKeyPoint *self = SF_KEY_POINT (object);

  switch (prop_id)
    {
    case PROP_PARTNER_ID:
      g_value_set_string (value, self->partner_id);
      break;
    case PROP_SESSION_ID:
      g_value_set_string (value, self->session_id);
      break;
    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_CONFIDENTIAL:
      g_value_set_boolean (value, self->confidential != 0);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sf_key_point_finalize (GObject *object)
{
  SfKeyPoint *self = SF_KEY_POINT (object);

  g_free (self->partner_id);
  g_free (self->session_id);
  g_free (self->text);
  G_OBJECT_CLASS (sf_key_point_parent_class)->finalize (object);
}

static void
sf_key_point_class_init (SfKeyPointClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = sf_key_point_finalize;
  object_class->get_property = sf_key_point_get_property;
  SF_RECORD_CLASS (klass)->load = sf_key_point_load;

  properties[PROP_PARTNER_ID] = g_param_spec_string ("partner-id", NULL, NULL, NULL, flags);
  properties[PROP_SESSION_ID] = g_param_spec_string ("session-id", NULL, NULL, NULL, flags);
  properties[PROP_POSITION] = g_param_spec_int ("position", NULL, NULL, G_MININT, G_MAXINT, 0,
                                                flags);
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, NULL, flags);
  properties[PROP_CONFIDENTIAL] = g_param_spec_boolean ("confidential", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sf_key_point_init (SfKeyPoint *self)
{
}

const char *
sf_key_point_get_partner_id (SfKeyPoint *self)
{
  return self->partner_id;
}

const char *
sf_key_point_get_session_id (SfKeyPoint *self)
{
  return self->session_id;
}

/* The method step the key point belongs to: 1 (a partner's) or 2 (a session's). */
guint
sf_key_point_get_step (SfKeyPoint *self)
{
  return self->session_id != NULL ? 2 : 1;
}

int
sf_key_point_get_position (SfKeyPoint *self)
{
  return self->position;
}

const char *
sf_key_point_get_text (SfKeyPoint *self)
{
  return self->text;
}

gboolean
sf_key_point_get_confidential (SfKeyPoint *self)
{
  return self->confidential != 0;
}
