/* sf-method-preconditions.c: step 4's preconditions (randvoorwaarden) of a Welthuisflat
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the partners compare their situation with: the preconditions of Rotterdam's
 * Thuisplusflat and Amsterdam's Lang Leven Thuisflat, grouped as the method groups them (the
 * complex, what it offers). Those about the building are judged per flat; five of them are
 * what step 3 already checks, and say which check.
 */
#include "config.h"

#include <string.h>

#include "sf-method.h"
#include "sf-method-private.h"

struct _SfMethodPrecondition
{
  const char *key;
  const char *group;
  const char *text;
  const char *requirement; /* NULL when step 3 does not check it */
  SfConcepts  concepts;
  gboolean    per_flat;
};

typedef struct
{
  const char *key;
  const char *title;
} Group;

/* The keys of step 3's checks (sf-project-figures.h), in the order of SfRequirement. */
static const char * const requirement_keys[] = {
  "min_dwellings", "common_room", "social_rent", "near_transport_shop", "scooter_storage", NULL
};

static const char *preconditions_heading;
static guint n_groups;
static Group *groups;
static guint n_preconditions;
static SfMethodPrecondition *preconditions;

static gboolean
is_group (const char *key)
{
  for (guint i = 0; i < n_groups; i++)
    if (groups[i].key == key)
      return TRUE;
  return FALSE;
}

static SfConcepts
read_concepts (JsonObject *object,
               const char *where)
{
  JsonArray *array = sf_method_get_array (object, "concepts", TRUE, where);
  SfConcepts concepts = 0;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      const char *name = json_array_get_string_element (array, i);

      if (g_strcmp0 (name, "thuisplusflat") == 0)
        concepts |= SF_CONCEPT_THUISPLUSFLAT;
      else if (g_strcmp0 (name, "lang_leven") == 0)
        concepts |= SF_CONCEPT_LANG_LEVEN;
      else
        g_error ("%s: %s has the unknown concept \"%s\"", SF_METHOD_RESOURCE_PATH, where,
                 name ? name : "");
    }
  if (concepts == 0)
    g_error ("%s: %s comes from no concept", SF_METHOD_RESOURCE_PATH, where);
  return concepts;
}

static void
load_groups (JsonObject *step)
{
  JsonArray *array = sf_method_get_array (step, "precondition_groups", TRUE, "step 4");

  n_groups = json_array_get_length (array);
  groups = g_new0 (Group, n_groups + 1);
  for (guint i = 0; i < n_groups; i++)
    {
      JsonObject *object = sf_method_array_get_object (array, i, "precondition_groups");

      groups[i].key = sf_method_get_string (object, "key", TRUE, "precondition group");
      groups[i].title = sf_method_get_string (object, "title", TRUE, groups[i].key);
    }
}

static void
load_one (SfMethodPrecondition *precondition,
          JsonObject           *object,
          const char           *where,
          GHashTable           *keys)
{
  JsonNode *per_flat = json_object_get_member (object, "per_flat");

  precondition->key = sf_method_get_string (object, "key", TRUE, where);
  /* Stored in users' files with their judgements: unique and never changed. */
  if (!g_str_has_prefix (precondition->key, "s4p"))
    g_error ("%s: %s has the key \"%s\", which does not start with \"s4p\"",
             SF_METHOD_RESOURCE_PATH, where, precondition->key);
  if (!g_hash_table_add (keys, (gpointer) precondition->key))
    g_error ("%s: the key \"%s\" is used twice", SF_METHOD_RESOURCE_PATH, precondition->key);
  precondition->group = sf_method_get_string (object, "group", TRUE, where);
  if (!is_group (precondition->group))
    g_error ("%s: %s is in the unknown group \"%s\"", SF_METHOD_RESOURCE_PATH, where,
             precondition->group);
  precondition->concepts = read_concepts (object, where);
  if (per_flat == NULL || json_node_get_value_type (per_flat) != G_TYPE_BOOLEAN)
    g_error ("%s: %s.per_flat is not true or false", SF_METHOD_RESOURCE_PATH, where);
  precondition->per_flat = json_node_get_boolean (per_flat);
  precondition->requirement = sf_method_get_string (object, "requirement", FALSE, where);
  if (precondition->requirement != NULL &&
      !g_strv_contains (requirement_keys, precondition->requirement))
    g_error ("%s: %s names the unknown requirement \"%s\"", SF_METHOD_RESOURCE_PATH, where,
             precondition->requirement);
  precondition->text = sf_method_get_string (object, "text", TRUE, where);
}

void
sf_method_load_preconditions (JsonObject *step,
                              GHashTable *keys)
{
  JsonArray *array = sf_method_get_array (step, "preconditions", TRUE, "step 4");

  preconditions_heading = sf_method_get_string (step, "preconditions_heading", TRUE, "step 4");
  load_groups (step);
  n_preconditions = json_array_get_length (array);
  preconditions = g_new0 (SfMethodPrecondition, n_preconditions + 1);
  for (guint i = 0; i < n_preconditions; i++)
    {
      g_autofree char *where = g_strdup_printf ("precondition %u", i + 1);

      load_one (&preconditions[i], sf_method_array_get_object (array, i, "preconditions"), where,
                keys);
    }
}

const char *
sf_concept_get_name (SfConcepts concept)
{
  switch (concept)
    {
    case SF_CONCEPT_THUISPLUSFLAT:
      return "Thuisplusflat";
    case SF_CONCEPT_LANG_LEVEN:
      return "Lang Leven Thuisflat";
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
sf_method_get_preconditions_heading (void)
{
  sf_method_ensure_loaded ();

  return sf_method_translate (preconditions_heading);
}

guint
sf_method_get_n_precondition_groups (void)
{
  sf_method_ensure_loaded ();

  return n_groups;
}

/* The stable key ("complex", "offer"), as sf_method_precondition_get_group () gives it. */
const char *
sf_method_get_precondition_group_key (guint index)
{
  sf_method_ensure_loaded ();
  g_return_val_if_fail (index < n_groups, NULL);

  return groups[index].key;
}

const char *
sf_method_get_precondition_group_title (guint index)
{
  sf_method_ensure_loaded ();
  g_return_val_if_fail (index < n_groups, NULL);

  return sf_method_translate (groups[index].title);
}

guint
sf_method_get_n_preconditions (void)
{
  sf_method_ensure_loaded ();

  return n_preconditions;
}

const SfMethodPrecondition *
sf_method_get_precondition (guint index)
{
  sf_method_ensure_loaded ();
  g_return_val_if_fail (index < n_preconditions, NULL);

  return &preconditions[index];
}

/* Returns: (nullable): the method's precondition with @key, or %NULL */
const SfMethodPrecondition *
sf_method_lookup_precondition (const char *key)
{
  sf_method_ensure_loaded ();

  for (guint i = 0; key != NULL && i < n_preconditions; i++)
    if (strcmp (preconditions[i].key, key) == 0)
      return &preconditions[i];
  return NULL;
}

const char *
sf_method_precondition_get_key (const SfMethodPrecondition *precondition)
{
  g_return_val_if_fail (precondition != NULL, NULL);

  return precondition->key;
}

const char *
sf_method_precondition_get_text (const SfMethodPrecondition *precondition)
{
  g_return_val_if_fail (precondition != NULL, NULL);

  return sf_method_translate (precondition->text);
}

const char *
sf_method_precondition_get_group (const SfMethodPrecondition *precondition)
{
  g_return_val_if_fail (precondition != NULL, NULL);

  return precondition->group;
}

SfConcepts
sf_method_precondition_get_concepts (const SfMethodPrecondition *precondition)
{
  g_return_val_if_fail (precondition != NULL, 0);

  return precondition->concepts;
}

gboolean
sf_method_precondition_is_per_flat (const SfMethodPrecondition *precondition)
{
  g_return_val_if_fail (precondition != NULL, FALSE);

  return precondition->per_flat;
}

const char *
sf_method_precondition_get_requirement (const SfMethodPrecondition *precondition)
{
  g_return_val_if_fail (precondition != NULL, NULL);

  return precondition->requirement;
}
