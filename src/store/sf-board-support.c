/* sf-board-support.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sf-board-support.h"

struct _SfBoardSupport
{
  SfRecord parent_instance;

  char *partner_id;
  char *decision_id;
  int   stance;
  char *conditions;
  char *commitment;
  char *mandate;
  char *date;
};

G_DEFINE_FINAL_TYPE (SfBoardSupport, sf_board_support, SF_TYPE_RECORD)

enum {
  PROP_0,
  PROP_PARTNER_ID,
  PROP_DECISION_ID,
  PROP_STANCE,
  PROP_CONDITIONS,
  PROP_COMMITMENT,
  PROP_MANDATE,
  PROP_DATE,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

static void
sf_board_support_load (SfRecord     *record,
                      sqlite3_stmt *stmt)
{
  SfBoardSupport *self = SF_BOARD_SUPPORT (record);

  sf_record_set_string (record, &self->partner_id, stmt, 1, properties[PROP_PARTNER_ID]);
  sf_record_set_string (record, &self->decision_id, stmt, 2, properties[PROP_DECISION_ID]);
  sf_record_set_enum (record, &self->stance, stmt, 3, SF_BOARD_STANCE_N_VALUES,
                      SF_BOARD_STANCE_UNDECIDED, properties[PROP_STANCE]);
  sf_record_set_string (record, &self->conditions, stmt, 4, properties[PROP_CONDITIONS]);
  sf_record_set_string (record, &self->commitment, stmt, 5, properties[PROP_COMMITMENT]);
  sf_record_set_string (record, &self->mandate, stmt, 6, properties[PROP_MANDATE]);
  sf_record_set_string (record, &self->date, stmt, 7, properties[PROP_DATE]);
}

static void
sf_board_support_finalize (GObject *object)
{
  SfBoardSupport *self = SF_BOARD_SUPPORT (object);

  g_free (self->partner_id);
  g_free (self->decision_id);
  g_free (self->conditions);
  g_free (self->commitment);
  g_free (self->mandate);
  g_free (self->date);
  G_OBJECT_CLASS (sf_board_support_parent_class)->finalize (object);
}

static void
sf_board_support_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SfBoardSupport *self = SF_BOARD_SUPPORT (object);

  switch (prop_id)
    {
    case PROP_PARTNER_ID:
      g_value_set_string (value, self->partner_id);
      break;
    case PROP_DECISION_ID:
      g_value_set_string (value, self->decision_id);
      break;
    case PROP_STANCE:
      g_value_set_int (value, self->stance);
      break;
    case PROP_CONDITIONS:
      g_value_set_string (value, self->conditions);
      break;
    case PROP_COMMITMENT:
      g_value_set_string (value, self->commitment);
      break;
    case PROP_MANDATE:
      g_value_set_string (value, self->mandate);
      break;
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sf_board_support_class_init (SfBoardSupportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = sf_board_support_finalize;
  object_class->get_property = sf_board_support_get_property;
  SF_RECORD_CLASS (klass)->load = sf_board_support_load;

  properties[PROP_PARTNER_ID] =
    g_param_spec_string ("partner-id", NULL, NULL, NULL, flags);
  properties[PROP_DECISION_ID] =
    g_param_spec_string ("decision-id", NULL, NULL, NULL, flags);
  properties[PROP_STANCE] =
    g_param_spec_int ("stance", NULL, NULL, 0, SF_BOARD_STANCE_N_VALUES - 1, 0, flags);
  properties[PROP_CONDITIONS] =
    g_param_spec_string ("conditions", NULL, NULL, NULL, flags);
  properties[PROP_COMMITMENT] =
    g_param_spec_string ("commitment", NULL, NULL, NULL, flags);
  properties[PROP_MANDATE] =
    g_param_spec_string ("mandate", NULL, NULL, NULL, flags);
  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sf_board_support_init (SfBoardSupport *self)
{
}

const char *
sf_board_support_get_partner_id (SfBoardSupport *self)
{
  return self->partner_id != NULL ? self->partner_id : "";
}

const char *
sf_board_support_get_decision_id (SfBoardSupport *self)
{
  return self->decision_id != NULL ? self->decision_id : "";
}

SfBoardStance
sf_board_support_get_stance (SfBoardSupport *self)
{
  return (SfBoardStance) self->stance;
}

const char *
sf_board_support_get_conditions (SfBoardSupport *self)
{
  return self->conditions != NULL ? self->conditions : "";
}

const char *
sf_board_support_get_commitment (SfBoardSupport *self)
{
  return self->commitment != NULL ? self->commitment : "";
}

const char *
sf_board_support_get_mandate (SfBoardSupport *self)
{
  return self->mandate != NULL ? self->mandate : "";
}

const char *
sf_board_support_get_date (SfBoardSupport *self)
{
  return self->date != NULL ? self->date : "";
}
