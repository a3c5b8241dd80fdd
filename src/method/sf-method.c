/* sf-method.c: the Startfoto method's content (steps, roles, standard questions)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The content is the JSON resource method.json (English texts, the msgids). It is parsed
 * once, on first use, into static structures that live as long as the process; every
 * accessor returns the text translated with g_dgettext() in the application's domain.
 * The bundled resource is part of the program, so a resource that is missing or malformed
 * is a programming error and aborts with g_error().
 */

#include "config.h"

#include <string.h>

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "sf-method.h"
#include "sf-method-private.h"
#include "method-resources.h"

typedef struct
{
  const char *key;
  const char *text;
} SfMethodKeyedText;  /* a question or a role: a stable key and an English text */

struct _SfMethodStep
{
  guint             number;
  const char       *title;
  const char       *short_title;
  const char       *purpose;
  const char       *approach;
  const char       *result;             /* NULL when the step has none */
  const char       *roles_heading;      /* NULL when the step has none */
  const char       *questions_heading;  /* NULL when the step has none */
  guint              n_roles;
  SfMethodKeyedText *roles;
  guint              n_questions;
  SfMethodKeyedText *questions;
};

struct _SfMethodIndicator
{
  const char      *key;
  const char      *name;
  const char      *unit; /* "" when the figure has none */
  SfIndicatorType  type;
};

static const char * const indicator_types[] = {
  "count", "yes_no", "distribution", "category", "category_counts", "activities", NULL
};

/* All strings are interned (g_intern_string): they live as long as the process. */
static SfMethodStep sf_method_steps[SF_METHOD_N_STEPS];
static const char *sf_method_add_own_prompt;
/* The six dimensions of Positieve Gezondheid, offered as a project's first themes. */
static guint sf_method_n_starter_themes;
static const char **sf_method_starter_themes;
/* The indicators of step 3 (facts and figures), in the method's order. */
static guint sf_method_n_indicators;
static SfMethodIndicator *sf_method_indicators;

const char *
sf_method_translate (const char *msgid)
{
  if (msgid == NULL || *msgid == '\0')
    return msgid;

  return g_dgettext (GETTEXT_PACKAGE, msgid);
}

/* Returns the interned string member @name of @object, or NULL if it is absent and not
 * @required. A member that is present must be a non-empty string. */
const char *
sf_method_get_string (JsonObject *object,
                      const char *name,
                      gboolean    required,
                      const char *where)
{
  JsonNode *node = json_object_get_member (object, name);
  const char *value;

  if (node == NULL)
    {
      if (required)
        g_error ("%s: %s lacks the member \"%s\"", SF_METHOD_RESOURCE_PATH, where, name);
      return NULL;
    }

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    g_error ("%s: %s.%s is not a string", SF_METHOD_RESOURCE_PATH, where, name);

  value = json_node_get_string (node);
  if (value == NULL || *value == '\0')
    g_error ("%s: %s.%s is empty", SF_METHOD_RESOURCE_PATH, where, name);

  return g_intern_string (value);
}

/* Returns the array member @name of @object, or NULL if it is absent and not @required. */
JsonArray *
sf_method_get_array (JsonObject *object,
                     const char *name,
                     gboolean    required,
                     const char *where)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL)
    {
      if (required)
        g_error ("%s: %s lacks the member \"%s\"", SF_METHOD_RESOURCE_PATH, where, name);
      return NULL;
    }

  if (!JSON_NODE_HOLDS_ARRAY (node))
    g_error ("%s: %s.%s is not an array", SF_METHOD_RESOURCE_PATH, where, name);

  return json_node_get_array (node);
}

JsonObject *
sf_method_array_get_object (JsonArray  *array,
                            guint       index,
                            const char *where)
{
  JsonNode *node = json_array_get_element (array, index);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    g_error ("%s: element %u of %s is not an object", SF_METHOD_RESOURCE_PATH, index, where);

  return json_node_get_object (node);
}

/* Their keys may repeat a question's ("s3q2"), never each other's. */
static void
sf_method_load_indicators (JsonArray *array)
{
  g_autoptr(GHashTable) keys = g_hash_table_new (g_str_hash, g_str_equal);

  sf_method_n_indicators = json_array_get_length (array);
  sf_method_indicators = g_new0 (SfMethodIndicator, sf_method_n_indicators + 1);
  for (guint i = 0; i < sf_method_n_indicators; i++)
    {
      g_autofree char *where = g_strdup_printf ("indicator %u", i + 1);
      JsonObject *object = sf_method_array_get_object (array, i, "indicators");
      SfMethodIndicator *indicator = &sf_method_indicators[i];
      JsonNode *unit = json_object_get_member (object, "unit");
      const char *type;

      indicator->key = sf_method_get_string (object, "key", TRUE, where);
      /* Stored in users' files, like the question keys: unique and never changed. */
      if (!g_hash_table_add (keys, (gpointer) indicator->key))
        g_error ("%s: the key \"%s\" is used twice", SF_METHOD_RESOURCE_PATH, indicator->key);
      indicator->name = sf_method_get_string (object, "name", TRUE, where);
      if (unit == NULL || !JSON_NODE_HOLDS_VALUE (unit)
          || json_node_get_value_type (unit) != G_TYPE_STRING)
        g_error ("%s: %s.unit is not a string", SF_METHOD_RESOURCE_PATH, where);
      indicator->unit = g_intern_string (json_node_get_string (unit));
      type = sf_method_get_string (object, "type", TRUE, where);
      if (!sf_indicator_type_from_string (type, &indicator->type))
        g_error ("%s: %s has the unknown type \"%s\"", SF_METHOD_RESOURCE_PATH, where, type);
    }
}

static void
sf_method_load_step (SfMethodStep *step,
                     JsonObject   *object,
                     guint         number,
                     GHashTable   *keys)
{
  g_autofree char *where = g_strdup_printf ("step %u", number);
  g_autofree char *key_prefix = g_strdup_printf ("s%uq", number);
  g_autofree char *role_prefix = g_strdup_printf ("s%ur", number);
  JsonNode *number_node = json_object_get_member (object, "number");
  JsonArray *roles;
  JsonArray *questions;

  if (number_node == NULL
      || !JSON_NODE_HOLDS_VALUE (number_node)
      || json_node_get_value_type (number_node) != G_TYPE_INT64
      || json_node_get_int (number_node) != number)
    g_error ("%s: the steps must be numbered 1 to %u in order (%s)",
             SF_METHOD_RESOURCE_PATH, SF_METHOD_N_STEPS, where);

  step->number = number;
  step->title = sf_method_get_string (object, "title", TRUE, where);
  step->short_title = sf_method_get_string (object, "short_title", TRUE, where);
  step->purpose = sf_method_get_string (object, "purpose", TRUE, where);
  step->approach = sf_method_get_string (object, "approach", TRUE, where);
  step->result = sf_method_get_string (object, "result", FALSE, where);
  step->roles_heading = sf_method_get_string (object, "roles_heading", FALSE, where);
  step->questions_heading = sf_method_get_string (object, "questions_heading", FALSE, where);

  roles = sf_method_get_array (object, "roles", FALSE, where);
  step->n_roles = roles != NULL ? json_array_get_length (roles) : 0;
  step->roles = g_new0 (SfMethodKeyedText, step->n_roles + 1);
  for (guint i = 0; i < step->n_roles; i++)
    {
      JsonObject *role = sf_method_array_get_object (roles, i, where);
      g_autofree char *role_where = g_strdup_printf ("%s role %u", where, i + 1);
      const char *key = sf_method_get_string (role, "key", TRUE, role_where);

      /* Keys are stored in users' files (a partner's role): they never change. */
      if (!g_str_has_prefix (key, role_prefix))
        g_error ("%s: %s has the key \"%s\", which does not start with \"%s\"",
                 SF_METHOD_RESOURCE_PATH, role_where, key, role_prefix);
      if (!g_hash_table_add (keys, (gpointer) key))
        g_error ("%s: the role key \"%s\" is used twice", SF_METHOD_RESOURCE_PATH, key);
      step->roles[i].key = key;
      step->roles[i].text = sf_method_get_string (role, "text", TRUE, role_where);
    }

  if (step->n_roles > 0 && step->roles_heading == NULL)
    g_error ("%s: %s has roles but no roles_heading", SF_METHOD_RESOURCE_PATH, where);

  questions = sf_method_get_array (object, "questions", TRUE, where);
  step->n_questions = json_array_get_length (questions);
  step->questions = g_new0 (SfMethodKeyedText, step->n_questions + 1);
  for (guint i = 0; i < step->n_questions; i++)
    {
      JsonObject *question = sf_method_array_get_object (questions, i, where);
      g_autofree char *question_where = g_strdup_printf ("%s question %u", where, i + 1);
      const char *key = sf_method_get_string (question, "key", TRUE, question_where);

      /* Keys are stored in users' files: they never change, and must be unique. */
      if (!g_str_has_prefix (key, key_prefix))
        g_error ("%s: %s has the key \"%s\", which does not start with \"%s\"",
                 SF_METHOD_RESOURCE_PATH, question_where, key, key_prefix);
      if (!g_hash_table_add (keys, (gpointer) key))
        g_error ("%s: the question key \"%s\" is used twice", SF_METHOD_RESOURCE_PATH, key);

      step->questions[i].key = key;
      step->questions[i].text = sf_method_get_string (question, "text", TRUE, question_where);
    }

  if (step->n_questions > 0 && step->questions_heading == NULL)
    g_error ("%s: %s has questions but no questions_heading", SF_METHOD_RESOURCE_PATH, where);

  if (json_object_has_member (object, "indicators"))
    sf_method_load_indicators (sf_method_get_array (object, "indicators", TRUE, where));
  if (json_object_has_member (object, "preconditions"))
    sf_method_load_preconditions (object, keys);
}

static void
sf_method_load (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GHashTable) keys = g_hash_table_new (g_str_hash, g_str_equal);
  JsonNode *root;
  JsonObject *object;
  JsonArray *steps;
  JsonArray *starter_themes;
  gconstpointer data;
  gsize size;

  /* Looking the data up in this library's own resource (rather than through the global
   * registry) also makes the linker keep the resource's object file of the static library. */
  bytes = g_resource_lookup_data (sf_method_resources_get_resource (), SF_METHOD_RESOURCE_PATH,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes == NULL)
    g_error ("Cannot load the method resource %s: %s", SF_METHOD_RESOURCE_PATH, error->message);

  data = g_bytes_get_data (bytes, &size);
  if (!json_parser_load_from_data (parser, data, (gssize) size, &error))
    g_error ("Cannot parse the method resource %s: %s", SF_METHOD_RESOURCE_PATH, error->message);

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    g_error ("%s: the root is not an object", SF_METHOD_RESOURCE_PATH);
  object = json_node_get_object (root);

  sf_method_add_own_prompt = sf_method_get_string (object, "add_own_prompt", TRUE, "the root");

  starter_themes = sf_method_get_array (object, "starter_themes", TRUE, "the root");
  sf_method_n_starter_themes = json_array_get_length (starter_themes);
  sf_method_starter_themes = g_new0 (const char *, sf_method_n_starter_themes + 1);
  for (guint i = 0; i < sf_method_n_starter_themes; i++)
    {
      JsonNode *node = json_array_get_element (starter_themes, i);

      if (!JSON_NODE_HOLDS_VALUE (node)
          || json_node_get_value_type (node) != G_TYPE_STRING
          || *json_node_get_string (node) == '\0')
        g_error ("%s: starter theme %u is not a non-empty string", SF_METHOD_RESOURCE_PATH, i);
      sf_method_starter_themes[i] = g_intern_string (json_node_get_string (node));
    }

  steps = sf_method_get_array (object, "steps", TRUE, "the root");
  if (json_array_get_length (steps) != SF_METHOD_N_STEPS)
    g_error ("%s: expected %u steps, found %u", SF_METHOD_RESOURCE_PATH,
             SF_METHOD_N_STEPS, json_array_get_length (steps));

  for (guint i = 0; i < SF_METHOD_N_STEPS; i++)
    sf_method_load_step (&sf_method_steps[i],
                         sf_method_array_get_object (steps, i, "steps"),
                         i + 1, keys);
}

void
sf_method_ensure_loaded (void)
{
  static gsize loaded = 0;

  if (g_once_init_enter (&loaded))
    {
      sf_method_load ();
      g_once_init_leave (&loaded, 1);
    }
}

/**
 * sf_method_get_step:
 * @number: the step's number, 1 to %SF_METHOD_N_STEPS
 *
 * Returns: (nullable): the step, or %NULL if @number is out of range
 */
const SfMethodStep *
sf_method_get_step (guint number)
{
  if (number < 1 || number > SF_METHOD_N_STEPS)
    return NULL;

  sf_method_ensure_loaded ();

  return &sf_method_steps[number - 1];
}

guint
sf_method_step_get_number (const SfMethodStep *step)
{
  g_return_val_if_fail (step != NULL, 0);

  return step->number;
}

const char *
sf_method_step_get_title (const SfMethodStep *step)
{
  g_return_val_if_fail (step != NULL, NULL);

  return sf_method_translate (step->title);
}

/* A label of one to three words, for the sidebar. */
const char *
sf_method_step_get_short_title (const SfMethodStep *step)
{
  g_return_val_if_fail (step != NULL, NULL);

  return sf_method_translate (step->short_title);
}

/* The purpose (doel). Like the approach and the result, it starts in lower case, as it is
 * meant to follow a label ("Purpose: ..."), which is how the method writes it. */
const char *
sf_method_step_get_purpose (const SfMethodStep *step)
{
  g_return_val_if_fail (step != NULL, NULL);

  return sf_method_translate (step->purpose);
}

/* The way of working (werkwijze). */
const char *
sf_method_step_get_approach (const SfMethodStep *step)
{
  g_return_val_if_fail (step != NULL, NULL);

  return sf_method_translate (step->approach);
}

/* The result (resultaat), or NULL: only step 4 states one. */
const char *
sf_method_step_get_result (const SfMethodStep *step)
{
  g_return_val_if_fail (step != NULL, NULL);

  return sf_method_translate (step->result);
}

/* The heading over the roles, or NULL if the step lists no roles. */
const char *
sf_method_step_get_roles_heading (const SfMethodStep *step)
{
  g_return_val_if_fail (step != NULL, NULL);

  return sf_method_translate (step->roles_heading);
}

guint
sf_method_step_get_n_roles (const SfMethodStep *step)
{
  g_return_val_if_fail (step != NULL, 0);

  return step->n_roles;
}

const char *
sf_method_step_get_role (const SfMethodStep *step,
                         guint               index)
{
  g_return_val_if_fail (step != NULL, NULL);
  g_return_val_if_fail (index < step->n_roles, NULL);

  return sf_method_translate (step->roles[index].text);
}

/* The role's stable key ("s1r4"), as stored in project files; never translated. */
const char *
sf_method_step_get_role_key (const SfMethodStep *step,
                             guint               index)
{
  g_return_val_if_fail (step != NULL, NULL);
  g_return_val_if_fail (index < step->n_roles, NULL);

  return step->roles[index].key;
}

/* Roles are typed or picked from the list (then in sentence case): compared without case,
 * surrounding space or differences in Unicode composition. */
static char *
role_compare_key (const char *role)
{
  g_autofree char *stripped = g_strstrip (g_strdup (role));
  g_autofree char *composed = g_utf8_normalize (stripped, -1, G_NORMALIZE_DEFAULT_COMPOSE);

  return g_utf8_casefold (composed != NULL ? composed : stripped, -1);
}

/**
 * sf_method_step_find_role:
 * @text: a role as a partner's register holds it
 *
 * Returns: (nullable): the key of the step's role that @text names, in the app's language
 *   or in English, or %NULL for a role of the user's own
 */
const char *
sf_method_step_find_role (const SfMethodStep *step,
                          const char         *text)
{
  g_autofree char *wanted = NULL;

  g_return_val_if_fail (step != NULL, NULL);
  if (text == NULL)
    return NULL;
  wanted = role_compare_key (text);
  for (guint i = 0; i < step->n_roles; i++)
    {
      g_autofree char *english = role_compare_key (step->roles[i].text);
      g_autofree char *translated = role_compare_key (sf_method_translate (step->roles[i].text));

      if (g_str_equal (wanted, english) || g_str_equal (wanted, translated))
        return step->roles[i].key;
    }
  return NULL;
}

/* The heading over the standard questions, or NULL if the step has none. */
const char *
sf_method_step_get_questions_heading (const SfMethodStep *step)
{
  g_return_val_if_fail (step != NULL, NULL);

  return sf_method_translate (step->questions_heading);
}

guint
sf_method_step_get_n_questions (const SfMethodStep *step)
{
  g_return_val_if_fail (step != NULL, 0);

  return step->n_questions;
}

/* The question's stable key ("s1q1"), as stored in project files; never translated. */
const char *
sf_method_step_get_question_key (const SfMethodStep *step,
                                 guint               index)
{
  g_return_val_if_fail (step != NULL, NULL);
  g_return_val_if_fail (index < step->n_questions, NULL);

  return step->questions[index].key;
}

const char *
sf_method_step_get_question_text (const SfMethodStep *step,
                                  guint               index)
{
  g_return_val_if_fail (step != NULL, NULL);
  g_return_val_if_fail (index < step->n_questions, NULL);

  return sf_method_translate (step->questions[index].text);
}

/**
 * sf_method_lookup_question:
 * @key: a question key such as "s1q1"
 * @step_number: (out) (optional): the number of the question's step
 * @index: (out) (optional): the question's index within its step
 *
 * Returns: (nullable): the translated question text, or %NULL if no standard question
 *   has @key (the out parameters are then left untouched)
 */
const char *
sf_method_lookup_question (const char *key,
                           guint      *step_number,
                           guint      *index)
{
  g_return_val_if_fail (key != NULL, NULL);

  sf_method_ensure_loaded ();

  for (guint s = 0; s < SF_METHOD_N_STEPS; s++)
    {
      const SfMethodStep *step = &sf_method_steps[s];

      for (guint i = 0; i < step->n_questions; i++)
        {
          if (strcmp (step->questions[i].key, key) != 0)
            continue;

          if (step_number != NULL)
            *step_number = step->number;
          if (index != NULL)
            *index = i;
          return sf_method_translate (step->questions[i].text);
        }
    }

  return NULL;
}

/* The line that ends every list of questions, inviting the users to add their own. */
const char *
sf_method_get_add_own_prompt (void)
{
  sf_method_ensure_loaded ();

  return sf_method_translate (sf_method_add_own_prompt);
}

guint
sf_method_get_n_starter_themes (void)
{
  sf_method_ensure_loaded ();

  return sf_method_n_starter_themes;
}

/* A theme's name in the reader's language, for a project's starting set of themes. */
const char *
sf_method_get_starter_theme (guint index)
{
  sf_method_ensure_loaded ();
  g_return_val_if_fail (index < sf_method_n_starter_themes, NULL);

  return sf_method_translate (sf_method_starter_themes[index]);
}

guint
sf_method_get_n_indicators (void)
{
  sf_method_ensure_loaded ();

  return sf_method_n_indicators;
}

const SfMethodIndicator *
sf_method_get_indicator (guint index)
{
  sf_method_ensure_loaded ();
  g_return_val_if_fail (index < sf_method_n_indicators, NULL);

  return &sf_method_indicators[index];
}

/* Returns: (nullable): the method's indicator with @key, or %NULL */
const SfMethodIndicator *
sf_method_lookup_indicator (const char *key)
{
  sf_method_ensure_loaded ();

  for (guint i = 0; key != NULL && i < sf_method_n_indicators; i++)
    if (strcmp (sf_method_indicators[i].key, key) == 0)
      return &sf_method_indicators[i];
  return NULL;
}

/* The stable key, as stored in project files; never translated. */
const char *
sf_method_indicator_get_key (const SfMethodIndicator *indicator)
{
  g_return_val_if_fail (indicator != NULL, NULL);

  return indicator->key;
}

const char *
sf_method_indicator_get_name (const SfMethodIndicator *indicator)
{
  g_return_val_if_fail (indicator != NULL, NULL);

  return sf_method_translate (indicator->name);
}

/* The unit ("residents"), translated; "" when the figure has none. */
const char *
sf_method_indicator_get_unit (const SfMethodIndicator *indicator)
{
  g_return_val_if_fail (indicator != NULL, NULL);

  return sf_method_translate (indicator->unit);
}

SfIndicatorType
sf_method_indicator_get_indicator_type (const SfMethodIndicator *indicator)
{
  g_return_val_if_fail (indicator != NULL, SF_INDICATOR_COUNT);

  return indicator->type;
}

const char *
sf_indicator_type_to_string (SfIndicatorType type)
{
  g_return_val_if_fail (type < SF_INDICATOR_N_TYPES, NULL);

  return indicator_types[type];
}

gboolean
sf_indicator_type_from_string (const char      *text,
                               SfIndicatorType *type)
{
  for (guint i = 0; text != NULL && indicator_types[i] != NULL; i++)
    if (strcmp (indicator_types[i], text) == 0)
      {
        *type = (SfIndicatorType) i;
        return TRUE;
      }
  return FALSE;
}
