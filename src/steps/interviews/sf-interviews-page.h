/* sf-interviews-page.h: step 1, partner interviews, with the partner register
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sf-step-page.h"

G_BEGIN_DECLS

#define SF_TYPE_INTERVIEWS_PAGE (sf_interviews_page_get_type ())
G_DECLARE_FINAL_TYPE (SfInterviewsPage, sf_interviews_page, SF, INTERVIEWS_PAGE, SfStepPage)

G_END_DECLS
