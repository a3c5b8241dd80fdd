/* sf-review-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sf-review-page.h"

struct _SfReviewPage
{
  SfStepPage parent_instance;
};

G_DEFINE_FINAL_TYPE (SfReviewPage, sf_review_page, SF_TYPE_STEP_PAGE)

static void
sf_review_page_class_init (SfReviewPageClass *klass)
{
}

static void
sf_review_page_init (SfReviewPage *self)
{
}

