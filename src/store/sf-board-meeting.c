/* sf-board-meeting.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sf-board-meeting.h"

struct _SfBoardMeeting
{
  SfRecord parent_instance;

  char *date;
  char *place;
  char *question;
  int   held;
  int   deck_ready;
};

G_DEFINE_FINAL_TYPE (SfBoardMeeting, sf_board_meeting, SF_TYPE_RECORD)

enum {
  PROP_0,
  PROP_DATE,
  PROP_PLACE,
  PROP_QUESTION,
  PROP_HELD,
  PROP_DECK_READY,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

static void
sf_board_meeting_load (SfRecord     *record,
                      sqlite3_stmt *stmt)
{
  SfBoardMeeting *self = SF_BOARD_MEETING (record);

  sf_record_set_string (record, &self->date, stmt, 1, properties[PROP_DATE]);
  sf_record_set_string (record, &self->place, stmt, 2, properties[PROP_PLACE]);
  sf_record_set_string (record, &self->question, stmt, 3, properties[PROP_QUESTION]);
  sf_record_set_int (record, &self->held, stmt, 4, 0, properties[PROP_HELD]);
  sf_record_set_int (record, &self->deck_ready, stmt, 5, 0, properties[PROP_DECK_READY]);
}

static void
sf_board_meeting_finalize (GObject *object)
{
  SfBoardMeeting *self = SF_BOARD_MEETING (object);

  g_free (self->date);
  g_free (self->place);
  g_free (self->question);
  G_OBJECT_CLASS (sf_board_meeting_parent_class)->finalize (object);
}

static void
sf_board_meeting_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SfBoardMeeting *self = SF_BOARD_MEETING (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;
    case PROP_PLACE:
      g_value_set_string (value, self->place);
      break;
    case PROP_QUESTION:
      g_value_set_string (value, self->question);
      break;
    case PROP_HELD:
      g_value_set_boolean (value, self->held != 0);
      break;
    case PROP_DECK_READY:
      g_value_set_boolean (value, self->deck_ready != 0);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sf_board_meeting_class_init (SfBoardMeetingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = sf_board_meeting_finalize;
  object_class->get_property = sf_board_meeting_get_property;
  SF_RECORD_CLASS (klass)->load = sf_board_meeting_load;

  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, NULL, flags);
  properties[PROP_PLACE] =
    g_param_spec_string ("place", NULL, NULL, NULL, flags);
  properties[PROP_QUESTION] =
    g_param_spec_string ("question", NULL, NULL, NULL, flags);
  properties[PROP_HELD] =
    g_param_spec_boolean ("held", NULL, NULL, FALSE, flags);
  properties[PROP_DECK_READY] =
    g_param_spec_boolean ("deck-ready", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sf_board_meeting_init (SfBoardMeeting *self)
{
}

const char *
sf_board_meeting_get_date (SfBoardMeeting *self)
{
  return self->date != NULL ? self->date : "";
}

const char *
sf_board_meeting_get_place (SfBoardMeeting *self)
{
  return self->place != NULL ? self->place : "";
}

const char *
sf_board_meeting_get_question (SfBoardMeeting *self)
{
  return self->question != NULL ? self->question : "";
}

gboolean
sf_board_meeting_get_held (SfBoardMeeting *self)
{
  return self->held != 0;
}

gboolean
sf_board_meeting_get_deck_ready (SfBoardMeeting *self)
{
  return self->deck_ready != 0;
}
