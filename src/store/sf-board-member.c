/* sf-board-member.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sf-board-member.h"

struct _SfBoardMember
{
  SfRecord parent_instance;

  char *partner_id;
  char *organisation;
  char *person_id;
  char *name;
  char *function;
  int   attendance;
};

G_DEFINE_FINAL_TYPE (SfBoardMember, sf_board_member, SF_TYPE_RECORD)

enum {
  PROP_0,
  PROP_PARTNER_ID,
  PROP_ORGANISATION,
  PROP_PERSON_ID,
  PROP_NAME,
  PROP_FUNCTION,
  PROP_ATTENDANCE,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

static void
sf_board_member_load (SfRecord     *record,
                     sqlite3_stmt *stmt)
{
  SfBoardMember *self = SF_BOARD_MEMBER (record);

  sf_record_set_string (record, &self->partner_id, stmt, 1, properties[PROP_PARTNER_ID]);
  sf_record_set_string (record, &self->organisation, stmt, 2, properties[PROP_ORGANISATION]);
  sf_record_set_string (record, &self->person_id, stmt, 3, properties[PROP_PERSON_ID]);
  sf_record_set_string (record, &self->name, stmt, 4, properties[PROP_NAME]);
  sf_record_set_string (record, &self->function, stmt, 5, properties[PROP_FUNCTION]);
  sf_record_set_enum (record, &self->attendance, stmt, 6, SF_ATTENDANCE_N_VALUES,
                      SF_ATTENDANCE_INVITED, properties[PROP_ATTENDANCE]);
}

static void
sf_board_member_finalize (GObject *object)
{
  SfBoardMember *self = SF_BOARD_MEMBER (object);

  g_free (self->partner_id);
  g_free (self->organisation);
  g_free (self->person_id);
  g_free (self->name);
  g_free (self->function);
  G_OBJECT_CLASS (sf_board_member_parent_class)->finalize (object);
}

static void
sf_board_member_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  SfBoardMember *self = SF_BOARD_MEMBER (object);

  switch (prop_id)
    {
    case PROP_PARTNER_ID:
      g_value_set_string (value, self->partner_id);
      break;
    case PROP_ORGANISATION:
      g_value_set_string (value, self->organisation);
      break;
    case PROP_PERSON_ID:
      g_value_set_string (value, self->person_id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_FUNCTION:
      g_value_set_string (value, self->function);
      break;
    case PROP_ATTENDANCE:
      g_value_set_int (value, self->attendance);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sf_board_member_class_init (SfBoardMemberClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = sf_board_member_finalize;
  object_class->get_property = sf_board_member_get_property;
  SF_RECORD_CLASS (klass)->load = sf_board_member_load;

  properties[PROP_PARTNER_ID] =
    g_param_spec_string ("partner-id", NULL, NULL, NULL, flags);
  properties[PROP_ORGANISATION] =
    g_param_spec_string ("organisation", NULL, NULL, NULL, flags);
  properties[PROP_PERSON_ID] =
    g_param_spec_string ("person-id", NULL, NULL, NULL, flags);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_FUNCTION] =
    g_param_spec_string ("function", NULL, NULL, NULL, flags);
  properties[PROP_ATTENDANCE] =
    g_param_spec_int ("attendance", NULL, NULL, 0, SF_ATTENDANCE_N_VALUES - 1, 0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sf_board_member_init (SfBoardMember *self)
{
}

const char *
sf_board_member_get_partner_id (SfBoardMember *self)
{
  return self->partner_id != NULL ? self->partner_id : "";
}

const char *
sf_board_member_get_organisation (SfBoardMember *self)
{
  return self->organisation != NULL ? self->organisation : "";
}

const char *
sf_board_member_get_person_id (SfBoardMember *self)
{
  return self->person_id != NULL ? self->person_id : "";
}

const char *
sf_board_member_get_name (SfBoardMember *self)
{
  return self->name != NULL ? self->name : "";
}

const char *
sf_board_member_get_function (SfBoardMember *self)
{
  return self->function != NULL ? self->function : "";
}

SfAttendance
sf_board_member_get_attendance (SfBoardMember *self)
{
  return (SfAttendance) self->attendance;
}
