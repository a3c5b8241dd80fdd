/* sf-answer.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sf-answer.h"

struct _SfAnswer
{
  SfRecord parent_instance;

  char *interview_id;
  char *question_id;
  char *text;
  int   not_asked;
  int   confidential;
};

G_DEFINE_FINAL_TYPE (SfAnswer, sf_answer, SF_TYPE_RECORD)

enum {
  PROP_0,
  PROP_INTERVIEW_ID,
  PROP_QUESTION_ID,
  PROP_TEXT,
  PROP_NOT_ASKED,
  PROP_CONFIDENTIAL,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

static void
sf_answer_load (SfRecord     *record,
                sqlite3_stmt *stmt)
{
  SfAnswer *self = SF_ANSWER (record);

  sf_record_set_string (record, &self->interview_id, stmt, 1, properties[PROP_INTERVIEW_ID]);
  sf_record_set_string (record, &self->question_id, stmt, 2, properties[PROP_QUESTION_ID]);
  sf_record_set_string (record, &self->text, stmt, 3, properties[PROP_TEXT]);
  sf_record_set_int (record, &self->not_asked, stmt, 4, 0, properties[PROP_NOT_ASKED]);
  sf_record_set_int (record, &self->confidential, stmt, 5, 0, properties[PROP_CONFIDENTIAL]);
}

static void
sf_answer_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  SfAnswer *self = SF_ANSWER (object);

  switch (prop_id)
    {
    case PROP_INTERVIEW_ID:
      g_value_set_string (value, self->interview_id);
      break;
    case PROP_QUESTION_ID:
      g_value_set_string (value, self->question_id);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_NOT_ASKED:
      g_value_set_boolean (value, self->not_asked != 0);
      break;
    case PROP_CONFIDENTIAL:
      g_value_set_boolean (value, self->confidential != 0);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sf_answer_finalize (GObject *object)
{
  SfAnswer *self = SF_ANSWER (object);

  g_free (self->interview_id);
  g_free (self->question_id);
  g_free (self->text);
  G_OBJECT_CLASS (sf_answer_parent_class)->finalize (object);
}

static void
sf_answer_class_init (SfAnswerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = sf_answer_finalize;
  object_class->get_property = sf_answer_get_property;
  SF_RECORD_CLASS (klass)->load = sf_answer_load;

  properties[PROP_INTERVIEW_ID] = g_param_spec_string ("interview-id", NULL, NULL, NULL, flags);
  properties[PROP_QUESTION_ID] = g_param_spec_string ("question-id", NULL, NULL, NULL, flags);
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, NULL, flags);
  properties[PROP_NOT_ASKED] = g_param_spec_boolean ("not-asked", NULL, NULL, FALSE, flags);
  properties[PROP_CONFIDENTIAL] = g_param_spec_boolean ("confidential", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sf_answer_init (SfAnswer *self)
{
}

const char *
sf_answer_get_interview_id (SfAnswer *self)
{
  return self->interview_id;
}

const char *
sf_answer_get_question_id (SfAnswer *self)
{
  return self->question_id;
}

const char *
sf_answer_get_text (SfAnswer *self)
{
  return self->text;
}

gboolean
sf_answer_get_not_asked (SfAnswer *self)
{
  return self->not_asked != 0;
}

gboolean
sf_answer_get_confidential (SfAnswer *self)
{
  return self->confidential != 0;
}
