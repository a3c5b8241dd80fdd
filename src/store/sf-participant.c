/* sf-participant.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The name and organisation are the person's (table person), shared with step 1; the role,
 * attendance and stance belong to this session.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sf-participant.h"

struct _SfParticipant
{
  SfRecord parent_instance;

  char *session_id;
  char *person_id;
  char *name;
  char *organisation;
  char *role;
  int   attended;
  int   stance;
  char *stance_note;
};

G_DEFINE_FINAL_TYPE (SfParticipant, sf_participant, SF_TYPE_RECORD)

enum {
  PROP_0,
  PROP_SESSION_ID,
  PROP_PERSON_ID,
  PROP_NAME,
  PROP_ORGANISATION,
  PROP_ROLE,
  PROP_ATTENDED,
  PROP_STANCE,
  PROP_STANCE_NOTE,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

static void
sf_participant_load (SfRecord     *record,
                     sqlite3_stmt *stmt)
{
  SfParticipant *self = SF_PARTICIPANT (record);

  sf_record_set_string (record, &self->session_id, stmt, 1, properties[PROP_SESSION_ID]);
  sf_record_set_string (record, &self->person_id, stmt, 2, properties[PROP_PERSON_ID]);
  sf_record_set_string (record, &self->name, stmt, 3, properties[PROP_NAME]);
  sf_record_set_string (record, &self->organisation, stmt, 4, properties[PROP_ORGANISATION]);
  sf_record_set_string (record, &self->role, stmt, 5, properties[PROP_ROLE]);
  sf_record_set_int (record, &self->attended, stmt, 6, 0, properties[PROP_ATTENDED]);
  sf_record_set_enum (record, &self->stance, stmt, 7, SF_N_STANCES, 0, properties[PROP_STANCE]);
  sf_record_set_string (record, &self->stance_note, stmt, 8, properties[PROP_STANCE_NOTE]);
}

static void
sf_participant_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  SfParticipant *self = SF_PARTICIPANT (object);

  switch (prop_id)
    {
    case PROP_SESSION_ID:
      g_value_set_string (value, self->session_id);
      break;
    case PROP_PERSON_ID:
      g_value_set_string (value, self->person_id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_ORGANISATION:
      g_value_set_string (value, self->organisation);
      break;
    case PROP_ROLE:
      g_value_set_string (value, self->role);
      break;
    case PROP_ATTENDED:
      g_value_set_boolean (value, self->attended != 0);
      break;
    case PROP_STANCE:
      g_value_set_int (value, self->stance);
      break;
    case PROP_STANCE_NOTE:
      g_value_set_string (value, self->stance_note);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sf_participant_finalize (GObject *object)
{
  SfParticipant *self = SF_PARTICIPANT (object);

  g_free (self->session_id);
  g_free (self->person_id);
  g_free (self->name);
  g_free (self->organisation);
  g_free (self->role);
  g_free (self->stance_note);
  G_OBJECT_CLASS (sf_participant_parent_class)->finalize (object);
}

static void
sf_participant_class_init (SfParticipantClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = sf_participant_finalize;
  object_class->get_property = sf_participant_get_property;
  SF_RECORD_CLASS (klass)->load = sf_participant_load;

  properties[PROP_SESSION_ID] = g_param_spec_string ("session-id", NULL, NULL, NULL, flags);
  properties[PROP_PERSON_ID] = g_param_spec_string ("person-id", NULL, NULL, NULL, flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_ORGANISATION] = g_param_spec_string ("organisation", NULL, NULL, NULL, flags);
  properties[PROP_ROLE] = g_param_spec_string ("role", NULL, NULL, NULL, flags);
  properties[PROP_ATTENDED] = g_param_spec_boolean ("attended", NULL, NULL, FALSE, flags);
  /* An int rather than an enum type: the store has no enum types registered, and 0..3 is
   * what the file holds. */
  properties[PROP_STANCE] = g_param_spec_int ("stance", NULL, NULL, SF_STANCE_UNKNOWN,
                                              SF_STANCE_NEGATIVE, SF_STANCE_UNKNOWN, flags);
  properties[PROP_STANCE_NOTE] = g_param_spec_string ("stance-note", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sf_participant_init (SfParticipant *self)
{
}

const char *
sf_participant_get_session_id (SfParticipant *self)
{
  return self->session_id;
}

const char *
sf_participant_get_person_id (SfParticipant *self)
{
  return self->person_id;
}

const char *
sf_participant_get_name (SfParticipant *self)
{
  return self->name;
}

const char *
sf_participant_get_organisation (SfParticipant *self)
{
  return self->organisation;
}

const char *
sf_participant_get_role (SfParticipant *self)
{
  return self->role;
}

gboolean
sf_participant_get_attended (SfParticipant *self)
{
  return self->attended != 0;
}

SfStance
sf_participant_get_stance (SfParticipant *self)
{
  return (SfStance) self->stance;
}

const char *
sf_participant_get_stance_note (SfParticipant *self)
{
  return self->stance_note;
}

/* The stance in words, for lists, the overview and --info. */
const char *
sf_stance_get_label (SfStance stance)
{
  switch (stance)
    {
    case SF_STANCE_POSITIVE:
      return C_("stance", "Positive");
    case SF_STANCE_HESITANT:
      return C_("stance", "Hesitant");
    case SF_STANCE_NEGATIVE:
      return C_("stance", "Negative");
    case SF_STANCE_UNKNOWN:
    default:
      return C_("stance", "Unknown");
    }
}
