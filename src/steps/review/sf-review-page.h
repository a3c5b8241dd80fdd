/* sf-review-page.h: step 4, the joint review of the outcomes (Uitkomsten bespreken)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The method's texts and questions (SfStepPage) and the step's own parts, each a section.
 */
#pragma once

#include "sf-step-page.h"

G_BEGIN_DECLS

#define SF_TYPE_REVIEW_PAGE (sf_review_page_get_type ())
G_DECLARE_FINAL_TYPE (SfReviewPage, sf_review_page, SF, REVIEW_PAGE, SfStepPage)

G_END_DECLS
