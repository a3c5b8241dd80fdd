/* sf-project-figures-derived.c: the figures derived from those of one flat (shares of
 * residents, reports per 100 dwellings), and the Thuisplusflat requirements it meets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Read and computed on demand from the values of one flat: a handful of rows, never stored.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "sf-project-figures-private.h"
#include "sf-project-private.h"
#include "sf-store-error.h"
#include "sf-store-util.h"

/* ---- derived figures -------------------------------------------------------------------- */

typedef struct
{
  gboolean  has_number;
  double    number;
  char     *text;     /* the structured value as stored, parsed when first asked for */
  JsonNode *json;
  gboolean  estimate;
} Input;

static void
input_free (gpointer data)
{
  Input *input = data;

  g_free (input->text);
  g_clear_pointer (&input->json, json_node_unref);
  g_free (input);
}

/* The structured value of @input, or NULL. Most values are plain numbers, and a figure needs
 * two or three structured ones: parsing every value of a flat on each read would cost more
 * than the read. */
static JsonNode *
input_json (Input *input)
{
  if (input == NULL)
    return NULL;
  if (input->json == NULL && input->text != NULL)
    {
      input->json = sf_inventory_json_parse (input->text);
      g_clear_pointer (&input->text, g_free);
    }
  return input->json;
}

/* The indicators the derived figures and the requirements below are computed from: a flat
 * has some forty values, and reading only these is most of the cost of a figure. */
#define INPUT_KEYS \
  "'s3q1a', 's3q1b', 's3q2', 's3q3', 's3q5', 's3q7', 's3q8', 's3q11b', 's3q12', 's3q13', " \
  "'s3q14', 's3q15', 'req_social_rent', 'req_near_transport_shop', 'req_scooter_storage'"

/* The values of @flat_id of the indicators of INPUT_KEYS, by key. */
static GHashTable *
read_inputs (SfProject   *self,
             const char  *flat_id,
             GError     **error)
{
  g_autoptr(GHashTable) inputs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                        input_free);
  SfDb *db = sf_project_get_db (self);
  sqlite3_stmt *stmt = sf_db_prepare (db,
                                      "SELECT i.key, v.value_number, v.value_json, v.accuracy "
                                      "FROM indicator_value v JOIN indicator i "
                                      "ON i.id = v.indicator_id "
                                      "WHERE v.flat_id IS ?1 AND i.key IN (" INPUT_KEYS ")",
                                      error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, sf_store_or_null (flat_id), -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Input *input = g_new0 (Input, 1);
      const char *json = (const char *) sqlite3_column_text (stmt, 2);

      input->has_number = sqlite3_column_type (stmt, 1) != SQLITE_NULL;
      input->number = sqlite3_column_double (stmt, 1);
      input->text = g_strdup (json);
      input->estimate = sqlite3_column_int (stmt, 3) != SF_ACCURACY_EXACT;
      g_hash_table_insert (inputs, g_strdup ((const char *) sqlite3_column_text (stmt, 0)),
                           input);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sf_store_set_sqlite_error (error, sf_db_get_handle (db), rc, sf_db_get_path (db));
      return NULL;
    }
  return g_steal_pointer (&inputs);
}

/* read_inputs ()'s table of @flat_id, kept by the project until its figures change: a flat's
 * figures and its requirements are asked for by several pages and slides. Borrowed. */
static GHashTable *
flat_inputs (SfProject   *self,
             const char  *flat_id,
             GError     **error)
{
  g_autofree char *key = g_strconcat ("figures-inputs/", flat_id ? flat_id : "", NULL);
  GHashTable *inputs = sf_project_cache_lookup (self, key);

  if (inputs == NULL && (inputs = read_inputs (self, flat_id, error)) != NULL)
    sf_project_cache_insert (self, key, inputs, (GDestroyNotify) g_hash_table_unref,
                             SF_FIGURES_TABLES);
  return inputs;
}

/* Whether @key is one of INPUT_KEYS, quoted there; asked at every lookup, so without making
 * the quoted key. */
static gboolean
is_input_key (const char *key)
{
  static const char keys[] = INPUT_KEYS;
  gsize n = strlen (key);

  for (const char *at = strstr (keys, key); at != NULL; at = strstr (at + 1, key))
    if (at > keys && at[-1] == '\'' && at[n] == '\'')
      return TRUE;
  return FALSE;
}

/* The value of @key, which must be one of INPUT_KEYS (only those are read). */
static Input *
input_of (GHashTable *inputs,
          const char *key)
{
  g_return_val_if_fail (is_input_key (key), NULL);
  return g_hash_table_lookup (inputs, key);
}

static gboolean
input_number (GHashTable *inputs,
              const char *key,
              double     *value,
              gboolean   *estimate)
{
  Input *input = input_of (inputs, key);

  if (input == NULL || !input->has_number || !isfinite (input->number))
    return FALSE;
  *value = input->number;
  *estimate |= input->estimate;
  return TRUE;
}

/* Shared with the pages and the report, which read the same structured values. */
double
sf_inventory_json_number (JsonNode *node)
{
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return NAN;
  if (json_node_get_value_type (node) == G_TYPE_INT64)
    return (double) json_node_get_int (node);
  if (json_node_get_value_type (node) == G_TYPE_DOUBLE)
    return json_node_get_double (node);
  return NAN;
}

double
sf_inventory_json_member (JsonObject *object,
                          const char *member)
{
  return object != NULL ? sf_inventory_json_number (json_object_get_member (object, member)) : NAN;
}

const char *
sf_inventory_json_text (JsonObject *object,
                        const char *member)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, member) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

/* The sum of member @member over the list of @key; FALSE when there is no list or no
 * element has the member. */
static gboolean
input_list_sum (GHashTable *inputs,
                const char *key,
                const char *member,
                double     *sum,
                gboolean   *estimate)
{
  Input *input = input_of (inputs, key);
  gboolean found = FALSE;
  JsonArray *array;

  JsonNode *json = input_json (input);

  if (json == NULL || !JSON_NODE_HOLDS_ARRAY (json))
    return FALSE;
  array = json_node_get_array (json);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      double value;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        continue;
      value = sf_inventory_json_member (json_node_get_object (element), member);
      if (!isfinite (value))
        continue;
      *sum += value;
      found = TRUE;
    }
  *estimate |= found && input->estimate;
  return found;
}

/* The share of the distribution's residents in the bands from @first on. */
static gboolean
input_age_share (GHashTable *inputs,
                 guint       first,
                 double     *share,
                 gboolean   *estimate)
{
  Input *input = input_of (inputs, "s3q3");
  const char * const *bands = SF_AGE_BANDS;
  JsonNode *node;
  JsonObject *object;
  double total = 0;
  double older = 0;

  JsonNode *json = input_json (input);

  if (json == NULL || !JSON_NODE_HOLDS_OBJECT (json))
    return FALSE;
  node = json_object_get_member (json_node_get_object (json), "bands");
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return FALSE;
  object = json_node_get_object (node);
  for (guint i = 0; bands[i] != NULL; i++)
    {
      double count = sf_inventory_json_member (object, bands[i]);

      if (!isfinite (count))
        continue;
      total += count;
      if (i >= first)
        older += count;
    }
  if (!(total > 0))
    return FALSE;
  *share = older / total;
  *estimate |= input->estimate;
  return TRUE;
}

static void
set_figure (SfDerivedFigure *figure,
            gboolean         known,
            double           value,
            gboolean         estimate)
{
  figure->known = known && isfinite (value);
  figure->value = figure->known ? value : 0;
  figure->estimate = figure->known && estimate;
}

/* @numerator / the number of @denominator_key, times @scale. */
static void
ratio (SfDerivedFigure *figure,
       GHashTable      *inputs,
       const char      *numerator_key,
       const char      *denominator_key,
       double           scale)
{
  gboolean estimate = FALSE;
  double numerator = 0;
  double denominator = 0;
  gboolean known = input_number (inputs, numerator_key, &numerator, &estimate) &&
                   input_number (inputs, denominator_key, &denominator, &estimate) &&
                   denominator > 0;

  set_figure (figure, known, known ? numerator * scale / denominator : 0, estimate);
}

static void
list_ratio (SfDerivedFigure    *figure,
            GHashTable         *inputs,
            const char * const *keys,
            const char         *member,
            const char         *denominator_key,
            double              scale)
{
  gboolean estimate = FALSE;
  gboolean found = FALSE;
  double sum = 0;
  double denominator = 0;
  gboolean known;

  for (guint i = 0; keys[i] != NULL; i++)
    found |= input_list_sum (inputs, keys[i], member, &sum, &estimate);
  known = found && input_number (inputs, denominator_key, &denominator, &estimate) &&
          denominator > 0;
  set_figure (figure, known, known ? sum * scale / denominator : 0, estimate);
}

const char *
sf_derived_get_label (SfDerivedKind kind)
{
  switch (kind)
    {
    case SF_DERIVED_RESIDENTS_PER_DWELLING:
      return _("Residents per dwelling");
    case SF_DERIVED_SHARE_HOUSEHOLD_HELP:
      return _("Share of residents receiving household help");
    case SF_DERIVED_SHARE_GUIDANCE:
      return _("Share of residents receiving personal guidance");
    case SF_DERIVED_SHARE_WLZ:
      return _("Share of residents receiving long-term care (Wlz)");
    case SF_DERIVED_SHARE_DISTRICT_NURSING:
      return _("Share of residents receiving district nursing");
    case SF_DERIVED_SHARE_75_PLUS:
      return _("Share of residents aged 75 or over");
    case SF_DERIVED_SHARE_85_PLUS:
      return _("Share of residents aged 85 or over");
    case SF_DERIVED_CORPORATION_REPORTS_PER_100:
      return _("Reports to the housing corporation per 100 dwellings");
    case SF_DERIVED_POLICE_REPORTS_PER_100:
      return _("Reports to the police per 100 dwellings");
    case SF_DERIVED_ACTIVITY_ATTENDANCE:
      return _("Activity attendance as a share of residents");
    case SF_DERIVED_N:
    default:
      g_return_val_if_reached (NULL);
    }
}

/* A fraction, to show as a percentage (the others are plain numbers). */
gboolean
sf_derived_is_share (SfDerivedKind kind)
{
  return kind != SF_DERIVED_RESIDENTS_PER_DWELLING &&
         kind != SF_DERIVED_CORPORATION_REPORTS_PER_100 &&
         kind != SF_DERIVED_POLICE_REPORTS_PER_100;
}

gboolean
sf_project_compute_derived (SfProject        *self,
                            const char       *flat_id,
                            SfDerivedFigure  *figures,
                            GError          **error)
{
  GHashTable *inputs = flat_inputs (self, flat_id, error);
  gboolean estimate = FALSE;
  double share = 0;
  gboolean known;

  memset (figures, 0, sizeof (SfDerivedFigure) * SF_DERIVED_N);
  if (inputs == NULL)
    return FALSE;
  ratio (&figures[SF_DERIVED_RESIDENTS_PER_DWELLING], inputs, "s3q1b", "s3q1a", 1);
  ratio (&figures[SF_DERIVED_SHARE_HOUSEHOLD_HELP], inputs, "s3q5", "s3q1b", 1);
  ratio (&figures[SF_DERIVED_SHARE_GUIDANCE], inputs, "s3q7", "s3q1b", 1);
  ratio (&figures[SF_DERIVED_SHARE_WLZ], inputs, "s3q8", "s3q1b", 1);
  ratio (&figures[SF_DERIVED_SHARE_DISTRICT_NURSING], inputs, "s3q11b", "s3q1b", 1);
  known = input_age_share (inputs, 3, &share, &estimate);
  set_figure (&figures[SF_DERIVED_SHARE_75_PLUS], known, share, estimate);
  estimate = FALSE;
  known = input_age_share (inputs, 4, &share, &estimate);
  set_figure (&figures[SF_DERIVED_SHARE_85_PLUS], known, share, estimate);
  list_ratio (&figures[SF_DERIVED_CORPORATION_REPORTS_PER_100], inputs,
              (const char *[]) { "s3q12", NULL }, "count", "s3q1a", 100);
  list_ratio (&figures[SF_DERIVED_POLICE_REPORTS_PER_100], inputs,
              (const char *[]) { "s3q13", NULL }, "count", "s3q1a", 100);
  list_ratio (&figures[SF_DERIVED_ACTIVITY_ATTENDANCE], inputs,
              (const char *[]) { "s3q14", "s3q15", NULL }, "attendance", "s3q1b", 1);
  return TRUE;
}

/* ---- requirements ----------------------------------------------------------------------- */

const char *
sf_requirement_get_label (SfRequirement requirement)
{
  switch (requirement)
    {
    case SF_REQUIREMENT_MIN_DWELLINGS:
      return _("At least 80 dwellings");
    case SF_REQUIREMENT_COMMON_ROOM:
      return _("A common room");
    case SF_REQUIREMENT_SOCIAL_RENT:
      return _("Social rent");
    case SF_REQUIREMENT_NEAR_TRANSPORT_SHOP:
      return _("Within 500 m of public transport and a supermarket");
    case SF_REQUIREMENT_SCOOTER_STORAGE:
      return _("Mobility scooter storage");
    case SF_REQUIREMENT_N:
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
check_yes_no (SfRequirementResult *result,
              GHashTable          *inputs,
              const char          *key)
{
  double value = 0;

  if (!input_number (inputs, key, &value, &result->estimate))
    return;
  result->state = value != 0 ? SF_REQUIREMENT_MET : SF_REQUIREMENT_NOT_MET;
}

gboolean
sf_project_check_requirements (SfProject            *self,
                               const char           *flat_id,
                               SfRequirementResult  *results,
                               GError              **error)
{
  GHashTable *inputs = flat_inputs (self, flat_id, error);
  double dwellings = 0;

  memset (results, 0, sizeof (SfRequirementResult) * SF_REQUIREMENT_N);
  if (inputs == NULL)
    return FALSE;
  if (input_number (inputs, "s3q1a", &dwellings,
                    &results[SF_REQUIREMENT_MIN_DWELLINGS].estimate))
    results[SF_REQUIREMENT_MIN_DWELLINGS].state =
      dwellings >= SF_REQUIREMENT_MIN_DWELLINGS_COUNT ? SF_REQUIREMENT_MET
                                                      : SF_REQUIREMENT_NOT_MET;
  check_yes_no (&results[SF_REQUIREMENT_COMMON_ROOM], inputs, "s3q2");
  check_yes_no (&results[SF_REQUIREMENT_SOCIAL_RENT], inputs, "req_social_rent");
  check_yes_no (&results[SF_REQUIREMENT_NEAR_TRANSPORT_SHOP], inputs,
                "req_near_transport_shop");
  check_yes_no (&results[SF_REQUIREMENT_SCOOTER_STORAGE], inputs, "req_scooter_storage");
  return TRUE;
}
