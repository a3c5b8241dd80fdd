/* sf-review-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Step 4's page: the method's texts and questions (SfStepPage) with the step's own parts, each
 * a section of its own file, in the order of the step's questions.
 */
#include "config.h"

#include "sf-communication-section.h"
#include "sf-considerations-section.h"
#include "sf-decisions-section.h"
#include "sf-mbc-section.h"
#include "sf-plan-section.h"
#include "sf-preconditions-section.h"
#include "sf-remarks-section.h"
#include "sf-review-meeting-section.h"
#include "sf-review-page.h"
#include "sf-working-together.h"

struct _SfReviewPage
{
  SfStepPage parent_instance;

  GtkWidget *meeting;
  GtkWidget *remarks;
  GtkWidget *preconditions;
  GtkWidget *considerations;
  GtkWidget *plan;
  GtkWidget *decisions;
  GtkWidget *communication;
};

G_DEFINE_FINAL_TYPE (SfReviewPage, sf_review_page, SF_TYPE_STEP_PAGE)

static void
sf_review_page_constructed (GObject *object)
{
  SfReviewPage *self = SF_REVIEW_PAGE (object);
  SfStepPage *page = SF_STEP_PAGE (object);
  SfProject *project;

  G_OBJECT_CLASS (sf_review_page_parent_class)->constructed (object);
  project = sf_project_page_get_project (SF_PROJECT_PAGE (object));

  /* The meeting, and checking the Startfoto together (questions 1-2). */
  self->meeting = sf_review_meeting_section_new (project);
  sf_step_page_add_section (page, self->meeting);
  self->remarks = sf_remarks_section_new (project);
  sf_step_page_add_section (page, self->remarks);

  /* The preconditions (questions 3-5). */
  self->preconditions = sf_preconditions_section_new (project);
  sf_step_page_add_section (page, self->preconditions);
  /* The societal business case, which the partners weigh with the preconditions. */
  sf_step_page_add_section (page, sf_mbc_section_new (project));

  /* What to take into account (question 6). */
  self->considerations = sf_considerations_section_new (project);
  sf_step_page_add_section (page, self->considerations);

  /* The plan for the coming year (questions 7-8). */
  self->plan = sf_plan_section_new (project);
  sf_step_page_add_section (page, self->plan);

  /* Working together: decisions, arrangements, communication (questions 9-13). */
  sf_step_page_add_section (page, sf_working_together_new (project));
  self->decisions = sf_decisions_section_new (project);
  sf_step_page_add_section (page, self->decisions);
  self->communication = sf_communication_section_new (project);
  sf_step_page_add_section (page, self->communication);
}

/* A search hit of this step: the row that shows it. */
static gboolean
sf_review_page_reveal (SfProjectPage *page,
                       const char    *kind,
                       const char    *ref)
{
  SfReviewPage *self = SF_REVIEW_PAGE (page);

  if (g_str_equal (kind, "remark"))
    return sf_remarks_section_reveal (SF_REMARKS_SECTION (self->remarks), ref);
  if (g_str_equal (kind, "precondition"))
    return sf_preconditions_section_reveal (SF_PRECONDITIONS_SECTION (self->preconditions), ref);
  if (g_str_equal (kind, "plan_action"))
    return sf_plan_section_reveal (SF_PLAN_SECTION (self->plan), ref);
  if (g_str_equal (kind, "review_note"))
    return sf_review_meeting_section_reveal (SF_REVIEW_MEETING_SECTION (self->meeting), ref);
  if (g_str_equal (kind, "consideration"))
    return sf_considerations_section_reveal (self->considerations, ref);
  if (g_str_equal (kind, "decision"))
    return sf_decisions_section_reveal (self->decisions, ref);
  if (g_str_equal (kind, "communication"))
    return sf_communication_section_reveal (self->communication, ref);
  return FALSE;
}

static void
sf_review_page_class_init (SfReviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = sf_review_page_constructed;
  SF_PROJECT_PAGE_CLASS (klass)->reveal = sf_review_page_reveal;
}

static void
sf_review_page_init (SfReviewPage *self)
{
}
