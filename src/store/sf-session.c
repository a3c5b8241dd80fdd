/* sf-session.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sf-session.h"

struct _SfSession
{
  SfRecord parent_instance;

  char *date;
  char *place;
  char *facilitator_id;   /* NULL: nobody chosen */
  char *facilitator_name; /* '' when nobody is chosen */
  int   held;
  char *notes;
  int   notes_confidential;
};

G_DEFINE_FINAL_TYPE (SfSession, sf_session, SF_TYPE_RECORD)

enum {
  PROP_0,
  PROP_DATE,
  PROP_PLACE,
  PROP_FACILITATOR_ID,
  PROP_FACILITATOR_NAME,
  PROP_HELD,
  PROP_NOTES,
  PROP_NOTES_CONFIDENTIAL,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

static void
sf_session_load (SfRecord     *record,
                 sqlite3_stmt *stmt)
{
  SfSession *self = SF_SESSION (record);

  sf_record_set_string (record, &self->date, stmt, 1, properties[PROP_DATE]);
  sf_record_set_string (record, &self->place, stmt, 2, properties[PROP_PLACE]);
  sf_record_set_string (record, &self->facilitator_id, stmt, 3, properties[PROP_FACILITATOR_ID]);
  sf_record_set_string (record, &self->facilitator_name, stmt, 4,
                        properties[PROP_FACILITATOR_NAME]);
  sf_record_set_int (record, &self->held, stmt, 5, 0, properties[PROP_HELD]);
  sf_record_set_string (record, &self->notes, stmt, 6, properties[PROP_NOTES]);
  sf_record_set_int (record, &self->notes_confidential, stmt, 7, 0,
                     properties[PROP_NOTES_CONFIDENTIAL]);
}

static void
sf_session_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  SfSession *self = SF_SESSION (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;
    case PROP_PLACE:
      g_value_set_string (value, self->place);
      break;
    case PROP_FACILITATOR_ID:
      g_value_set_string (value, self->facilitator_id);
      break;
    case PROP_FACILITATOR_NAME:
      g_value_set_string (value, self->facilitator_name);
      break;
    case PROP_HELD:
      g_value_set_boolean (value, self->held != 0);
      break;
    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;
    case PROP_NOTES_CONFIDENTIAL:
      g_value_set_boolean (value, self->notes_confidential != 0);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sf_session_finalize (GObject *object)
{
  SfSession *self = SF_SESSION (object);

  g_free (self->date);
  g_free (self->place);
  g_free (self->facilitator_id);
  g_free (self->facilitator_name);
  g_free (self->notes);
  G_OBJECT_CLASS (sf_session_parent_class)->finalize (object);
}

static void
sf_session_class_init (SfSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = sf_session_finalize;
  object_class->get_property = sf_session_get_property;
  SF_RECORD_CLASS (klass)->load = sf_session_load;

  properties[PROP_DATE] = g_param_spec_string ("date", NULL, NULL, NULL, flags);
  properties[PROP_PLACE] = g_param_spec_string ("place", NULL, NULL, NULL, flags);
  properties[PROP_FACILITATOR_ID] = g_param_spec_string ("facilitator-id", NULL, NULL, NULL,
                                                         flags);
  properties[PROP_FACILITATOR_NAME] = g_param_spec_string ("facilitator-name", NULL, NULL, NULL,
                                                           flags);
  properties[PROP_HELD] = g_param_spec_boolean ("held", NULL, NULL, FALSE, flags);
  properties[PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, NULL, flags);
  properties[PROP_NOTES_CONFIDENTIAL] = g_param_spec_boolean ("notes-confidential", NULL, NULL,
                                                              FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sf_session_init (SfSession *self)
{
}

const char *
sf_session_get_date (SfSession *self)
{
  return self->date;
}

const char *
sf_session_get_place (SfSession *self)
{
  return self->place;
}

const char *
sf_session_get_facilitator_id (SfSession *self)
{
  return self->facilitator_id;
}

const char *
sf_session_get_facilitator_name (SfSession *self)
{
  return self->facilitator_name;
}

gboolean
sf_session_get_held (SfSession *self)
{
  return self->held != 0;
}

const char *
sf_session_get_notes (SfSession *self)
{
  return self->notes;
}

gboolean
sf_session_get_notes_confidential (SfSession *self)
{
  return self->notes_confidential != 0;
}
