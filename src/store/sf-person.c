/* sf-person.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "sf-person.h"

struct _SfPerson
{
  SfRecord parent_instance;

  char *name;
  char *organisation;
  char *role;
};

G_DEFINE_FINAL_TYPE (SfPerson, sf_person, SF_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NAME,
  PROP_ORGANISATION,
  PROP_ROLE,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

static void
sf_person_load (SfRecord     *record,
                sqlite3_stmt *stmt)
{
  SfPerson *self = SF_PERSON (record);

  sf_record_set_string (record, &self->name, stmt, 1, properties[PROP_NAME]);
  sf_record_set_string (record, &self->organisation, stmt, 2, properties[PROP_ORGANISATION]);
  sf_record_set_string (record, &self->role, stmt, 3, properties[PROP_ROLE]);
}

static void
sf_person_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  SfPerson *self = SF_PERSON (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_ORGANISATION:
      g_value_set_string (value, self->organisation);
      break;
    case PROP_ROLE:
      g_value_set_string (value, self->role);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sf_person_finalize (GObject *object)
{
  SfPerson *self = SF_PERSON (object);

  g_free (self->name);
  g_free (self->organisation);
  g_free (self->role);
  G_OBJECT_CLASS (sf_person_parent_class)->finalize (object);
}

static void
sf_person_class_init (SfPersonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = sf_person_finalize;
  object_class->get_property = sf_person_get_property;
  SF_RECORD_CLASS (klass)->load = sf_person_load;

  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_ORGANISATION] = g_param_spec_string ("organisation", NULL, NULL, NULL, flags);
  properties[PROP_ROLE] = g_param_spec_string ("role", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sf_person_init (SfPerson *self)
{
}

const char *
sf_person_get_name (SfPerson *self)
{
  return self->name;
}

const char *
sf_person_get_organisation (SfPerson *self)
{
  return self->organisation;
}

const char *
sf_person_get_role (SfPerson *self)
{
  return self->role;
}

/* Whole words, so that a "bewonersconsulent" or a "verhuurder" of a corporation is not taken
 * for a resident; a committee of residents counts as residents. */
static gboolean
is_private_word (const char *word)
{
  static const char *const words[] = {
    "bewoner", "bewoners", "bewoonster", "bewoonsters", "huurder", "huurders",
    "mantelzorger", "mantelzorgers", "vrijwilliger", "vrijwilligers", "buurtgenoot",
    "buurtgenoten", "buurman", "buurvrouw", "resident", "residents", "tenant", "tenants",
    "carer", "carers", "volunteer", "volunteers", "neighbour", "neighbours",
  };
  static const char *const committees[] = {
    "activiteitencommissie", "bewonerscommissie", "huurderscommissie", "bewonersvereniging",
    "huurdersvereniging", "bewonersraad",
  };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_str_equal (word, words[i]))
      return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (committees); i++)
    if (g_str_has_prefix (word, committees[i]))
      return TRUE;
  return FALSE;
}

gboolean
sf_person_role_is_private (const char *role)
{
  g_autofree char *folded = NULL;
  g_autoptr(GString) word = g_string_new (NULL);

  if (role == NULL || *role == '\0')
    return FALSE;
  folded = g_utf8_casefold (role, -1);
  if (strstr (folded, "activity committee") != NULL ||
      strstr (folded, "residents' committee") != NULL)
    return TRUE;
  /* Word by word, split where a character is neither a letter nor a digit; the report asks
   * this of every person it names. */
  for (const char *p = folded; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != 0 && g_unichar_isalnum (c))
        {
          g_string_append_unichar (word, c);
          continue;
        }
      if (word->len > 0 && is_private_word (word->str))
        return TRUE;
      g_string_truncate (word, 0);
      if (c == 0)
        return FALSE;
    }
}
