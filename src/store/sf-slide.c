/* sf-slide.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sf-slide.h"

struct _SfSlide
{
  SfRecord parent_instance;

  char *key;
  int   position;
  int   hidden;
  char *title;
  char *body;
  char *notes;
};

G_DEFINE_FINAL_TYPE (SfSlide, sf_slide, SF_TYPE_RECORD)

enum {
  PROP_0,
  PROP_KEY,
  PROP_POSITION,
  PROP_HIDDEN,
  PROP_TITLE,
  PROP_BODY,
  PROP_NOTES,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

static void
sf_slide_load (SfRecord     *record,
               sqlite3_stmt *stmt)
{
  SfSlide *self = SF_SLIDE (record);

  sf_record_set_string (record, &self->key, stmt, 1, properties[PROP_KEY]);
  sf_record_set_int (record, &self->position, stmt, 2, -1, properties[PROP_POSITION]);
  sf_record_set_int (record, &self->hidden, stmt, 3, 0, properties[PROP_HIDDEN]);
  sf_record_set_string (record, &self->title, stmt, 4, properties[PROP_TITLE]);
  sf_record_set_string (record, &self->body, stmt, 5, properties[PROP_BODY]);
  sf_record_set_string (record, &self->notes, stmt, 6, properties[PROP_NOTES]);
}

static void
sf_slide_finalize (GObject *object)
{
  SfSlide *self = SF_SLIDE (object);

  g_free (self->key);
  g_free (self->title);
  g_free (self->body);
  g_free (self->notes);
  G_OBJECT_CLASS (sf_slide_parent_class)->finalize (object);
}

static void
sf_slide_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  SfSlide *self = SF_SLIDE (object);

  switch (prop_id)
    {
    case PROP_KEY:
      g_value_set_string (value, self->key);
      break;
    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;
    case PROP_HIDDEN:
      g_value_set_boolean (value, self->hidden != 0);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_BODY:
      g_value_set_string (value, self->body);
      break;
    case PROP_NOTES:
      g_value_set_string (value, sf_slide_get_notes (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sf_slide_class_init (SfSlideClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = sf_slide_finalize;
  object_class->get_property = sf_slide_get_property;
  SF_RECORD_CLASS (klass)->load = sf_slide_load;

  properties[PROP_KEY] = g_param_spec_string ("key", NULL, NULL, NULL, flags);
  properties[PROP_POSITION] = g_param_spec_int ("position", NULL, NULL, -1, G_MAXINT, -1,
                                                flags);
  properties[PROP_HIDDEN] = g_param_spec_boolean ("hidden", NULL, NULL, FALSE, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_BODY] = g_param_spec_string ("body", NULL, NULL, NULL, flags);
  properties[PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sf_slide_init (SfSlide *self)
{
  self->position = -1;
}

const char *
sf_slide_get_key (SfSlide *self)
{
  return self->key;
}

int
sf_slide_get_position (SfSlide *self)
{
  return self->position;
}

gboolean
sf_slide_get_hidden (SfSlide *self)
{
  return self->hidden != 0;
}

const char *
sf_slide_get_title (SfSlide *self)
{
  return self->title;
}

const char *
sf_slide_get_body (SfSlide *self)
{
  return self->body;
}

const char *
sf_slide_get_notes (SfSlide *self)
{
  return self->notes != NULL ? self->notes : "";
}

const char *
sf_slide_get_ref (SfSlide *self)
{
  return self->key != NULL ? self->key : sf_record_get_id (SF_RECORD (self));
}
