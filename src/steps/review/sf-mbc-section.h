/* sf-mbc-section.h: step 4's societal business case (issue 16), weighed with the
 * preconditions: the disclaimer, and per flat the result, the chart of costs against
 * benefits, the care costs, the sensitivity and the assumptions, each changeable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sf-project.h"

G_BEGIN_DECLS

#define SF_TYPE_MBC_SECTION (sf_mbc_section_get_type ())
G_DECLARE_FINAL_TYPE (SfMbcSection, sf_mbc_section, SF, MBC_SECTION, AdwBin)

GtkWidget  *sf_mbc_section_new         (SfProject    *project);
/* The id of the flat shown, or NULL when the project has none. */
const char *sf_mbc_section_get_flat_id (SfMbcSection *self);

G_END_DECLS
