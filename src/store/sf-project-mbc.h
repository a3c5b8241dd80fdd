/* sf-project-mbc.h: the societal business case of a project's flats (issue 16): the
 * parameters the project changed from Rotterdam's, and each flat's calculation from its
 * step 3 figures
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A parameter has Rotterdam's value (sf-mbc.h) unless the project changed it, and a flat's
 * unless that flat has its own: the flat's setting wins over the project's. The concept's
 * cost and income lines are parameters like the others. Every change is one undoable action.
 */
#pragma once

#include "sf-mbc.h"
#include "sf-mbc-setting.h"
#include "sf-project.h"

G_BEGIN_DECLS

/* Of SfMbcSetting: every changed parameter, the project's first, then per flat. Borrowed. */
GListModel   *sf_project_get_mbc_settings (SfProject    *self);
/* The setting of @param for @flat_id (NULL: the project's own), or NULL. Borrowed. */
SfMbcSetting *sf_project_find_mbc_setting (SfProject    *self,
                                           const char   *flat_id,
                                           SfMbcParam    param);

/* Sets @param to @value for the project (@flat_id NULL) or one flat, saying who set it
 * (@set_by, may be blank). Refuses, with a translated message, what sf_mbc_param_check ()
 * refuses. */
gboolean      sf_project_set_mbc_param    (SfProject    *self,
                                           const char   *flat_id,
                                           SfMbcParam    param,
                                           double        value,
                                           const char   *set_by,
                                           GError      **error);
/* Back to the project's value (for a flat) or Rotterdam's (for the project). */
gboolean      sf_project_reset_mbc_param  (SfProject    *self,
                                           const char   *flat_id,
                                           SfMbcParam    param,
                                           GError      **error);

/* @input filled for @flat_id: the parameters as above, and the flat's step 3 figures (its
 * residents, else its dwellings marked as an assumption; its Wmo clients as household help
 * plus personal guidance, marked as an estimate since a resident may have both; district
 * nursing; Wlz), each with its estimate mark. */
void          sf_project_get_mbc_input    (SfProject    *self,
                                           const char   *flat_id,
                                           SfMbcInput   *input);
/* sf_project_get_mbc_input () and sf_mbc_calculate (). */
void          sf_project_calculate_mbc    (SfProject    *self,
                                           const char   *flat_id,
                                           SfMbcInput   *input,
                                           SfMbcResult  *result);

G_END_DECLS
