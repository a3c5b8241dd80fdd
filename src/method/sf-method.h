/* sf-method.h: the Startfoto method's content (steps, roles, standard questions)
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

G_END_DECLS
