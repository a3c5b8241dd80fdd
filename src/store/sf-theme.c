/* sf-theme.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sf-theme.h"

struct _SfTheme
{
  SfRecord parent_instance;

  char *name;
  char *colour;      /* "#rrggbb", or '' for none */
  int   step1_count; /* tags on partners' key points */
  int   step2_count; /* tags on the session's key points and statements */
};

G_DEFINE_FINAL_TYPE (SfTheme, sf_theme, SF_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NAME,
  PROP_COLOUR,
  PROP_STEP1_COUNT,
  PROP_STEP2_COUNT,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

static void
sf_theme_load (SfRecord     *record,
               sqlite3_stmt *stmt)
{
  SfTheme *self = SF_THEME (record);

  sf_record_set_string (record, &self->name, stmt, 1, properties[PROP_NAME]);
  sf_record_set_string (record, &self->colour, stmt, 2, properties[PROP_COLOUR]);
  sf_record_set_int (record, &self->step1_count, stmt, 3, 0, properties[PROP_STEP1_COUNT]);
  sf_record_set_int (record, &self->step2_count, stmt, 4, 0, properties[PROP_STEP2_COUNT]);
}

static void
sf_theme_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  SfTheme *self = SF_THEME (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_COLOUR:
      g_value_set_string (value, self->colour);
      break;
    case PROP_STEP1_COUNT:
      g_value_set_uint (value, (guint) self->step1_count);
      break;
    case PROP_STEP2_COUNT:
      g_value_set_uint (value, (guint) self->step2_count);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sf_theme_finalize (GObject *object)
{
  SfTheme *self = SF_THEME (object);

  g_free (self->name);
  g_free (self->colour);
  G_OBJECT_CLASS (sf_theme_parent_class)->finalize (object);
}

static void
sf_theme_class_init (SfThemeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = sf_theme_finalize;
  object_class->get_property = sf_theme_get_property;
  SF_RECORD_CLASS (klass)->load = sf_theme_load;

  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_COLOUR] = g_param_spec_string ("colour", NULL, NULL, NULL, flags);
  properties[PROP_STEP1_COUNT] = g_param_spec_uint ("step1-count", NULL, NULL, 0, G_MAXUINT, 0,
                                                    flags);
  properties[PROP_STEP2_COUNT] = g_param_spec_uint ("step2-count", NULL, NULL, 0, G_MAXUINT, 0,
                                                    flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sf_theme_init (SfTheme *self)
{
}

const char *
sf_theme_get_name (SfTheme *self)
{
  return self->name;
}

const char *
sf_theme_get_colour (SfTheme *self)
{
  return self->colour;
}

guint
sf_theme_get_step1_count (SfTheme *self)
{
  return (guint) self->step1_count;
}

guint
sf_theme_get_step2_count (SfTheme *self)
{
  return (guint) self->step2_count;
}

/* A theme's name as stored: Unicode composed (NFC), stripped, each run of white space made one
 * space. Returns NULL for a name that is blank or not UTF-8. */
char *
sf_theme_clean_name (const char *name)
{
  g_autofree char *normal = NULL;
  g_auto(GStrv) words = NULL;
  GString *clean;

  if (name == NULL || !g_utf8_validate (name, -1, NULL))
    return NULL;
  normal = g_utf8_normalize (name, -1, G_NORMALIZE_NFC);
  words = g_strsplit_set (normal, " \t\n\r\f\v", -1);
  clean = g_string_new (NULL);
  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_string_append_printf (clean, "%s%s", clean->len ? " " : "", words[i]);
  if (clean->len == 0)
    {
      g_string_free (clean, TRUE);
      return NULL;
    }
  return g_string_free (clean, FALSE);
}

/* What makes two theme names the same theme (column theme.name_key, unique): case, Unicode
 * composition and surrounding or doubled white space do not count, so that "Eenzaamheid" and
 * " eenzaamheid " are one theme. Returns NULL for a blank name. */
char *
sf_theme_name_key (const char *name)
{
  g_autofree char *clean = sf_theme_clean_name (name);

  return clean ? g_utf8_casefold (clean, -1) : NULL;
}
