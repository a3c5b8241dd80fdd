/* sf-review-note.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sf-review-note.h"

struct _SfReviewNote
{
  SfRecord parent_instance;

  char *question_id;
  char *text;
  int   confidential;
};

G_DEFINE_FINAL_TYPE (SfReviewNote, sf_review_note, SF_TYPE_RECORD)

enum {
  PROP_0,
  PROP_QUESTION_ID,
  PROP_TEXT,
  PROP_CONFIDENTIAL,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

static void
sf_review_note_load (SfRecord     *record,
                     sqlite3_stmt *stmt)
{
  SfReviewNote *self = SF_REVIEW_NOTE (record);

  sf_record_set_string (record, &self->question_id, stmt, 1, properties[PROP_QUESTION_ID]);
  sf_record_set_string (record, &self->text, stmt, 2, properties[PROP_TEXT]);
  sf_record_set_int (record, &self->confidential, stmt, 3, 0, properties[PROP_CONFIDENTIAL]);
}

static void
sf_review_note_finalize (GObject *object)
{
  SfReviewNote *self = SF_REVIEW_NOTE (object);

  g_free (self->question_id);
  g_free (self->text);
  G_OBJECT_CLASS (sf_review_note_parent_class)->finalize (object);
}

static void
sf_review_note_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  SfReviewNote *self = SF_REVIEW_NOTE (object);

  switch (prop_id)
    {
    case PROP_QUESTION_ID:
      g_value_set_string (value, self->question_id);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_CONFIDENTIAL:
      g_value_set_boolean (value, self->confidential != 0);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sf_review_note_class_init (SfReviewNoteClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = sf_review_note_finalize;
  object_class->get_property = sf_review_note_get_property;
  SF_RECORD_CLASS (klass)->load = sf_review_note_load;

  properties[PROP_QUESTION_ID] = g_param_spec_string ("question-id", NULL, NULL, NULL, flags);
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, NULL, flags);
  properties[PROP_CONFIDENTIAL] = g_param_spec_boolean ("confidential", NULL, NULL, FALSE,
                                                        flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sf_review_note_init (SfReviewNote *self)
{
}

const char *
sf_review_note_get_question_id (SfReviewNote *self)
{
  return self->question_id != NULL && *self->question_id != '\0' ? self->question_id : NULL;
}

const char *
sf_review_note_get_text (SfReviewNote *self)
{
  return self->text != NULL ? self->text : "";
}

gboolean
sf_review_note_get_confidential (SfReviewNote *self)
{
  return self->confidential != 0;
}
