/* sf-step-state.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sf-project.h"
#include "sf-step-state.h"

struct _SfStepState
{
  SfRecord parent_instance;

  int   number;
  int   status;
  int   by_hand;
};

G_DEFINE_FINAL_TYPE (SfStepState, sf_step_state, SF_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NUMBER,
  PROP_STATUS,
  PROP_BY_HAND,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

static void
sf_step_state_load (SfRecord     *record,
                    sqlite3_stmt *stmt)
{
  SfStepState *self = SF_STEP_STATE (record);

  sf_record_set_int (record, &self->number, stmt, 1, 0, properties[PROP_NUMBER]);
  sf_record_set_enum (record, &self->status, stmt, 2, SF_STEP_N_STATUSES, 0, properties[PROP_STATUS]);
  sf_record_set_int (record, &self->by_hand, stmt, 3, 0, properties[PROP_BY_HAND]);
}

static void
sf_step_state_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  SfStepState *self = SF_STEP_STATE (object);

  switch (prop_id)
    {
    case PROP_NUMBER:
      g_value_set_int (value, self->number);
      break;
    case PROP_STATUS:
      g_value_set_int (value, self->status);
      break;
    case PROP_BY_HAND:
      g_value_set_boolean (value, self->by_hand != 0);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sf_step_state_class_init (SfStepStateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = sf_step_state_get_property;
  SF_RECORD_CLASS (klass)->load = sf_step_state_load;

  properties[PROP_NUMBER] =
    g_param_spec_int ("number", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATUS] =
    g_param_spec_int ("status", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_BY_HAND] =
    g_param_spec_boolean ("by-hand", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sf_step_state_init (SfStepState *self)
{
}

int
sf_step_state_get_number (SfStepState *self)
{
  return self->number;
}

int
sf_step_state_get_status (SfStepState *self)
{
  return self->status;
}

gboolean
sf_step_state_get_by_hand (SfStepState *self)
{
  return self->by_hand != 0;
}
