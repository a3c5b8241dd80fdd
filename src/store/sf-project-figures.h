/* sf-inventory.h: step 3 of a project, the inventory of facts and figures: indicators, their
 * values per flat, who is asked for which, and the figures derived from them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every function that changes something is one user action: one transaction, one undo step
 * (see sf-project.h). Lists are owned by the project (transfer none) and stay up to date.
 * A flat id of NULL means the whole neighbourhood.
 *
 * How a value is held, by the indicator's type (value_json is JSON text):
 *   count            number (>= 0)
 *   yes_no           number 1 (yes) or 0 (no); text: a description
 *   distribution     json {"bands": {"<55": n, "55-64": n, "65-74": n, "75-84": n, "85+": n},
 *                          "average": years}, either member optional
 *   category         number 0 (only older people) or 1 (mixed); text: a description of the mix
 *   category_counts  json [{"kind": "...", "count": n}, ...]
 *   activities       json [{"name": "...", "organiser": "...", "frequency": "...",
 *                           "attendance": n}, ...], every member optional
 * Derived figures are computed on demand, never stored.
 */
#pragma once

#include <json-glib/json-glib.h>

#include "sf-indicator.h"
#include "sf-indicator-value.h"
#include "sf-project.h"

G_BEGIN_DECLS

/* A structured value's JSON text parsed, or NULL when it is none. A file can hold anything in
 * value_json (200,000 "[" overflow json-glib's recursive parser), so it is parsed only after
 * the store's own bounded reading has accepted it. Every reader parses through this. */
JsonNode   *sf_inventory_json_parse  (const char *json);

/* Reading structured values: a number as a double, NAN when @node (or @object's @member, or
 * @object) is missing or no number; a text member, NULL when missing or no text. */
double      sf_inventory_json_number (JsonNode   *node);
double      sf_inventory_json_member (JsonObject *object,
                                      const char *member);
const char *sf_inventory_json_text   (JsonObject *object,
                                      const char *member);

/* The age bands of a distribution, youngest first. */
#define SF_AGE_BANDS ((const char * const[]) { "<55", "55-64", "65-74", "75-84", "85+", NULL })

typedef enum {
  SF_CATEGORY_OLDER_ONLY = 0,
  SF_CATEGORY_MIXED      = 1,
} SfResidentCategory;

typedef struct {
  gboolean       has_number;
  double         number;
  const char    *text;     /* NULL: "" */
  const char    *json;     /* NULL: none */
  SfAccuracy     accuracy;
  const char    *source;   /* which partner, which system or document */
  const char    *period;   /* reference date or period */
  const char    *note;
  SfValueStatus  status;
} SfIndicatorValueFields;

/* ---- indicators ---- */

/* Of SfIndicator, in order, hidden ones included. */
GListModel       *sf_project_get_indicators          (SfProject                    *self);
/* The list's own object, or NULL. */
SfIndicator      *sf_project_find_indicator          (SfProject                    *self,
                                                      const char                   *id);
SfIndicator      *sf_project_find_indicator_by_key   (SfProject                    *self,
                                                      const char                   *key);
char             *sf_project_add_indicator           (SfProject                    *self,
                                                      const char                   *name,
                                                      SfIndicatorType               type,
                                                      const char                   *unit,
                                                      GError                      **error);
/* A standard indicator renamed to NULL or "" gets the method's name back. */
gboolean          sf_project_rename_indicator        (SfProject                    *self,
                                                      const char                   *id,
                                                      const char                   *name,
                                                      GError                      **error);
gboolean          sf_project_set_indicator_hidden    (SfProject                    *self,
                                                      const char                   *id,
                                                      gboolean                      hidden,
                                                      GError                      **error);

/* ---- values: at most one per indicator and flat ---- */

/* Of SfIndicatorValue, in the order of the indicators. */
GListModel       *sf_project_get_indicator_values    (SfProject                    *self,
                                                      const char                   *flat_id);
/* The list's own object, or NULL. */
SfIndicatorValue *sf_project_find_indicator_value    (SfProject                    *self,
                                                      const char                   *indicator_id,
                                                      const char                   *flat_id);
/* Whether writing @fields over @value would change nothing (the text cleaned as it is when
 * written): an import shows such a figure as unchanged, and writes nothing for it. */
gboolean          sf_indicator_value_matches         (SfIndicatorValue             *value,
                                                      const SfIndicatorValueFields *fields);
/* Creates or replaces the value; refuses (SF_STORE_ERROR_INVALID) one that does not fit the
 * indicator's type. */
gboolean          sf_project_set_indicator_value     (SfProject                    *self,
                                                      const char                   *indicator_id,
                                                      const char                   *flat_id,
                                                      const SfIndicatorValueFields *fields,
                                                      GError                      **error);
/* Creates an empty value ("asked") when there is none yet. */
gboolean          sf_project_set_indicator_status    (SfProject                    *self,
                                                      const char                   *indicator_id,
                                                      const char                   *flat_id,
                                                      SfValueStatus                 status,
                                                      GError                      **error);
gboolean          sf_project_clear_indicator_value   (SfProject                    *self,
                                                      const char                   *indicator_id,
                                                      const char                   *flat_id,
                                                      GError                      **error);

/* ---- gathering: which partner is asked for which indicator ---- */

gboolean          sf_project_assign_indicator        (SfProject                    *self,
                                                      const char                   *indicator_id,
                                                      const char                   *partner_id,
                                                      GError                      **error);
gboolean          sf_project_unassign_indicator      (SfProject                    *self,
                                                      const char                   *indicator_id,
                                                      const char                   *partner_id,
                                                      GError                      **error);
/* The ids of the indicators assigned to @partner_id, in order (NULL-terminated). */
char            **sf_project_get_assigned_indicators (SfProject                    *self,
                                                      const char                   *partner_id);

typedef struct {
  char *indicator_id;
  char *flat_id;      /* NULL: the neighbourhood (only when the project has no flats) */
} SfInventoryGap;

void              sf_inventory_gap_free              (SfInventoryGap               *gap);
/* Of SfInventoryGap: every visible indicator assigned to @partner_id, for every flat that
 * has no received or checked value of it; in the order of indicators, then flats. */
GPtrArray        *sf_project_get_outstanding         (SfProject                    *self,
                                                      const char                   *partner_id);

/* ---- derived figures ---- */

typedef enum {
  SF_DERIVED_RESIDENTS_PER_DWELLING,
  SF_DERIVED_SHARE_HOUSEHOLD_HELP,
  SF_DERIVED_SHARE_GUIDANCE,
  SF_DERIVED_SHARE_WLZ,
  SF_DERIVED_SHARE_DISTRICT_NURSING,
  SF_DERIVED_SHARE_75_PLUS,
  SF_DERIVED_SHARE_85_PLUS,
  SF_DERIVED_CORPORATION_REPORTS_PER_100,
  SF_DERIVED_POLICE_REPORTS_PER_100,
  SF_DERIVED_ACTIVITY_ATTENDANCE,
  SF_DERIVED_N
} SfDerivedKind;

typedef struct {
  gboolean known;    /* FALSE: an input is missing, or a division by zero */
  double   value;    /* shares are fractions (0.25 = 25 %); 0 when unknown */
  gboolean estimate; /* an input is an estimate or an average */
} SfDerivedFigure;

const char       *sf_derived_get_label               (SfDerivedKind                 kind);
gboolean          sf_derived_is_share                (SfDerivedKind                 kind);
/* Fills @figures[SF_DERIVED_N]; FALSE only when the file cannot be read. */
gboolean          sf_project_compute_derived         (SfProject                    *self,
                                                      const char                   *flat_id,
                                                      SfDerivedFigure              *figures,
                                                      GError                      **error);

/* ---- the Thuisplusflat complex requirements ---- */

typedef enum {
  SF_REQUIREMENT_MIN_DWELLINGS,      /* at least 80 dwellings */
  SF_REQUIREMENT_COMMON_ROOM,
  SF_REQUIREMENT_SOCIAL_RENT,
  SF_REQUIREMENT_NEAR_TRANSPORT_SHOP, /* within 500 m of public transport and a supermarket */
  SF_REQUIREMENT_SCOOTER_STORAGE,
  SF_REQUIREMENT_N
} SfRequirement;

typedef enum {
  SF_REQUIREMENT_UNKNOWN,
  SF_REQUIREMENT_MET,
  SF_REQUIREMENT_NOT_MET,
} SfRequirementState;

typedef struct {
  SfRequirementState state;
  gboolean           estimate;
} SfRequirementResult;

#define SF_REQUIREMENT_MIN_DWELLINGS_COUNT 80

const char       *sf_requirement_get_label           (SfRequirement                 requirement);
gboolean          sf_project_check_requirements      (SfProject                    *self,
                                                      const char                   *flat_id,
                                                      SfRequirementResult          *results,
                                                      GError                      **error);

/* ---- completeness ---- */

/* The share (0 to 1) of visible indicators with a value for @flat_id; @missing (optional)
 * gets the ids of those without, in order. 0, with a warning, when the file cannot be read. */
double            sf_project_get_completeness        (SfProject                    *self,
                                                      const char                   *flat_id,
                                                      guint                        *n_filled,
                                                      guint                        *n_total,
                                                      GStrv                        *missing);

/* The filled values over all flats (the neighbourhood when there are none), and how many
 * there could be: the step's progress. */
void              sf_project_get_inventory_progress  (SfProject                    *self,
                                                      guint                        *n_filled,
                                                      guint                        *n_total);

/* ---- labels ---- */

const char       *sf_accuracy_get_label              (SfAccuracy                    accuracy);
const char       *sf_value_status_get_label          (SfValueStatus                 status);
const char       *sf_resident_category_get_label     (SfResidentCategory            category);

G_END_DECLS
