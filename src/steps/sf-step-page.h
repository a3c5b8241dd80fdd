/* sf-step-page.h: the page of one method step: purpose, way of working, roles, questions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A plain SfStepPage serves a step that has nothing but the method's texts and its question
 * list; a step with its own parts (the partner register of step 1) subclasses it and adds
 * them with sf_step_page_add_section () in its constructed ().
 */
#pragma once

#include <adwaita.h>

#include "sf-project.h"

G_BEGIN_DECLS

#define SF_TYPE_STEP_PAGE (sf_step_page_get_type ())
G_DECLARE_DERIVABLE_TYPE (SfStepPage, sf_step_page, SF, STEP_PAGE, AdwBin)

struct _SfStepPageClass
{
  AdwBinClass parent_class;

  /* Shows the user one row a search found (@kind: the table, as in SfSearchHit), e.g. by
   * opening the interview at that answer. Returns FALSE if the page cannot. */
  gboolean (*reveal) (SfStepPage *self,
                      const char *kind,
                      const char *ref);

  gpointer padding[3];
};

gboolean    sf_step_page_reveal      (SfStepPage *self,
                                      const char *kind,
                                      const char *ref);
GtkWidget  *sf_step_page_new         (SfProject  *project,
                                      guint       number);
SfProject  *sf_step_page_get_project (SfStepPage *self);
guint       sf_step_page_get_number  (SfStepPage *self);
const char *sf_step_page_get_title   (SfStepPage *self);

/* For subclasses: places @section after the roles and before the questions. */
void        sf_step_page_add_section (SfStepPage *self,
                                      GtkWidget  *section);

G_END_DECLS
