/* sf-interview.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sf-interview.h"

struct _SfInterview
{
  SfRecord parent_instance;

  char *partner_id;
  char *partner_name;
  char *interviewer_id;   /* NULL: nobody yet */
  char *interviewer_name; /* "" when there is no interviewer */
  char *date;
  char *place;
  int   status;
  char *notes;
  int   notes_confidential;
};

G_DEFINE_FINAL_TYPE (SfInterview, sf_interview, SF_TYPE_RECORD)

enum {
  PROP_0,
  PROP_PARTNER_ID,
  PROP_PARTNER_NAME,
  PROP_INTERVIEWER_ID,
  PROP_INTERVIEWER_NAME,
  PROP_DATE,
  PROP_PLACE,
  PROP_STATUS,
  PROP_NOTES,
  PROP_NOTES_CONFIDENTIAL,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

static const char * const status_labels[SF_INTERVIEW_N_STATUSES] = {
  NC_("interview status", "To plan"),
  NC_("interview status", "Planned"),
  NC_("interview status", "Held"),
  NC_("interview status", "Worked out"),
};

/* The status in words, translated: for lists, progress and --info. */
const char *
sf_interview_status_get_label (SfInterviewStatus status)
{
  g_return_val_if_fail ((guint) status < SF_INTERVIEW_N_STATUSES, NULL);
  return g_dpgettext2 (GETTEXT_PACKAGE, "interview status", status_labels[status]);
}

static void
sf_interview_load (SfRecord     *record,
                   sqlite3_stmt *stmt)
{
  SfInterview *self = SF_INTERVIEW (record);

  sf_record_set_string (record, &self->partner_id, stmt, 1, properties[PROP_PARTNER_ID]);
  sf_record_set_string (record, &self->partner_name, stmt, 2, properties[PROP_PARTNER_NAME]);
  sf_record_set_string (record, &self->interviewer_id, stmt, 3,
                        properties[PROP_INTERVIEWER_ID]);
  sf_record_set_string (record, &self->interviewer_name, stmt, 4,
                        properties[PROP_INTERVIEWER_NAME]);
  sf_record_set_string (record, &self->date, stmt, 5, properties[PROP_DATE]);
  sf_record_set_string (record, &self->place, stmt, 6, properties[PROP_PLACE]);
  sf_record_set_enum (record, &self->status, stmt, 7, SF_INTERVIEW_N_STATUSES, 0, properties[PROP_STATUS]);
  sf_record_set_string (record, &self->notes, stmt, 8, properties[PROP_NOTES]);
  sf_record_set_int (record, &self->notes_confidential, stmt, 9, 0,
                     properties[PROP_NOTES_CONFIDENTIAL]);
}

static void
sf_interview_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  SfInterview *self = SF_INTERVIEW (object);

  switch (prop_id)
    {
    case PROP_PARTNER_ID:
      g_value_set_string (value, self->partner_id);
      break;
    case PROP_PARTNER_NAME:
      g_value_set_string (value, self->partner_name);
      break;
    case PROP_INTERVIEWER_ID:
      g_value_set_string (value, self->interviewer_id);
      break;
    case PROP_INTERVIEWER_NAME:
      g_value_set_string (value, self->interviewer_name);
      break;
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;
    case PROP_PLACE:
      g_value_set_string (value, self->place);
      break;
    case PROP_STATUS:
      g_value_set_int (value, self->status);
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
sf_interview_finalize (GObject *object)
{
  SfInterview *self = SF_INTERVIEW (object);

  g_free (self->partner_id);
  g_free (self->partner_name);
  g_free (self->interviewer_id);
  g_free (self->interviewer_name);
  g_free (self->date);
  g_free (self->place);
  g_free (self->notes);
  G_OBJECT_CLASS (sf_interview_parent_class)->finalize (object);
}

static void
sf_interview_class_init (SfInterviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = sf_interview_finalize;
  object_class->get_property = sf_interview_get_property;
  SF_RECORD_CLASS (klass)->load = sf_interview_load;

  properties[PROP_PARTNER_ID] = g_param_spec_string ("partner-id", NULL, NULL, NULL, flags);
  properties[PROP_PARTNER_NAME] = g_param_spec_string ("partner-name", NULL, NULL, NULL, flags);
  properties[PROP_INTERVIEWER_ID] =
    g_param_spec_string ("interviewer-id", NULL, NULL, NULL, flags);
  properties[PROP_INTERVIEWER_NAME] =
    g_param_spec_string ("interviewer-name", NULL, NULL, NULL, flags);
  properties[PROP_DATE] = g_param_spec_string ("date", NULL, NULL, NULL, flags);
  properties[PROP_PLACE] = g_param_spec_string ("place", NULL, NULL, NULL, flags);
  properties[PROP_STATUS] = g_param_spec_int ("status", NULL, NULL, SF_INTERVIEW_TO_PLAN,
                                              SF_INTERVIEW_WORKED_OUT, SF_INTERVIEW_TO_PLAN,
                                              flags);
  properties[PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, NULL, flags);
  properties[PROP_NOTES_CONFIDENTIAL] =
    g_param_spec_boolean ("notes-confidential", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sf_interview_init (SfInterview *self)
{
}

const char *
sf_interview_get_partner_id (SfInterview *self)
{
  return self->partner_id;
}

const char *
sf_interview_get_partner_name (SfInterview *self)
{
  return self->partner_name;
}

const char *
sf_interview_get_interviewer_id (SfInterview *self)
{
  return self->interviewer_id;
}

const char *
sf_interview_get_interviewer_name (SfInterview *self)
{
  return self->interviewer_name;
}

const char *
sf_interview_get_date (SfInterview *self)
{
  return self->date;
}

const char *
sf_interview_get_place (SfInterview *self)
{
  return self->place;
}

SfInterviewStatus
sf_interview_get_status (SfInterview *self)
{
  return (SfInterviewStatus) self->status;
}

const char *
sf_interview_get_notes (SfInterview *self)
{
  return self->notes;
}

gboolean
sf_interview_get_notes_confidential (SfInterview *self)
{
  return self->notes_confidential != 0;
}
