/* fuzz-json.c: a fuzz target for the check of structured figures (sf-inventory-json.c),
 * held against json-glib, which the readers of those figures use
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The first byte chooses the form (0: age bands, 1: counts by kind, 2: activities); the rest
 * is the text. Whatever the check accepts, json-glib must read, and read as that form: the
 * reference below is the check as it was written with json-glib. Whatever the readers' parse
 * reads, json-glib must read as the same tree. Run as a regular test over
 * tests/fuzz-json-corpus/ by sf-fuzz-driver.c; to fuzz, build as fuzz-csv.c says, with
 * fuzz-json.c, and run ./fuzz-json -max_total_time=600 <src>/tests/fuzz-json-corpus
 */
#include "config.h"

#include <math.h>

#include <json-glib/json-glib.h>

#include "sf-fuzz-driver.h"
#include "sf-project-figures-private.h"

static gboolean
is_count (JsonNode *node)
{
  GType type;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  type = json_node_get_value_type (node);
  if (type == G_TYPE_INT64)
    return json_node_get_int (node) >= 0;
  return type == G_TYPE_DOUBLE && isfinite (json_node_get_double (node)) &&
         json_node_get_double (node) >= 0;
}

static gboolean
is_text (JsonNode *node)
{
  return node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
         json_node_get_value_type (node) == G_TYPE_STRING;
}

static gboolean
reference_distribution (JsonNode *root)
{
  JsonObject *object;
  JsonNode *bands;
  JsonNode *average;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    return FALSE;
  object = json_node_get_object (root);
  bands = json_object_get_member (object, "bands");
  average = json_object_get_member (object, "average");
  if ((bands == NULL && average == NULL) || (average != NULL && !is_count (average)))
    return FALSE;
  if (bands != NULL)
    {
      g_autoptr(GList) names = NULL;

      if (!JSON_NODE_HOLDS_OBJECT (bands))
        return FALSE;
      names = json_object_get_members (json_node_get_object (bands));
      for (GList *l = names; l != NULL; l = l->next)
        if (!g_strv_contains (SF_AGE_BANDS, l->data) ||
            !is_count (json_object_get_member (json_node_get_object (bands), l->data)))
          return FALSE;
    }
  return TRUE;
}

static gboolean
reference_list (JsonNode           *root,
                const char * const *texts,
                const char         *count,
                const char         *required)
{
  JsonArray *array;

  if (!JSON_NODE_HOLDS_ARRAY (root))
    return FALSE;
  array = json_node_get_array (root);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      g_autoptr(GList) names = NULL;
      JsonObject *object;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        return FALSE;
      object = json_node_get_object (element);
      if (required != NULL && !is_text (json_object_get_member (object, required)))
        return FALSE;
      names = json_object_get_members (object);
      for (GList *l = names; l != NULL; l = l->next)
        {
          JsonNode *member = json_object_get_member (object, l->data);

          if (g_strv_contains (texts, l->data) ? !is_text (member)
              : g_strcmp0 (l->data, count) != 0 || !is_count (member))
            return FALSE;
        }
    }
  return TRUE;
}

static gboolean
reference_fits (SfIndicatorType  type,
                const char      *text)
{
  g_autoptr(JsonNode) root = json_from_string (text, NULL);

  if (root == NULL)
    return FALSE;
  if (type == SF_INDICATOR_DISTRIBUTION)
    return reference_distribution (root);
  if (type == SF_INDICATOR_CATEGORY_COUNTS)
    return reference_list (root, (const char *[]) { "kind", NULL }, "count", "kind");
  return reference_list (root, (const char *[]) { "name", "organiser", "frequency", NULL },
                         "attendance", NULL);
}

/* Whether @a and @b are the same tree, values of the same types: json-glib's equality takes
 * an integer for the double of the same number. */
static gboolean
same_tree (JsonNode *a,
           JsonNode *b)
{
  if (JSON_NODE_TYPE (a) != JSON_NODE_TYPE (b))
    return FALSE;
  if (JSON_NODE_HOLDS_VALUE (a) &&
      json_node_get_value_type (a) != json_node_get_value_type (b))
    return FALSE;
  if (JSON_NODE_HOLDS_ARRAY (a))
    {
      JsonArray *x = json_node_get_array (a), *y = json_node_get_array (b);

      if (json_array_get_length (x) != json_array_get_length (y))
        return FALSE;
      for (guint i = 0; i < json_array_get_length (x); i++)
        if (!same_tree (json_array_get_element (x, i), json_array_get_element (y, i)))
          return FALSE;
      return TRUE;
    }
  if (JSON_NODE_HOLDS_OBJECT (a))
    {
      JsonObject *x = json_node_get_object (a), *y = json_node_get_object (b);
      g_autoptr(GList) names = json_object_get_members (x), others = json_object_get_members (y);

      if (g_list_length (names) != g_list_length (others))
        return FALSE;
      for (GList *l = names, *m = others; l != NULL; l = l->next, m = m->next)
        if (g_strcmp0 (l->data, m->data) != 0 ||
            !same_tree (json_object_get_member (x, l->data), json_object_get_member (y, l->data)))
          return FALSE;
      return TRUE;
    }
  /* Equality takes -0.0 for 0.0. */
  if (JSON_NODE_HOLDS_VALUE (a) && json_node_get_value_type (a) == G_TYPE_DOUBLE)
    return json_node_get_double (a) == json_node_get_double (b) &&
           !signbit (json_node_get_double (a)) == !signbit (json_node_get_double (b));
  return json_node_equal (a, b);
}

/* What the readers get: the tree json-glib would read, whenever it is read at all. */
static void
check_tree (const char *text)
{
  g_autoptr(JsonNode) ours = sf_inventory_json_parse (text);
  g_autoptr(JsonNode) reference = NULL;

  if (ours == NULL)
    return;
  reference = json_from_string (text, NULL);
  if (reference == NULL || !same_tree (ours, reference))
    g_error ("read, but not as json-glib reads it: %s", text);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static const SfIndicatorType types[] = {
    SF_INDICATOR_DISTRIBUTION, SF_INDICATOR_CATEGORY_COUNTS, SF_INDICATOR_ACTIVITIES,
  };
  g_autofree char *text = NULL;
  SfIndicatorType type;
  gboolean fits;

  if (size == 0)
    return 0;
  type = types[data[0] % G_N_ELEMENTS (types)];
  text = g_strndup ((const char *) data + 1, size - 1);
  fits = sf_inventory_json_fits (type, text);
  if (g_getenv ("SF_FUZZ_VERBOSE") != NULL)
    g_printerr ("%s: %s\n", fits ? "fits" : "refused", text);
  if (fits && !reference_fits (type, text))
    g_error ("accepted, but json-glib does not read it as that form: %s", text);
  check_tree (text);
  return 0;
}

#ifndef SF_FUZZ_LIBFUZZER
int
main (int   argc,
      char *argv[])
{
  return sf_fuzz_run_corpus (argc, argv, "fuzz-json");
}
#endif
