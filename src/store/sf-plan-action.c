/* sf-plan-action.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sf-plan-action.h"

struct _SfPlanAction
{
  SfRecord parent_instance;

  char *what;
  char *why;
  char *precondition_id;
  char *theme_id;
  char *responsible_id;
  char *responsible;
  char *due;
  int   status;
};

G_DEFINE_FINAL_TYPE (SfPlanAction, sf_plan_action, SF_TYPE_RECORD)

enum {
  PROP_0,
  PROP_WHAT,
  PROP_WHY,
  PROP_PRECONDITION_ID,
  PROP_THEME_ID,
  PROP_RESPONSIBLE_ID,
  PROP_RESPONSIBLE,
  PROP_DUE,
  PROP_STATUS,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

/* The string fields in the order of their columns (1 to 7) and properties. */
static char **
string_field (SfPlanAction *self,
              guint         index)
{
  char **fields[] = { &self->what, &self->why, &self->precondition_id, &self->theme_id,
                      &self->responsible_id, &self->responsible, &self->due };

  return fields[index];
}

static void
sf_plan_action_load (SfRecord     *record,
                     sqlite3_stmt *stmt)
{
  SfPlanAction *self = SF_PLAN_ACTION (record);

  for (guint i = 0; i < PROP_STATUS - PROP_WHAT; i++)
    sf_record_set_string (record, string_field (self, i), stmt, (int) i + 1,
                          properties[PROP_WHAT + i]);
  sf_record_set_enum (record, &self->status, stmt, 8, SF_ACTION_N_STATUSES, SF_ACTION_OPEN,
                      properties[PROP_STATUS]);
}

static void
sf_plan_action_finalize (GObject *object)
{
  SfPlanAction *self = SF_PLAN_ACTION (object);

  for (guint i = 0; i < PROP_STATUS - PROP_WHAT; i++)
    g_free (*string_field (self, i));
  G_OBJECT_CLASS (sf_plan_action_parent_class)->finalize (object);
}

static void
sf_plan_action_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  SfPlanAction *self = SF_PLAN_ACTION (object);

  if (prop_id >= PROP_WHAT && prop_id < PROP_STATUS)
    g_value_set_string (value, *string_field (self, prop_id - PROP_WHAT));
  else if (prop_id == PROP_STATUS)
    g_value_set_int (value, self->status);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
sf_plan_action_class_init (SfPlanActionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;
  const char *names[] = { "what", "why", "precondition-id", "theme-id", "responsible-id",
                          "responsible", "due" };

  object_class->finalize = sf_plan_action_finalize;
  object_class->get_property = sf_plan_action_get_property;
  SF_RECORD_CLASS (klass)->load = sf_plan_action_load;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    properties[PROP_WHAT + i] = g_param_spec_string (names[i], NULL, NULL, NULL, flags);
  properties[PROP_STATUS] = g_param_spec_int ("status", NULL, NULL, 0, SF_ACTION_N_STATUSES - 1,
                                              0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sf_plan_action_init (SfPlanAction *self)
{
}

const char *
sf_plan_action_get_what (SfPlanAction *self)
{
  return self->what ? self->what : "";
}

const char *
sf_plan_action_get_why (SfPlanAction *self)
{
  return self->why ? self->why : "";
}

const char *
sf_plan_action_get_precondition_id (SfPlanAction *self)
{
  return self->precondition_id;
}

const char *
sf_plan_action_get_theme_id (SfPlanAction *self)
{
  return self->theme_id;
}

const char *
sf_plan_action_get_responsible_id (SfPlanAction *self)
{
  return self->responsible_id;
}

const char *
sf_plan_action_get_responsible (SfPlanAction *self)
{
  return self->responsible ? self->responsible : "";
}

const char *
sf_plan_action_get_due (SfPlanAction *self)
{
  return self->due ? self->due : "";
}

SfActionStatus
sf_plan_action_get_status (SfPlanAction *self)
{
  return (SfActionStatus) self->status;
}
