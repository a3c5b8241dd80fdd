/* sf-decision.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sf-decision.h"

struct _SfDecision
{
  SfRecord parent_instance;

  char *date;
  char *text;
  char *reasoning;
  char *how;
  int   status;
};

G_DEFINE_FINAL_TYPE (SfDecision, sf_decision, SF_TYPE_RECORD)

enum {
  PROP_0,
  PROP_DATE,
  PROP_TEXT,
  PROP_REASONING,
  PROP_HOW,
  PROP_STATUS,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

static void
sf_decision_load (SfRecord     *record,
                  sqlite3_stmt *stmt)
{
  SfDecision *self = SF_DECISION (record);

  sf_record_set_string (record, &self->date, stmt, 1, properties[PROP_DATE]);
  sf_record_set_string (record, &self->text, stmt, 2, properties[PROP_TEXT]);
  sf_record_set_string (record, &self->reasoning, stmt, 3, properties[PROP_REASONING]);
  sf_record_set_string (record, &self->how, stmt, 4, properties[PROP_HOW]);
  sf_record_set_enum (record, &self->status, stmt, 5, SF_DECISION_N_STATUSES,
                      SF_DECISION_PROPOSED, properties[PROP_STATUS]);
}

static void
sf_decision_finalize (GObject *object)
{
  SfDecision *self = SF_DECISION (object);

  g_free (self->date);
  g_free (self->text);
  g_free (self->reasoning);
  g_free (self->how);
  G_OBJECT_CLASS (sf_decision_parent_class)->finalize (object);
}

static void
sf_decision_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  SfDecision *self = SF_DECISION (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_REASONING:
      g_value_set_string (value, self->reasoning);
      break;
    case PROP_HOW:
      g_value_set_string (value, self->how);
      break;
    case PROP_STATUS:
      g_value_set_int (value, self->status);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sf_decision_class_init (SfDecisionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = sf_decision_finalize;
  object_class->get_property = sf_decision_get_property;
  SF_RECORD_CLASS (klass)->load = sf_decision_load;

  properties[PROP_DATE] = g_param_spec_string ("date", NULL, NULL, NULL, flags);
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, NULL, flags);
  properties[PROP_REASONING] = g_param_spec_string ("reasoning", NULL, NULL, NULL, flags);
  properties[PROP_HOW] = g_param_spec_string ("how", NULL, NULL, NULL, flags);
  properties[PROP_STATUS] = g_param_spec_int ("status", NULL, NULL, 0,
                                              SF_DECISION_N_STATUSES - 1, 0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sf_decision_init (SfDecision *self)
{
}

const char *
sf_decision_get_date (SfDecision *self)
{
  return self->date ? self->date : "";
}

const char *
sf_decision_get_text (SfDecision *self)
{
  return self->text ? self->text : "";
}

const char *
sf_decision_get_reasoning (SfDecision *self)
{
  return self->reasoning ? self->reasoning : "";
}

const char *
sf_decision_get_how (SfDecision *self)
{
  return self->how ? self->how : "";
}

SfDecisionStatus
sf_decision_get_status (SfDecision *self)
{
  return (SfDecisionStatus) self->status;
}
