/* sf-method.h: the Startfoto method's content (steps, roles, standard questions, indicators,
 * preconditions)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The data lives in a JSON resource with English texts; every accessor returns the text
 * translated into the current locale (the Dutch translation is the method's own wording).
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define SF_METHOD_N_STEPS 5

typedef struct _SfMethodStep SfMethodStep;

/* The kinds of answer a step-3 indicator takes; stored in project files by their names
 * ("count", "yes_no", ...), see sf_indicator_type_to_string (). */
typedef enum {
  SF_INDICATOR_COUNT,           /* a number */
  SF_INDICATOR_YES_NO,          /* yes or no, with a description */
  SF_INDICATOR_DISTRIBUTION,    /* counts per age band, or an average age */
  SF_INDICATOR_CATEGORY,        /* only older people or mixed, with a description */
  SF_INDICATOR_CATEGORY_COUNTS, /* a list of kinds with a count each */
  SF_INDICATOR_ACTIVITIES,      /* a list of activities: organiser, frequency, attendance */
  SF_INDICATOR_N_TYPES
} SfIndicatorType;

/* One of the method's indicators (step 3): a stable key ("s3q1a"), an English name and
 * unit (msgids), and a type. */
typedef struct _SfMethodIndicator SfMethodIndicator;

const SfMethodStep  *sf_method_get_step                (guint               number);
guint                sf_method_step_get_number         (const SfMethodStep *step);
const char          *sf_method_step_get_title          (const SfMethodStep *step);
const char          *sf_method_step_get_short_title    (const SfMethodStep *step);
const char          *sf_method_step_get_purpose        (const SfMethodStep *step);
const char          *sf_method_step_get_approach       (const SfMethodStep *step);
const char          *sf_method_step_get_result         (const SfMethodStep *step);
const char          *sf_method_step_get_roles_heading  (const SfMethodStep *step);
guint                sf_method_step_get_n_roles        (const SfMethodStep *step);
const char          *sf_method_step_get_role           (const SfMethodStep *step,
                                                        guint               index);
const char          *sf_method_step_get_role_key       (const SfMethodStep *step,
                                                        guint               index);
const char          *sf_method_step_find_role          (const SfMethodStep *step,
                                                        const char         *text);
const char          *sf_method_step_get_questions_heading (const SfMethodStep *step);
guint                sf_method_step_get_n_questions    (const SfMethodStep *step);
const char          *sf_method_step_get_question_key   (const SfMethodStep *step,
                                                        guint               index);
const char          *sf_method_step_get_question_text  (const SfMethodStep *step,
                                                        guint               index);
const char          *sf_method_lookup_question         (const char         *key,
                                                        guint              *step_number,
                                                        guint              *index);
const char          *sf_method_get_add_own_prompt      (void);
guint                sf_method_get_n_starter_themes    (void);
const char          *sf_method_get_starter_theme       (guint               index);

guint                sf_method_get_n_indicators        (void);
const SfMethodIndicator *sf_method_get_indicator       (guint               index);
const SfMethodIndicator *sf_method_lookup_indicator    (const char         *key);
const char          *sf_method_indicator_get_key       (const SfMethodIndicator *indicator);
const char          *sf_method_indicator_get_name      (const SfMethodIndicator *indicator);
const char          *sf_method_indicator_get_unit      (const SfMethodIndicator *indicator);
SfIndicatorType      sf_method_indicator_get_indicator_type (const SfMethodIndicator *indicator);

/* ---- step 4's preconditions (randvoorwaarden) ---- */

/* The concepts a precondition comes from: Rotterdam's Thuisplusflat and Amsterdam's Lang Leven
 * Thuisflat. Their names are names, never translated. */
typedef enum {
  SF_CONCEPT_THUISPLUSFLAT = 1 << 0,
  SF_CONCEPT_LANG_LEVEN    = 1 << 1,
} SfConcepts;

/* One of the method's preconditions: a stable key ("s4p3"), its group, the concept(s) it
 * comes from, whether it is judged per flat (it is about a building), and the step-3 check
 * that suggests its status, if any. */
typedef struct _SfMethodPrecondition SfMethodPrecondition;

const char          *sf_concept_get_name               (SfConcepts          concept);
const char          *sf_method_get_preconditions_heading (void);
guint                sf_method_get_n_precondition_groups (void);
const char          *sf_method_get_precondition_group_key (guint            index);
const char          *sf_method_get_precondition_group_title (guint          index);
guint                sf_method_get_n_preconditions     (void);
const SfMethodPrecondition *sf_method_get_precondition (guint               index);
const SfMethodPrecondition *sf_method_lookup_precondition (const char      *key);
const char          *sf_method_precondition_get_key    (const SfMethodPrecondition *precondition);
const char          *sf_method_precondition_get_text   (const SfMethodPrecondition *precondition);
const char          *sf_method_precondition_get_group  (const SfMethodPrecondition *precondition);
SfConcepts           sf_method_precondition_get_concepts (const SfMethodPrecondition *precondition);
gboolean             sf_method_precondition_is_per_flat (const SfMethodPrecondition *precondition);
/* The key of the step-3 requirement that suggests its status ("min_dwellings",
 * "common_room", "social_rent", "near_transport_shop", "scooter_storage"), or NULL. */
const char          *sf_method_precondition_get_requirement (const SfMethodPrecondition *precondition);

const char          *sf_indicator_type_to_string       (SfIndicatorType     type);
gboolean             sf_indicator_type_from_string     (const char         *text,
                                                        SfIndicatorType    *type);

G_END_DECLS
