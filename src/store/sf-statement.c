/* sf-statement.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sf-statement.h"

struct _SfStatement
{
  SfRecord parent_instance;

  char *session_id;
  char *question_id;      /* NULL: not about one question */
  char *participant_id;   /* NULL: anonymous */
  char *participant_name; /* '' when anonymous */
  int   position;
  char *text;
  int   confidential;
  char *created;
  char *themes;           /* its themes' names, joined with ", " */
};

G_DEFINE_FINAL_TYPE (SfStatement, sf_statement, SF_TYPE_RECORD)

enum {
  PROP_0,
  PROP_SESSION_ID,
  PROP_QUESTION_ID,
  PROP_PARTICIPANT_ID,
  PROP_PARTICIPANT_NAME,
  PROP_POSITION,
  PROP_TEXT,
  PROP_CONFIDENTIAL,
  PROP_CREATED,
  PROP_THEMES,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

static void
sf_statement_load (SfRecord     *record,
                   sqlite3_stmt *stmt)
{
  SfStatement *self = SF_STATEMENT (record);

  sf_record_set_string (record, &self->session_id, stmt, 1, properties[PROP_SESSION_ID]);
  sf_record_set_string (record, &self->question_id, stmt, 2, properties[PROP_QUESTION_ID]);
  sf_record_set_string (record, &self->participant_id, stmt, 3, properties[PROP_PARTICIPANT_ID]);
  sf_record_set_string (record, &self->participant_name, stmt, 4,
                        properties[PROP_PARTICIPANT_NAME]);
  sf_record_set_int (record, &self->position, stmt, 5, 0, properties[PROP_POSITION]);
  sf_record_set_string (record, &self->text, stmt, 6, properties[PROP_TEXT]);
  sf_record_set_int (record, &self->confidential, stmt, 7, 0, properties[PROP_CONFIDENTIAL]);
  sf_record_set_string (record, &self->created, stmt, 8, properties[PROP_CREATED]);
  sf_record_set_string (record, &self->themes, stmt, 9, properties[PROP_THEMES]);
}

static void
sf_statement_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  SfStatement *self = SF_STATEMENT (object);

  switch (prop_id)
    {
    case PROP_SESSION_ID:
      g_value_set_string (value, self->session_id);
      break;
    case PROP_QUESTION_ID:
      g_value_set_string (value, self->question_id);
      break;
    case PROP_PARTICIPANT_ID:
      g_value_set_string (value, self->participant_id);
      break;
    case PROP_PARTICIPANT_NAME:
      g_value_set_string (value, self->participant_name);
      break;
    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_CONFIDENTIAL:
      g_value_set_boolean (value, self->confidential != 0);
      break;
    case PROP_CREATED:
      g_value_set_string (value, self->created);
      break;
    case PROP_THEMES:
      g_value_set_string (value, self->themes);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sf_statement_finalize (GObject *object)
{
  SfStatement *self = SF_STATEMENT (object);

  g_free (self->session_id);
  g_free (self->question_id);
  g_free (self->participant_id);
  g_free (self->participant_name);
  g_free (self->text);
  g_free (self->created);
  g_free (self->themes);
  G_OBJECT_CLASS (sf_statement_parent_class)->finalize (object);
}

static void
sf_statement_class_init (SfStatementClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = sf_statement_finalize;
  object_class->get_property = sf_statement_get_property;
  SF_RECORD_CLASS (klass)->load = sf_statement_load;

  properties[PROP_SESSION_ID] = g_param_spec_string ("session-id", NULL, NULL, NULL, flags);
  properties[PROP_QUESTION_ID] = g_param_spec_string ("question-id", NULL, NULL, NULL, flags);
  properties[PROP_PARTICIPANT_ID] = g_param_spec_string ("participant-id", NULL, NULL, NULL,
                                                         flags);
  properties[PROP_PARTICIPANT_NAME] = g_param_spec_string ("participant-name", NULL, NULL, NULL,
                                                           flags);
  properties[PROP_POSITION] = g_param_spec_int ("position", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, NULL, flags);
  properties[PROP_CONFIDENTIAL] = g_param_spec_boolean ("confidential", NULL, NULL, FALSE, flags);
  properties[PROP_CREATED] = g_param_spec_string ("created", NULL, NULL, NULL, flags);
  properties[PROP_THEMES] = g_param_spec_string ("themes", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sf_statement_init (SfStatement *self)
{
}

const char *
sf_statement_get_session_id (SfStatement *self)
{
  return self->session_id;
}

const char *
sf_statement_get_question_id (SfStatement *self)
{
  return self->question_id;
}

const char *
sf_statement_get_participant_id (SfStatement *self)
{
  return self->participant_id;
}

const char *
sf_statement_get_participant_name (SfStatement *self)
{
  return self->participant_name;
}

int
sf_statement_get_position (SfStatement *self)
{
  return self->position;
}

const char *
sf_statement_get_text (SfStatement *self)
{
  return self->text;
}

gboolean
sf_statement_get_confidential (SfStatement *self)
{
  return self->confidential != 0;
}

const char *
sf_statement_get_created (SfStatement *self)
{
  return self->created;
}

const char *
sf_statement_get_themes (SfStatement *self)
{
  return self->themes;
}
