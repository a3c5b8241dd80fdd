/* sf-review-attendee.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sf-review-attendee.h"

struct _SfReviewAttendee
{
  SfRecord parent_instance;

  char *partner_id;
  char *organisation;
  int   attendance;
};

G_DEFINE_FINAL_TYPE (SfReviewAttendee, sf_review_attendee, SF_TYPE_RECORD)

enum {
  PROP_0,
  PROP_PARTNER_ID,
  PROP_ORGANISATION,
  PROP_ATTENDANCE,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

static void
sf_review_attendee_load (SfRecord     *record,
                         sqlite3_stmt *stmt)
{
  SfReviewAttendee *self = SF_REVIEW_ATTENDEE (record);

  sf_record_set_string (record, &self->partner_id, stmt, 1, properties[PROP_PARTNER_ID]);
  sf_record_set_string (record, &self->organisation, stmt, 2, properties[PROP_ORGANISATION]);
  sf_record_set_enum (record, &self->attendance, stmt, 3, SF_ATTENDANCE_N_VALUES,
                      SF_ATTENDANCE_INVITED, properties[PROP_ATTENDANCE]);
}

static void
sf_review_attendee_finalize (GObject *object)
{
  SfReviewAttendee *self = SF_REVIEW_ATTENDEE (object);

  g_free (self->partner_id);
  g_free (self->organisation);
  G_OBJECT_CLASS (sf_review_attendee_parent_class)->finalize (object);
}

static void
sf_review_attendee_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  SfReviewAttendee *self = SF_REVIEW_ATTENDEE (object);

  switch (prop_id)
    {
    case PROP_PARTNER_ID:
      g_value_set_string (value, self->partner_id);
      break;
    case PROP_ORGANISATION:
      g_value_set_string (value, self->organisation);
      break;
    case PROP_ATTENDANCE:
      g_value_set_int (value, self->attendance);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sf_review_attendee_class_init (SfReviewAttendeeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = sf_review_attendee_finalize;
  object_class->get_property = sf_review_attendee_get_property;
  SF_RECORD_CLASS (klass)->load = sf_review_attendee_load;

  properties[PROP_PARTNER_ID] = g_param_spec_string ("partner-id", NULL, NULL, NULL, flags);
  properties[PROP_ORGANISATION] = g_param_spec_string ("organisation", NULL, NULL, NULL,
                                                       flags);
  properties[PROP_ATTENDANCE] = g_param_spec_int ("attendance", NULL, NULL, 0,
                                                  SF_ATTENDANCE_N_VALUES - 1, 0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sf_review_attendee_init (SfReviewAttendee *self)
{
}

const char *
sf_review_attendee_get_partner_id (SfReviewAttendee *self)
{
  return self->partner_id;
}

const char *
sf_review_attendee_get_organisation (SfReviewAttendee *self)
{
  return self->organisation != NULL ? self->organisation : "";
}

SfAttendance
sf_review_attendee_get_attendance (SfReviewAttendee *self)
{
  return (SfAttendance) self->attendance;
}
