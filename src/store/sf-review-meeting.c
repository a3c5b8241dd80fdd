/* sf-review-meeting.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sf-review-meeting.h"

struct _SfReviewMeeting
{
  SfRecord parent_instance;

  char *date;
  char *place;
  char *chair_id;
  char *chair_name;
  int   held;
  char *decision_making;
  char *input;
  int   arrangement;
  char *arrangement_note;
};

G_DEFINE_FINAL_TYPE (SfReviewMeeting, sf_review_meeting, SF_TYPE_RECORD)

enum {
  PROP_0,
  PROP_DATE,
  PROP_PLACE,
  PROP_CHAIR_ID,
  PROP_CHAIR_NAME,
  PROP_HELD,
  PROP_DECISION_MAKING,
  PROP_INPUT,
  PROP_ARRANGEMENT,
  PROP_ARRANGEMENT_NOTE,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

static void
sf_review_meeting_load (SfRecord     *record,
                        sqlite3_stmt *stmt)
{
  SfReviewMeeting *self = SF_REVIEW_MEETING (record);

  sf_record_set_string (record, &self->date, stmt, 1, properties[PROP_DATE]);
  sf_record_set_string (record, &self->place, stmt, 2, properties[PROP_PLACE]);
  sf_record_set_string (record, &self->chair_id, stmt, 3, properties[PROP_CHAIR_ID]);
  sf_record_set_string (record, &self->chair_name, stmt, 4, properties[PROP_CHAIR_NAME]);
  sf_record_set_int (record, &self->held, stmt, 5, 0, properties[PROP_HELD]);
  sf_record_set_string (record, &self->decision_making, stmt, 6,
                        properties[PROP_DECISION_MAKING]);
  sf_record_set_string (record, &self->input, stmt, 7, properties[PROP_INPUT]);
  sf_record_set_enum (record, &self->arrangement, stmt, 8, SF_ARRANGEMENT_N_FORMS,
                      SF_ARRANGEMENT_NONE_YET, properties[PROP_ARRANGEMENT]);
  sf_record_set_string (record, &self->arrangement_note, stmt, 9,
                        properties[PROP_ARRANGEMENT_NOTE]);
}

static void
sf_review_meeting_finalize (GObject *object)
{
  SfReviewMeeting *self = SF_REVIEW_MEETING (object);

  g_free (self->date);
  g_free (self->place);
  g_free (self->chair_id);
  g_free (self->chair_name);
  g_free (self->decision_making);
  g_free (self->input);
  g_free (self->arrangement_note);
  G_OBJECT_CLASS (sf_review_meeting_parent_class)->finalize (object);
}

static void
sf_review_meeting_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  SfReviewMeeting *self = SF_REVIEW_MEETING (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;
    case PROP_PLACE:
      g_value_set_string (value, self->place);
      break;
    case PROP_CHAIR_ID:
      g_value_set_string (value, self->chair_id);
      break;
    case PROP_CHAIR_NAME:
      g_value_set_string (value, self->chair_name);
      break;
    case PROP_HELD:
      g_value_set_boolean (value, self->held != 0);
      break;
    case PROP_DECISION_MAKING:
      g_value_set_string (value, self->decision_making);
      break;
    case PROP_INPUT:
      g_value_set_string (value, self->input);
      break;
    case PROP_ARRANGEMENT:
      g_value_set_int (value, self->arrangement);
      break;
    case PROP_ARRANGEMENT_NOTE:
      g_value_set_string (value, self->arrangement_note);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sf_review_meeting_class_init (SfReviewMeetingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = sf_review_meeting_finalize;
  object_class->get_property = sf_review_meeting_get_property;
  SF_RECORD_CLASS (klass)->load = sf_review_meeting_load;

  properties[PROP_DATE] = g_param_spec_string ("date", NULL, NULL, NULL, flags);
  properties[PROP_PLACE] = g_param_spec_string ("place", NULL, NULL, NULL, flags);
  properties[PROP_CHAIR_ID] = g_param_spec_string ("chair-id", NULL, NULL, NULL, flags);
  properties[PROP_CHAIR_NAME] = g_param_spec_string ("chair-name", NULL, NULL, NULL, flags);
  properties[PROP_HELD] = g_param_spec_boolean ("held", NULL, NULL, FALSE, flags);
  properties[PROP_DECISION_MAKING] = g_param_spec_string ("decision-making", NULL, NULL, NULL,
                                                          flags);
  properties[PROP_INPUT] = g_param_spec_string ("input", NULL, NULL, NULL, flags);
  properties[PROP_ARRANGEMENT] = g_param_spec_int ("arrangement", NULL, NULL, 0,
                                                   SF_ARRANGEMENT_N_FORMS - 1, 0, flags);
  properties[PROP_ARRANGEMENT_NOTE] = g_param_spec_string ("arrangement-note", NULL, NULL,
                                                           NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sf_review_meeting_init (SfReviewMeeting *self)
{
}

#define TEXT(field) (self->field != NULL ? self->field : "")

const char *
sf_review_meeting_get_date (SfReviewMeeting *self)
{
  return TEXT (date);
}

const char *
sf_review_meeting_get_place (SfReviewMeeting *self)
{
  return TEXT (place);
}

const char *
sf_review_meeting_get_chair_id (SfReviewMeeting *self)
{
  return self->chair_id != NULL && *self->chair_id != '\0' ? self->chair_id : NULL;
}

const char *
sf_review_meeting_get_chair_name (SfReviewMeeting *self)
{
  return TEXT (chair_name);
}

gboolean
sf_review_meeting_get_held (SfReviewMeeting *self)
{
  return self->held != 0;
}

const char *
sf_review_meeting_get_decision_making (SfReviewMeeting *self)
{
  return TEXT (decision_making);
}

const char *
sf_review_meeting_get_input (SfReviewMeeting *self)
{
  return TEXT (input);
}

SfArrangement
sf_review_meeting_get_arrangement (SfReviewMeeting *self)
{
  return (SfArrangement) self->arrangement;
}

const char *
sf_review_meeting_get_arrangement_note (SfReviewMeeting *self)
{
  return TEXT (arrangement_note);
}
