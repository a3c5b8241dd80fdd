/* sf-precondition.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A method's precondition stores only its key, like a standard question, so that it is shown
 * in the reader's language.
 */
#include "config.h"

#include "sf-method.h"
#include "sf-precondition.h"

struct _SfPrecondition
{
  SfRecord parent_instance;

  int   position;
  char *method_key;
  char *group;
  char *own_text;
  int   per_flat;
  int   choice;
  char *vision;
};

G_DEFINE_FINAL_TYPE (SfPrecondition, sf_precondition, SF_TYPE_RECORD)

enum {
  PROP_0,
  PROP_POSITION,
  PROP_METHOD_KEY,
  PROP_OWN_TEXT,
  PROP_TEXT,
  PROP_GROUP,
  PROP_PER_FLAT,
  PROP_CHOICE,
  PROP_VISION,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

static void
sf_precondition_load (SfRecord     *record,
                      sqlite3_stmt *stmt)
{
  SfPrecondition *self = SF_PRECONDITION (record);
  g_autofree char *old_text = g_strdup (sf_precondition_get_text (self));

  sf_record_set_int (record, &self->position, stmt, 1, 0, properties[PROP_POSITION]);
  sf_record_set_string (record, &self->method_key, stmt, 2, properties[PROP_METHOD_KEY]);
  sf_record_set_string (record, &self->group, stmt, 3, properties[PROP_GROUP]);
  sf_record_set_string (record, &self->own_text, stmt, 4, properties[PROP_OWN_TEXT]);
  sf_record_set_int (record, &self->per_flat, stmt, 5, 0, properties[PROP_PER_FLAT]);
  sf_record_set_enum (record, &self->choice, stmt, 6, SF_CHOICE_N, SF_CHOICE_NONE,
                      properties[PROP_CHOICE]);
  sf_record_set_string (record, &self->vision, stmt, 7, properties[PROP_VISION]);
  if (g_strcmp0 (old_text, sf_precondition_get_text (self)) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

static void
sf_precondition_finalize (GObject *object)
{
  SfPrecondition *self = SF_PRECONDITION (object);

  g_free (self->method_key);
  g_free (self->group);
  g_free (self->own_text);
  g_free (self->vision);
  G_OBJECT_CLASS (sf_precondition_parent_class)->finalize (object);
}

static void
sf_precondition_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  SfPrecondition *self = SF_PRECONDITION (object);

  switch (prop_id)
    {
    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;
    case PROP_METHOD_KEY:
      g_value_set_string (value, self->method_key);
      break;
    case PROP_OWN_TEXT:
      g_value_set_string (value, self->own_text);
      break;
    case PROP_TEXT:
      g_value_set_string (value, sf_precondition_get_text (self));
      break;
    case PROP_GROUP:
      g_value_set_string (value, self->group);
      break;
    case PROP_PER_FLAT:
      g_value_set_boolean (value, self->per_flat != 0);
      break;
    case PROP_CHOICE:
      g_value_set_int (value, self->choice);
      break;
    case PROP_VISION:
      g_value_set_string (value, self->vision);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sf_precondition_class_init (SfPreconditionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = sf_precondition_finalize;
  object_class->get_property = sf_precondition_get_property;
  SF_RECORD_CLASS (klass)->load = sf_precondition_load;

  properties[PROP_POSITION] = g_param_spec_int ("position", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_METHOD_KEY] = g_param_spec_string ("method-key", NULL, NULL, NULL, flags);
  properties[PROP_OWN_TEXT] = g_param_spec_string ("own-text", NULL, NULL, NULL, flags);
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, NULL, flags);
  properties[PROP_GROUP] = g_param_spec_string ("group", NULL, NULL, NULL, flags);
  properties[PROP_PER_FLAT] = g_param_spec_boolean ("per-flat", NULL, NULL, FALSE, flags);
  properties[PROP_CHOICE] = g_param_spec_int ("choice", NULL, NULL, 0, SF_CHOICE_N - 1, 0,
                                              flags);
  properties[PROP_VISION] = g_param_spec_string ("vision", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sf_precondition_init (SfPrecondition *self)
{
}

int
sf_precondition_get_position (SfPrecondition *self)
{
  return self->position;
}

const char *
sf_precondition_get_method_key (SfPrecondition *self)
{
  return self->method_key;
}

/* A method key the method does not know (a newer file's) shows its stored text, if any. */
const char *
sf_precondition_get_text (SfPrecondition *self)
{
  const SfMethodPrecondition *method = sf_method_lookup_precondition (self->method_key);

  if (method != NULL)
    return sf_method_precondition_get_text (method);
  return self->own_text != NULL ? self->own_text : "";
}

const char *
sf_precondition_get_group (SfPrecondition *self)
{
  return self->group;
}

gboolean
sf_precondition_is_per_flat (SfPrecondition *self)
{
  return self->per_flat != 0;
}

SfChoice
sf_precondition_get_choice (SfPrecondition *self)
{
  return (SfChoice) self->choice;
}

const char *
sf_precondition_get_vision (SfPrecondition *self)
{
  return self->vision != NULL ? self->vision : "";
}
