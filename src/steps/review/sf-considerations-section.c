/* sf-considerations-section.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sf-consideration-dialog.h"
#include "sf-consideration-row.h"
#include "sf-considerations-section.h"
#include "sf-project-considerations.h"
#include "sf-review-list.h"

static const SfReviewListKind considerations = {
  .add_name = "add-consideration",
  .row_type = sf_consideration_row_get_type,
  .get_model = sf_project_get_considerations,
  .row_new = SF_REVIEW_LIST_FUNC (sf_consideration_row_new),
  .row_get = SF_REVIEW_LIST_FUNC (sf_consideration_row_get),
  .row_edit = SF_REVIEW_LIST_FUNC (sf_consideration_row_edit),
  .dialog_new = SF_REVIEW_LIST_FUNC (sf_consideration_dialog_new),
};

GtkWidget *
sf_considerations_section_new (SfProject *project)
{
  return sf_review_list_new (project, &considerations, _("What to take into account"),
                             _("Interests, tenders, ongoing projects, workload, decision-making: "
                               "what the partners must reckon with. What is marked confidential "
                               "never leaves the app."),
                             _("_Add Consideration"), _("Nothing to take into account yet"));
}

gboolean
sf_considerations_section_reveal (GtkWidget  *section,
                                  const char *id)
{
  return sf_review_list_reveal (SF_REVIEW_LIST (section), id);
}
