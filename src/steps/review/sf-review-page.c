/* sf-review-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Step 4's page: the method's texts and questions (SfStepPage) with the step's own parts, each
 * a section of its own file, in the order of the step's questions.
 */
#include "config.h"

#include "sf-plan-section.h"
#include "sf-review-page.h"

struct _SfReviewPage
{
  SfStepPage parent_instance;
};

G_DEFINE_FINAL_TYPE (SfReviewPage, sf_review_page, SF_TYPE_STEP_PAGE)

static void
sf_review_page_constructed (GObject *object)
{
  SfStepPage *page = SF_STEP_PAGE (object);
  SfProject *project;

  G_OBJECT_CLASS (sf_review_page_parent_class)->constructed (object);
  project = sf_project_page_get_project (SF_PROJECT_PAGE (object));

  /* The meeting, and checking the Startfoto together (questions 1-2). */

  /* The preconditions (questions 3-5). */

  /* What to take into account (question 6). */

  /* The plan for the coming year (questions 7-8). */
  sf_step_page_add_section (page, sf_plan_section_new (project));

  /* Working together: decisions, arrangements, communication (questions 9-13). */

  (void) page;
  (void) project;
}

static void
sf_review_page_class_init (SfReviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = sf_review_page_constructed;
}

static void
sf_review_page_init (SfReviewPage *self)
{
}
