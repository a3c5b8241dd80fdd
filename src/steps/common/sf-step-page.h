/* sf-step-page.h: the page of one method step: purpose, way of working, roles, questions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each step's page, in the step's folder, subclasses it and adds the step's own parts (the
 * partner register of step 1, say) with sf_step_page_add_section () in its constructed ().
 */
#pragma once

#include "sf-project-page.h"

G_BEGIN_DECLS

#define SF_TYPE_STEP_PAGE (sf_step_page_get_type ())
G_DECLARE_DERIVABLE_TYPE (SfStepPage, sf_step_page, SF, STEP_PAGE, SfProjectPage)

struct _SfStepPageClass
{
  SfProjectPageClass parent_class;

  gpointer padding[4];
};

guint       sf_step_page_get_number  (SfStepPage *self);

/* For subclasses: places @section after the roles and before the questions. */
void        sf_step_page_add_section (SfStepPage *self,
                                      GtkWidget  *section);

G_END_DECLS
