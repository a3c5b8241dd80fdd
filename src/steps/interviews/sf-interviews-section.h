/* sf-interviews-section.h: step 1's interviews: one row per partner (sf-interview-row.h)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each interview row has the actions "interview.plan", "interview.hold" and
 * "interview.key-points", so that its buttons and tests act on that row's partner without
 * looking it up. The section itself has "interviews.joint-meeting".
 */
#pragma once

#include <adwaita.h>

#include "sf-project.h"

G_BEGIN_DECLS

#define SF_TYPE_INTERVIEWS_SECTION (sf_interviews_section_get_type ())
G_DECLARE_FINAL_TYPE (SfInterviewsSection, sf_interviews_section, SF, INTERVIEWS_SECTION, AdwBin)

GtkWidget *sf_interviews_section_new (SfProject *project);

G_END_DECLS
