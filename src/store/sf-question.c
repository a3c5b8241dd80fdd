/* sf-question.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A standard question stores only its method key until the user rewords it, so it is shown in
 * the reader's language and can be restored to the method's wording.
 */
#include "config.h"

#include "sf-method.h"
#include "sf-question.h"

struct _SfQuestion
{
  SfRecord parent_instance;

  int   step;
  int   position;
  char *method_key;
  char *own_text;  /* NULL: the method's wording */
  int   hidden;
};

G_DEFINE_FINAL_TYPE (SfQuestion, sf_question, SF_TYPE_RECORD)

enum {
  PROP_0,
  PROP_STEP,
  PROP_POSITION,
  PROP_METHOD_KEY,
  PROP_OWN_TEXT,
  PROP_TEXT,
  PROP_HIDDEN,
  PROP_STANDARD,
  PROP_REWORDED,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

static void
sf_question_load (SfRecord     *record,
                  sqlite3_stmt *stmt)
{
  SfQuestion *self = SF_QUESTION (record);
  g_autofree char *old_text = g_strdup (sf_question_get_text (self));
  gboolean was_reworded = sf_question_is_reworded (self);

  sf_record_set_int (record, &self->step, stmt, 1, 0, properties[PROP_STEP]);
  sf_record_set_int (record, &self->position, stmt, 2, 0, properties[PROP_POSITION]);
  sf_record_set_string (record, &self->method_key, stmt, 3, properties[PROP_METHOD_KEY]);
  sf_record_set_string (record, &self->own_text, stmt, 4, properties[PROP_OWN_TEXT]);
  sf_record_set_int (record, &self->hidden, stmt, 5, 0, properties[PROP_HIDDEN]);

  if (g_strcmp0 (old_text, sf_question_get_text (self)) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
  if (was_reworded != sf_question_is_reworded (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REWORDED]);
}

static void
sf_question_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  SfQuestion *self = SF_QUESTION (object);

  switch (prop_id)
    {
    case PROP_STEP:
      g_value_set_int (value, self->step);
      break;
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
      g_value_set_string (value, sf_question_get_text (self));
      break;
    case PROP_HIDDEN:
      g_value_set_boolean (value, self->hidden != 0);
      break;
    case PROP_STANDARD:
      g_value_set_boolean (value, sf_question_is_standard (self));
      break;
    case PROP_REWORDED:
      g_value_set_boolean (value, sf_question_is_reworded (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sf_question_finalize (GObject *object)
{
  SfQuestion *self = SF_QUESTION (object);

  g_free (self->method_key);
  g_free (self->own_text);
  G_OBJECT_CLASS (sf_question_parent_class)->finalize (object);
}

static void
sf_question_class_init (SfQuestionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = sf_question_finalize;
  object_class->get_property = sf_question_get_property;
  SF_RECORD_CLASS (klass)->load = sf_question_load;

  properties[PROP_STEP] = g_param_spec_int ("step", NULL, NULL, 0, 5, 0, flags);
  properties[PROP_POSITION] = g_param_spec_int ("position", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_METHOD_KEY] = g_param_spec_string ("method-key", NULL, NULL, NULL, flags);
  properties[PROP_OWN_TEXT] = g_param_spec_string ("own-text", NULL, NULL, NULL, flags);
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, NULL, flags);
  properties[PROP_HIDDEN] = g_param_spec_boolean ("hidden", NULL, NULL, FALSE, flags);
  properties[PROP_STANDARD] = g_param_spec_boolean ("standard", NULL, NULL, FALSE, flags);
  properties[PROP_REWORDED] = g_param_spec_boolean ("reworded", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sf_question_init (SfQuestion *self)
{
}

int
sf_question_get_step (SfQuestion *self)
{
  return self->step;
}

int
sf_question_get_position (SfQuestion *self)
{
  return self->position;
}

const char *
sf_question_get_method_key (SfQuestion *self)
{
  return self->method_key;
}

const char *
sf_question_get_text (SfQuestion *self)
{
  const char *text;

  if (self->own_text != NULL)
    return self->own_text;
  if (self->method_key == NULL)
    return NULL;
  text = sf_method_lookup_question (self->method_key, NULL, NULL);
  /* A key this version does not know (a file from a newer method) still shows something. */
  return text ? text : self->method_key;
}

gboolean
sf_question_get_hidden (SfQuestion *self)
{
  return self->hidden != 0;
}

gboolean
sf_question_is_standard (SfQuestion *self)
{
  return self->method_key != NULL;
}

gboolean
sf_question_is_reworded (SfQuestion *self)
{
  return self->method_key != NULL && self->own_text != NULL;
}
